#pragma once
/// \file scan_marks.hpp
/// Scanners for structure and punctuation: bullets, sentence ends, clause punctuation,
/// non-letter multi-byte characters (and invalid UTF-8), and any other byte.

#include <cstdint>

#include "abbreviations.hpp"
#include "char_class.hpp"
#include "fold.hpp"
#include "scan_text.hpp"
#include "sink.hpp"

namespace cxaudit::detail {

/// Pushes a structure or punctuation token spanning [first, q).
inline void push_mark(token_kind kind, const char* first, const char* q, token_sink& sink) {
  push_plain(kind, first, q, sink);
}

/// Consumes a list mark at the start of a line: - * + • · ▪ – — 1. 1) a) (a).
inline bool scan_bullet(const char*& p, const char* last, token_sink& sink) {
  if (!sink.at_line_start()) return false;
  const char* q = p;
  const char c = *q;
  auto spaced = [&](const char* t) {
    return t >= last || (cls(*t) & (byte_class::space | byte_class::newline)) != 0 ||
           (is_high(*t) && !letter_at(t, last));
  };
  if (c == '-' || c == '*' || c == '+' || c == '>') {
    const bool glued_ok = (c == '-' || c == '*') && q + 1 < last && q[1] != c && q[1] != '-';
    if (!spaced(q + 1) && !glued_ok) return false;  // "-Manage the team" is a bullet too
    push_mark(token_kind::bullet, p, q + 1, sink);
    p = q + 1;
    return true;
  }
  if (is_high(c)) {
    char32_t cp = 0;
    const int n = decode_utf8(q, last, cp);
    if (n == 0) return false;
    const cp_class k = classify_cp(cp);
    if (k != cp_class::bullet && k != cp_class::dash) return false;
    push_mark(token_kind::bullet, p, q + n, sink);
    p = q + n;
    return true;
  }
  // numbered and lettered lists: 1. 12) a) (a) (iv)
  const bool paren = c == '(';
  if (paren) ++q;
  const char* label = q;
  while (q < last && q - label < 4 && is_alnum(*q)) ++q;
  const auto label_len = q - label;
  if (label_len == 0 || q >= last) return false;
  bool digits = true;
  for (const char* t = label; t < q; ++t) digits = digits && is_digit(*t);
  const bool closer = *q == ')' || (*q == '.' && !paren && digits);
  if (!closer || (!digits && label_len > (paren ? 3 : 1)) || (digits && label_len > 2))
    return false;
  ++q;
  if (!spaced(q)) return false;
  push_mark(token_kind::bullet, p, q, sink);
  p = q;
  return true;
}

/// Consumes . ! ? runs. A period after an abbreviation or initial, or followed by a lowercase
/// letter or digit ("node.js"), does not end a sentence; a period glued to a capital after a
/// longer word does ("headquarters.Reproducing", text whose line breaks were lost).
inline bool scan_sentence_end(const char*& p, const char* last, token_sink& sink) {
  const char c = *p;
  if (c != '.' && c != '!' && c != '?') return false;
  const char* q = p + 1;
  while (q < last && (*q == '.' || *q == '!' || *q == '?')) ++q;
  if (c == '.' && q - p == 1) {
    const char next = q < last ? *q : ' ';
    const token* prev = sink.last_token();
    const bool after_word =
        prev != nullptr && prev->kind == token_kind::word && prev->span.end == sink.offset(p);
    if (is_alpha(next) && !is_upper(next)) {
      push_mark(token_kind::punct, p, q, sink);  // node.js, e.g.
      p = q;
      return true;
    }
    if (is_digit(next) || (after_word && is_abbreviation(prev->key, prev->key_length))) {
      p = q;  // transparent
      return true;
    }
    if (is_upper(next) && !(after_word && prev->key_length >= 3)) {
      p = q;
      return true;
    }
  }
  push_mark(token_kind::sentence_end, p, q, sink);
  p = q;
  return true;
}

/// Consumes clause punctuation , ; : ( ) [ ] { } / \ | & and a free-standing hyphen.
inline bool scan_punct(const char*& p, const char* last, token_sink& sink) {
  (void)last;
  switch (*p) {
    case ',':
    case ';':
    case ':':
    case '(':
    case ')':
    case '[':
    case ']':
    case '{':
    case '}':
    case '/':
    case '\\':
    case '|':
    case '&':
    case '-':
      push_mark(token_kind::punct, p, p + 1, sink);
      ++p;
      return true;
    default:
      return false;
  }
}

/// Consumes one multi-byte character that is not a word letter, or one invalid byte.
inline bool scan_multibyte(const char*& p, const char* last, token_sink& sink) {
  if (!is_high(*p)) return false;
  char32_t cp = 0;
  const int n = decode_utf8(p, last, cp);
  if (n == 0) {
    ++sink.stats().invalid_utf8_bytes;
    ++p;
    return true;
  }
  const char* q = p + n;
  switch (classify_cp(cp)) {
    case cp_class::newline:
      sink.push_break(token_kind::line_break, sink.offset(p), sink.offset(q));
      break;
    case cp_class::paragraph:
      sink.push_break(token_kind::paragraph_break, sink.offset(p), sink.offset(q));
      break;
    case cp_class::dash:
    case cp_class::hyphen:
    case cp_class::bullet:
      push_mark(token_kind::punct, p, q, sink);
      break;
    case cp_class::sentence:
      push_mark(token_kind::sentence_end, p, q, sink);
      break;
    default:
      break;  // spaces, quotes, symbols, emoji, stray letters: no token
  }
  p = q;
  return true;
}

/// Consumes any one byte (the last alternative, so the grammar always reaches the end).
inline bool scan_any(const char*& p, const char* last, token_sink& sink) noexcept {
  (void)last;
  (void)sink;
  ++p;
  return true;
}

}  // namespace cxaudit::detail
