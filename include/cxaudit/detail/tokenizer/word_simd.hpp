#pragma once
/// \file word_simd.hpp
/// The fast path for the commonest token: a run of ASCII letters and digits. SSE2 finds where
/// the run ends 16 bytes at a time, and SWAR arithmetic folds its case and builds its key and
/// spelling flags 8 bytes at a time, so a typical word costs a handful of instructions instead
/// of a loop iteration per byte. Keys equal fold_key_builder's for the same spelling.

#include <cstdint>
#include <cstring>

#if defined(__SSE2__) || defined(_M_X64) || (defined(_M_IX86_FP) && _M_IX86_FP >= 2)
#include <emmintrin.h>
#define CXAUDIT_DETAIL_HAS_SSE2 1
#endif

#include "../../token.hpp"
#include "../config.hpp"
#include "char_class.hpp"

namespace cxaudit::detail {

/// Index of the lowest set bit of a non-zero value.
inline unsigned count_trailing_zeros(unsigned x) noexcept {
#if defined(__GNUC__) || defined(__clang__)
  return static_cast<unsigned>(__builtin_ctz(x));
#else
  unsigned n = 0;
  for (; (x & 1u) == 0; x >>= 1) ++n;
  return n;
#endif
}

/// Length of the run of ASCII letters and digits starting at `p` (which is one).
inline std::size_t alnum_run_length(const char* p, const char* last) noexcept {
  const char* q = p;
#ifdef CXAUDIT_DETAIL_HAS_SSE2
  while (last - q >= 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(q));
    // letters: (v | 0x20) in 'a'..'z'; digits: v in '0'..'9' (signed compares; bytes >= 0x80
    // are negative and fall outside both ranges)
    const __m128i folded = _mm_or_si128(v, _mm_set1_epi8(0x20));
    const __m128i letter = _mm_and_si128(_mm_cmpgt_epi8(folded, _mm_set1_epi8('a' - 1)),
                                         _mm_cmplt_epi8(folded, _mm_set1_epi8('z' + 1)));
    const __m128i digit = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('0' - 1)),
                                        _mm_cmplt_epi8(v, _mm_set1_epi8('9' + 1)));
    const unsigned mask = static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(letter, digit)));
    if (mask != 0xFFFFu) {
      return static_cast<std::size_t>(q - p) + count_trailing_zeros(~mask & 0xFFFFu);
    }
    q += 16;
  }
#endif
  while (q < last && is_alnum(*q)) ++q;
  return static_cast<std::size_t>(q - p);
}

/// Key and spelling flags of an ASCII alphanumeric word of length n at p.
struct ascii_word_facts {
  std::uint64_t key = 0;
  std::uint8_t flags = 0;
};

/// Folds an ASCII alphanumeric word of length `n` >= 1 at `p`, where `readable` >= n bytes
/// may be read (the fast path of scan_word).
CXAUDIT_DETAIL_FORCE_INLINE ascii_word_facts fold_ascii_word(const char* p, std::size_t n,
                                                             std::size_t readable) noexcept {
  constexpr std::uint64_t ones = 0x0101010101010101ull;
  if (n <= 8 && readable >= 8) {  // most words: one block, no loop, no branch
    std::uint64_t raw = 0;
    std::memcpy(&raw, p, 8);
    const std::uint64_t used = ~0ull >> (64 - 8 * n);  // 1 <= n <= 8
    raw &= used;
    const std::uint64_t bit6 = raw & (ones * 0x40);
    const std::uint64_t bit5 = (raw & (ones * 0x20)) << 1;
    const std::uint64_t up = bit6 & ~bit5;
    const std::uint64_t lo = bit6 & bit5;
    // Capitals are too irregular for a branch (about one word in five has one), and
    // compilers turn conditional expressions back into branches: (x | -x) >> 63 is 1 exactly
    // when x != 0.
    auto nonzero = [](std::uint64_t x) { return static_cast<unsigned>((x | (0 - x)) >> 63); };
    const unsigned has = nonzero(up);
    ascii_word_facts f;
    f.key = raw | ((ones * 0x20) & used);
    f.flags = static_cast<std::uint8_t>(has * token_flags::has_upper +
                                        nonzero(up & (up - 1)) * token_flags::multi_upper +
                                        (has & (nonzero(lo) ^ 1u)) * token_flags::all_upper +
                                        nonzero(up & (lo << 8)) * token_flags::inner_upper);
    return f;
  }
  std::uint64_t hash = 0;
  std::uint64_t block = 0;
  std::uint64_t any_upper = 0;
  bool multi_upper = false;
  bool any_lower = false;
  bool inner_upper = false;
  std::uint64_t carry_lower = 0;  // bit 6 of the previous block's last byte, if lowercase
  auto mix = [](std::uint64_t x) {
    x *= 0x9E3779B97F4A7C15ull;
    return x ^ (x >> 29);
  };
  for (std::size_t at = 0; at < n; at += 8) {
    const std::size_t len = n - at < 8 ? n - at : 8;
    std::uint64_t raw = 0;
    if (readable - at >= 8) {
      std::memcpy(&raw, p + at, 8);  // one load; bytes past the word are masked off
    } else {
      std::memcpy(&raw, p + at, len);
    }
    const std::uint64_t used = len == 8 ? ~0ull : ((1ull << (8 * len)) - 1);
    raw &= used;  // little-endian hosts assumed (x86-64, AArch64)
    const std::uint64_t bit6 = raw & (ones * 0x40) & used;         // letters
    const std::uint64_t bit5 = (raw & (ones * 0x20) & used) << 1;  // lowercase (at bit 6)
    const std::uint64_t up = bit6 & ~bit5;
    const std::uint64_t lo = bit6 & bit5;
    if (up != 0) {
      multi_upper = multi_upper || any_upper != 0 || (up & (up - 1)) != 0;
      any_upper |= up;
      inner_upper = inner_upper || (up & ((lo << 8) | carry_lower)) != 0;
    }
    any_lower = any_lower || lo != 0;
    carry_lower = (lo >> 56) & 0x40;
    if (at != 0) hash = mix(hash ^ block);
    block = raw | ((ones * 0x20) & used);
  }
  ascii_word_facts f;
  f.key = n <= 8 ? block : mix(hash ^ block) ^ (std::uint64_t{n} << 56);
  if (any_upper != 0) {
    f.flags |= token_flags::has_upper;
    if (multi_upper) f.flags |= token_flags::multi_upper;
    if (!any_lower) f.flags |= token_flags::all_upper;
    if (inner_upper) f.flags |= token_flags::inner_upper;
  }
  return f;
}

}  // namespace cxaudit::detail
