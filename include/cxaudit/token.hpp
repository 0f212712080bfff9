#pragma once
/// \file token.hpp
/// Tokens: what the tokenizer hands to the matcher, with byte spans into the original text.

#include <cstdint>
#include <string_view>

namespace cxaudit {

/// A half-open byte range [begin, end) in the original input (HTML and all).
struct byte_span {
  std::uint32_t begin = 0;  ///< first byte
  std::uint32_t end = 0;    ///< one past the last byte

  /// Number of bytes covered.
  constexpr std::uint32_t size() const noexcept { return end - begin; }
  /// The covered bytes of `source`.
  std::string_view text(std::string_view source) const noexcept {
    return source.substr(begin, end - begin);
  }
  friend constexpr bool operator==(byte_span a, byte_span b) noexcept {
    return a.begin == b.begin && a.end == b.end;
  }
  friend constexpr bool operator!=(byte_span a, byte_span b) noexcept { return !(a == b); }
};

/// What a token is.
enum class token_kind : std::uint8_t {
  word,             ///< letters (and digits), inner apostrophes and hyphens: customer's, e-mail
  number,           ///< 24/7, $18.50, 35–60, 401k
  url,              ///< http://…, https://…, www.…
  email,            ///< name@example.com
  punct,            ///< a clause boundary: , ; : ( ) / & and spaced dashes
  sentence_end,     ///< . ! ? ending a sentence
  line_break,       ///< one line break (a newline, <br>, <li>, <tr>)
  paragraph_break,  ///< a blank line or a block tag (<p>, <div>, <ul>, <h*>)
  bullet,           ///< a list mark at the start of a line (•, -, *, 1., <li>)
  heading,          ///< a section heading; its span covers the heading line's text
};

/// Number of token kinds.
inline constexpr int token_kind_count = 10;

/// The name of a token kind, as used in token dumps ("word", "paragraph_break", ...).
constexpr std::string_view to_string(token_kind k) noexcept {
  constexpr std::string_view names[] = {"word",   "number",       "url",        "email",
                                        "punct",  "sentence_end", "line_break", "paragraph_break",
                                        "bullet", "heading"};
  return names[static_cast<int>(k)];
}

/// Facts about a token's spelling, gathered while tokenizing (bit flags).
namespace token_flags {
inline constexpr std::uint8_t has_upper = 1;     ///< at least one uppercase letter
inline constexpr std::uint8_t multi_upper = 2;   ///< two or more uppercase letters (acronym-like)
inline constexpr std::uint8_t all_upper = 4;     ///< every letter is uppercase (and >= 1 letter)
inline constexpr std::uint8_t has_hyphen = 8;    ///< an inner hyphen: customer-facing
inline constexpr std::uint8_t inner_upper = 16;  ///< lower→upper inside: "systemsResearching"
inline constexpr std::uint8_t decoded = 32;      ///< holds an HTML entity or typographic apostrophe
inline constexpr std::uint8_t non_ascii = 64;    ///< holds multi-byte UTF-8 letters
inline constexpr std::uint8_t in_heading = 128;  ///< part of a heading line
}  // namespace token_flags

/// One token: its kind, its span in the original text, and its folded spelling key.
///
/// `key` is a 64-bit fingerprint of the normalized spelling (ASCII case folded, typographic
/// apostrophes and entities decoded); words of up to 8 normalized bytes are packed exactly.
/// `key_length` is the normalized length in bytes. Both are zero for non-word tokens.
struct token {
  byte_span span;                      ///< bytes in the original input
  std::uint64_t key = 0;               ///< fingerprint of the normalized spelling (words only)
  std::uint16_t key_length = 0;        ///< normalized length in bytes, saturating at 65535
  token_kind kind = token_kind::word;  ///< what the token is
  std::uint8_t flags = 0;              ///< token_flags bits

  /// True for word, number, URL and e-mail tokens (tokens that carry text).
  constexpr bool is_text() const noexcept { return kind <= token_kind::email; }
  /// True for marks that end a sentence or a line (phrases never cross them).
  constexpr bool is_boundary() const noexcept { return kind >= token_kind::sentence_end; }
  /// True when a flag bit is set.
  constexpr bool has(std::uint8_t flag) const noexcept { return (flags & flag) != 0; }
};

}  // namespace cxaudit
