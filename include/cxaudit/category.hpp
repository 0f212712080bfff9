#pragma once
/// \file category.hpp
/// What a lexicon phrase can mean: categories, customer families, CX competency areas, and
/// the posting sections a match can fall in. Shared by the lexicon, matcher and scorers.

#include <cstdint>
#include <string_view>

namespace cxaudit {

/// What a phrase signals about a posting.
enum class category : std::uint8_t {
  none,           ///< matched but means nothing: shadows a trap ("team member", "sales strategy")
  customer_term,  ///< a word for the customer (family in `meaning::family`)
  customer_generic,   ///< the customer in passing: "customer service skills", "customer-focused"
  strategy_insight,   ///< listening, insight, CX strategy and design work
  cx_team_oversight,  ///< leading a team that does CX work
  org_mandate,        ///< moving the whole organization: enterprise-wide, executive sponsor
  frontline_sales,    ///< selling and the retail floor: quota, commission, POS, merchandising
  frontline_service,  ///< serving: calls, tickets, queues, AHT, shifts, front desk
  technology,         ///< software and IT work, CX platforms as tools
  boilerplate,        ///< EEO, benefits and about-us markers (section in `meaning::detail`)
  custom,             ///< for a user's own scorer (its tag in `meaning::detail`); not scored here
  // Context words: they change how nearby matches read and are not scored themselves.
  negator,         ///< no, not, without, non-: flips what follows
  owner_verb,      ///< own, design, build, lead, define: a metric owned is strategy
  scored_verb,     ///< meet, achieve, hit, exceed, targets: a metric scored on is frontline
  analytic_verb,   ///< analyze, research, understand, map: a customer object is substantive
  insight_noun,    ///< feedback, needs, journey, pain points: a customer modifier is substantive
  tenure,          ///< years, yrs: "3 years of retail" describes the candidate
  candidate_word,  ///< experience, skills, background: "call center experience" likewise
};

/// Number of categories.
inline constexpr int category_count = 18;

/// The JSON name of a category.
constexpr std::string_view to_string(category c) noexcept {
  constexpr std::string_view names[] = {"none",
                                        "customer_term",
                                        "customer_generic",
                                        "strategy_insight",
                                        "cx_team_oversight",
                                        "org_mandate",
                                        "frontline_sales",
                                        "frontline_service",
                                        "technology",
                                        "boilerplate",
                                        "custom",
                                        "negator",
                                        "owner_verb",
                                        "scored_verb",
                                        "analytic_verb",
                                        "insight_noun",
                                        "tenure",
                                        "candidate_word"};
  static_assert(sizeof(names) / sizeof(names[0]) == category_count);
  return names[static_cast<int>(c)];
}

/// True for categories that weigh in the strategy-versus-frontline profile.
constexpr bool is_role_signal(category c) noexcept {
  return c >= category::strategy_insight && c <= category::technology;
}

/// True for context words (they are never scored themselves).
constexpr bool is_context_word(category c) noexcept { return c >= category::negator; }

/// The industry word a posting uses for its customers.
enum class customer_family : std::uint8_t {
  none,
  customer,        ///< customer (generic)
  client,          ///< legal, consulting, agency, finance, staffing, social services
  consumer,        ///< CPG, consumer finance
  guest,           ///< hospitality, restaurants, parks
  patient,         ///< healthcare
  member,          ///< credit unions, health plans, gyms, associations
  shopper,         ///< retail, grocery
  user,            ///< software
  subscriber,      ///< telecom, media
  traveler,        ///< passengers, travelers, riders
  caller,          ///< contact center
  policyholder,    ///< insurance
  account_holder,  ///< banking, lending: account holders, cardholders, borrowers
  citizen,         ///< government: citizens, constituents, residents
  student,         ///< education: students, learners
  donor,           ///< nonprofit
  tenant,          ///< property
  visitor,         ///< visitors, patrons, diners, fans
};

/// Number of customer families (including none).
inline constexpr int customer_family_count = 19;

/// The JSON name of a customer family.
constexpr std::string_view to_string(customer_family f) noexcept {
  constexpr std::string_view names[] = {
      "none",    "customer", "client",     "consumer", "guest",  "patient",      "member",
      "shopper", "user",     "subscriber", "traveler", "caller", "policyholder", "account_holder",
      "citizen", "student",  "donor",      "tenant",   "visitor"};
  return names[static_cast<int>(f)];
}

/// The six CX-management competency areas.
enum class competency : std::uint8_t {
  none,
  customer_centric_culture,  ///< customer-centric culture
  voc_insight,               ///< voice of the customer, insight and understanding
  adoption_accountability,   ///< organizational adoption and accountability
  cx_strategy,               ///< CX strategy
  experience_design,         ///< experience design, improvement and innovation
  metrics_roi,               ///< metrics, measurement and ROI
};

/// Number of competency areas (including none).
inline constexpr int competency_count = 7;

/// The JSON name of a competency area.
constexpr std::string_view to_string(competency c) noexcept {
  constexpr std::string_view names[] = {
      "none",        "customer_centric_culture", "voc_insight", "adoption_accountability",
      "cx_strategy", "experience_design",        "metrics_roi"};
  return names[static_cast<int>(c)];
}

/// The part of a posting a match falls in, from its headings.
enum class section_kind : std::uint8_t {
  unlabeled,     ///< before any recognised heading
  duties,        ///< responsibilities, what you'll do
  requirements,  ///< qualifications, what you bring
  about,         ///< about us, who we are
  benefits,      ///< benefits, perks, pay
  legal,         ///< equal opportunity, accommodation, privacy
  apply,         ///< how to apply
};

/// Number of section kinds.
inline constexpr int section_kind_count = 7;

/// The JSON name of a section kind.
constexpr std::string_view to_string(section_kind s) noexcept {
  constexpr std::string_view names[] = {"unlabeled", "duties", "requirements", "about",
                                        "benefits",  "legal",  "apply"};
  return names[static_cast<int>(s)];
}

/// True for sections that are company boilerplate rather than the job.
constexpr bool is_boilerplate(section_kind s) noexcept {
  return s == section_kind::about || s == section_kind::benefits || s == section_kind::legal ||
         s == section_kind::apply;
}

/// Which kind of frontline work a frontline phrase names (`meaning::detail`).
enum class frontline_detail : std::uint8_t {
  general,         ///< either kind
  retail,          ///< the store floor: till, merchandising, stocking
  sales,           ///< selling: quota, commission, prospecting
  contact_center,  ///< calls, queues, tickets, AHT
  service_desk,    ///< front desk, concierge, hospitality service
};

/// Context rules an entry asks for (bit flags in `meaning::rules`).
namespace match_rules {
/// Matches only a token with two or more capitals (POS, CES, VoC), not "pos" or "Ces".
inline constexpr std::uint8_t acronym = 1;
/// Counts only when the same sentence names a customer or holds unambiguous frontline
/// service work ("queue", "tickets", "scripts", "QA" in software postings mean other things).
inline constexpr std::uint8_t needs_customer_context = 2;
/// A metric: strategy when governed by an owner verb (own/design/build the NPS program),
/// frontline service when governed by a scored verb (meet AHT and CSAT targets).
inline constexpr std::uint8_t metric = 4;
/// Not scored on a heading line (a heading names a section, it is not the work).
inline constexpr std::uint8_t not_in_heading = 8;
}  // namespace match_rules

/// What one lexicon entry means.
struct meaning {
  category cat = category::none;                   ///< what it signals
  customer_family family = customer_family::none;  ///< the customer it names, if any
  competency comp = competency::none;              ///< the CX competency area it evidences
  std::uint8_t detail =
      0;                   ///< frontline_detail for frontline phrases; section_kind for boilerplate
  std::uint8_t rules = 0;  ///< match_rules bits
  float weight = 1.0f;     ///< strength of the signal (negative weights count against)

  /// This meaning naming the customer family `f`.
  constexpr meaning with_family(customer_family f) const noexcept {
    meaning m = *this;
    m.family = f;
    return m;
  }
  /// This meaning evidencing competency area `c`.
  constexpr meaning with_competency(competency c) const noexcept {
    meaning m = *this;
    m.comp = c;
    return m;
  }
  /// This meaning with extra match_rules bits.
  constexpr meaning with_rules(std::uint8_t r) const noexcept {
    meaning m = *this;
    m.rules = static_cast<std::uint8_t>(m.rules | r);
    return m;
  }
  /// This meaning with frontline detail `d`.
  constexpr meaning with_detail(frontline_detail d) const noexcept {
    meaning m = *this;
    m.detail = static_cast<std::uint8_t>(d);
    return m;
  }
  /// This boilerplate meaning marking section `s`.
  constexpr meaning with_section(section_kind s) const noexcept {
    meaning m = *this;
    m.detail = static_cast<std::uint8_t>(s);
    return m;
  }
  /// This meaning with weight `w`.
  constexpr meaning weighted(float w) const noexcept {
    meaning m = *this;
    m.weight = w;
    return m;
  }
};

}  // namespace cxaudit
