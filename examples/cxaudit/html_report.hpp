#pragma once
// A single self-contained HTML report: per posting the verdict, the two profiles as small
// bars, the findings with their evidence, and the posting text with the evidence highlighted
// by category; for the batch a summary with charts. Streamed (begin, add per posting, end):
// the summary is written last and shown first (CSS order), so memory stays flat. No network,
// no external scripts; posting text (HTML or not) is escaped, never injected.

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <cxaudit/cxaudit.hpp>

#include "html_style.hpp"
#include "summary.hpp"

namespace cxaudit_cli {

/// Appends `s` escaped for HTML text and attributes; invalid UTF-8 becomes U+FFFD.
inline void append_html(std::string& out, std::string_view s) {
  const char* p = s.data();
  const char* const end = p + s.size();
  while (p < end) {
    const char c = *p;
    if (static_cast<unsigned char>(c) >= 0x80) {
      char32_t cp = 0;
      const int n = cxaudit::detail::decode_utf8(p, end, cp);
      if (n == 0) {
        out += "\xEF\xBF\xBD";
        ++p;
      } else {
        out.append(p, static_cast<std::size_t>(n));
        p += n;
      }
      continue;
    }
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      case '\0':
        out += "\xEF\xBF\xBD";
        break;
      default:
        out += c;
    }
    ++p;
  }
}

class html_report_writer {
 public:
  void begin(std::string& out) const {
    out +=
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
        "<title>cxaudit report</title><style>";
    out += html_style;
    out +=
        "</style></head><body><main>\n<header class=\"page\"><h1>cxaudit report</h1><p>Does a "
        "&ldquo;Customer Experience&rdquo; title fit the work? cxaudit ";
    out += cxaudit::version_string;
    out += ", schema ";
    out += cxaudit::report_schema;
    out +=
        ".</p><p class=\"legend\"><mark class=\"c-customer_term\">customer</mark><mark "
        "class=\"c-strategy_insight\">CX strategy</mark><mark class=\"c-frontline_sales\">"
        "sales / retail</mark><mark class=\"c-frontline_service\">service</mark><mark "
        "class=\"c-technology\">technology</mark><mark class=\"c-cx_title\">CX title "
        "claim</mark></p></header>\n";
  }

  /// One posting (const: workers format postings in parallel).
  void add(std::string& out, const cxaudit::report& r, std::string_view raw_id) const {
    out += "<article class=\"posting\"><h3>";
    append_title(out, r);
    out += "</h3><div class=\"meta\">id ";
    append_html(out, unquote(raw_id));
    out += " &middot; " + std::to_string(r.words) + " words</div><div>";
    const std::string_view role = cxaudit::to_string(r.role_kind);
    out += "<span class=\"badge b-";
    out += role;
    out += "\">";
    out += role;
    if (r.frontline != cxaudit::frontline_kind::none) {
      out += " &middot; ";
      out += r.frontline == cxaudit::frontline_kind::service ? "service" : "sales/retail";
    }
    out += "</span>";
    if (r.title.is_cx) out += "<span class=\"badge b-cx\">title claims CX</span>";
    out += "<span class=\"badge b-other\">level ";
    out += cxaudit::to_string(r.title.level);
    out += "</span></div>";
    append_profiles(out, r);
    append_findings(out, r);
    if (!r.suggested_title.empty()) {
      out += "<p class=\"suggest\">Suggested title: <b>";
      append_html(out, r.suggested_title);
      out += "</b></p>";
    }
    out += "<details";
    if (r.input.text.size() < 4000) out += " open";
    out += "><summary>Posting text with evidence</summary><pre class=\"text\">";
    append_highlighted(out, r);
    out += "</pre></details></article>\n";
  }

  void add_error(std::string& out, std::string_view raw_id, std::int64_t line,
                 std::string_view message) const {
    out += "<article class=\"posting error-record\"><h3>Could not read record ";
    append_html(out, unquote(raw_id));
    out += "</h3><div class=\"meta\">input line " + std::to_string(line) + "</div><p>";
    append_html(out, message);
    out += "</p></article>\n";
  }

  void end(std::string& out, const batch_summary& s) const {
    out += "<section class=\"summary\"><h2>Batch summary</h2><div class=\"figures\">";
    const std::uint64_t ok = s.records - s.errors;
    figure(out, s.records, "postings", s.errors, "could not be read");
    figure(out, s.cx_titled, "titles claim customer experience", ok, "postings read");
    figure(out, s.cx_titled_frontline, "of those are frontline work", s.cx_titled, "CX titles");
    figure(out, s.cx_titled_never_mention, "CX titles never mention a customer", s.cx_titled,
           "CX titles");
    figure(out, s.never_mention_customer, "postings never mention a customer", ok, "postings read");
    out += "</div>";
    append_histogram(out, s);
    append_role_bars(out, s);
    out += "</section>\n</main></body></html>\n";
  }

