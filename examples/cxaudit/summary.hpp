#pragma once
// Batch figures: how many postings claim CX in the title, how many of those are frontline, how
// many never mention the customer, and the spread of strategy_share. Counts only (no strings,
// no per-posting storage), so a summary of a billion postings is as small as one of ten.
// Workers fill one per batch; the writer merges them in input order. The HTML report draws its
// charts from these fields: their names are stable.

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>

#include <cxaudit/cxaudit.hpp>

namespace cxaudit_cli {

/// Number of finding codes (cxaudit::finding_code), one counter each.
inline constexpr std::size_t finding_code_count = cxaudit::finding_list::capacity;

/// Counts over a batch of postings.
struct batch_summary {
  std::uint64_t records = 0;                  ///< records read (error records included)
  std::uint64_t errors = 0;                   ///< records that could not be read or audited
  std::uint64_t cx_titled = 0;                ///< titles that claim customer experience
  std::uint64_t cx_titled_frontline = 0;      ///< …whose work is frontline
  std::uint64_t cx_titled_never_mention = 0;  ///< …whose body never names a customer
  std::uint64_t never_mention_customer = 0;   ///< bodies that never name a customer
  /// Postings by role class, indexed by cxaudit::role_class (other, strategy, frontline).
  std::array<std::uint64_t, 3> by_role{};
  /// Postings by frontline kind, indexed by cxaudit::frontline_kind (none, sales_retail, service).
  std::array<std::uint64_t, 3> by_frontline_kind{};
  /// Postings with each finding, indexed by cxaudit::finding_code.
  std::array<std::uint64_t, finding_code_count> by_finding{};
  /// Postings by their most serious finding, indexed by cxaudit::severity; postings without
  /// findings are not counted here.
  std::array<std::uint64_t, 3> by_worst_severity{};
  /// strategy_share in ten bins (0–0.1, …, 0.9–1.0; 1.0 falls in the last), counting only the
  /// postings with any strategy or frontline evidence (the others have no share to speak of).
  std::array<std::uint64_t, 10> strategy_share_histogram{};
  std::uint64_t words = 0;  ///< body words of the audited postings

  /// Counts one audited posting.
  void add(const cxaudit::report& r) {
    ++records;
    words += r.words;
    ++by_role[static_cast<std::size_t>(r.role_kind)];
    ++by_frontline_kind[static_cast<std::size_t>(r.frontline)];
    const bool never_mentions = r.customer.mentions == 0;
    if (never_mentions) ++never_mention_customer;
    if (r.title.is_cx) {
      ++cx_titled;
      if (r.role_kind == cxaudit::role_class::frontline) ++cx_titled_frontline;
      if (never_mentions) ++cx_titled_never_mention;
    }
    for (const cxaudit::finding& f : r.findings) {
      const auto code = static_cast<std::size_t>(f.code);
      if (code < by_finding.size()) ++by_finding[code];
    }
    if (!r.findings.empty()) ++by_worst_severity[static_cast<std::size_t>(r.findings.worst())];
    if (r.role.strategy_total() + r.role.frontline_total() > 0.0) {
      double share = r.role.strategy_share;
      share = share < 0.0 ? 0.0 : share;
      auto bin = static_cast<std::size_t>(share * 10.0);
      ++strategy_share_histogram[bin > 9 ? 9 : bin];
    }
  }

  /// Counts one record that could not be read or audited.
  void add_error() {
    ++records;
    ++errors;
  }

  /// Adds another summary's counts to this one.
  void merge(const batch_summary& o) {
    records += o.records;
    errors += o.errors;
    cx_titled += o.cx_titled;
    cx_titled_frontline += o.cx_titled_frontline;
    cx_titled_never_mention += o.cx_titled_never_mention;
    never_mention_customer += o.never_mention_customer;
    add_all(by_role, o.by_role);
    add_all(by_frontline_kind, o.by_frontline_kind);
    add_all(by_finding, o.by_finding);
    add_all(by_worst_severity, o.by_worst_severity);
    add_all(strategy_share_histogram, o.strategy_share_histogram);
    words += o.words;
  }

  /// Postings audited (records that could be read).
  std::uint64_t audited() const noexcept { return records - errors; }

  /// The figures for people, one per line.
  std::string text() const {
    std::string s;
    s += "postings: " + std::to_string(records);
    if (errors > 0) s += " (" + std::to_string(errors) + " could not be read)";
    s += "\ntitles claiming customer experience: " + count_of(cx_titled, audited());
    s += "\n  of those, frontline work: " + count_of(cx_titled_frontline, cx_titled);
    s += "\n  of those, never mention a customer: " + count_of(cx_titled_never_mention, cx_titled);
    s += "\nnever mention a customer: " + count_of(never_mention_customer, audited());
    s += "\nwork: strategy " + std::to_string(by_role[1]) + ", frontline " +
         std::to_string(by_role[2]) + " (sales/retail " + std::to_string(by_frontline_kind[1]) +
         ", service " + std::to_string(by_frontline_kind[2]) + "), other " +
         std::to_string(by_role[0]);
    s += "\nfindings:";
    bool any = false;
    for (std::size_t i = 0; i < by_finding.size(); ++i) {
      if (by_finding[i] == 0) continue;
      s += any ? ", " : " ";
      s += cxaudit::to_string(static_cast<cxaudit::finding_code>(i));
      s += ' ' + std::to_string(by_finding[i]);
      any = true;
    }
    if (!any) s += " none";
    s += "\nstrategy_share (postings with role evidence, 0.0 → 1.0):";
    for (std::uint64_t n : strategy_share_histogram) s += ' ' + std::to_string(n);
    s += '\n';
    return s;
  }

 private:
  template <std::size_t N>
  static void add_all(std::array<std::uint64_t, N>& to, const std::array<std::uint64_t, N>& from) {
    for (std::size_t i = 0; i < N; ++i) to[i] += from[i];
  }

  // "38 (0.1%)": one decimal below 10%, so rare things do not round to nothing.
  static std::string count_of(std::uint64_t n, std::uint64_t of) {
    std::string s = std::to_string(n);
    if (of == 0) return s;
    const std::uint64_t tenths = (n * 1000 + of / 2) / of;
    s += " (" + std::to_string(tenths >= 100 ? (tenths + 5) / 10 : tenths / 10);
    if (tenths < 100) s += "." + std::to_string(tenths % 10);
    return s + "%)";
  }
};

}  // namespace cxaudit_cli
