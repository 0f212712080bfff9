#pragma once
/// \file scan_text.hpp
/// Scanners for the text-level primitives: spaces, line ends, words (with URLs and e-mail
/// addresses that start like words), numbers. Each takes `p` at a candidate position,
/// returns false without moving when its token does not start there, and otherwise advances
/// `p` past what it consumed and hands the token to the sink.

#include <cstdint>
#include <cstring>

#include "char_class.hpp"
#include "entities.hpp"
#include "fold.hpp"
#include "plain_words.hpp"
#include "sink.hpp"

namespace cxaudit::detail {

/// True when a word letter starts at `q`: an ASCII letter, a multi-byte letter, or an entity
/// that decodes to a letter.
inline bool letter_at(const char* q, const char* last) noexcept {
  if (q >= last) return false;
  if (is_alpha(*q)) return true;
  char32_t cp = 0;
  if (is_high(*q)) return decode_utf8(q, last, cp) != 0 && classify_cp(cp) == cp_class::letter;
  if (*q == '&' && decode_entity(q, last, cp) != 0)
    return cp < 0x80 ? is_alpha(static_cast<char>(cp)) : classify_cp(cp) == cp_class::letter;
  return false;
}

/// True when a letter or digit starts at `q`.
inline bool alnum_at(const char* q, const char* last) noexcept {
  return q < last && (is_digit(*q) || letter_at(q, last));
}

/// Consumes a run of ASCII spaces, tabs and NUL bytes (NULs are counted).
inline bool scan_spaces(const char*& p, const char* last, token_sink& sink) noexcept {
  if ((cls(*p) & byte_class::space) == 0) return false;
  const char* q = p;
  std::uint64_t nuls = 0;
  do {
    nuls += (*q == '\0');
    ++q;
  } while (q < last && (cls(*q) & byte_class::space) != 0);
  sink.stats().nul_bytes += nuls;
  p = q;
  return true;
}

/// Consumes line ends (\n, \r\n, \r) and the blanks between them: one line break, or a
/// paragraph break when the run holds two or more line ends.
inline bool scan_line_ends(const char*& p, const char* last, token_sink& sink) {
  if ((cls(*p) & byte_class::newline) == 0) return false;
  const char* q = p;
  const char* after_last_break = p;
  int breaks = 0;
  while (q < last) {
    const char c = *q;
    if (c == '\n') {
      ++breaks;
      after_last_break = ++q;
    } else if (c == '\r') {
      ++breaks;
      ++q;
      if (q < last && *q == '\n') ++q;
      after_last_break = q;
    } else if ((cls(c) & byte_class::space) != 0) {
      ++q;
    } else {
      break;
    }
  }
  sink.push_break(breaks >= 2 ? token_kind::paragraph_break : token_kind::line_break,
                  sink.offset(p), sink.offset(after_last_break));
  p = after_last_break;
  return true;
}

/// The end of an e-mail address starting at `first`, or nullptr.
inline const char* match_email(const char* first, const char* last) noexcept {
  auto local = [](char c) {
    return is_alnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
  };
  const char* q = first;
  while (q < last && q - first <= 64 && local(*q)) ++q;
  if (q == first || q >= last || *q != '@') return nullptr;
  ++q;
  const char* domain = q;
  const char* last_dot = nullptr;
  while (q < last && q - domain <= 253 && (is_alnum(*q) || *q == '-' || *q == '.')) {
    if (*q == '.') {
      if (q + 1 >= last || !is_alnum(q[1])) break;
      last_dot = q;
    }
    ++q;
  }
  if (last_dot == nullptr || q - last_dot < 3) return nullptr;
  for (const char* t = last_dot + 1; t < q; ++t)
    if (!is_alpha(*t)) return nullptr;
  return q;
}

/// The end of a URL whose scheme or "www." starts at `first`.
inline const char* match_url_rest(const char* first, const char* last) noexcept {
  const char* q = first;
  while (q < last) {
    const char c = *q;
    if ((cls(c) & (byte_class::space | byte_class::newline | byte_class::high)) != 0 || c == '<' ||
        c == '>' || c == '"' || c == '\'' || c == '`')
      break;
    ++q;
  }
  while (q > first) {  // trailing punctuation belongs to the sentence, not the URL
    const char c = q[-1];
    if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')' ||
        c == ']')
      --q;
    else
      break;
  }
  return q;
}