 private:
  static std::string_view unquote(std::string_view raw) {
    if (raw.size() >= 2 && raw.front() == '"' && raw.back() == '"')
      return raw.substr(1, raw.size() - 2);
    return raw;
  }

  static void append_title(std::string& out, const cxaudit::report& r) {
    const std::string_view t = r.input.title;
    if (!r.title.is_cx || r.title.cx_span.end > t.size()) {
      append_html(out, t);
      return;
    }
    append_html(out, t.substr(0, r.title.cx_span.begin));
    out += "<mark class=\"c-cx_title\" title=\"cx_title\">";
    append_html(out, r.title.cx_span.text(t));
    out += "</mark>";
    append_html(out, t.substr(r.title.cx_span.end));
  }

  static void bar(std::string& out, std::string_view name, double value, double max,
                  const char* colour, int decimals = 1) {
    const double pct = max <= 0.0 ? 0.0 : std::min(100.0, 100.0 * value / max);
    char num[32];
    std::snprintf(num, sizeof num, decimals == 0 ? "%.0f" : "%.1f", value);
    out += "<div class=\"bar\"><span>";
    out += name;
    out += "</span><div class=\"track\"><div class=\"fill\" style=\"width:";
    out += std::to_string(static_cast<int>(pct));
    out += "%;background:";
    out += colour;
    out += "\"></div></div><span>";
    out += num;
    out += "</span></div>";
  }

  static void append_profiles(std::string& out, const cxaudit::report& r) {
    const cxaudit::customer_mention_profile& c = r.customer;
    const cxaudit::role_focus_profile& f = r.role;
    out += "<div class=\"profiles\"><div class=\"bars\"><h4>Customer mentions</h4>";
    const double cmax = std::max<double>(1, c.mentions);
    bar(out, "mentions", c.mentions, cmax, "var(--cust)", 0);
    bar(out, "substantive", c.substantive, cmax, "var(--cust)", 0);
    bar(out, "per 1,000 words", c.per_1k_words, std::max(20.0, c.per_1k_words), "var(--cust)");
    bar(out, "in duties", c.by_section[1] + c.by_section[0], cmax, "var(--gen)", 0);
    bar(out, "in requirements", c.by_section[2], cmax, "var(--gen)", 0);
    bar(out, "in boilerplate",
        c.by_section[3] + c.by_section[4] + c.by_section[5] + c.by_section[6], cmax, "var(--gen)",
        0);
    out += "</div><div class=\"bars\"><h4>Strategy versus frontline (share ";
    char share[16];
    std::snprintf(share, sizeof share, "%.2f", f.strategy_share);
    out += share;
    out += ")</h4>";
    const double m = std::max(
        {1.0, f.strategy, f.oversight, f.mandate, f.sales_retail, f.service, f.technology});
    bar(out, "strategy", f.strategy, m, "var(--strat)");
    bar(out, "CX-team oversight", f.oversight, m, "var(--strat)");
    bar(out, "org mandate", f.mandate, m, "var(--strat)");
    bar(out, "sales / retail", f.sales_retail, m, "var(--front)");
    bar(out, "service", f.service, m, "var(--svc)");
    bar(out, "technology", f.technology, m, "var(--tech)");
    out += "</div></div>";
  }

  static void append_findings(std::string& out, const cxaudit::report& r) {
    if (r.findings.empty()) {
      out += "<p class=\"evidence\">No findings: the title fits the work.</p>";
      return;
    }
    out += "<ul class=\"findings\">";
    for (const cxaudit::finding& f : r.findings) {
      out += "<li class=\"sev-";
      out += cxaudit::to_string(f.level);
      out += "\"><b>";
      out += cxaudit::to_string(f.level);
      out += " &middot; ";
      out += cxaudit::to_string(f.code);
      out += "</b><p>";
      append_html(out, f.message);
      out += "</p><div class=\"evidence\">evidence: ";
      for (std::size_t i = 0; i < f.evidence.size(); ++i) {
        if (i > 0) out += ", ";
        const cxaudit::evidence& e = f.evidence[i];
        out += "<mark class=\"c-";
        out += e.field == cxaudit::evidence_field::title && e.cat == cxaudit::category::none
                   ? std::string_view("cx_title")
                   : cxaudit::to_string(e.cat);
        out += "\">";
        append_html(out, r.text_of(e));
        out += "</mark>";
      }
      out += "</div></li>";
    }
    out += "</ul>";
  }

