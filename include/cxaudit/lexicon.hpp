#pragma once
/// \file lexicon.hpp
/// Stage 2a: what the words mean. A lexicon maps phrases to meanings and is compiled into
/// flat tables for the matcher. Its entry storage is a template parameter: `static_entries`
/// reads a compile-time table in place (the built-in lexicon), `runtime_entries` owns entries
/// read from a user file. Both are immutable once built and safe to share between threads.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "category.hpp"
#include "detail/lexicon/default_entries.hpp"
#include "detail/lexicon/default_index.hpp"
#include "detail/lexicon/index_builder.hpp"
#include "detail/lexicon/normalize_phrase.hpp"
#include "lexicon_entry.hpp"

namespace cxaudit {

/// Entry storage that reads compile-time tables in place (no copies of the phrases).
class static_entries {
 public:
  /// Storage over the given tables, read in order.
  template <std::size_t N>
  explicit static_entries(const detail::entry_table (&tables)[N]) {
    for (const detail::entry_table& t : tables)
      for (std::size_t i = 0; i < t.size; ++i) entries_.push_back(&t.first[i]);
  }
  std::size_t size() const noexcept { return entries_.size(); }
  std::string_view phrase(std::size_t i) const noexcept { return entries_[i]->phrase; }
  const meaning& what(std::size_t i) const noexcept { return entries_[i]->what; }

 private:
  std::vector<const lexicon_entry*> entries_;
};

/// Entry storage that owns its phrases (built from a user lexicon file or by code).
class runtime_entries {
 public:
  std::size_t size() const noexcept { return meanings_.size(); }
  std::string_view phrase(std::size_t i) const noexcept { return phrases_[i]; }
  const meaning& what(std::size_t i) const noexcept { return meanings_[i]; }
  /// Appends an entry.
  void push_back(std::string phrase, const meaning& m) {
    phrases_.push_back(std::move(phrase));
    meanings_.push_back(m);
  }

 private:
  std::vector<std::string> phrases_;
  std::vector<meaning> meanings_;
};

/// A compiled lexicon over entry storage `Entries`.
template <typename Entries>
class basic_lexicon {
 public:
  /// Compiles the entries into matching tables.
  explicit basic_lexicon(Entries entries) : entries_(std::move(entries)) {
    index_.build(
        entries_.size(), [this](std::size_t i) { return entries_.phrase(i); },
        [this](std::size_t i) { return entries_.what(i); });
  }
  /// Adopts tables built ahead of time from the same entries (the built-in lexicon's).
  basic_lexicon(Entries entries, const detail::index_tables& tables)
      : entries_(std::move(entries)) {
    index_.adopt(
        tables, entries_.size(), [this](std::size_t i) { return entries_.phrase(i); },
        [this](std::size_t i) { return entries_.what(i); });
  }
  basic_lexicon(const basic_lexicon&) = delete;  // tables are large: never copied by accident
  basic_lexicon& operator=(const basic_lexicon&) = delete;
  basic_lexicon(basic_lexicon&&) noexcept = default;  // an auditor must not be using it then
  basic_lexicon& operator=(basic_lexicon&&) noexcept = default;

  /// The tables the matcher reads.
  lexicon_view view() const noexcept { return index_.view(); }
  /// Number of entries.
  std::size_t size() const noexcept { return entries_.size(); }
  /// Entry `i` as written.
  lexicon_entry operator[](std::size_t i) const noexcept {
    return lexicon_entry{entries_.phrase(i), entries_.what(i)};
  }
  /// The meaning of `phrase` as the matcher would read it (case, hyphens, plurals folded),
  /// or nothing when no entry spells it.
  std::optional<meaning> find(std::string_view phrase) const {
    const lexicon_view v = view();
    std::vector<word_ids> ids;
    for (const std::string& w : detail::phrase_words(phrase)) {
      const detail::folded_word f = detail::fold_word(w);
      ids.push_back(v.find_words(f.key));
      if (ids.back().word < 0) return std::nullopt;
    }
    if (ids.empty()) return std::nullopt;
    // walk every reading of the words (each may also be another word's inflection)
    std::int32_t found = -1;
    auto walk = [&](auto&& self, std::uint32_t node, std::size_t k) -> void {
      for (const std::int32_t id : {ids[k].word, ids[k].alt}) {
        if (id < 0 || found >= 0) continue;
        const std::uint32_t child = v.child(node, static_cast<std::uint32_t>(id));
        if (child == 0) continue;
        if (k + 1 == ids.size()) {
          if (v.nodes[child].entry >= 0) found = v.nodes[child].entry;
        } else {
          self(self, child, k + 1);
        }
      }
    };
    walk(walk, 0, 0);
    if (found < 0) return std::nullopt;
    return v.meanings[found];
  }

