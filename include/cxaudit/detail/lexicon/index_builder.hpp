#pragma once
/// \file index_builder.hpp
/// Builds a lexicon's flat tables from its entries, once, when the lexicon is constructed;
/// or adopts tables built ahead of time (the built-in lexicon's, in default_index.hpp).

#include <algorithm>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "../config.hpp"
#include "../tokenizer/fold.hpp"
#include "index.hpp"
#include "inflect.hpp"
#include "normalize_phrase.hpp"

namespace cxaudit::detail {

/// Owns (or, for tables built ahead of time, refers to) the flat tables of a compiled lexicon.
class lexicon_index {
 public:
  lexicon_index() = default;
  lexicon_index(const lexicon_index&) = delete;  // view() points into the vectors
  lexicon_index& operator=(const lexicon_index&) = delete;
  lexicon_index(lexicon_index&&) noexcept = default;  // a moved vector keeps its buffer
  lexicon_index& operator=(lexicon_index&&) noexcept = default;

  /// Builds the tables for `count` entries; `phrase(i)` and `what(i)` describe entry i.
  /// A later entry with the same words as an earlier one replaces it.
  template <typename PhraseAt, typename MeaningAt>
  void build(std::size_t count, PhraseAt&& phrase, MeaningAt&& what) {
    keep_entries(count, phrase, what);
    build_tables();
  }

  /// Adopts tables built ahead of time from the same `count` entries (what build() would
  /// make of them; tests/default_index_test.cpp holds the built-in lexicon to that), keeping
  /// only the entries' meanings and phrases.
  template <typename PhraseAt, typename MeaningAt>
  void adopt(const index_tables& tables, std::size_t count, PhraseAt&& phrase, MeaningAt&& what) {
    keep_entries(count, phrase, what);
    buckets_.clear();
    root_.clear();
    nodes_.clear();
    edges_.clear();
    tables_ = tables;
    fill_word_starts();
  }

  // Builds everything from phrases_ and meanings_ (non-template: compiled once per program).
  CXAUDIT_DETAIL_COLD void build_tables() {
    const std::size_t count = phrases_.size();
    std::vector<std::vector<std::string>> split(count);
    std::vector<std::string> joined(count);
    std::vector<std::string> words;
    for (std::size_t i = 0; i < count; ++i) {
      split[i] = phrase_words(phrases_[i]);
      for (const std::string& w : split[i]) words.push_back(w);
      if (split[i].size() >= 2) {
        for (const std::string& w : split[i]) joined[i] += w;
        words.push_back(joined[i]);
      }
    }
    std::sort(words.begin(), words.end());
    words.erase(std::unique(words.begin(), words.end()), words.end());
    auto id_of = [&](const std::string& w) {
      return static_cast<std::uint32_t>(std::lower_bound(words.begin(), words.end(), w) -
                                        words.begin());
    };

    // Every phrase is a path of word ids; "call center" is also the one-word path
    // "callcenter" (an alias that any real entry of that spelling beats). Among equal paths
    // the higher priority wins: later entries beat earlier ones.
    struct path_entry {
      std::vector<std::uint32_t> path;
      std::uint32_t entry;
      std::size_t priority;
    };
    std::vector<path_entry> paths;
    for (std::size_t i = 0; i < count; ++i) {
      if (split[i].empty()) continue;
      path_entry p{{}, static_cast<std::uint32_t>(i), count + i};
      for (const std::string& w : split[i]) p.path.push_back(id_of(w));
      paths.push_back(std::move(p));
      if (!joined[i].empty())
        paths.push_back(path_entry{{id_of(joined[i])}, static_cast<std::uint32_t>(i), i});
    }
    std::sort(paths.begin(), paths.end(), [](const path_entry& a, const path_entry& b) {
      return a.path != b.path ? a.path < b.path : a.priority < b.priority;
    });

    // the trie, built from the sorted paths: node 0 is the root
    std::vector<std::int32_t> node_entry(1, -1);
    struct link {
      std::uint32_t parent, word, child;
    };
    std::vector<link> links;
    std::vector<std::uint32_t> along;  // nodes along the previous path
    const std::vector<std::uint32_t>* previous = nullptr;
    for (const path_entry& p : paths) {
      std::size_t common = 0;
      while (previous != nullptr && common < p.path.size() && common < previous->size() &&
             (*previous)[common] == p.path[common])
        ++common;
      along.resize(common);
      std::uint32_t parent = common == 0 ? 0 : along.back();
      for (std::size_t k = common; k < p.path.size(); ++k) {
        const auto child = static_cast<std::uint32_t>(node_entry.size());
        node_entry.push_back(-1);
        links.push_back(link{parent, p.path[k], child});
        along.push_back(child);
        parent = child;
      }
      node_entry[along.back()] = static_cast<std::int32_t>(p.entry);
      previous = &p.path;
    }
    std::sort(links.begin(), links.end(), [](const link& a, const link& b) {
      return a.parent != b.parent ? a.parent < b.parent : a.word < b.word;
    });

    // vocabulary: every word, then its inflections. A form that is a word of its own keeps
    // it and also records the word it inflects ("customers" → customers, alt customer), so a
    // token matches phrases written either way; otherwise the first word to claim it owns it.
    std::vector<std::pair<std::string, std::uint32_t>> forms;
    for (std::uint32_t id = 0; id < words.size(); ++id) forms.emplace_back(words[id], id);
    const std::size_t base_forms = forms.size();
    std::vector<std::string> inflected;
    for (std::uint32_t id = 0; id < words.size(); ++id) {
      inflected.clear();
      append_inflections(words[id], inflected);
      for (std::string& f : inflected) forms.emplace_back(std::move(f), id);
    }
    std::vector<std::uint64_t> keys(forms.size());
    std::vector<std::uint32_t> ids(forms.size());
    for (std::size_t n = 0; n < forms.size(); ++n) {
      keys[n] = fold_word(forms[n].first).key;
      ids[n] = forms[n].second;
    }
    place_vocabulary(keys, ids, base_forms);

    // flatten: the root's children are indexed by word id, other nodes own runs of edges
    root_.assign(words.size(), 0);
    nodes_.assign(node_entry.size(), trie_node{});
    edges_.clear();
    for (std::size_t n = 0; n < node_entry.size(); ++n) nodes_[n].entry = node_entry[n];
    for (const link& l : links) {
      if (l.parent == 0) {
        root_[l.word] = l.child;
        continue;
      }
      trie_node& n = nodes_[l.parent];
      if (n.edge_count == 0) n.first_edge = static_cast<std::uint32_t>(edges_.size());
      ++n.edge_count;
      edges_.push_back(trie_edge{l.word, l.child});
    }
    tables_.buckets = buckets_.data();
    tables_.bucket_shift = bucket_shift_;
    tables_.root = root_.data();
    tables_.word_count = static_cast<std::uint32_t>(words.size());
    tables_.nodes = nodes_.data();
    tables_.edges = edges_.data();
    tables_.has_number_words = false;
    for (const std::string& w : words)
      tables_.has_number_words =
          tables_.has_number_words || (!w.empty() && w[0] >= '0' && w[0] <= '9');
    fill_word_starts();
  }

