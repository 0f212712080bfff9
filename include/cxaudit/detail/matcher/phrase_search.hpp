#pragma once
/// \file phrase_search.hpp
/// Leftmost-longest phrase search over one sentence's known words: where a phrase may begin
/// (from each word's start facts), and the longest phrase of the lexicon's trie from there.
/// The matcher (matcher.hpp) gathers the sentence; the context rules read what this finds.

#include <array>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "../../category.hpp"
#include "../../token.hpp"
#include "../lexicon/index.hpp"
#include "unit.hpp"

namespace cxaudit::detail {

/// Finds the phrases of sentences of at most `MaxUnits` units. Keeps its buffers between
/// sentences, so a warm search does not allocate.
template <std::size_t MaxUnits>
class phrase_search {
 public:
  /// A search in the tables of `lex`.
  explicit phrase_search(const lexicon_view& lex) noexcept : lex_(lex) {}

  /// Appends to `out` the phrases among units [units, units + n), leftmost-longest and not
  /// overlapping. `units[n]` must be readable (a spare slot; its contents do not matter).
  void find(const unit* units, std::size_t n, std::vector<raw_match>& out) {
    units_ = units;
    n_ = n;
    list_starts();
    find_phrases(out);
  }

 private:
  // In starts_: the next unit may continue a phrase begun at this one (otherwise only the
  // one-word entry is possible there). Unit indexes stay below MaxUnits.
  static constexpr unsigned walk_deeper = 0x8000;
  static_assert(MaxUnits < walk_deeper, "a unit index must not reach the flag");

  // Lists the units a phrase may begin at (starts_), without a branch on the outcome: a unit
  // whose word (or the word it inflects) is an entry by itself, or begins a longer phrase and
  // is followed by a word the signature says may continue one (then it is marked
  // walk_deeper). Most known words of a sentence are neither: "in" and "our" begin phrases,
  // but seldom before the right word. On real postings this leaves 0.45 million of 1.13
  // million tries, for the same 0.4 million matches. Whether a unit starts one is close to a
  // coin toss, so a branch per unit would be mispredicted at every other one.
  void list_starts() noexcept {
    const lexicon_view& lex = lex_;
    start_count_ = 0;
    if (lex.word_starts == nullptr) return;  // a view without tables: only clause marks here
    for (std::size_t j = 0; j < n_; ++j) {
      const unit& u = units_[j];
      const unit& v = units_[j + 1];  // the spare slot past the last
      const std::uint64_t facts = lex.start_facts(u.word) | lex.start_facts(u.alt);
      const bool adjacent = (j + 1 < n_) & (v.position == u.position + 1);
      const std::uint64_t followers = word_start_follower(v.word) | word_start_follower(v.alt);
      const bool deeper = adjacent & ((facts & followers) != 0);
      const bool start = ((facts & word_start_entry) != 0) | deeper;
      starts_[start_count_] = static_cast<std::uint16_t>(j | (deeper ? walk_deeper : 0u));
      start_count_ += start ? 1 : 0;
    }
  }

  // Leftmost-longest phrase matching over the sentence's known words, tried at the listed
  // starts. A unit may stand for two words (a form that is also another word's inflection),
  // so the walk branches; phrases are short, so the search stays tiny.
  void find_phrases(std::vector<raw_match>& out) {
    std::size_t next = 0;  // the first unit not inside the last match
    for (std::size_t c = 0; c < start_count_; ++c) {
      const std::size_t i = starts_[c] & (walk_deeper - 1);
      if (i < next) continue;
      best_entry_ = -1;
      best_last_ = i;
      if ((starts_[c] & walk_deeper) != 0) {
        walk(0, i, i);
      } else {
        one_word_entry(i);  // most starts: no recursion, no trie edges
      }
      if (best_entry_ < 0) continue;
      out.push_back({static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(best_last_),
                     static_cast<std::uint32_t>(best_entry_)});
      next = best_last_ + 1;
    }
  }

  // What walk(0, i, i) finds where no phrase can go on past unit i: the entry of its word,
  // or else of the word it inflects, that passes the acronym rule.
  void one_word_entry(std::size_t i) noexcept {
    const unit& u = units_[i];
    for (const std::int32_t id : {u.word, u.alt}) {
      if (id < 0) continue;
      const std::int32_t e = lex_.nodes[lex_.root[id]].entry;
      if (e >= 0 && acronym_ok(static_cast<std::uint32_t>(e), i, i)) {
        best_entry_ = e;
        return;
      }
    }
  }

  void walk(std::uint32_t node, std::size_t first, std::size_t j) {
    const unit& u = units_[j];
    for (const std::int32_t id : {u.word, u.alt}) {
      if (id < 0) continue;
      const std::uint32_t child = lex_.child(node, static_cast<std::uint32_t>(id));
      if (child == 0) continue;
      const std::int32_t e = lex_.nodes[child].entry;
      if (e >= 0 && (j > best_last_ || best_entry_ < 0) &&
          acronym_ok(static_cast<std::uint32_t>(e), first, j)) {
        best_entry_ = e;
        best_last_ = j;
      }
      const std::size_t next = j + 1;
      if (next < n_ && units_[next].word >= 0 && units_[next].position == u.position + 1)
        walk(child, first, next);
    }
  }

  bool acronym_ok(std::uint32_t entry, std::size_t first, std::size_t last) const noexcept {
    if ((lex_.meanings[entry].rules & match_rules::acronym) == 0) return true;
    for (std::size_t k = first; k <= last; ++k)
      if ((units_[k].flags & token_flags::multi_upper) == 0) return false;
    return true;
  }

  lexicon_view lex_;
  const unit* units_ = nullptr;
  std::size_t n_ = 0;
  std::array<std::uint16_t, MaxUnits + 1> starts_{};  // units a phrase may begin at
  std::size_t start_count_ = 0;
  std::int32_t best_entry_ = -1;  // the longest match found by walk()
  std::size_t best_last_ = 0;
};

}  // namespace cxaudit::detail
