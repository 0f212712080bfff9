#pragma once
/// \file messages.hpp
/// The one-sentence messages of the findings, written for a recruiter, quoting evidence.

#include <cstddef>
#include <string>
#include <string_view>

#include "../../report.hpp"
#include "../config.hpp"

namespace cxaudit::detail {

// Every function here runs only for a posting that has a finding, and writes a few dozen
// bytes of text: marked cold, so compilers optimize them for size (and compile them faster).

/// Appends `text` in typographic quotes, shortened at a UTF-8 boundary if long.
CXAUDIT_DETAIL_COLD inline void append_quoted(std::string& out, std::string_view text) {
  constexpr std::size_t max_quote = 60;
  out += "\xE2\x80\x9C";  // “
  if (text.size() > max_quote) {
    std::size_t cut = max_quote;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    out.append(text.data(), cut);
    out += "\xE2\x80\xA6";  // …
  } else {
    for (char ch : text) out += (ch == '\n' || ch == '\r' || ch == '\t') ? ' ' : ch;
  }
  out += "\xE2\x80\x9D";  // ”
}

/// Appends up to `n` evidence texts as “a”, “b” and “c” (skipping repeats).
CXAUDIT_DETAIL_COLD inline void append_examples(std::string& out, const report& r,
                                                const evidence_list<max_evidence>& list,
                                                std::size_t n) {
  std::string_view seen[max_evidence];
  std::size_t count = 0;
  for (const evidence& e : list) {
    if (count == n) break;
    const std::string_view t = r.text_of(e);
    bool repeat = false;
    for (std::size_t i = 0; i < count; ++i) repeat = repeat || seen[i] == t;
    if (!repeat) seen[count++] = t;
  }
  for (std::size_t i = 0; i < count; ++i) {
    if (i > 0) out += (i + 1 == count) ? " and " : ", ";
    append_quoted(out, seen[i]);
  }
}

CXAUDIT_DETAIL_COLD inline std::string_view frontline_words(const report& r) {
  return r.frontline == frontline_kind::sales_retail ? "sales and retail"
                                                     : "call-center and service";
}

CXAUDIT_DETAIL_COLD inline void message_cx_title_frontline(std::string& out, const report& r) {
  out += "The title claims customer experience (";
  append_quoted(out, r.title.cx_span.text(r.input.title));
  out += "), but the duties describe frontline ";
  out += frontline_words(r);
  out += " work";
  if (!r.role.frontline_evidence.empty()) {
    out += " such as ";
    append_examples(out, r, r.role.frontline_evidence, 3);
  }
  out += ", not customer-experience strategy.";
}

CXAUDIT_DETAIL_COLD inline void message_cx_title_no_customer(std::string& out, const report& r) {
  out += "The title claims customer experience (";
  append_quoted(out, r.title.cx_span.text(r.input.title));
  out += "), but the description never mentions a customer, client, guest or member.";
}

CXAUDIT_DETAIL_COLD inline void message_no_customer(std::string& out, const report& r) {
  out += "This ";
  out += r.role_kind == role_class::strategy    ? "customer-strategy"
         : r.role_kind == role_class::frontline ? "frontline"
                                                : "customer-facing";
  out += " role never mentions a customer, client, guest or member in its description.";
}

CXAUDIT_DETAIL_COLD inline void message_cx_work_without_title(std::string& out, const report& r) {
  out += "The work is customer-experience strategy";
  if (!r.role.strategy_evidence.empty()) {
    out += " (";
    append_examples(out, r, r.role.strategy_evidence, 3);
    out += ")";
  }
  out += ", but the title does not say so";
  if (!r.suggested_title.empty()) {
    out += "; consider ";
    append_quoted(out, r.suggested_title);
  }
  out += ".";
}

CXAUDIT_DETAIL_COLD inline void message_cx_title_technology(std::string& out, const report& r) {
  out += "The title claims customer experience, but the work is software and platform work";
  if (!r.role.technology_evidence.empty()) {
    out += " such as ";
    append_examples(out, r, r.role.technology_evidence, 3);
  }
  out += " rather than customer-experience strategy or service.";
}

CXAUDIT_DETAIL_COLD inline void message_low_customer_focus(std::string& out, const report& r) {
  out += "The description mentions customers ";
  out += std::to_string(r.customer.mentions);
  out += r.customer.mentions == 1 ? " time" : " times";
  out += r.customer.outside_boilerplate() == 0 ? ", all in company boilerplate"
                                               : ", but only in passing";
  out += ", never as people whose needs or feedback the role studies or acts on.";
}

}  // namespace cxaudit::detail