  /// A view of the tables (valid while this object lives and is not rebuilt).
  lexicon_view view() const noexcept {
    lexicon_view v;
    v.buckets = tables_.buckets;
    v.bucket_shift = tables_.bucket_shift;
    v.root = tables_.root;
    v.word_count = tables_.word_count;
    v.nodes = tables_.nodes;
    v.edges = tables_.edges;
    v.word_starts = word_starts_.data();
    v.meanings = meanings_.data();
    v.phrases = phrases_.data();
    v.entry_count = static_cast<std::uint32_t>(meanings_.size());
    v.has_number_words = tables_.has_number_words;
    return v;
  }

  /// Sizes of the tables (for printing them; see scripts/regenerate-default-index.sh).
  /// node_count() and edge_count() count the tables this index built: an index that adopted
  /// tables built ahead of time owns none, and they are 0.
  std::size_t bucket_count() const noexcept {
    return std::size_t{1} << (64 - tables_.bucket_shift);
  }
  std::size_t node_count() const noexcept { return nodes_.size(); }
  std::size_t edge_count() const noexcept { return edges_.size(); }

 private:
  template <typename PhraseAt, typename MeaningAt>
  void keep_entries(std::size_t count, PhraseAt& phrase, MeaningAt& what) {
    meanings_.clear();
    phrases_.clear();
    meanings_.reserve(count);
    phrases_.reserve(count);
    for (std::size_t i = 0; i < count; ++i) {
      phrases_.push_back(phrase(i));
      meanings_.push_back(what(i));
    }
  }

  // Derives each word's entry bit and follower signature from the trie's first two levels
  // (from the tables themselves, so that built and adopted tables get the same).
  CXAUDIT_DETAIL_COLD void fill_word_starts() {
    word_starts_.assign(std::size_t{tables_.word_count} + 2, 0);
    for (std::uint32_t w = 0; w < tables_.word_count; ++w) {
      const std::uint32_t node = tables_.root[w];
      if (node == 0) continue;
      const trie_node& n = tables_.nodes[node];
      std::uint64_t& facts = word_starts_[std::size_t{w} + 2];
      if (n.entry >= 0) facts |= word_start_entry;
      for (const trie_edge* e = tables_.edges + n.first_edge;
           e != tables_.edges + n.first_edge + n.edge_count; ++e)
        facts |= word_start_follower(static_cast<std::int32_t>(e->word));
    }
  }

