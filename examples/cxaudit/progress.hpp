#pragma once
// The progress bar on standard error: only when standard error is a terminal and standard
// output is not (output on the terminal is its own progress, and the two would mix), from
// half a second into the run, at most five times a second; erased when the run ends.

#include <atomic>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <string>

namespace cxaudit_cli {

class progress_bar {
 public:
  progress_bar(bool enabled, std::uint64_t total_bytes, const std::atomic<std::uint64_t>& read)
      : enabled_(enabled), total_(total_bytes), read_(read), start_(clock::now()), last_(start_) {}

  /// Shows how far the run is (called by the writer after each batch).
  void update(std::uint64_t records) {
    if (!enabled_) return;
    const auto now = clock::now();
    if (now - start_ < std::chrono::milliseconds(500) ||
        now - last_ < std::chrono::milliseconds(200))
      return;
    last_ = now;
    const double bytes = static_cast<double>(read_.load(std::memory_order_relaxed));
    const double seconds = std::chrono::duration<double>(now - start_).count();
    std::string line = "\r";
    if (total_ > 0) {
      const double f =
          bytes >= static_cast<double>(total_) ? 1.0 : bytes / static_cast<double>(total_);
      const int filled = static_cast<int>(f * 30.0);
      line += '[';
      line.append(static_cast<std::size_t>(filled), '#');
      line.append(static_cast<std::size_t>(30 - filled), ' ');
      char pct[16];
      std::snprintf(pct, sizeof pct, "] %3d%%  ", static_cast<int>(f * 100.0));
      line += pct;
    }
    char rest[96];
    std::snprintf(rest, sizeof rest, "%llu postings  %.0f MB  %.0f MB/s\x1b[K",
                  static_cast<unsigned long long>(records), bytes / 1e6,
                  seconds > 0 ? bytes / 1e6 / seconds : 0.0);
    line += rest;
    std::fputs(line.c_str(), stderr);
    std::fflush(stderr);
    shown_ = true;
  }

  /// Erases the bar.
  void clear() {
    if (!shown_) return;
    std::fputs("\r\x1b[K", stderr);
    std::fflush(stderr);
    shown_ = false;
  }

 private:
  using clock = std::chrono::steady_clock;
  bool enabled_;
  std::uint64_t total_;
  const std::atomic<std::uint64_t>& read_;
  clock::time_point start_, last_;
  bool shown_ = false;
};

}  // namespace cxaudit_cli
