#pragma once
/// \file char_class.hpp
/// Byte classes and strict UTF-8 decoding: the table-driven primitives under the X3 grammar.

#include <array>
#include <cstdint>

namespace cxaudit::detail {

/// Bit flags for one byte value.
namespace byte_class {
inline constexpr std::uint8_t alpha = 1;     ///< A–Z a–z
inline constexpr std::uint8_t digit = 2;     ///< 0–9
inline constexpr std::uint8_t upper = 4;     ///< A–Z
inline constexpr std::uint8_t space = 8;     ///< space, tab, \f, \v, NUL
inline constexpr std::uint8_t newline = 16;  ///< \n \r
inline constexpr std::uint8_t high = 32;     ///< >= 0x80 (start or inside of a multi-byte sequence)
inline constexpr std::uint8_t word = alpha | digit;
}  // namespace byte_class

/// One lookup table for all byte classes; constexpr so it costs nothing at start-up.
struct byte_tables {
  std::array<std::uint8_t, 256> cls{};
  std::array<char, 256> lower{};
  constexpr byte_tables() {
    for (int c = 0; c < 256; ++c) {
      std::uint8_t v = 0;
      if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) v |= byte_class::alpha;
      if (c >= 'A' && c <= 'Z') v |= byte_class::upper;
      if (c >= '0' && c <= '9') v |= byte_class::digit;
      if (c == ' ' || c == '\t' || c == '\f' || c == '\v' || c == 0) v |= byte_class::space;
      if (c == '\n' || c == '\r') v |= byte_class::newline;
      if (c >= 0x80) v |= byte_class::high;
      cls[static_cast<std::size_t>(c)] = v;
      lower[static_cast<std::size_t>(c)] =
          static_cast<char>((c >= 'A' && c <= 'Z') ? c + ('a' - 'A') : c);
    }
  }
};

inline constexpr byte_tables tables{};

/// The class bits of byte `c`.
constexpr std::uint8_t cls(char c) noexcept { return tables.cls[static_cast<unsigned char>(c)]; }
/// ASCII lowercase of `c` (other bytes unchanged).
constexpr char lower(char c) noexcept { return tables.lower[static_cast<unsigned char>(c)]; }
constexpr bool is_alpha(char c) noexcept { return (cls(c) & byte_class::alpha) != 0; }
constexpr bool is_digit(char c) noexcept { return (cls(c) & byte_class::digit) != 0; }
constexpr bool is_alnum(char c) noexcept { return (cls(c) & byte_class::word) != 0; }
constexpr bool is_upper(char c) noexcept { return (cls(c) & byte_class::upper) != 0; }
constexpr bool is_high(char c) noexcept { return (cls(c) & byte_class::high) != 0; }

/// Decodes one strict UTF-8 sequence at [p, end). Returns its length (1–4) and sets `cp`,
/// or returns 0 for an invalid sequence: a stray continuation byte, an overlong form,
/// a surrogate, a code point above U+10FFFF, a bad lead byte or a truncated sequence.
inline int decode_utf8(const char* p, const char* end, char32_t& cp) noexcept {
  const auto b0 = static_cast<unsigned char>(*p);
  if (b0 < 0x80) {
    cp = b0;
    return 1;
  }
  auto cont = [&](std::ptrdiff_t i) -> int {
    if (p + i >= end) return -1;
    const auto b = static_cast<unsigned char>(p[i]);
    return (b & 0xC0) == 0x80 ? (b & 0x3F) : -1;
  };
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    const int c1 = cont(1);
    if (c1 < 0) return 0;
    cp = (char32_t(b0 & 0x1F) << 6) | char32_t(c1);
    return 2;
  }
  if (b0 >= 0xE0 && b0 <= 0xEF) {
    const int c1 = cont(1);
    if (c1 < 0) return 0;
    if (b0 == 0xE0 && c1 < 0x20) return 0;   // overlong
    if (b0 == 0xED && c1 >= 0x20) return 0;  // surrogates U+D800..U+DFFF
    const int c2 = cont(2);
    if (c2 < 0) return 0;
    cp = (char32_t(b0 & 0x0F) << 12) | (char32_t(c1) << 6) | char32_t(c2);
    return 3;
  }
  if (b0 >= 0xF0 && b0 <= 0xF4) {
    const int c1 = cont(1);
    if (c1 < 0) return 0;
    if (b0 == 0xF0 && c1 < 0x10) return 0;   // overlong
    if (b0 == 0xF4 && c1 >= 0x10) return 0;  // above U+10FFFF
    const int c2 = cont(2);
    if (c2 < 0) return 0;
    const int c3 = cont(3);
    if (c3 < 0) return 0;
    cp = (char32_t(b0 & 0x07) << 18) | (char32_t(c1) << 12) | (char32_t(c2) << 6) | char32_t(c3);
    return 4;
  }
  return 0;  // 0x80..0xC1 (stray continuation or overlong lead) and 0xF5..0xFF
}

