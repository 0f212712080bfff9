#pragma once
/// \file plain_words.hpp
/// The fast path for the commonest stretch of text: plain ASCII words separated by single
/// spaces. Bit masks of letters and digits for 64 bytes at a time (SSE2) locate every word in
/// the block with bit operations, so consecutive words do not wait on each other's loads.

#include <cstdint>
#include <cstring>

#include "../config.hpp"
#include "abbreviations.hpp"
#include "char_class.hpp"
#include "sink.hpp"
#include "word_simd.hpp"

namespace cxaudit::detail {

/// Letter and letter-or-digit bit masks of 64 bytes (bit i describes p[i]).
struct block_masks {
  std::uint64_t alnum = 0;  ///< A–Z a–z 0–9
  std::uint64_t alpha = 0;  ///< A–Z a–z
};

/// Classifies the 64 bytes at `p` (all must be readable).
inline block_masks classify_block64(const char* p) noexcept {
  block_masks m;
#ifdef CXAUDIT_DETAIL_HAS_SSE2
  for (int i = 0; i < 4; ++i) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16 * i));
    const __m128i folded = _mm_or_si128(v, _mm_set1_epi8(0x20));
    const __m128i letter = _mm_and_si128(_mm_cmpgt_epi8(folded, _mm_set1_epi8('a' - 1)),
                                         _mm_cmplt_epi8(folded, _mm_set1_epi8('z' + 1)));
    const __m128i digit = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('0' - 1)),
                                        _mm_cmplt_epi8(v, _mm_set1_epi8('9' + 1)));
    const auto a = static_cast<std::uint64_t>(static_cast<unsigned>(_mm_movemask_epi8(letter)));
    const auto d = static_cast<std::uint64_t>(static_cast<unsigned>(_mm_movemask_epi8(digit)));
    m.alpha |= a << (16 * i);
    m.alnum |= (a | d) << (16 * i);
  }
#else
  for (int i = 0; i < 64; ++i) {
    const std::uint8_t c = cls(p[i]);
    if ((c & byte_class::alpha) != 0) m.alpha |= std::uint64_t{1} << i;
    if ((c & byte_class::word) != 0) m.alnum |= std::uint64_t{1} << i;
  }
#endif
  return m;
}

/// Index of the lowest set bit of a non-zero 64-bit value.
inline unsigned count_trailing_zeros64(std::uint64_t x) noexcept {
#if defined(__GNUC__) || defined(__clang__)
  return static_cast<unsigned>(__builtin_ctzll(x));
#else
  unsigned n = 0;
  for (; (x & 1u) == 0; x >>= 1) ++n;
  return n;
#endif
}

/// True when the byte at `end` (just after a run of letters and digits) ends a plain word:
/// it cannot join the word (apostrophe, hyphen, entity, multi-byte letter) nor make it a URL
/// or an e-mail address.
CXAUDIT_DETAIL_FORCE_INLINE bool ends_plain_word(const char* end, const char* last) noexcept {
  if (end >= last) return true;
  const char t = *end;
  if (t == ' ') return true;
  if (is_high(t) || t == '\'' || t == '-' || t == '&' || t == '@' || t == '_' || t == '+')
    return false;
  return !((t == '.' || t == ':') && end + 1 < last && (is_alnum(end[1]) || end[1] == '/'));
}

/// Pushes the plain word [first, end); returns its fold key (0 when too long to fold).
CXAUDIT_DETAIL_FORCE_INLINE std::uint64_t push_plain_word(const char* first, const char* end,
                                                          const char* last, token_sink& sink) {
  const auto n = static_cast<std::size_t>(end - first);
  ++sink.stats().words;
  if (n <= sink.options().max_word_bytes) {
    const ascii_word_facts f = fold_ascii_word(first, n, static_cast<std::size_t>(last - first));
    sink.push(token_kind::word, sink.offset(first), sink.offset(end), f.key,
              static_cast<std::uint16_t>(n), f.flags);
    return f.key;
  }
  ++sink.stats().overlong_words;
  sink.push(token_kind::word, sink.offset(first), sink.offset(end));
  return 0;
}

/// Consumes plain ASCII words separated by single spaces, starting at the letter at `p`.
/// Returns false, without moving, when the first word is not plain (the general word scanner
/// takes it); otherwise stops before the first word that is not plain, or after the space
/// that follows the last word.
inline bool scan_plain_words(const char*& p, const char* last, token_sink& sink) {
  const char* first = p;
  for (;;) {
    if (last - first >= 66) {
      const block_masks m = classify_block64(first);
      unsigned pos = 0;
      for (;;) {
        const std::uint64_t rest = ~(m.alnum >> pos);  // zero only when all 64 are alnum
        const unsigned len = rest == 0 ? 64 - pos : count_trailing_zeros64(rest);
        if (pos + len >= 63) break;  // the word may run past the block: classify again
        const char* word = first + pos;
        const char* end = word + len;
        if (!ends_plain_word(end, last)) {
          if (word == p) return false;
          p = word;
          return true;
        }
        const std::uint64_t key = push_plain_word(word, end, last, sink);
        const char t = *end;
        const bool next_alpha = pos + len + 2 < 64 && ((m.alpha >> (pos + len + 2)) & 1u) != 0;
        if (t == ' ' && ((m.alpha >> (pos + len + 1)) & 1u) != 0) {
          pos += len + 1;
          continue;
        }
        // the commonest punctuation between plain words, taken in passing: ", " and ". "
        if (next_alpha && end[1] == ' ') {
          if (t == ',') {
            sink.push(token_kind::punct, sink.offset(end), sink.offset(end) + 1);
            pos += len + 2;
            continue;
          }
          if (t == '.' && !is_abbreviation(key, static_cast<std::uint16_t>(len))) {
            sink.push(token_kind::sentence_end, sink.offset(end), sink.offset(end) + 1);
            pos += len + 2;
            continue;
          }
        }
        p = *end == ' ' ? end + 1 : end;
        return true;
      }
      if (pos != 0) {
        first += pos;
        continue;
      }
    }
    // near the end of the input, or a word of 63+ bytes: one word at a time
    const char* end = first + alnum_run_length(first, last);
    if (!ends_plain_word(end, last)) {
      if (first == p) return false;
      p = first;
      return true;
    }
    push_plain_word(first, end, last, sink);
    if (last - end > 1 && *end == ' ' && is_alpha(end[1])) {
      first = end + 1;
      continue;
    }
    p = (end < last && *end == ' ') ? end + 1 : end;
    return true;
  }
}

}  // namespace cxaudit::detail
