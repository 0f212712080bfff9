#pragma once
/// \file evidence.hpp
/// Evidence: the byte spans that decided something, kept in small fixed-size lists so that a
/// warm auditor never allocates for them.

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "category.hpp"
#include "token.hpp"

namespace cxaudit {

/// Which field of the posting a span points into.
enum class evidence_field : std::uint8_t { title, text };

/// The JSON name of an evidence field.
constexpr std::string_view to_string(evidence_field f) noexcept {
  return f == evidence_field::title ? "title" : "text";
}

/// One piece of evidence: a span of the title or text and what it was read as.
struct evidence {
  evidence_field field = evidence_field::text;  ///< which field `span` points into
  byte_span span;                               ///< bytes of that field
  category cat = category::none;                ///< what the words were read as
  float weight = 0.0f;                          ///< how much they counted (section-weighted)
};

/// Up to N pieces of evidence; `dropped` counts what did not fit.
template <std::size_t N>
class evidence_list {
 public:
  /// Largest number of items kept.
  static constexpr std::size_t capacity = N;

  const evidence* begin() const noexcept { return items_.data(); }
  const evidence* end() const noexcept { return items_.data() + size_; }
  std::size_t size() const noexcept { return size_; }
  bool empty() const noexcept { return size_ == 0; }
  const evidence& operator[](std::size_t i) const noexcept { return items_[i]; }
  /// Evidence that did not fit.
  std::size_t dropped() const noexcept { return dropped_; }

  void clear() noexcept {
    size_ = 0;
    dropped_ = 0;
  }
  /// Appends in order of discovery (keeps the first N).
  void push_back(const evidence& e) noexcept {
    if (size_ < N)
      items_[size_++] = e;
    else
      ++dropped_;
  }
  /// Keeps the N heaviest (ties keep the earlier).
  void keep_heaviest(const evidence& e) noexcept {
    if (size_ < N) {
      items_[size_++] = e;
      return;
    }
    ++dropped_;
    std::size_t lightest = 0;
    for (std::size_t i = 1; i < size_; ++i)
      if (items_[i].weight < items_[lightest].weight) lightest = i;
    if (e.weight > items_[lightest].weight) {
      for (std::size_t i = lightest; i + 1 < size_; ++i) items_[i] = items_[i + 1];
      items_[size_ - 1] = e;
    }
  }

 private:
  std::array<evidence, N> items_{};
  std::size_t size_ = 0;
  std::size_t dropped_ = 0;
};

/// The evidence list size used throughout reports.
inline constexpr std::size_t max_evidence = 8;

}  // namespace cxaudit
