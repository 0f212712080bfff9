// The full audit (tokenize, match, score, verdict, report struct; not JSON) on real postings,
// its growth with posting size, and the JSON form separately.

#include <benchmark/benchmark.h>

#include <string>

#include <cxaudit/cxaudit.hpp>

#include "bench_postings.hpp"

namespace {

void audit_all(benchmark::State& state, bool html) {
  const auto& c = cxaudit_bench::postings();
  const auto& set = html ? c.html : c.plain;
  cxaudit::auditor<> a;
  std::size_t findings = 0;
  for (auto _ : state)
    for (const auto& p : set) findings += a.audit({p.id, p.title, p.text}).findings.size();
  benchmark::DoNotOptimize(findings);
  state.SetBytesProcessed(
      static_cast<std::int64_t>(state.iterations() * (html ? c.html_bytes : c.plain_bytes)));
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * set.size()));
}

void BM_audit_plain(benchmark::State& s) { audit_all(s, false); }
void BM_audit_html(benchmark::State& s) { audit_all(s, true); }

// Cost against posting size: 1 KB, 10 KB, 100 KB, 10 MB of real text (linear, or it is a bug).
void BM_audit_posting_size(benchmark::State& state) {
  const std::string text = cxaudit_bench::concatenated(static_cast<std::size_t>(state.range(0)));
  cxaudit::auditor<> a;
  for (auto _ : state) benchmark::DoNotOptimize(a.audit({"", "Customer Experience Manager", text}));
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()));
}

// The one-call API, cxaudit::audit(title, text): a fresh auditor per posting, as a recruiter's
// tool checking one draft uses it. Its gap to BM_audit_plain is the cost of not reusing one.
void BM_audit_one_call_plain(benchmark::State& state) {
  const auto& c = cxaudit_bench::postings();
  std::size_t findings = 0;
  for (auto _ : state)
    for (const auto& p : c.plain) findings += cxaudit::audit(p.title, p.text).findings.size();
  benchmark::DoNotOptimize(findings);
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * c.plain_bytes));
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * c.plain.size()));
}

void BM_audit_and_json_plain(benchmark::State& state) {
  const auto& c = cxaudit_bench::postings();
  cxaudit::auditor<> a;
  std::string json;
  for (auto _ : state) {
    for (const auto& p : c.plain) {
      json.clear();
      cxaudit::append_json(json, a.audit({p.id, p.title, p.text}));
    }
  }
  benchmark::DoNotOptimize(json.data());
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * c.plain_bytes));
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * c.plain.size()));
}

}  // namespace

BENCHMARK(BM_audit_plain)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_audit_html)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_audit_posting_size)
    ->Arg(1 << 10)
    ->Arg(10 << 10)
    ->Arg(100 << 10)
    ->Arg(10 << 20)
    ->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_audit_one_call_plain)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_audit_and_json_plain)->Unit(benchmark::kMillisecond);
BENCHMARK_MAIN();
