#pragma once
/// \file default_entries.hpp
/// The built-in lexicon: the tables of each part, gathered in one list of spans.

#include <cstddef>

#include "../../lexicon_entry.hpp"

#include "default_context_words.hpp"
#include "default_customer_terms.hpp"
#include "default_frontline_terms.hpp"
#include "default_strategy_terms.hpp"
#include "default_technology_terms.hpp"

namespace cxaudit::detail {

/// One table of built-in entries.
struct entry_table {
  const lexicon_entry* first;  ///< first entry
  std::size_t size;            ///< number of entries
};

/// The built-in tables, in the order they are read (a later phrase replaces an earlier one).
inline constexpr entry_table default_tables[] = {
    {lex::context_word_entries, std::size(lex::context_word_entries)},
    {lex::customer_term_entries, std::size(lex::customer_term_entries)},
    {lex::technology_entries, std::size(lex::technology_entries)},
    {lex::frontline_entries, std::size(lex::frontline_entries)},
    {lex::strategy_entries, std::size(lex::strategy_entries)},
};

/// Number of built-in entries.
constexpr std::size_t default_entry_count() noexcept {
  std::size_t n = 0;
  for (const entry_table& t : default_tables) n += t.size;
  return n;
}

/// Built-in entry `i` (< default_entry_count()), counting through the tables in order.
inline const lexicon_entry& default_entry(std::size_t i) noexcept {
  for (const entry_table& t : default_tables) {
    if (i < t.size) return t.first[i];
    i -= t.size;
  }
  return default_tables[0].first[0];  // not reached for a valid index
}

}  // namespace cxaudit::detail
