#pragma once
/// \file report_json.hpp
/// The report's JSON form, schema "cxaudit.report/1" (DESIGN.md's contract). Writing only:
/// the library never parses JSON. Output is valid UTF-8 whatever the input held (invalid
/// bytes inside an evidence text are written as U+FFFD).

#include <charconv>
#include <cstdint>
#include <string>
#include <string_view>

#include "detail/tokenizer/char_class.hpp"
#include "report.hpp"
#include "version.hpp"

namespace cxaudit {

/// How to write a report as JSON.
struct json_options {
  /// The id as a raw JSON value to echo verbatim (e.g. `42` or `"a-17"`); when empty the
  /// report's `input.id` is written as a string (or null when it is empty too).
  std::string_view raw_id;
};

namespace detail {

/// Appends `s` as a JSON string (quotes included), escaping as RFC 8259 requires.
inline void append_json_string(std::string& out, std::string_view s) {
  static constexpr char hex[] = "0123456789abcdef";
  out += '"';
  const char* p = s.data();
  const char* const end = p + s.size();
  while (p < end) {
    // printable ASCII but for the quote and the backslash goes out as it is, a run at a time
    const char* q = p;
    while (q < end && static_cast<unsigned char>(*q - 0x20) < 0x5F && *q != '"' && *q != '\\') ++q;
    if (q != p) {
      out.append(p, static_cast<std::size_t>(q - p));
      p = q;
      if (p == end) break;
    }
    const char c = *p;
    const auto u = static_cast<unsigned char>(c);
    if (u >= 0x80) {
      char32_t cp = 0;
      const int n = decode_utf8(p, end, cp);
      if (n == 0) {
        out += "\xEF\xBF\xBD";  // U+FFFD for a byte that is not UTF-8
        ++p;
      } else {
        out.append(p, static_cast<std::size_t>(n));
        p += n;
      }
      continue;
    }
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (u < 0x20 || u == 0x7F) {
          out += "\\u00";
          out += hex[u >> 4];
          out += hex[u & 15];
        } else {
          out += c;
        }
    }
    ++p;
  }
  out += '"';
}

inline void append_json_int(std::string& out, std::int64_t v) {
  char buf[24];
  const auto r = std::to_chars(buf, buf + sizeof buf, v);
  out.append(buf, static_cast<std::size_t>(r.ptr - buf));
}

/// Appends a number with up to 4 decimals (locale-independent), trailing zeros trimmed.
inline void append_json_number(std::string& out, double v) {
  if (!(v == v) || v > 1e15 || v < -1e15) v = 0.0;  // NaN or absurd: JSON has no such numbers
  char buf[48];
  const auto r = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed, 4);
  char* e = r.ptr;
  while (e > buf + 1 && e[-1] == '0' && e[-2] != '.') --e;
  out.append(buf, static_cast<std::size_t>(e - buf));
}

inline void append_key(std::string& out, std::string_view key) {
  out += '"';
  out += key;
  out += "\":";
}

inline void append_schema_and_id(std::string& out, const report& r, const json_options& o) {
  out += "{\"schema\":\"";
  out += report_schema;
  out += "\",\"id\":";
  if (!o.raw_id.empty())
    out += o.raw_id;
  else if (!r.input.id.empty())
    append_json_string(out, r.input.id);
  else
    out += "null";
}

inline void append_evidence(std::string& out, const report& r, const evidence& e) {
  out += "{\"field\":\"";
  out += to_string(e.field);
  out += "\",\"start\":";
  append_json_int(out, e.span.begin);
  out += ",\"end\":";
  append_json_int(out, e.span.end);
  out += ",\"text\":";
  append_json_string(out, r.text_of(e));
  out += ",\"category\":\"";
  // the claim a title makes is evidence of its own kind
  out += (e.field == evidence_field::title && e.cat == category::none)
             ? std::string_view("cx_title")
             : to_string(e.cat);
  out += "\"}";
}

}  // namespace detail

/// Appends the error record for a posting that could not be read:
/// `{"schema":…,"id":…,"error":{"line":…,"message":…}}`. `line` < 0 writes null.
inline void append_error_json(std::string& out, std::string_view raw_id, std::int64_t line,
                              std::string_view message) {
  out += "{\"schema\":\"";
  out += report_schema;
  out += "\",\"id\":";
  out += raw_id.empty() ? std::string_view("null") : raw_id;
  out += ",\"error\":{\"line\":";
  if (line < 0)
    out += "null";
  else
    detail::append_json_int(out, line);
  out += ",\"message\":";
  detail::append_json_string(out, message);
  out += "}}";
}

