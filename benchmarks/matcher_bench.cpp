// Stages 1+2: tokenize and match real postings against the built-in lexicon, and the cost's
// growth with lexicon size (100, 1,000, 10,000 entries).

#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include <cxaudit/lexicon.hpp>
#include <cxaudit/matcher.hpp>
#include <cxaudit/tokenizer.hpp>

#include "bench_postings.hpp"

namespace {

struct counting_sink {
  std::size_t matches = 0;
  static void on(void* s, const cxaudit::match* b, const cxaudit::match* e) {
    static_cast<counting_sink*>(s)->matches += static_cast<std::size_t>(e - b);
  }
};

template <typename Lexicon>
void tokenize_and_match(benchmark::State& state, const Lexicon& lex,
                        const std::vector<cxaudit_test::real_posting>& set, std::size_t bytes) {
  cxaudit::tokenizer tk;
  cxaudit::matcher m(lex.view());
  std::vector<cxaudit::token> window;
  counting_sink sink;
  for (auto _ : state) {
    for (const auto& p : set) {
      m.reset(p.text);
      auto consumer = [&](const cxaudit::token* f, const cxaudit::token* l, bool last) {
        m.feed(f, l, last, &counting_sink::on, &sink);
      };
      tk.tokenize(p.text, window, 16384, consumer);
    }
  }
  benchmark::DoNotOptimize(sink.matches);
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * bytes));
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * set.size()));
  state.counters["matches/posting"] =
      static_cast<double>(sink.matches) / static_cast<double>(state.iterations() * set.size());
}

void BM_tokenize_match_plain(benchmark::State& s) {
  const auto& c = cxaudit_bench::postings();
  tokenize_and_match(s, cxaudit::default_lexicon(), c.plain, c.plain_bytes);
}
void BM_tokenize_match_html(benchmark::State& s) {
  const auto& c = cxaudit_bench::postings();
  tokenize_and_match(s, cxaudit::default_lexicon(), c.html, c.html_bytes);
}

// A lexicon of n entries: the built-in ones (or the first n of them) plus generated
// two-word phrases over real vocabulary, so lookups hit and miss as in practice.
cxaudit::runtime_lexicon lexicon_of_size(std::size_t n) {
  cxaudit::lexicon_builder b;
  const auto& builtin = cxaudit::default_lexicon();
  for (std::size_t i = 0; i < builtin.size() && b.size() < n; ++i)
    b.add(builtin[i].phrase, builtin[i].what);
  static const char* vocab[] = {"data",    "team",    "project", "product", "support",
                                "manage",  "develop", "design",  "report",  "process",
                                "quality", "service", "market",  "account", "system",
                                "client",  "program", "sales",   "build",   "review"};
  for (std::size_t i = 0; b.size() < n; ++i) {
    std::string phrase =
        std::string(vocab[i % 20]) + " " + vocab[(i / 20) % 20] + " x" + std::to_string(i);
    b.add(phrase, cxaudit::meaning{cxaudit::category::technology});
  }
  return b.build();
}

void BM_match_lexicon_size(benchmark::State& state) {
  const auto lex = lexicon_of_size(static_cast<std::size_t>(state.range(0)));
  const auto& c = cxaudit_bench::postings();
  tokenize_and_match(state, lex, c.plain, c.plain_bytes);
  state.counters["entries"] = static_cast<double>(lex.size());
}

}  // namespace

BENCHMARK(BM_tokenize_match_plain)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_tokenize_match_html)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_match_lexicon_size)->Arg(100)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK_MAIN();