  // Places every form (keys[n] of word ids[n]; the first `base_forms` are words of their own)
  // in one of its two buckets, doubling the table until all fit. Starts at a load of at most
  // 3/4, which two-choice buckets of four hold almost always.
  CXAUDIT_DETAIL_COLD void place_vocabulary(const std::vector<std::uint64_t>& keys,
                                            const std::vector<std::uint32_t>& ids,
                                            std::size_t base_forms) {
    unsigned shift = 62;                                                 // 4 buckets
    while ((std::size_t{1} << (64 - shift)) * 3 < keys.size()) --shift;  // 4 slots × 3/4
    while (!try_place(keys, ids, base_forms, shift)) --shift;
    bucket_shift_ = shift;
    for (vocabulary_bucket& bucket : buckets_)
      for (std::uint64_t& words : bucket.words) words &= ~base_mark;
  }

  // While placing, bit 63 of a slot's words marks a form that is a word of its own.
  static constexpr std::uint64_t base_mark = std::uint64_t{1} << 63;

  CXAUDIT_DETAIL_COLD bool try_place(const std::vector<std::uint64_t>& keys,
                                     const std::vector<std::uint32_t>& ids, std::size_t base_forms,
                                     unsigned shift) {
    buckets_.assign(std::size_t{1} << (64 - shift), vocabulary_bucket{});
    std::uint32_t victim = 0;  // rotates which resident is handed on (deterministic)
    for (std::size_t n = 0; n < keys.size(); ++n) {
      if (keys[n] == 0) continue;  // an empty form: 0 marks an empty slot
      const std::uint32_t id = ids[n];
      // A spelling seen before keeps its first word. If that form is a word of its own, it
      // also records the first other word it inflects ("customers": customers, customer).
      if (std::uint64_t* seen = find_slot(keys[n], shift)) {
        const std::uint64_t word = *seen & 0xFFFFFFFFu;
        const std::uint64_t alt = (*seen & ~base_mark) >> 32;
        if ((*seen & base_mark) != 0 && alt == 0 && word != id + std::uint64_t{1})
          *seen |= (id + std::uint64_t{1}) << 32;
        continue;
      }
      vocabulary_slot moving = vocabulary_slot::of(keys[n], id);
      if (n < base_forms) moving.words |= base_mark;
      std::uint32_t b = vocabulary_bucket_a(moving.key, shift);
      if (put_in(b, moving)) continue;
      b = vocabulary_bucket_b(moving.key, shift);
      for (int kick = 0; !put_in(b, moving); ++kick) {
        if (kick == 500) return false;
        const std::uint32_t v = victim++ & 3u;
        std::swap(moving.key, buckets_[b].keys[v]);
        std::swap(moving.words, buckets_[b].words[v]);
        b = other_bucket(moving.key, b, shift);
      }
    }
    return true;
  }

  // The words of `key` when it was placed already, or nullptr.
  std::uint64_t* find_slot(std::uint64_t key, unsigned shift) noexcept {
    for (const std::uint32_t b : {vocabulary_bucket_a(key, shift), vocabulary_bucket_b(key, shift)})
      for (int k = 0; k < 4; ++k)
        if (buckets_[b].words[k] != 0 && buckets_[b].keys[k] == key) return &buckets_[b].words[k];
    return nullptr;
  }

  bool put_in(std::uint32_t b, const vocabulary_slot& s) noexcept {
    for (int k = 0; k < 4; ++k)
      if (buckets_[b].words[k] == 0) {
        buckets_[b].keys[k] = s.key;
        buckets_[b].words[k] = s.words;
        return true;
      }
    return false;
  }

  static std::uint32_t other_bucket(std::uint64_t key, std::uint32_t b, unsigned shift) noexcept {
    const std::uint32_t a = vocabulary_bucket_a(key, shift);
    return b == a ? vocabulary_bucket_b(key, shift) : a;
  }

  std::vector<vocabulary_bucket> buckets_;
  unsigned bucket_shift_ = 63;
  std::vector<std::uint32_t> root_;
  std::vector<trie_node> nodes_;
  std::vector<trie_edge> edges_;
  std::vector<std::uint64_t> word_starts_;
  std::vector<meaning> meanings_;
  std::vector<std::string_view> phrases_;
  index_tables tables_;  // what view() reads: the vectors above, or static tables
};

}  // namespace cxaudit::detail
