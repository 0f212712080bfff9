#pragma once
/// \file default_entries.hpp
/// The built-in lexicon: the tables of each part, gathered in one list of spans.

#include <cstddef>

#include "../../lexicon_entry.hpp"

#if __has_include("default_customer_terms.hpp")
#include "default_context_words.hpp"
#include "default_customer_terms.hpp"
#include "default_frontline_terms.hpp"
#include "default_strategy_terms.hpp"
#include "default_technology_terms.hpp"
#define CXAUDIT_DETAIL_FULL_DEFAULT_LEXICON 1
#else
#include "entry_makers.hpp"
#endif

namespace cxaudit::detail {

/// One table of built-in entries.
struct entry_table {
  const lexicon_entry* first;  ///< first entry
  std::size_t size;            ///< number of entries
};

#ifdef CXAUDIT_DETAIL_FULL_DEFAULT_LEXICON
#undef CXAUDIT_DETAIL_FULL_DEFAULT_LEXICON
/// The built-in tables, in the order they are read (a later phrase replaces an earlier one).
inline constexpr entry_table default_tables[] = {
    {lex::context_word_entries, std::size(lex::context_word_entries)},
    {lex::customer_term_entries, std::size(lex::customer_term_entries)},
    {lex::technology_entries, std::size(lex::technology_entries)},
    {lex::frontline_entries, std::size(lex::frontline_entries)},
    {lex::strategy_entries, std::size(lex::strategy_entries)},
};
#else
namespace lex {
// Development stand-in until the full tables land.
inline constexpr lexicon_entry bootstrap_entries[] = {
    {"customer", customer(customer_family::customer)},
    {"client", customer(customer_family::client)},
    {"guest", customer(customer_family::guest)},
    {"patients", customer(customer_family::patient)},
    {"member", customer(customer_family::member)},
    {"team member", nothing()},
    {"member of", nothing()},
    {"customer service", service(frontline_detail::contact_center, 0.5f).with_family(customer_family::customer)},
    {"customer experience", generic(customer_family::customer, 0.5f)},
    {"customer experience strategy", strategy(competency::cx_strategy, 2.0f).with_family(customer_family::customer)},
    {"voice of the customer", strategy(competency::voc_insight, 2.0f).with_family(customer_family::customer)},
    {"journey mapping", strategy(competency::experience_design, 2.0f)},
    {"call center", service(frontline_detail::contact_center, 1.5f)},
    {"cold calling", sales(frontline_detail::sales, 1.5f)},
    {"sales targets", sales(frontline_detail::sales, 1.0f)},
    {"POS", sales(frontline_detail::retail, 1.0f).with_rules(match_rules::acronym)},
    {"cash handling", sales(frontline_detail::retail, 1.5f)},
    {"NPS", strategy(competency::metrics_roi, 0.5f).with_rules(match_rules::metric)},
    {"AHT", service(frontline_detail::contact_center, 1.0f).with_rules(match_rules::metric | match_rules::acronym)},
    {"queue", service(frontline_detail::contact_center, 0.7f).with_rules(match_rules::needs_customer_context)},
    {"no", negator()},
    {"not", negator()},
    {"non", negator()},
    {"own", owner_verb()},
    {"design", owner_verb()},
    {"meet", scored_verb()},
    {"targets", scored_verb()},
    {"analyze", analytic_verb()},
    {"feedback", insight_noun()},
    {"needs", insight_noun()},
    {"years", tenure()},
    {"experience", candidate_word()},
    {"skills", candidate_word()},
    {"equal opportunity employer", boilerplate(section_kind::legal)},
};
}  // namespace lex
inline constexpr entry_table default_tables[] = {
    {lex::bootstrap_entries, std::size(lex::bootstrap_entries)},
};
#endif

}  // namespace cxaudit::detail