/// Pushes a text token of `kind` spanning [first, q) with no fold key.
inline void push_plain(token_kind kind, const char* first, const char* q, token_sink& sink) {
  sink.push(kind, sink.offset(first), sink.offset(q));
}

/// Consumes a word: letters and digits, inner apostrophes (' ’ &rsquo;) and hyphens joining
/// letters, multi-byte letters, letter entities. A word that turns out to be the scheme of a
/// URL or the start of an e-mail address is consumed as that token instead.
inline bool scan_word(const char*& p, const char* last, token_sink& sink) {
  if (is_alpha(*p)) {
    if (scan_plain_words(p, last, sink)) return true;
  } else if (!((is_high(*p) || *p == '&') && letter_at(p, last))) {
    return false;
  }
  const char* const first = p;
  fold_key_builder key;
  std::uint8_t seen = 0;  // union of ASCII class bits
  std::uint8_t flags = 0;
  const char* q = first;
  for (;;) {
    while (q < last) {
      const std::uint8_t c = cls(*q);
      if ((c & byte_class::word) == 0) break;
      seen |= c;
      key.put(static_cast<unsigned char>(lower(*q)));
      ++q;
    }
    if (q >= last) break;
    const char c = *q;
    if (c == '\'' && letter_at(q + 1, last)) {
      key.put('\'');
      ++q;
      continue;
    }
    if (c == '-' && alnum_at(q + 1, last)) {
      key.put('-');
      flags |= token_flags::has_hyphen;
      ++q;
      continue;
    }
    if (is_high(c)) {
      char32_t cp = 0;
      const int n = decode_utf8(q, last, cp);
      if (n == 0) break;
      const cp_class k = classify_cp(cp);
      if (k == cp_class::letter) {
        if (is_latin1_upper(cp)) seen |= byte_class::upper;
        key.put_code_point(cp);
        flags |= token_flags::non_ascii;
        q += n;
        continue;
      }
      if (k == cp_class::apostrophe && letter_at(q + n, last)) {
        key.put('\'');
        flags |= token_flags::decoded;
        q += n;
        continue;
      }
      if (k == cp_class::hyphen && alnum_at(q + n, last)) {
        key.put('-');
        flags |= token_flags::has_hyphen;
        q += n;
        continue;
      }
      if (k == cp_class::ignorable && alnum_at(q + n, last)) {
        q += n;  // soft hyphen or zero-width joiner inside a word
        continue;
      }
      break;
    }
    if (c == '&') {
      char32_t cp = 0;
      const int n = decode_entity(q, last, cp);
      if (n == 0) break;
      const cp_class k = cp < 0x80 ? cp_class::symbol : classify_cp(cp);
      if ((cp < 0x80 && is_alpha(static_cast<char>(cp))) || k == cp_class::letter) {
        key.put_code_point(cp);
        flags |= token_flags::decoded;
        q += n;
        continue;
      }
      if ((cp == '\'' || k == cp_class::apostrophe) && letter_at(q + n, last)) {
        key.put('\'');
        flags |= token_flags::decoded;
        q += n;
        continue;
      }
      break;
    }
    // A URL is ASCII from its scheme on: a word that starts with a multi-byte letter ("éttps://")
    // is not one, and a match must reach past the "://" or "www." that made it a candidate (a
    // scanner that succeeds without consuming input would loop).
    if (c == ':' && last - q > 2 && q[1] == '/' && q[2] == '/' && q - first <= 6) {
      if (const char* e = match_url_rest(first, last); e > q + 3) {
        push_plain(token_kind::url, first, p = e, sink);
        return true;
      }
      break;
    }
    if (c == '.' && q - first == 3 && key.key() == 0x777777 && alnum_at(q + 1, last)) {  // www.
      if (const char* e = match_url_rest(first, last); e > q + 1) {
        push_plain(token_kind::url, first, p = e, sink);
        return true;
      }
      break;
    }
    if (c == '@' || ((c == '.' || c == '_' || c == '+') && q + 1 < last && is_alnum(q[1]))) {
      if (const char* e = match_email(first, last); e != nullptr && e > q) {
        push_plain(token_kind::email, first, p = e, sink);
        return true;
      }
    }
    break;
  }
  if ((seen & byte_class::upper) != 0) {
    unsigned upper = 0;
    unsigned lower_letters = 0;
    bool prev_lower = false;
    for (const char* t = first; t < q; ++t) {
      const bool u = is_upper(*t);
      const bool l = !u && is_alpha(*t);
      if (u && prev_lower) flags |= token_flags::inner_upper;
      upper += u;
      lower_letters += l;
      prev_lower = l;
    }
    flags |= token_flags::has_upper;
    if (upper >= 2) flags |= token_flags::multi_upper;
    if (lower_letters == 0 && (flags & token_flags::non_ascii) == 0)
      flags |= token_flags::all_upper;
  }
  if (static_cast<std::size_t>(q - first) <= sink.options().max_word_bytes) {
    sink.push(token_kind::word, sink.offset(first), sink.offset(q), key.key(), key.length(), flags);
  } else {
    ++sink.stats().overlong_words;
    sink.push(token_kind::word, sink.offset(first), sink.offset(q), 0, 0, flags);
  }
  ++sink.stats().words;
  p = q;
  return true;
}

