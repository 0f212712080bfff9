#pragma once
/// \file unit.hpp
/// What the matcher keeps of a sentence: its known words and clause marks, with positions.

#include <cstdint>

#include "../../token.hpp"

namespace cxaudit::detail {

/// A word the lexicon knows, or a clause mark, within the current sentence.
struct unit {
  byte_span span;             ///< bytes in the original text
  std::int32_t word = 0;      ///< word id; -2 for a clause mark
  std::int32_t alt = -1;      ///< the word it also inflects, or -1 (see vocabulary_slot)
  std::uint16_t position = 0; ///< word position in the sentence (clause marks share the next)
  std::uint16_t clause = 0;   ///< clause number in the sentence
  std::uint8_t flags = 0;     ///< token_flags of its token
};

/// A raw phrase match within the sentence, before the context rules.
struct raw_match {
  std::uint32_t first_unit = 0;  ///< index of its first unit
  std::uint32_t last_unit = 0;   ///< index of its last unit
  std::uint32_t entry = 0;       ///< lexicon entry
};

}  // namespace cxaudit::detail