  static void append_highlighted(std::string& out, const cxaudit::report& r) {
    std::vector<cxaudit::evidence> spans;
    cxaudit::cited_spans(r, cxaudit::evidence_field::text, spans);
    const std::string_view t = r.input.text;
    std::uint32_t at = 0;
    for (const cxaudit::evidence& e : spans) {
      if (e.span.end > t.size()) continue;
      append_html(out, t.substr(at, e.span.begin - at));
      out += "<mark class=\"c-";
      out += cxaudit::to_string(e.cat);
      out += "\" title=\"";
      out += cxaudit::to_string(e.cat);
      out += "\">";
      append_html(out, e.span.text(t));
      out += "</mark>";
      at = e.span.end;
    }
    append_html(out, t.substr(at));
  }

  static void figure(std::string& out, std::uint64_t n, const char* what, std::uint64_t of,
                     const char* of_what) {
    out += "<div class=\"figure\"><b>" + std::to_string(n) + "</b><span>";
    out += what;
    if (of > 0 && std::string_view(of_what) != "could not be read") {
      out += " (" + std::to_string((n * 100 + of / 2) / of) + "% of " + std::to_string(of) + " ";
      out += of_what;
      out += ")";
    } else if (std::string_view(of_what) == "could not be read") {
      out += " (" + std::to_string(of) + " could not be read)";
    }
    out += "</span></div>";
  }

  static void append_histogram(std::string& out, const batch_summary& s) {
    const auto& h = s.strategy_share_histogram;
    const std::uint64_t top = std::max<std::uint64_t>(1, *std::max_element(h.begin(), h.end()));
    out +=
        "<h2 style=\"margin-top:16px\">strategy_share of postings with role evidence</h2>"
        "<svg role=\"img\" aria-label=\"histogram of strategy_share\" viewBox=\"0 0 520 170\" "
        "width=\"100%\" style=\"max-width:620px\">";
    for (std::size_t i = 0; i < h.size(); ++i) {
      const int height =
          static_cast<int>(120.0 * static_cast<double>(h[i]) / static_cast<double>(top));
      const int x = 20 + static_cast<int>(i) * 50;
      out += "<rect x=\"" + std::to_string(x) + "\" y=\"" + std::to_string(135 - height) +
             "\" width=\"40\" height=\"" + std::to_string(height) + "\" rx=\"3\" fill=\"" +
             (i < 4   ? "#c4320a"
              : i < 6 ? "#98a2b3"
                      : "#6941c6") +
             "\"/>";
      out += "<text x=\"" + std::to_string(x + 20) + "\" y=\"" + std::to_string(130 - height) +
             "\" text-anchor=\"middle\">" + std::to_string(h[i]) + "</text>";
      out += "<text x=\"" + std::to_string(x + 20) + "\" y=\"152\" text-anchor=\"middle\">" +
             std::to_string(i) + "&#8211;" + std::to_string(i + 1) + "</text>";
    }
    out +=
        "<text x=\"260\" y=\"168\" text-anchor=\"middle\">strategy_share &#215; 10 (frontline "
        "left, strategy right)</text></svg>";
  }

  static void append_role_bars(std::string& out, const batch_summary& s) {
    out += "<div class=\"bars wide\" style=\"max-width:760px\"><h4>Work described</h4>";
    const double m = static_cast<double>(
        std::max<std::uint64_t>(1, std::max({s.by_role[0], s.by_role[1], s.by_role[2]})));
    bar(out, "strategy", static_cast<double>(s.by_role[1]), m, "var(--strat)", 0);
    bar(out, "frontline", static_cast<double>(s.by_role[2]), m, "var(--front)", 0);
    bar(out, "other", static_cast<double>(s.by_role[0]), m, "var(--gen)", 0);
    out += "<h4 style=\"margin-top:10px\">Findings</h4>";
    const double fm = static_cast<double>(
        std::max<std::uint64_t>(1, *std::max_element(s.by_finding.begin(), s.by_finding.end())));
    for (std::size_t i = 0; i < s.by_finding.size(); ++i)
      bar(out, cxaudit::to_string(static_cast<cxaudit::finding_code>(i)),
          static_cast<double>(s.by_finding[i]), fm, "var(--err)", 0);
    out += "</div>";
  }
};

}  // namespace cxaudit_cli
