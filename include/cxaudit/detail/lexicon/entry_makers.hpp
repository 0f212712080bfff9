#pragma once
/// \file entry_makers.hpp
/// Short constructors for the built-in lexicon tables, so each entry reads as one line:
/// `{"voice of the customer"sv, strategy(competency::voc_insight, 2.0f).with_family(customer)}`.

#include "../../category.hpp"
#include "../../lexicon_entry.hpp"
#include "../sv_literal.hpp"  // the tables write their phrases "..."sv

namespace cxaudit::detail::lex {

/// A word for the customer.
constexpr meaning customer(customer_family f, float w = 1.0f) noexcept {
  return meaning{category::customer_term, f}.weighted(w);
}
/// The customer in passing (soft-skill or requirement phrase).
constexpr meaning generic(customer_family f = customer_family::customer, float w = 1.0f) noexcept {
  return meaning{category::customer_generic, f}.weighted(w);
}
/// Strategy and insight work in competency area `c`.
constexpr meaning strategy(competency c, float w = 1.0f) noexcept {
  return meaning{category::strategy_insight}.with_competency(c).weighted(w);
}
/// Leading a team that does CX work.
constexpr meaning oversight(float w = 1.0f) noexcept {
  return meaning{category::cx_team_oversight}.weighted(w);
}
/// An organization-wide CX mandate.
constexpr meaning mandate(competency c = competency::adoption_accountability,
                          float w = 1.0f) noexcept {
  return meaning{category::org_mandate}.with_competency(c).weighted(w);
}
/// Frontline selling or retail work.
constexpr meaning sales(frontline_detail d = frontline_detail::sales, float w = 1.0f) noexcept {
  return meaning{category::frontline_sales}.with_detail(d).weighted(w);
}
/// Frontline service or contact-center work.
constexpr meaning service(frontline_detail d = frontline_detail::contact_center,
                          float w = 1.0f) noexcept {
  return meaning{category::frontline_service}.with_detail(d).weighted(w);
}
/// Software, IT or CX-platform work.
constexpr meaning tech(float w = 1.0f) noexcept {
  return meaning{category::technology}.weighted(w);
}
/// A boilerplate marker: the sentence belongs to section `s`.
constexpr meaning boilerplate(section_kind s) noexcept {
  meaning m{category::boilerplate};
  m.detail = static_cast<std::uint8_t>(s);
  return m;
}
/// A shadow: the phrase is recognised so that a shorter, misleading match cannot happen.
constexpr meaning nothing() noexcept { return meaning{category::none}.weighted(0.0f); }
/// Context words.
constexpr meaning negator() noexcept { return meaning{category::negator}; }
constexpr meaning owner_verb() noexcept { return meaning{category::owner_verb}; }
constexpr meaning scored_verb() noexcept { return meaning{category::scored_verb}; }
constexpr meaning analytic_verb() noexcept { return meaning{category::analytic_verb}; }
/// An insight noun; a strong one ("feedback", "pain points") makes "customer X" substantive on
/// its own, a weak one ("needs", "expectations") only under an analytic verb.
constexpr meaning insight_noun(bool strong = false) noexcept {
  meaning m{category::insight_noun};
  m.detail = strong ? 1 : 0;
  return m;
}
constexpr meaning tenure() noexcept { return meaning{category::tenure}; }
constexpr meaning candidate_word() noexcept { return meaning{category::candidate_word}; }

}  // namespace cxaudit::detail::lex