/// What a non-ASCII code point means to the tokenizer.
enum class cp_class : std::uint8_t {
  letter,      ///< part of a word
  space,       ///< no-break, typographic and zero-width spaces, a BOM
  newline,     ///< U+0085, U+2028
  paragraph,   ///< U+2029
  apostrophe,  ///< ’ ‘ ʼ — inside a word it joins; elsewhere it is a quote
  hyphen,      ///< ‐ ‑ (inside a word it joins)
  dash,        ///< – — ― (a range between digits, a clause break between words)
  quote,       ///< “ ” „ « » — transparent
  bullet,      ///< • · ◦ ▪ ● ■ ‣ ⁃ ➢ ✓ ► and Word's private-use bullets
  sentence,    ///< … and other sentence-ending marks
  currency,    ///< £ € ₦ ₹ ¥ (a number prefix)
  ignorable,   ///< zero-width joiners, variation selectors, soft hyphen
  symbol,      ///< everything else that is not a letter: emoji, arrows, ©, ®
};

/// Classifies a decoded code point >= U+0080.
constexpr cp_class classify_cp(char32_t cp) noexcept {
  switch (cp) {
    case 0x00A0:
    case 0x202F:
    case 0x205F:
    case 0x3000:
    case 0x1680:
    case 0x200B:
    case 0xFEFF:  // zero-width space and a BOM inside the text separate words
      return cp_class::space;
    case 0x0085:
    case 0x2028:
      return cp_class::newline;
    case 0x2029:
      return cp_class::paragraph;
    case 0x2019:
    case 0x2018:
    case 0x02BC:
    case 0x2032:
      return cp_class::apostrophe;
    case 0x2010:
    case 0x2011:
      return cp_class::hyphen;
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
    case 0x2212:
      return cp_class::dash;
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x00AB:
    case 0x00BB:
    case 0x2039:
    case 0x203A:
      return cp_class::quote;
    case 0x2022:
    case 0x00B7:
    case 0x25E6:
    case 0x25AA:
    case 0x25AB:
    case 0x25CF:
    case 0x25CB:
    case 0x25A0:
    case 0x25A1:
    case 0x2023:
    case 0x2043:
    case 0x2219:
    case 0x27A2:
    case 0x27A4:
    case 0x2713:
    case 0x2714:
    case 0x2705:
    case 0x25BA:
    case 0x25B6:
    case 0x25B8:
    case 0x2756:
    case 0x2605:
    case 0x2606:
    case 0x2666:
    case 0x25C6:
    case 0x2794:
    case 0x2192:
    case 0x21D2:
    case 0xF0B7:
    case 0xF0A7:
    case 0xF076:
    case 0xF0D8:
    case 0xF0FC:
    case 0x2610:
    case 0x2611:
    case 0x274F:
    case 0x2751:
    case 0x25FE:
    case 0x2B25:
    case 0x2B1B:
      return cp_class::bullet;
    case 0x2026:
    case 0x203C:
    case 0x2047:
    case 0x2048:
    case 0x2049:
    case 0x3002:
    case 0xFF01:
    case 0xFF1F:
      return cp_class::sentence;
    case 0x00A3:
    case 0x20AC:
    case 0x20A6:
    case 0x20B9:
    case 0x00A5:
    case 0x20A9:
    case 0x20BD:
    case 0x20B1:
      return cp_class::currency;
    case 0x00AD:
    case 0x200C:
    case 0x200D:
    case 0x2060:
      return cp_class::ignorable;
    default:
      break;
  }
  if (cp >= 0x2000 && cp <= 0x200A) return cp_class::space;
  if (cp >= 0xFE00 && cp <= 0xFE0F) return cp_class::ignorable;    // variation selectors
  if (cp >= 0xE0000 && cp <= 0xE007F) return cp_class::ignorable;  // tag characters
  if (cp >= 0x1F3FB && cp <= 0x1F3FF) return cp_class::ignorable;  // skin-tone modifiers
  if (cp < 0x00C0)
    return (cp == 0xAA || cp == 0xB5 || cp == 0xBA) ? cp_class::letter : cp_class::symbol;
  if (cp == 0xD7 || cp == 0xF7) return cp_class::symbol;
  if (cp < 0x2000) return cp_class::letter;  // Latin, Greek, Cyrillic, Hebrew, Arabic, Indic…
  if (cp < 0x2C00) return cp_class::symbol;  // punctuation, symbols, arrows, dingbats
  if (cp < 0x2E00) return cp_class::letter;
  if (cp < 0x2E80) return cp_class::symbol;
  if (cp < 0x3000) return cp_class::letter;
  if (cp < 0x3040) return cp_class::symbol;  // CJK punctuation
  if (cp < 0xE000) return cp_class::letter;  // kana, CJK, Hangul (surrogates never decode)
  if (cp < 0xF900) return cp_class::symbol;  // private use
  if (cp < 0xFE00) return cp_class::letter;
  if (cp < 0xFE70) return cp_class::symbol;
  if (cp < 0xFEFF) return cp_class::letter;
  if (cp >= 0xFF21 && cp <= 0xFF3A) return cp_class::letter;
  if (cp >= 0xFF41 && cp <= 0xFF5A) return cp_class::letter;
  if (cp >= 0xFF66 && cp <= 0xFFDC) return cp_class::letter;
  if (cp < 0x10000) return cp_class::symbol;
  if (cp >= 0x1F000 && cp <= 0x1FFFF) return cp_class::symbol;  // emoji, pictographs
  if (cp >= 0xF0000) return cp_class::symbol;                   // private use planes
  return cp_class::letter;
}

/// True for a code point that is an uppercase Latin-1 letter (À..Þ except ×).
constexpr bool is_latin1_upper(char32_t cp) noexcept {
  return cp >= 0xC0 && cp <= 0xDE && cp != 0xD7;
}

}  // namespace cxaudit::detail
