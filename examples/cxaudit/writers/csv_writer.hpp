#pragma once
// CSV output: a header, then one flat row per input record, in input order. A record that
// could not be read has its id and the error_line and error columns, the rest empty. Numbers
// are written like the JSON report's (four decimals); booleans as true/false; a missing
// frontline kind or suggested title as an empty field; finding codes joined by ';'.

#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

#include <cxaudit/cxaudit.hpp>

#include "text_util.hpp"

namespace cxaudit_cli {

/// The CSV columns, in order.
inline constexpr std::string_view csv_columns_header =
    "id,title,is_cx,level,function,class,frontline_kind,strategy_share,mentions,substantive,"
    "per_1k_words,strategy,oversight,mandate,sales_retail,service,technology,words,findings,"
    "worst_severity,suggested_title,error_line,error\n";

inline constexpr int csv_column_count = 23;

inline void append_csv_header(std::string& out) { out += csv_columns_header; }

inline void append_csv_number(std::string& out, double v) {
  if (!(v == v)) v = 0.0;
  char buf[48];
  const int n = std::snprintf(buf, sizeof buf, "%.4f", v);
  out.append(buf, n > 0 ? static_cast<std::size_t>(n) : 0);
}

/// One audited posting.
inline void append_csv_row(std::string& out, const cxaudit::report& r, std::string_view id) {
  append_csv_field(out, id);
  out += ',';
  append_csv_field(out, r.input.title);
  out += r.title.is_cx ? ",true," : ",false,";
  out += cxaudit::to_string(r.title.level);
  out += ',';
  append_csv_field(out, r.title.function);
  out += ',';
  out += cxaudit::to_string(r.role_kind);
  out += ',';
  if (r.frontline != cxaudit::frontline_kind::none) out += cxaudit::to_string(r.frontline);
  out += ',';
  append_csv_number(out, r.role.strategy_share);
  out += ',';
  out += std::to_string(r.customer.mentions);
  out += ',';
  out += std::to_string(r.customer.substantive);
  out += ',';
  append_csv_number(out, r.customer.per_1k_words);
  for (double v : {r.role.strategy, r.role.oversight, r.role.mandate, r.role.sales_retail,
                   r.role.service, r.role.technology}) {
    out += ',';
    append_csv_number(out, v);
  }
  out += ',';
  out += std::to_string(r.words);
  out += ',';
  for (std::size_t i = 0; i < r.findings.size(); ++i) {
    if (i > 0) out += ';';
    out += cxaudit::to_string(r.findings[i].code);
  }
  out += ',';
  if (!r.findings.empty()) out += cxaudit::to_string(r.findings.worst());
  out += ',';
  append_csv_field(out, r.suggested_title);
  out += ",,\n";
}

/// One record that could not be read.
inline void append_csv_error(std::string& out, std::string_view id, std::int64_t line,
                             std::string_view message) {
  append_csv_field(out, id);
  out.append(static_cast<std::size_t>(csv_column_count - 2), ',');
  out += std::to_string(line);
  out += ',';
  append_csv_field(out, message);
  out += '\n';
}

}  // namespace cxaudit_cli
