// The cxaudit program end to end, JSON Lines in and out, on the real postings file, with one and
// two threads; `wc -w` on the same file is the reference the issue names. Each iteration runs
// the program once (output to /dev/null), so the figure includes process start-up, reading,
// parsing, auditing and writing. The file is read once first so that it is in the page cache.

#include <benchmark/benchmark.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>

namespace {

std::uintmax_t file_bytes(const char* path) {
  std::ifstream f(path, std::ios::binary | std::ios::ate);
  return f ? static_cast<std::uintmax_t>(f.tellg()) : 0;
}

std::uintmax_t postings_in(const char* path) {
  std::ifstream f(path, std::ios::binary);
  std::string line;
  std::uintmax_t n = 0;
  while (std::getline(f, line))
    if (line.find_first_not_of(" \t\r") != std::string::npos) ++n;
  return n;
}

// Runs `command` once per iteration, timing each run; false (and the state skipped) on a failure.
bool time_runs(benchmark::State& state, const std::string& command) {
  for (auto _ : state) {
    const auto start = std::chrono::steady_clock::now();
    const int rc = std::system(command.c_str());
    const auto stop = std::chrono::steady_clock::now();
    if (rc != 0) {
      state.SkipWithError(("command failed: " + command).c_str());
      return false;
    }
    state.SetIterationTime(std::chrono::duration<double>(stop - start).count());
  }
  return true;
}

void run_command(benchmark::State& state, const std::string& command) {
  const char* path = CXAUDIT_POSTINGS_JSONL;
  const auto bytes = file_bytes(path);
  if (bytes == 0) {
    state.SkipWithError("no real postings file (CXAUDIT_POSTINGS_JSONL)");
    return;
  }
  static const auto records = postings_in(path);
  if (!time_runs(state, command)) return;
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * bytes));
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * records));
}

void BM_cli_jsonl(benchmark::State& state) {
  run_command(state, std::string(CXAUDIT_CLI) + " --in jsonl --out jsonl --threads " +
                         std::to_string(state.range(0)) + " '" + CXAUDIT_POSTINGS_JSONL +
                         "' > /dev/null");
}

// One real posting per run (the corpus's first line): what a caller that runs the program for
// each posting (a form's "check" button, an applicant tracking system's hook) waits for, most
// of it start-up. items/s = runs per second.
void BM_cli_one_posting(benchmark::State& state) {
  const std::string one = std::string(std::getenv("TMPDIR") ? std::getenv("TMPDIR") : "/tmp") +
                          "/cxaudit_bench_one_posting.jsonl";
  {
    std::ifstream in(CXAUDIT_POSTINGS_JSONL, std::ios::binary);
    std::string line;
    std::getline(in, line);
    if (line.empty()) {
      state.SkipWithError("no real postings file (CXAUDIT_POSTINGS_JSONL)");
      return;
    }
    std::ofstream(one, std::ios::binary) << line << '\n';
  }
  const std::string command =
      std::string(CXAUDIT_CLI) + " --in jsonl --out jsonl --threads 1 '" + one + "' > /dev/null";
  if (time_runs(state, command)) {
    state.SetBytesProcessed(
        static_cast<std::int64_t>(state.iterations() * file_bytes(one.c_str())));
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()));
  }
  std::remove(one.c_str());
}

void BM_wc_w(benchmark::State& state) {
  run_command(state, std::string("wc -w '") + CXAUDIT_POSTINGS_JSONL + "' > /dev/null");
}

}  // namespace

BENCHMARK(BM_wc_w)->UseManualTime()->Unit(benchmark::kMillisecond)->MinTime(3);
BENCHMARK(BM_cli_jsonl)
    ->ArgName("threads")
    ->Arg(1)
    ->Arg(2)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond)
    ->MinTime(3);
BENCHMARK(BM_cli_one_posting)->UseManualTime()->Unit(benchmark::kMillisecond)->MinTime(1);
BENCHMARK_MAIN();