/// Length of a dash (-, –, —) at `q` that joins two digits, or 0.
inline int number_dash_at(const char* q, const char* last) noexcept {
  int n = 0;
  if (*q == '-') {
    n = 1;
  } else if (is_high(*q)) {
    char32_t cp = 0;
    n = decode_utf8(q, last, cp);
    if (n == 0 || classify_cp(cp) != cp_class::dash) return 0;
  } else {
    return 0;
  }
  return (q + n < last && is_digit(q[n])) ? n : 0;
}

/// Consumes a number: optional currency sign, digits, inner . , / : and dashes between
/// digits, letters glued on (401k, 9am, 3rd), a trailing + or %: 24/7, $18.50, 35–60, 3+.
inline bool scan_number(const char*& p, const char* last, token_sink& sink) {
  const char* q = p;
  if (*q == '$') {
    ++q;
  } else if (is_high(*q)) {
    char32_t cp = 0;
    const int n = decode_utf8(q, last, cp);
    if (n == 0 || classify_cp(cp) != cp_class::currency) return false;
    q += n;
  }
  if (q >= last || !is_digit(*q)) return false;
  for (;;) {
    while (q < last && is_alnum(*q)) ++q;
    if (q >= last) break;
    const char c = *q;
    if ((c == '.' || c == ',' || c == '/' || c == ':') && q + 1 < last && is_digit(q[1])) {
      q += 2;
      continue;
    }
    if (const int n = number_dash_at(q, last)) {
      q += n;
      continue;
    }
    break;
  }
  if (q < last && (*q == '+' || *q == '%')) ++q;
  const auto n = static_cast<std::size_t>(q - p);
  std::uint64_t raw = 0;
  if (n <= 8 && last - p >= 8) std::memcpy(&raw, p, 8);
  if (n <= 8 && last - p >= 8 &&
      (raw & 0x8080808080808080ull & ((n == 8 ? 0 : (1ull << 8 * n)) - 1)) == 0) {
    // an ASCII number's bytes fold to themselves but for capitals (0x20 set in all others)
    const std::uint64_t used = n == 8 ? ~0ull : (1ull << (8 * n)) - 1;
    sink.push(token_kind::number, sink.offset(p), sink.offset(q),
              (raw & used) | (0x2020202020202020ull & used), static_cast<std::uint16_t>(n));
  } else {
    push_plain(token_kind::number, p, q, sink);
  }
  p = q;
  return true;
}

}  // namespace cxaudit::detail
