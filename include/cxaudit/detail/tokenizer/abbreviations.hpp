#pragma once
/// \file abbreviations.hpp
/// Abbreviations after which a period does not end a sentence.

#include <cstdint>

namespace cxaudit::detail {

/// Packs a short lowercase ASCII word the way fold_key_builder does (for constant keys).
constexpr std::uint64_t packed_key(const char* s) noexcept {
  std::uint64_t k = 0;
  for (unsigned i = 0; s[i] != '\0' && i < 8; ++i)
    k |= std::uint64_t{static_cast<unsigned char>(s[i])} << (8 * i);
  return k;
}

/// The abbreviations (lowercase, at most 6 letters).
inline constexpr const char* abbreviation_words[] = {
    "mr",  "mrs", "ms",   "dr",  "inc",  "ltd",  "co",  "corp", "etc", "vs",  "approx",
    "jr",  "sr",  "st",   "no",  "dept", "incl", "ie",  "eg",   "hrs", "yrs", "min",
    "max", "mt",  "prof", "est", "avg",  "ext",  "tel", "fig",  "ca",  "al"};

/// Slot of a packed key in the 64-slot abbreviation table.
constexpr unsigned abbreviation_slot(std::uint64_t key) noexcept {
  return static_cast<unsigned>((key * 0x9E3779B97F4A7C15ull) >> 58);
}

/// The abbreviations in a 64-slot open-addressing table, built at compile time.
struct abbreviation_table {
  std::uint64_t slots[64] = {};
  constexpr abbreviation_table() {
    for (const char* w : abbreviation_words) {
      const std::uint64_t k = packed_key(w);
      unsigned i = abbreviation_slot(k);
      while (slots[i] != 0) i = (i + 1) & 63u;
      slots[i] = k;
    }
  }
};

inline constexpr abbreviation_table abbreviations{};

/// True when a word key is an abbreviation that a period does not end a sentence after.
inline bool is_abbreviation(std::uint64_t key, std::uint16_t length) noexcept {
  if (length == 1) return true;  // initials, e.g., U.S.
  if (length > 6) return false;
  for (unsigned i = abbreviation_slot(key);; i = (i + 1) & 63u) {
    if (abbreviations.slots[i] == key) return true;
    if (abbreviations.slots[i] == 0) return false;
  }
}

}  // namespace cxaudit::detail
