#pragma once
/// \file unit.hpp
/// What the matcher keeps of a sentence: its known words and clause marks, with positions.

#include <array>
#include <cstddef>
#include <cstdint>

#include "../../token.hpp"

namespace cxaudit::detail {

/// A word the lexicon knows, or a clause mark, within the current sentence.
struct unit {
  byte_span span;              ///< bytes in the original text
  std::int32_t word = 0;       ///< word id; -2 for a clause mark
  std::int32_t alt = -1;       ///< the word it also inflects, or -1 (see vocabulary_slot)
  std::uint16_t position = 0;  ///< word position in the sentence (clause marks share the next)
  std::uint16_t clause = 0;    ///< clause number in the sentence
  std::uint8_t flags = 0;      ///< token_flags of its token
};

/// The known words of the current sentence, in a fixed buffer. A word is written whether or
/// not the lexicon knows it and kept by advancing the count conditionally: whether a word is
/// known is close to a coin toss, which a branch predictor cannot learn.
template <std::size_t Capacity>
class unit_buffer {
 public:
  std::size_t size() const noexcept { return size_; }
  bool empty() const noexcept { return size_ == 0; }
  const unit& back() const noexcept { return units_[size_ - 1]; }
  const unit& operator[](std::size_t i) const noexcept { return units_[i]; }
  const unit* data() const noexcept { return units_.data(); }
  void clear() noexcept { size_ = 0; }
  /// Writes `u` at the end; keeps it only when `keep` (size() < Capacity is the caller's).
  void append_if(const unit& u, bool keep) noexcept {
    units_[size_] = u;
    size_ += keep ? 1 : 0;
  }
  /// The storage, for a caller that appends in a loop of its own (with append_if's rule)
  /// and then sets the size.
  unit* storage() noexcept { return units_.data(); }
  /// Sets the number of units kept (at most Capacity).
  void resize(std::size_t n) noexcept { size_ = n; }

 private:
  std::array<unit, Capacity + 1> units_{};
  std::size_t size_ = 0;
};

/// A raw phrase match within the sentence, before the context rules.
struct raw_match {
  std::uint32_t first_unit = 0;  ///< index of its first unit
  std::uint32_t last_unit = 0;   ///< index of its last unit
  std::uint32_t entry = 0;       ///< lexicon entry
};

}  // namespace cxaudit::detail
