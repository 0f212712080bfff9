#pragma once
/// \file word_table.hpp
/// A small table from a word's fold key to a value, built once from literal words; used for
/// the closed word lists of title analysis.

#include <algorithm>
#include <cstdint>
#include <initializer_list>
#include <string_view>
#include <utility>
#include <vector>

#include "tokenizer/fold.hpp"

namespace cxaudit::detail {

/// Maps fold keys of words to values of type V.
template <typename V>
class word_table {
 public:
  /// A table of (word, value) pairs; words are folded like tokens.
  word_table(std::initializer_list<std::pair<std::string_view, V>> words)
      : word_table(words.begin(), words.end()) {}
  /// A table of the (word, value) pairs in [first, last).
  word_table(const std::pair<std::string_view, V>* first,
             const std::pair<std::string_view, V>* last) {
    entries_.reserve(static_cast<std::size_t>(last - first));
    for (auto it = first; it != last; ++it) {
      const auto& [w, v] = *it;
      const folded_word f = fold_word(w);
      entries_.push_back({f.key, f.length, v});
    }
    std::sort(entries_.begin(), entries_.end(),
              [](const entry& a, const entry& b) { return a.key < b.key; });
  }
  /// The value of the word with fold key `key`, or nullptr.
  const V* find(std::uint64_t key, std::uint16_t length) const noexcept {
    auto it = std::lower_bound(entries_.begin(), entries_.end(), key,
                               [](const entry& e, std::uint64_t k) { return e.key < k; });
    for (; it != entries_.end() && it->key == key; ++it)
      if (it->length == length) return &it->value;
    return nullptr;
  }

 private:
  struct entry {
    std::uint64_t key;
    std::uint16_t length;
    V value;
  };
  std::vector<entry> entries_;
};

}  // namespace cxaudit::detail
