#pragma once
/// \file fold.hpp
/// Folding a word's spelling into a 64-bit key without copying it: ASCII case folding,
/// typographic apostrophes and hyphens to ASCII, HTML entities decoded, Latin-1 case folding.

#include <cstdint>
#include <string_view>

#include "char_class.hpp"
#include "entities.hpp"

namespace cxaudit::detail {

/// Builds the fold key of a word one normalized byte at a time.
///
/// Keys of up to 8 normalized bytes are the bytes themselves, packed little-endian, so they
/// compare exactly; longer keys are a 64-bit hash of 8-byte chunks (compared with the length).
class fold_key_builder {
 public:
  /// Appends one normalized byte.
  void put(unsigned char c) noexcept {
    if ((length_ & 7u) == 0 && length_ != 0) {
      hash_ = mix(hash_ ^ packed_);
      packed_ = 0;
    }
    packed_ |= std::uint64_t{c} << ((length_ & 7u) * 8u);
    ++length_;
  }

  /// Appends a code point (UTF-8 encoded), folding ASCII and Latin-1 capitals to lowercase.
  void put_code_point(char32_t cp) noexcept {
    if (cp < 0x80) {
      put(static_cast<unsigned char>(lower(static_cast<char>(cp))));
      return;
    }
    if (is_latin1_upper(cp)) cp += 0x20;
    if (cp < 0x800) {
      put(static_cast<unsigned char>(0xC0 | (cp >> 6)));
      put(static_cast<unsigned char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
      put(static_cast<unsigned char>(0xE0 | (cp >> 12)));
      put(static_cast<unsigned char>(0x80 | ((cp >> 6) & 0x3F)));
      put(static_cast<unsigned char>(0x80 | (cp & 0x3F)));
    } else {
      put(static_cast<unsigned char>(0xF0 | (cp >> 18)));
      put(static_cast<unsigned char>(0x80 | ((cp >> 12) & 0x3F)));
      put(static_cast<unsigned char>(0x80 | ((cp >> 6) & 0x3F)));
      put(static_cast<unsigned char>(0x80 | (cp & 0x3F)));
    }
  }

  /// The key of everything appended so far.
  std::uint64_t key() const noexcept {
    return length_ <= 8 ? packed_ : mix(hash_ ^ packed_) ^ (std::uint64_t{length_} << 56);
  }
  /// Normalized length in bytes, saturating at 65535.
  std::uint16_t length() const noexcept {
    return static_cast<std::uint16_t>(length_ > 0xFFFFu ? 0xFFFFu : length_);
  }
  /// Starts a new key.
  void reset() noexcept { *this = fold_key_builder{}; }

 private:
  static std::uint64_t mix(std::uint64_t x) noexcept {
    x *= 0x9E3779B97F4A7C15ull;
    return x ^ (x >> 29);
  }
  std::uint64_t packed_ = 0;
  std::uint64_t hash_ = 0;
  std::uint32_t length_ = 0;
};

/// Folds the raw bytes [first, last) of (part of) a word into `out`, decoding entities and
/// typographic marks. `skip_hyphens` drops hyphens (used for "call-center" → "callcenter").
inline void fold_word_bytes(const char* first, const char* last, fold_key_builder& out,
                            bool skip_hyphens = false) noexcept {
  const char* p = first;
  while (p < last) {
    const char c = *p;
    if (!is_high(c)) {
      if (c == '&') {
        char32_t cp = 0;
        const int n = decode_entity(p, last, cp);
        if (n > 0) {
          p += n;
          const cp_class k = cp < 0x80 ? cp_class::letter : classify_cp(cp);
          if (cp == '\'' || k == cp_class::apostrophe) {
            out.put('\'');
          } else if (cp == '-' || k == cp_class::hyphen) {
            if (!skip_hyphens) out.put('-');
          } else if (k == cp_class::letter) {
            out.put_code_point(cp);
          }
          continue;
        }
      }
      if (!(skip_hyphens && c == '-')) out.put(static_cast<unsigned char>(lower(c)));
      ++p;
      continue;
    }
    char32_t cp = 0;
    const int n = decode_utf8(p, last, cp);
    if (n == 0) {
      ++p;  // invalid bytes never reach a word, but a caller may pass any span
      continue;
    }
    p += n;
    switch (classify_cp(cp)) {
      case cp_class::apostrophe:
        out.put('\'');
        break;
      case cp_class::hyphen:
        if (!skip_hyphens) out.put('-');
        break;
      case cp_class::letter:
        out.put_code_point(cp);
        break;
      default:
        break;
    }
  }
}

/// The fold key and normalized length of a whole word, e.g. for a lexicon entry.
struct folded_word {
  std::uint64_t key = 0;     ///< fold key
  std::uint16_t length = 0;  ///< normalized length in bytes
};

/// Folds a whole word given as text.
inline folded_word fold_word(std::string_view word, bool skip_hyphens = false) noexcept {
  fold_key_builder b;
  fold_word_bytes(word.data(), word.data() + word.size(), b, skip_hyphens);
  return {b.key(), b.length()};
}

}  // namespace cxaudit::detail
