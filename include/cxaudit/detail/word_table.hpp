#pragma once
/// \file word_table.hpp
/// A small table from a word's fold key to a value, built once from literal words; used for
/// the closed word lists of title analysis (small lists: a few hundred words at most).

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
    // Sorted by key once, by insertion: the lists are about a hundred words, and std::sort's
    // instantiation cost 0.28 billion instructions (1.8%) to compile a file that audits a
    // posting (scripts/compile-instructions.sh).
    for (std::size_t i = 1; i < entries_.size(); ++i)
      for (std::size_t j = i; j > 0 && entries_[j].key < entries_[j - 1].key; --j)
        std::swap(entries_[j], entries_[j - 1]);
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
