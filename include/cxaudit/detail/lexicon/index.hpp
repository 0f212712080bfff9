#pragma once
/// \file index.hpp
/// The flat tables a lexicon is matched from: an open-addressing vocabulary (fold key → word
/// id), a phrase trie over word ids (root transitions indexed directly, deeper ones in sorted
/// edge runs), and the meaning of each entry. The matcher reads them through lexicon_view.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "../../category.hpp"

namespace cxaudit {

/// One vocabulary slot: a surface form's fold key and the word it belongs to.
struct vocabulary_slot {
  std::uint64_t key = 0;   ///< fold key of the surface form (0 = empty slot); it encodes the
                           ///< form's length (packed bytes, or a hash mixed with the length)
  std::uint32_t word = 0;  ///< word id + 1 (0 = empty)
  std::uint32_t alt = 0;   ///< when the form is a word of its own and also another word's
                           ///< inflection ("customers" of "customer"): that word's id + 1
};

/// The words a surface form can be: its own, and the word it inflects (or -1).
struct word_ids {
  std::int32_t word = -1;  ///< the form's word, -1 when the lexicon does not know the form
  std::int32_t alt = -1;   ///< the word it is an inflection of, when that differs
};

/// A trie node: a run of outgoing edges and the entry a phrase ending here has.
struct trie_node {
  std::uint32_t first_edge = 0;  ///< index of the first edge in the edge table
  std::uint32_t edge_count = 0;  ///< number of edges (sorted by word id)
  std::int32_t entry = -1;       ///< entry index, or -1 when no phrase ends here
};

/// A trie edge: the next word and the node it leads to.
struct trie_edge {
  std::uint32_t word = 0;  ///< word id
  std::uint32_t node = 0;  ///< child node index
};

/// A read-only view of a compiled lexicon's tables (what the matcher needs).
struct lexicon_view {
  const vocabulary_slot* slots = nullptr;  ///< vocabulary, power-of-two size
  std::uint32_t slot_mask = 0;             ///< size - 1
  const std::uint32_t* root = nullptr;  ///< word id → node index of the one-word prefix (0 = none)
  std::uint32_t word_count = 0;         ///< number of distinct words
  const trie_node* nodes = nullptr;     ///< trie nodes (node 0 is the root)
  const trie_edge* edges = nullptr;     ///< trie edges
  const meaning* meanings = nullptr;    ///< entry index → meaning
  const std::string_view* phrases = nullptr;  ///< entry index → phrase as written
  std::uint32_t entry_count = 0;              ///< number of entries
  bool has_number_words = false;              ///< some word starts with a digit ("24/7", "401k")

  /// The words of a surface form's fold key (word -1 when the lexicon does not know it).
  /// Written without a branch on the outcome: whether a word of a posting is in the
  /// vocabulary is close to a coin toss, which a branch predictor cannot learn.
  word_ids find_words(std::uint64_t key) const noexcept {
    if (slots == nullptr) return {};
    std::uint32_t i = static_cast<std::uint32_t>((key * 0x9E3779B97F4A7C15ull) >> 20) & slot_mask;
    while (slots[i].word != 0 && slots[i].key != key) i = (i + 1) & slot_mask;  // collisions
    const vocabulary_slot& s = slots[i];
    return {static_cast<std::int32_t>(s.word) - 1, static_cast<std::int32_t>(s.alt) - 1};
  }

  /// The child of `node` along `word`, or 0.
  std::uint32_t child(std::uint32_t node, std::uint32_t word) const noexcept {
    if (node == 0) return word < word_count ? root[word] : 0;
    const trie_node& n = nodes[node];
    const trie_edge* e = edges + n.first_edge;
    for (std::uint32_t k = 0; k < n.edge_count; ++k)
      if (e[k].word == word) return e[k].node;
    return 0;
  }
};

}  // namespace cxaudit
