// Stage 1 alone: the Spirit X3 tokenizer over real postings, plain text and HTML.

#include <benchmark/benchmark.h>

#include <vector>

#include <cxaudit/tokenizer.hpp>

#include "bench_postings.hpp"

namespace {

void tokenize_all(benchmark::State& state, bool html) {
  const auto& c = cxaudit_bench::postings();
  const auto& set = html ? c.html : c.plain;
  cxaudit::tokenizer tk;
  std::vector<cxaudit::token> out;
  std::size_t tokens = 0;
  for (auto _ : state) {
    for (const auto& p : set) {
      tk.tokenize(p.text, out);
      tokens += out.size();
    }
  }
  benchmark::DoNotOptimize(tokens);
  state.SetBytesProcessed(
      static_cast<std::int64_t>(state.iterations() * (html ? c.html_bytes : c.plain_bytes)));
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * set.size()));
  state.counters["tokens/s"] =
      benchmark::Counter(static_cast<double>(tokens), benchmark::Counter::kIsRate);
}

void BM_tokenize_plain(benchmark::State& s) { tokenize_all(s, false); }
void BM_tokenize_html(benchmark::State& s) { tokenize_all(s, true); }

// The streaming form the auditor uses: a bounded window handed to a consumer.
void BM_tokenize_plain_streaming(benchmark::State& state) {
  const auto& c = cxaudit_bench::postings();
  cxaudit::tokenizer tk;
  std::vector<cxaudit::token> window;
  std::size_t tokens = 0;
  auto consumer = [&](const cxaudit::token* f, const cxaudit::token* l, bool) {
    tokens += static_cast<std::size_t>(l - f);
  };
  for (auto _ : state)
    for (const auto& p : c.plain) tk.tokenize(p.text, window, 16384, consumer);
  benchmark::DoNotOptimize(tokens);
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * c.plain_bytes));
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * c.plain.size()));
}

}  // namespace

BENCHMARK(BM_tokenize_plain)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_tokenize_plain_streaming)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_tokenize_html)->Unit(benchmark::kMillisecond);
BENCHMARK_MAIN();
