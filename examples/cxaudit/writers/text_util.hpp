#pragma once
// Small text helpers for the writers: UTF-8-aware cells for the table, CSV quoting, and JSON
// strings for ids (output only; JSON is parsed by simdjson, never here). Bytes that are not
// UTF-8 become U+FFFD, so what we write is always valid UTF-8.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace cxaudit_cli {

/// Length of the valid UTF-8 sequence at s[i], or 0 when the byte there does not start one.
inline std::size_t utf8_length(std::string_view s, std::size_t i) {
  const auto b = static_cast<unsigned char>(s[i]);
  if (b < 0x80) return 1;
  std::size_t n = 0;
  std::uint32_t cp = 0;
  if (b >= 0xC2 && b <= 0xDF)
    n = 2, cp = b & 0x1Fu;
  else if (b >= 0xE0 && b <= 0xEF)
    n = 3, cp = b & 0x0Fu;
  else if (b >= 0xF0 && b <= 0xF4)
    n = 4, cp = b & 0x07u;
  else
    return 0;
  if (i + n > s.size()) return 0;
  for (std::size_t k = 1; k < n; ++k) {
    const auto c = static_cast<unsigned char>(s[i + k]);
    if ((c & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (c & 0x3Fu);
  }
  const bool overlong = (n == 3 && cp < 0x800) || (n == 4 && cp < 0x10000);
  const bool surrogate = cp >= 0xD800 && cp <= 0xDFFF;
  return overlong || surrogate || cp > 0x10FFFF ? 0 : n;
}

/// Appends `s` as a JSON string (quotes included).
inline void append_json_string(std::string& out, std::string_view s) {
  static constexpr char hex[] = "0123456789abcdef";
  out += '"';
  for (std::size_t i = 0; i < s.size();) {
    const auto b = static_cast<unsigned char>(s[i]);
    if (b >= 0x80) {
      const std::size_t n = utf8_length(s, i);
      if (n == 0)
        out += "\xEF\xBF\xBD";
      else
        out.append(s.data() + i, n);
      i += n == 0 ? 1 : n;
      continue;
    }
    if (b == '"' || b == '\\') {
      out += '\\';
      out += static_cast<char>(b);
    } else if (b < 0x20 || b == 0x7F) {
      out += "\\u00";
      out += hex[b >> 4];
      out += hex[b & 15];
    } else {
      out += static_cast<char>(b);
    }
    ++i;
  }
  out += '"';
}

/// Which end of a too-long cell to keep.
enum class keep { start, end };

/// Appends `s` in exactly `width` columns: cut (an ellipsis marks the cut) or padded with
/// spaces. One column per code point (good enough for the Latin, Greek and Cyrillic text of
/// job titles); control characters and bad bytes become spaces or U+FFFD.
inline void append_cell(std::string& out, std::string_view s, std::size_t width,
                        keep which = keep::start) {
  // code point boundaries, then the part that fits
  std::size_t chars = 0;
  for (std::size_t i = 0; i < s.size(); ++chars) {
    const std::size_t n = utf8_length(s, i);
    i += n == 0 ? 1 : n;
  }
  std::size_t skip_chars = 0, take_chars = chars;
  const bool cut = chars > width;
  if (cut) {
    take_chars = width - 1;
    if (which == keep::end) skip_chars = chars - take_chars;
  }
  if (cut && which == keep::end) out += "\xE2\x80\xA6";
  std::size_t index = 0;
  for (std::size_t i = 0; i < s.size() && index < skip_chars + take_chars; ++index) {
    const std::size_t n = utf8_length(s, i);
    if (index >= skip_chars) {
      const auto b = static_cast<unsigned char>(s[i]);
      if (n == 0)
        out += "\xEF\xBF\xBD";
      else if (b < 0x20 || b == 0x7F)
        out += ' ';
      else
        out.append(s.data() + i, n);
    }
    i += n == 0 ? 1 : n;
  }
  if (cut && which == keep::start) out += "\xE2\x80\xA6";
  if (!cut) out.append(width - chars, ' ');
}

/// Appends a CSV field, quoted when it holds a comma, a quote, a line break or leading or
/// trailing space (RFC 4180: a quote inside is doubled). Bytes that are not UTF-8 become U+FFFD.
inline void append_csv_field(std::string& out, std::string_view s) {
  const bool quote = s.find_first_of(",\"\r\n") != std::string_view::npos ||
                     (!s.empty() && (s.front() == ' ' || s.back() == ' '));
  if (quote) out += '"';
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t n = utf8_length(s, i);
    if (n == 0) {
      out += "\xEF\xBF\xBD";
      ++i;
      continue;
    }
    if (s[i] == '"') out += '"';
    out.append(s.data() + i, n);
    i += n;
  }
  if (quote) out += '"';
}

}  // namespace cxaudit_cli
