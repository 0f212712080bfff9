#pragma once
/// \file entities.hpp
/// HTML character references: &amp; &nbsp; &rsquo; &#8217; &#x2019; …

#include <cstdint>
#include <string_view>

#include "../sv_literal.hpp"

namespace cxaudit::detail {

/// A named character reference and its code point.
struct named_entity {
  std::string_view name;  ///< without '&' and ';'
  char32_t code_point;    ///< what it stands for
};

/// The named references postings use, sorted by name for binary search.
inline constexpr named_entity named_entities[] = {
    {"AElig"sv, 0xC6},    {"Aacute"sv, 0xC1},   {"Agrave"sv, 0xC0},  {"Auml"sv, 0xC4},
    {"Ccedil"sv, 0xC7},   {"Eacute"sv, 0xC9},   {"Egrave"sv, 0xC8},  {"Ntilde"sv, 0xD1},
    {"Oacute"sv, 0xD3},   {"Ouml"sv, 0xD6},     {"Uacute"sv, 0xDA},  {"Uuml"sv, 0xDC},
    {"aacute"sv, 0xE1},   {"acirc"sv, 0xE2},    {"aelig"sv, 0xE6},   {"agrave"sv, 0xE0},
    {"amp"sv, '&'},       {"apos"sv, '\''},     {"auml"sv, 0xE4},    {"bull"sv, 0x2022},
    {"ccedil"sv, 0xE7},   {"cent"sv, 0xA2},     {"copy"sv, 0xA9},    {"dash"sv, 0x2010},
    {"eacute"sv, 0xE9},   {"ecirc"sv, 0xEA},    {"egrave"sv, 0xE8},  {"emsp"sv, 0x2003},
    {"ensp"sv, 0x2002},   {"euml"sv, 0xEB},     {"euro"sv, 0x20AC},  {"gt"sv, '>'},
    {"hellip"sv, 0x2026}, {"hyphen"sv, 0x2010}, {"iacute"sv, 0xED},  {"icirc"sv, 0xEE},
    {"iuml"sv, 0xEF},     {"laquo"sv, 0xAB},    {"ldquo"sv, 0x201C}, {"lsquo"sv, 0x2018},
    {"lt"sv, '<'},        {"mdash"sv, 0x2014},  {"middot"sv, 0xB7},  {"nbsp"sv, 0xA0},
    {"ndash"sv, 0x2013},  {"ntilde"sv, 0xF1},   {"oacute"sv, 0xF3},  {"ocirc"sv, 0xF4},
    {"ouml"sv, 0xF6},     {"pound"sv, 0xA3},    {"quot"sv, '"'},     {"raquo"sv, 0xBB},
    {"rdquo"sv, 0x201D},  {"reg"sv, 0xAE},      {"rsquo"sv, 0x2019}, {"sbquo"sv, 0x201A},
    {"shy"sv, 0xAD},      {"thinsp"sv, 0x2009}, {"trade"sv, 0x2122}, {"uacute"sv, 0xFA},
    {"ucirc"sv, 0xFB},    {"uuml"sv, 0xFC},     {"yen"sv, 0xA5},     {"zwj"sv, 0x200D},
    {"zwnj"sv, 0x200C},   {"zwsp"sv, 0x200B},
};

/// Decodes a character reference starting at `p` (which points at '&').
/// Returns the number of bytes it spans (including ';') and sets `cp`, or 0 when the bytes are
/// not a reference (a plain ampersand, as in "R&D"). Numeric references that name a surrogate,
/// NUL or a value above U+10FFFF decode to U+FFFD.
inline int decode_entity(const char* p, const char* last, char32_t& cp) noexcept {
  constexpr int max_len = 12;  // "&#x0010FFFF;" is the longest form we accept
  if (last - p < 3 || *p != '&') return 0;
  const char* q = p + 1;
  if (*q == '#') {
    ++q;
    std::uint32_t value = 0;
    int digits = 0;
    const bool hex = q < last && (*q == 'x' || *q == 'X');
    if (hex) ++q;
    while (q < last && digits < 8) {
      const char c = *q;
      int d = -1;
      if (c >= '0' && c <= '9')
        d = c - '0';
      else if (hex && c >= 'a' && c <= 'f')
        d = c - 'a' + 10;
      else if (hex && c >= 'A' && c <= 'F')
        d = c - 'A' + 10;
      if (d < 0) break;
      value = value * (hex ? 16u : 10u) + static_cast<std::uint32_t>(d);
      ++digits;
      ++q;
    }
    if (digits == 0 || q >= last || *q != ';') return 0;
    const bool bad = value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF);
    cp = bad ? char32_t{0xFFFD} : char32_t{value};
    return static_cast<int>(q + 1 - p);
  }
  const char* name_begin = q;
  while (q < last && q - p < max_len && ((*q >= 'a' && *q <= 'z') || (*q >= 'A' && *q <= 'Z'))) {
    ++q;
  }
  if (q == name_begin || q >= last || *q != ';') return 0;
  const std::string_view name(name_begin, static_cast<std::size_t>(q - name_begin));
  std::size_t lo = 0;
  std::size_t hi = sizeof(named_entities) / sizeof(named_entities[0]);
  while (lo < hi) {
    const std::size_t mid = (lo + hi) / 2;
    const int c = named_entities[mid].name.compare(name);
    if (c == 0) {
      cp = named_entities[mid].code_point;
      return static_cast<int>(q + 1 - p);
    }
    if (c < 0)
      lo = mid + 1;
    else
      hi = mid;
  }
  return 0;
}

}  // namespace cxaudit::detail
