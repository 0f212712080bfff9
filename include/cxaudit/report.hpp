#pragma once
/// \file report.hpp
/// The report: everything an audit found about one posting, with the evidence spans that
/// decided it. Its JSON form is in report_json.hpp (schema "cxaudit.report/1").

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "evidence.hpp"
#include "scorers/customer_mention.hpp"
#include "scorers/role_focus.hpp"
#include "title.hpp"

namespace cxaudit {

/// A posting: an id to echo, a title, and a body (plain text or HTML). The views must
/// outlive the report that points into them.
struct posting {
  std::string_view id;     ///< echoed in the report
  std::string_view title;  ///< the job title
  std::string_view text;   ///< the description, plain text or HTML
};

/// What kind of work the body describes.
enum class role_class : std::uint8_t { other, strategy, frontline };
/// Which frontline work, when the class is frontline.
enum class frontline_kind : std::uint8_t { none, sales_retail, service };
/// How serious a finding is.
enum class severity : std::uint8_t { info, warning, error };
/// What a finding says.
enum class finding_code : std::uint8_t {
  cx_title_frontline_role,       ///< the title claims CX, the work is frontline
  cx_title_no_customer_mention,  ///< the title claims CX, the body never mentions a customer
  no_customer_mention,           ///< a customer-facing or CX role that never mentions one
  cx_work_without_cx_title,      ///< strategy-class CX work under a title without CX
  cx_title_technology_role,      ///< a CX title on software/IT work around CX platforms
  low_customer_focus,            ///< customers only in boilerplate or in passing
};
/// Whether an audit could read the posting.
enum class audit_status : std::uint8_t {
  ok,                 ///< read and audited
  posting_too_large,  ///< longer than audit_options::max_posting_bytes; not audited
  out_of_memory,      ///< memory ran out; not audited
};

constexpr std::string_view to_string(role_class c) noexcept {
  constexpr std::string_view n[] = {"other", "strategy", "frontline"};
  return n[static_cast<int>(c)];
}
constexpr std::string_view to_string(frontline_kind k) noexcept {
  constexpr std::string_view n[] = {"null", "sales_retail", "service"};
  return n[static_cast<int>(k)];
}
constexpr std::string_view to_string(severity s) noexcept {
  constexpr std::string_view n[] = {"info", "warning", "error"};
  return n[static_cast<int>(s)];
}
constexpr std::string_view to_string(finding_code c) noexcept {
  constexpr std::string_view n[] = {"cx_title_frontline_role",  "cx_title_no_customer_mention",
                                    "no_customer_mention",      "cx_work_without_cx_title",
                                    "cx_title_technology_role", "low_customer_focus"};
  return n[static_cast<int>(c)];
}
constexpr std::string_view to_string(audit_status s) noexcept {
  constexpr std::string_view n[] = {"ok", "posting_too_large", "out_of_memory"};
  return n[static_cast<int>(s)];
}

/// One finding: a code, a severity, a sentence a recruiter understands, and its evidence.
struct finding {
  finding_code code = finding_code::low_customer_focus;  ///< what it says
  severity level = severity::info;                       ///< how serious
  std::string message;                                   ///< one sentence
  evidence_list<max_evidence> evidence;                  ///< the spans that decided it
};

/// The findings of a report, in fixed slots whose strings keep their capacity between
/// audits (so a warm auditor does not allocate).
class finding_list {
 public:
  /// At most one finding per code.
  static constexpr std::size_t capacity = 6;

  const finding* begin() const noexcept { return slots_.data(); }
  const finding* end() const noexcept { return slots_.data() + size_; }
  std::size_t size() const noexcept { return size_; }
  bool empty() const noexcept { return size_ == 0; }
  const finding& operator[](std::size_t i) const noexcept { return slots_[i]; }
  /// The finding with `code`, or nullptr.
  const finding* find(finding_code code) const noexcept {
    for (const finding& f : *this)
      if (f.code == code) return &f;
    return nullptr;
  }
  /// The highest severity present (info when empty).
  severity worst() const noexcept {
    severity s = severity::info;
    for (const finding& f : *this)
      if (f.level > s) s = f.level;
    return s;
  }

  void clear() noexcept { size_ = 0; }
  /// A fresh slot for a new finding (its message cleared, its capacity kept).
  finding& add(finding_code code, severity level) noexcept {
    finding& f = slots_[size_ < capacity ? size_++ : capacity - 1];
    f.code = code;
    f.level = level;
    f.message.clear();
    f.evidence.clear();
    return f;
  }

 private:
  std::array<finding, capacity> slots_{};
  std::size_t size_ = 0;
};

/// What the input held that could not be read, and limits that were reached.
struct input_notes {
  std::uint64_t invalid_utf8_bytes = 0;  ///< skipped as invalid UTF-8
  std::uint64_t nul_bytes = 0;           ///< NUL bytes, read as spaces
  std::uint64_t overlong_words = 0;      ///< words too long to match (tokenizer_options)
  bool unclosed_markup = false;          ///< a <script>, <style> or comment ran to the end
  std::uint64_t evidence_dropped = 0;    ///< evidence beyond max_evidence per list
};

/// Everything an audit found about one posting.
struct report {
  audit_status status = audit_status::ok;           ///< whether the posting was audited
  posting input;                                    ///< what the spans point into
  title_profile title;                              ///< the title analysis
  customer_mention_profile customer;                ///< the customer-mention profile
  role_focus_profile role;                          ///< the strategy-versus-frontline profile
  role_class role_kind = role_class::other;         ///< what work the body describes
  frontline_kind frontline = frontline_kind::none;  ///< which frontline work
  finding_list findings;                            ///< where the title does not fit the work
  std::string suggested_title;                      ///< an honest title, or empty
  std::uint64_t words = 0;                          ///< words in the body
  input_notes notes;                                ///< unreadable input and limits reached

  /// The bytes an evidence span points to.
  std::string_view text_of(const evidence& e) const noexcept {
    return e.span.text(e.field == evidence_field::title ? input.title : input.text);
  }
};

/// Every span of `field` that the report cites (the profiles' examples and evidence and the
/// findings' evidence), in text order and without overlaps (where two overlap, the one that
/// starts first, or the longer, is kept), replacing the contents of `out`: what a caller needs
/// to highlight the evidence in the text it holds.
inline void cited_spans(const report& r, evidence_field field, std::vector<evidence>& out) {
  out.clear();
  auto take = [&](const auto& list) {
    for (const evidence& e : list)
      if (e.field == field) out.push_back(e);
  };
  take(r.customer.examples);
  take(r.role.strategy_evidence);
  take(r.role.frontline_evidence);
  take(r.role.technology_evidence);
  for (const finding& f : r.findings) take(f.evidence);
  std::sort(out.begin(), out.end(), [](const evidence& a, const evidence& b) {
    return a.span.begin != b.span.begin ? a.span.begin < b.span.begin : a.span.end > b.span.end;
  });
  std::uint32_t at = 0;
  std::size_t kept = 0;
  for (const evidence& e : out)
    if (kept == 0 || e.span.begin >= at) {
      out[kept++] = e;
      at = e.span.end;
    }
  out.resize(kept);
}

}  // namespace cxaudit
