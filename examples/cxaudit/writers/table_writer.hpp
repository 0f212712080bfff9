#pragma once
// The table people read: one aligned row per posting (id, title, does the title claim CX, the
// work, its strategy share, customer mentions, finding codes), and under it each finding's
// message and the suggested title. Colour only when standard output is a terminal and
// NO_COLOR is not set (the caller decides; the writer is told).

#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

#include <cxaudit/cxaudit.hpp>

#include "text_util.hpp"

namespace cxaudit_cli {

/// Writes the table, a row at a time.
class table_writer {
 public:
  explicit table_writer(bool colour) : colour_(colour) {}

  /// The column headings.
  void header(std::string& out) const {
    paint(out, bold, [&] {
      cell(out, "ID", id_width);
      cell(out, "TITLE", title_width);
      cell(out, "CX?", cx_width);
      cell(out, "WORK", work_width);
      cell(out, "STRATEGY", share_width);
      cell(out, "MENTIONS", mentions_width);
      out += "FINDINGS";
    });
    out += '\n';
  }

  /// One audited posting.
  void row(std::string& out, const cxaudit::report& r, std::string_view id) const {
    cell(out, id, id_width, keep::end);
    cell(out, r.input.title.empty() ? std::string_view("(no title)") : r.input.title, title_width);
    if (r.title.is_cx)
      paint(out, bold, [&] { cell(out, "yes", cx_width); });
    else
      cell(out, "no", cx_width);
    std::string work(cxaudit::to_string(r.role_kind));
    if (r.frontline == cxaudit::frontline_kind::sales_retail) work += ": sales/retail";
    if (r.frontline == cxaudit::frontline_kind::service) work += ": service";
    cell(out, work, work_width);
    const bool has_share = r.role.strategy_total() + r.role.frontline_total() > 0.0;
    cell(out, has_share ? percent(r.role.strategy_share) : "-", share_width);
    cell(out, r.customer.mentions == 0 ? "none" : std::to_string(r.customer.mentions),
         mentions_width);
    if (r.findings.empty()) paint(out, green, [&] { out += "ok"; });
    for (std::size_t i = 0; i < r.findings.size(); ++i) {
      if (i > 0) out += ' ';
      paint(out, colour_of(r.findings[i].level),
            [&] { out += cxaudit::to_string(r.findings[i].code); });
    }
    out += '\n';
    for (const cxaudit::finding& f : r.findings) {
      out += "    ";
      paint(out, colour_of(f.level), [&] { out += cxaudit::to_string(f.level); });
      out += ": ";
      out += f.message;
      out += '\n';
    }
    if (!r.suggested_title.empty()) {
      out += "    suggested title: ";
      paint(out, bold, [&] { out += r.suggested_title; });
      out += '\n';
    }
  }

  /// A record that could not be read.
  void error_row(std::string& out, std::string_view id, std::int64_t line,
                 std::string_view message) const {
    cell(out, id, id_width, keep::end);
    paint(out, red, [&] {
      out += "could not be read (line ";
      out += std::to_string(line);
      out += "): ";
      out += message;
    });
    out += '\n';
  }

 private:
  static constexpr std::size_t id_width = 24, title_width = 34, cx_width = 3, work_width = 23,
                               share_width = 8, mentions_width = 8, gap = 2;
  static constexpr std::string_view bold = "\x1b[1m", red = "\x1b[31m", yellow = "\x1b[33m",
                                    cyan = "\x1b[36m", green = "\x1b[32m", reset = "\x1b[0m";

  static void cell(std::string& out, std::string_view s, std::size_t width,
                   keep which = keep::start) {
    append_cell(out, s, width, which);
    out.append(gap, ' ');
  }

  static std::string percent(double share) {
    const int p = static_cast<int>(share * 100.0 + 0.5);
    return std::to_string(p < 0 ? 0 : p > 100 ? 100 : p) + "%";
  }

  static std::string_view colour_of(cxaudit::severity s) {
    return s == cxaudit::severity::error ? red : s == cxaudit::severity::warning ? yellow : cyan;
  }

  template <typename Write>
  void paint(std::string& out, std::string_view colour, Write&& write) const {
    if (colour_) out += colour;
    write();
    if (colour_) out += reset;
  }

  bool colour_;
};

}  // namespace cxaudit_cli