/// Appends the report as one JSON object (no newline). A report whose status is not ok is
/// written as an error record.
inline void append_json(std::string& out, const report& r, const json_options& o = {}) {
  using detail::append_json_int;
  using detail::append_json_number;
  using detail::append_json_string;
  using detail::append_key;
  if (r.status != audit_status::ok) {
    std::string id;
    if (o.raw_id.empty() && !r.input.id.empty()) append_json_string(id, r.input.id);
    append_error_json(out, o.raw_id.empty() ? std::string_view(id) : o.raw_id, -1,
                      r.status == audit_status::posting_too_large
                          ? "posting too large to audit (see audit_options::max_posting_bytes)"
                          : "out of memory while auditing the posting");
    return;
  }
  detail::append_schema_and_id(out, r, o);

  out += ",\"title\":{\"is_cx\":";
  out += r.title.is_cx ? "true" : "false";
  out += ",\"level\":\"";
  out += to_string(r.title.level);
  out += "\",\"function\":";
  if (r.title.function.empty())
    out += "null";
  else
    append_json_string(out, r.title.function);
  out += ",\"mentions_customer\":";
  out += r.title.mentions_customer ? "true" : "false";
  out += '}';

  const customer_mention_profile& c = r.customer;
  out += ",\"customer\":{\"mentions\":";
  append_json_int(out, c.mentions);
  out += ",\"substantive\":";
  append_json_int(out, c.substantive);
  out += ",\"per_1k_words\":";
  append_json_number(out, c.per_1k_words);
  out += ",\"first_offset\":";
  if (c.first_offset < 0)
    out += "null";
  else
    append_json_int(out, c.first_offset);
  out += ",\"by_section\":{";
  for (int s = 0; s < section_kind_count; ++s) {
    if (s > 0) out += ',';
    append_key(out, to_string(static_cast<section_kind>(s)));
    append_json_int(out, c.by_section[static_cast<std::size_t>(s)]);
  }
  out += "},\"by_family\":{";
  bool first = true;
  for (int f = 1; f < customer_family_count; ++f) {
    if (c.by_family[static_cast<std::size_t>(f)] == 0) continue;
    if (!first) out += ',';
    first = false;
    append_key(out, to_string(static_cast<customer_family>(f)));
    append_json_int(out, c.by_family[static_cast<std::size_t>(f)]);
  }
  out += "}}";

  const role_focus_profile& rf = r.role;
  out += ",\"role\":{\"class\":\"";
  out += to_string(r.role_kind);
  out += "\",\"frontline_kind\":";
  if (r.frontline == frontline_kind::none) {
    out += "null";
  } else {
    out += '"';
    out += to_string(r.frontline);
    out += '"';
  }
  out += ",\"strategy_share\":";
  append_json_number(out, rf.strategy_share);
  out += ",\"scores\":{";
  const std::pair<std::string_view, double> scores[] = {
      {"strategy", rf.strategy}, {"oversight", rf.oversight},
      {"mandate", rf.mandate},   {"sales_retail", rf.sales_retail},
      {"service", rf.service},   {"technology", rf.technology}};
  for (std::size_t i = 0; i < std::size(scores); ++i) {
    if (i > 0) out += ',';
    append_key(out, scores[i].first);
    append_json_number(out, scores[i].second);
  }
  out += "},\"competencies\":{";
  for (int k = 1; k < competency_count; ++k) {
    if (k > 1) out += ',';
    append_key(out, to_string(static_cast<competency>(k)));
    append_json_number(out, rf.competencies[static_cast<std::size_t>(k)]);
  }
  out += "}}";

  out += ",\"findings\":[";
  for (std::size_t i = 0; i < r.findings.size(); ++i) {
    const finding& f = r.findings[i];
    if (i > 0) out += ',';
    out += "{\"code\":\"";
    out += to_string(f.code);
    out += "\",\"severity\":\"";
    out += to_string(f.level);
    out += "\",\"message\":";
    append_json_string(out, f.message);
    out += ",\"evidence\":[";
    for (std::size_t k = 0; k < f.evidence.size(); ++k) {
      if (k > 0) out += ',';
      detail::append_evidence(out, r, f.evidence[k]);
    }
    out += "]}";
  }
  out += "],\"suggested_title\":";
  if (r.suggested_title.empty())
    out += "null";
  else
    append_json_string(out, r.suggested_title);
  out += ",\"words\":";
  append_json_int(out, static_cast<std::int64_t>(r.words));
  out += ",\"notes\":{\"invalid_utf8_bytes\":";
  append_json_int(out, static_cast<std::int64_t>(r.notes.invalid_utf8_bytes));
  out += ",\"nul_bytes\":";
  append_json_int(out, static_cast<std::int64_t>(r.notes.nul_bytes));
  out += ",\"overlong_words\":";
  append_json_int(out, static_cast<std::int64_t>(r.notes.overlong_words));
  out += ",\"unclosed_markup\":";
  out += r.notes.unclosed_markup ? "true" : "false";
  out += ",\"evidence_dropped\":";
  append_json_int(out, static_cast<std::int64_t>(r.notes.evidence_dropped));
  out += "}}";
}

/// The report as a JSON string.
inline std::string to_json(const report& r, const json_options& o = {}) {
  std::string out;
  append_json(out, r, o);
  return out;
}

}  // namespace cxaudit
