// Stages 3+4: the two scorers and the verdict on matches recorded beforehand, so the figure is
// what scoring and deciding cost on top of tokenizing and matching.

#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include <cxaudit/lexicon.hpp>
#include <cxaudit/matcher.hpp>
#include <cxaudit/policy.hpp>
#include <cxaudit/report.hpp>
#include <cxaudit/scorers/customer_mention.hpp>
#include <cxaudit/scorers/role_focus.hpp>
#include <cxaudit/title.hpp>
#include <cxaudit/tokenizer.hpp>
#include <cxaudit/verdict.hpp>

#include "bench_postings.hpp"

namespace {

/// One real posting after stages 1 and 2: its title analysis, tokenizer figures and matches.
struct matched_posting {
  const cxaudit_test::real_posting* source = nullptr;
  cxaudit::title_profile title;
  cxaudit::tokenize_stats stats;
  std::vector<cxaudit::match> matches;
};

std::vector<matched_posting> match_all(const std::vector<cxaudit_test::real_posting>& set) {
  const auto& lex = cxaudit::default_lexicon();
  cxaudit::tokenizer tk;
  cxaudit::matcher m(lex.view(), cxaudit::default_policy::factors());
  std::vector<cxaudit::token> window;
  std::vector<matched_posting> out;
  for (const auto& p : set) {
    matched_posting mp;
    mp.source = &p;
    mp.title = cxaudit::analyze_title(p.title);
    m.reset(p.text);
    auto keep = [](void* s, const cxaudit::match* b, const cxaudit::match* e) {
      static_cast<matched_posting*>(s)->matches.insert(
          static_cast<matched_posting*>(s)->matches.end(), b, e);
    };
    auto consumer = [&](const cxaudit::token* f, const cxaudit::token* l, bool last) {
      m.feed(f, l, last, keep, &mp);
    };
    mp.stats = tk.tokenize(p.text, window, 16384, consumer);
    out.push_back(std::move(mp));
  }
  return out;
}

void score_and_decide(benchmark::State& state, const std::vector<cxaudit_test::real_posting>& set,
                      std::size_t bytes) {
  const auto matched = match_all(set);
  const auto entries = cxaudit::default_lexicon().view().entry_count;
  cxaudit::customer_mention_scorer<cxaudit::default_policy> customer;
  cxaudit::role_focus_scorer<cxaudit::default_policy> role;
  cxaudit::report r;
  std::size_t findings = 0;
  for (auto _ : state) {
    for (const auto& mp : matched) {
      const auto& p = *mp.source;
      const cxaudit::audit_context ctx{p.id, p.title, p.text, &mp.title, &mp.stats, entries};
      customer.reset(ctx);
      role.reset(ctx);
      for (const auto& m : mp.matches) {
        customer.observe(m, ctx);
        role.observe(m, ctx);
      }
      customer.finish(ctx);
      role.finish(ctx);
      r.input = cxaudit::posting{p.id, p.title, p.text};
      r.title = mp.title;
      r.customer = customer.profile();
      r.role = role.profile();
      r.words = mp.stats.words;
      r.findings.clear();
      cxaudit::decide<cxaudit::default_policy>(r);
      findings += r.findings.size();
    }
  }
  benchmark::DoNotOptimize(findings);
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * bytes));
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * set.size()));
}

void BM_score_and_decide_plain(benchmark::State& s) {
  const auto& c = cxaudit_bench::postings();
  score_and_decide(s, c.plain, c.plain_bytes);
}
void BM_score_and_decide_html(benchmark::State& s) {
  const auto& c = cxaudit_bench::postings();
  score_and_decide(s, c.html, c.html_bytes);
}

}  // namespace

BENCHMARK(BM_score_and_decide_plain)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_score_and_decide_html)->Unit(benchmark::kMillisecond);
BENCHMARK_MAIN();
