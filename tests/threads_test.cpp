// Threads: lexicons and policies are immutable and shared; one auditor per thread. Several
// threads audit real postings against one lexicon and get the results one thread gets.
// CI runs this file under ThreadSanitizer.

#include <doctest/doctest.h>

#include <string>
#include <thread>
#include <vector>

#include <cxaudit/cxaudit.hpp>

#include "support/real_postings.hpp"

namespace {

struct outcome {
  cxaudit::role_class role;
  std::uint32_t mentions;
  std::size_t findings;
  std::string json;
  bool operator==(const outcome& o) const {
    return role == o.role && mentions == o.mentions && findings == o.findings && json == o.json;
  }
};

template <typename Lexicon>
std::vector<outcome> audit_range(const Lexicon& lex,
                                 const std::vector<cxaudit_test::real_posting>& postings,
                                 std::size_t first, std::size_t step) {
  cxaudit::auditor<Lexicon> a(lex);
  std::vector<outcome> out;
  for (std::size_t i = first; i < postings.size(); i += step) {
    const auto& p = postings[i];
    const cxaudit::report& r = a.audit({p.id, p.title, p.text});
    out.push_back({r.role_kind, r.customer.mentions, r.findings.size(), cxaudit::to_json(r)});
  }
  return out;
}

std::vector<cxaudit_test::real_posting> postings_for_threads() {
  auto postings = cxaudit_test::load_real_postings(400);
  if (postings.empty()) {
    MESSAGE("real postings not found; using the postings written for the CLI tests");
    const auto written =
        cxaudit_test::load_real_postings(0, CXAUDIT_TEST_DATA_DIR "/cli/postings.jsonl");
    REQUIRE(!written.empty());
    while (postings.size() < 200) postings.insert(postings.end(), written.begin(), written.end());
  }
  return postings;
}

template <typename Lexicon>
void check_threads_agree(const Lexicon& lex) {
  const auto postings = postings_for_threads();
  const auto single = audit_range(lex, postings, 0, 1);
  constexpr std::size_t threads = 3;
  std::vector<std::vector<outcome>> parts(threads);
  std::vector<std::thread> pool;
  for (std::size_t t = 0; t < threads; ++t)
    pool.emplace_back([&, t] { parts[t] = audit_range(lex, postings, t, threads); });
  for (auto& th : pool) th.join();
  for (std::size_t t = 0; t < threads; ++t)
    for (std::size_t k = 0; k < parts[t].size(); ++k) CHECK(parts[t][k] == single[t + k * threads]);
}

}  // namespace

TEST_CASE("threads: auditors on several threads share the built-in lexicon") {
  check_threads_agree(cxaudit::default_lexicon());
}

TEST_CASE("threads: the built-in lexicon is compiled once even when first used concurrently") {
  std::vector<const cxaudit::builtin_lexicon*> seen(4, nullptr);
  std::vector<std::thread> pool;
  for (std::size_t t = 0; t < seen.size(); ++t)
    pool.emplace_back([&, t] { seen[t] = &cxaudit::default_lexicon(); });
  for (auto& th : pool) th.join();
  for (const auto* p : seen) CHECK(p == seen[0]);
}

TEST_CASE("threads: auditors on several threads share a runtime lexicon") {
  cxaudit::lexicon_builder b;
  b.add_defaults().add("front desk agent", cxaudit::meaning{cxaudit::category::frontline_service});
  const cxaudit::runtime_lexicon lex = b.build();
  check_threads_agree(lex);
}
