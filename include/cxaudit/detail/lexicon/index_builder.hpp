#pragma once
/// \file index_builder.hpp
/// Builds a lexicon's flat tables from its entries, once, when the lexicon is constructed.

#include <algorithm>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "../tokenizer/fold.hpp"
#include "index.hpp"
#include "inflect.hpp"
#include "normalize_phrase.hpp"

namespace cxaudit::detail {

/// Owns the flat tables of a compiled lexicon.
class lexicon_index {
 public:
  /// Builds the tables for `count` entries; `phrase(i)` and `what(i)` describe entry i.
  /// A later entry with the same words as an earlier one replaces it.
  template <typename PhraseAt, typename MeaningAt>
  void build(std::size_t count, PhraseAt&& phrase, MeaningAt&& what) {
    std::unordered_map<std::string, std::uint32_t> word_ids;
    std::vector<std::string> words;
    struct build_node {
      std::map<std::uint32_t, std::uint32_t> next;
      std::int32_t entry = -1;
    };
    std::vector<build_node> trie(1);
    auto word_id = [&](const std::string& w) {
      auto [it, fresh] = word_ids.emplace(w, static_cast<std::uint32_t>(words.size()));
      if (fresh) words.push_back(w);
      return it->second;
    };
    auto insert_path = [&](const std::vector<std::uint32_t>& path, std::int32_t entry,
                           bool replace) {
      std::uint32_t node = 0;
      for (std::uint32_t w : path) {
        auto it = trie[node].next.find(w);
        if (it == trie[node].next.end()) {
          trie.emplace_back();
          it = trie[node].next.emplace(w, static_cast<std::uint32_t>(trie.size() - 1)).first;
        }
        node = it->second;
      }
      if (replace || trie[node].entry < 0) trie[node].entry = entry;
    };

    meanings_.clear();
    phrases_.clear();
    meanings_.reserve(count);
    phrases_.reserve(count);
    std::vector<std::vector<std::string>> split(count);
    for (std::size_t i = 0; i < count; ++i) {
      const std::string_view p = phrase(i);
      meanings_.push_back(what(i));
      phrases_.push_back(p);
      split[i] = phrase_words(p);
      if (split[i].empty()) continue;
      std::vector<std::uint32_t> path;
      for (const std::string& w : split[i]) path.push_back(word_id(w));
      insert_path(path, static_cast<std::int32_t>(i), true);
    }
    // "call center" also matches "callcenter" (unless that spelling is an entry of its own)
    for (std::size_t i = 0; i < count; ++i) {
      if (split[i].size() < 2) continue;
      std::string joined;
      for (const std::string& w : split[i]) joined += w;
      insert_path({word_id(joined)}, static_cast<std::int32_t>(i), false);
    }

    // vocabulary: every word, then its inflections (a form that is a word of its own, or an
    // earlier word's form, keeps its first owner)
    std::vector<std::pair<std::string, std::uint32_t>> forms;
    for (std::uint32_t id = 0; id < words.size(); ++id) forms.emplace_back(words[id], id);
    for (std::uint32_t id = 0; id < words.size(); ++id)
      for_each_inflection(words[id], [&](std::string_view f) { forms.emplace_back(f, id); });
    std::size_t capacity = 16;
    while (capacity < forms.size() * 2) capacity *= 2;  // load factor <= 1/2
    slots_.assign(capacity, vocabulary_slot{});
    const auto mask = static_cast<std::uint32_t>(capacity - 1);
    for (const auto& [form, id] : forms) {
      const folded_word f = fold_word(form);
      std::uint32_t k = static_cast<std::uint32_t>((f.key * 0x9E3779B97F4A7C15ull) >> 40) & mask;
      bool known = false;
      while (slots_[k].word != 0 && !known) {
        known = slots_[k].key == f.key && slots_[k].length == f.length;
        k = (k + 1) & mask;
      }
      if (!known) slots_[k] = vocabulary_slot{f.key, id + 1, f.length};
    }
    filter_.assign(vocabulary_filter_words, 0);
    for (const vocabulary_slot& slot : slots_) {
      if (slot.word == 0) continue;
      const auto bit = static_cast<std::uint32_t>((slot.key * 0x9E3779B97F4A7C15ull) >> 48);
      filter_[bit >> 6] |= std::uint64_t{1} << (bit & 63);
    }

    // flatten the trie: node 0 is the root; its children are indexed by word id
    root_.assign(words.size(), 0);
    nodes_.assign(trie.size(), trie_node{});
    edges_.clear();
    for (std::uint32_t n = 0; n < trie.size(); ++n) {
      nodes_[n].entry = trie[n].entry;
      if (n == 0) {
        for (const auto& [w, child] : trie[0].next) root_[w] = child;
        continue;
      }
      nodes_[n].first_edge = static_cast<std::uint32_t>(edges_.size());
      nodes_[n].edge_count = static_cast<std::uint32_t>(trie[n].next.size());
      for (const auto& [w, child] : trie[n].next) edges_.push_back(trie_edge{w, child});
    }
    word_count_ = static_cast<std::uint32_t>(words.size());
    has_number_words_ = false;
    for (const std::string& w : words)
      has_number_words_ = has_number_words_ || (!w.empty() && w[0] >= '0' && w[0] <= '9');
  }

  /// A view of the tables (valid while this object lives and is not rebuilt).
  lexicon_view view() const noexcept {
    lexicon_view v;
    v.filter = filter_.data();
    v.slots = slots_.data();
    v.slot_mask = static_cast<std::uint32_t>(slots_.size() - 1);
    v.root = root_.data();
    v.word_count = word_count_;
    v.nodes = nodes_.data();
    v.edges = edges_.data();
    v.meanings = meanings_.data();
    v.phrases = phrases_.data();
    v.entry_count = static_cast<std::uint32_t>(meanings_.size());
    v.has_number_words = has_number_words_;
    return v;
  }

 private:
  std::vector<std::uint64_t> filter_;
  std::vector<vocabulary_slot> slots_;
  std::vector<std::uint32_t> root_;
  std::vector<trie_node> nodes_;
  std::vector<trie_edge> edges_;
  std::vector<meaning> meanings_;
  std::vector<std::string_view> phrases_;
  std::uint32_t word_count_ = 0;
  bool has_number_words_ = false;
};

}  // namespace cxaudit::detail