 private:
  Entries entries_;
  detail::lexicon_index index_;
};

/// The built-in lexicon's type.
using builtin_lexicon = basic_lexicon<static_entries>;
/// A lexicon built at run time (defaults plus a user file, or entries given by code).
using runtime_lexicon = basic_lexicon<runtime_entries>;

/// The built-in lexicon, set up on first use (thread-safe) and shared. Its tables were
/// compiled ahead of time (detail/lexicon/default_index.hpp), so a program that only uses it
/// neither compiles nor runs the lexicon compiler.
inline const builtin_lexicon& default_lexicon() {
  static_assert(detail::default_entry_count() == detail::default_index::entry_count,
                "the built-in entries changed: run scripts/regenerate-default-index.sh");
  static const builtin_lexicon instance{static_entries(detail::default_tables),
                                        detail::default_index::tables()};
  return instance;
}

/// Collects entries (the built-in ones, a user file's directives, or code) into a
/// runtime_lexicon. Adding a phrase that is already present replaces its meaning; removing a
/// phrase drops it whatever its category.
class lexicon_builder {
 public:
  /// Adds every built-in entry.
  lexicon_builder& add_defaults() {
    for (const detail::entry_table& t : detail::default_tables)
      for (std::size_t i = 0; i < t.size; ++i) add(t.first[i].phrase, t.first[i].what);
    return *this;
  }
  /// Adds or replaces one entry.
  lexicon_builder& add(std::string_view phrase, const meaning& what) {
    std::string key = detail::canonical_phrase(phrase);
    if (key.empty()) return *this;
    const auto it = index_.find(key);
    if (it != index_.end()) {
      entries_[it->second] = {std::string(phrase), what, true};
    } else {
      index_.emplace(std::move(key), entries_.size());
      entries_.push_back({std::string(phrase), what, true});
    }
    return *this;
  }
  /// Removes an entry; returns false when no entry spells `phrase`.
  bool remove(std::string_view phrase) {
    const auto it = index_.find(detail::canonical_phrase(phrase));
    if (it == index_.end() || !entries_[it->second].live) return false;
    entries_[it->second].live = false;
    return true;
  }
  /// Number of live entries.
  std::size_t size() const noexcept {
    std::size_t n = 0;
    for (const pending& p : entries_) n += p.live;
    return n;
  }
  /// Compiles the live entries. When they are the built-in entries exactly, in their order
  /// (add_defaults() and nothing that changed them), the lexicon adopts the tables compiled
  /// ahead of time instead: the same tables, without running the compiler at start-up.
  runtime_lexicon build() const {
    runtime_entries out;
    for (const pending& p : entries_)
      if (p.live) out.push_back(p.phrase, p.what);
    if (are_default_entries(out))
      return runtime_lexicon(std::move(out), detail::default_index::tables());
    return runtime_lexicon(std::move(out));
  }

 private:
  static bool same_meaning(const meaning& a, const meaning& b) noexcept {
    static_assert(sizeof(meaning) == 12, "compare every field of meaning here");
    return a.cat == b.cat && a.family == b.family && a.comp == b.comp && a.detail == b.detail &&
           a.rules == b.rules && a.weight == b.weight;
  }

  // True when `e` holds the built-in entries, phrase for phrase and meaning for meaning.
  static bool are_default_entries(const runtime_entries& e) noexcept {
    if (e.size() != detail::default_index::entry_count) return false;
    std::size_t i = 0;
    for (const detail::entry_table& t : detail::default_tables)
      for (std::size_t k = 0; k < t.size; ++k, ++i)
        if (e.phrase(i) != t.first[k].phrase || !same_meaning(e.what(i), t.first[k].what))
          return false;
    return true;
  }

  struct pending {
    std::string phrase;
    meaning what;
    bool live = true;
  };
  std::vector<pending> entries_;
  std::unordered_map<std::string, std::size_t> index_;
};

}  // namespace cxaudit
