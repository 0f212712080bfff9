#pragma once
/// \file context_rules.hpp
/// The context rules, applied to one sentence's matches: negation, candidate description,
/// metric governance, customer context, and substantive customer mentions. Each is a plain
/// rule over positions in the sentence, so every decision can be explained.

#include <cstddef>
#include <cstdint>
#include <vector>

#include "../../category.hpp"
#include "../../match.hpp"
#include "../lexicon/index.hpp"
#include "unit.hpp"

namespace cxaudit::detail {

/// How far (in words) each rule looks.
struct context_windows {
  static constexpr int negation = 3;         ///< "no [prior] cold calling"
  static constexpr int candidate_after = 3;  ///< "call center [and retail] experience"
  static constexpr int tenure_before = 4;    ///< "3 years [of] retail"
  static constexpr int governor = 12;        ///< "own [and continuously improve the] NPS"
  static constexpr int scored_after = 2;     ///< "AHT [and] targets"
  static constexpr int insight_after = 1;    ///< "customer [satisfaction] feedback"
  static constexpr int insight_before = 2;   ///< "feedback from [our] customers"
  static constexpr int analytic_before = 5;  ///< "analyze what [our] customers"
  static constexpr int analytic_object = 3;  ///< "analyze [trends in] customer complaints"
};

/// One sentence's matches with what the rules need to know about each.
class sentence_context {
 public:
  sentence_context(const unit* units, const raw_match* raw, std::size_t n,
                   const lexicon_view& lex) noexcept
      : units_(units), raw_(raw), n_(n), lex_(lex) {}

  category cat(std::size_t i) const noexcept { return lex_.meanings[raw_[i].entry].cat; }
  const meaning& what(std::size_t i) const noexcept { return lex_.meanings[raw_[i].entry]; }
  int begin(std::size_t i) const noexcept { return units_[raw_[i].first_unit].position; }
  int end(std::size_t i) const noexcept { return units_[raw_[i].last_unit].position + 1; }
  int clause(std::size_t i) const noexcept { return units_[raw_[i].first_unit].clause; }
  std::size_t size() const noexcept { return n_; }

  /// Index of the nearest match of category `c` ending at most `window` words before match
  /// `i` (in the same clause when `same_clause`), or -1.
  std::ptrdiff_t before(std::size_t i, category c, int window, bool same_clause) const noexcept {
    for (std::size_t j = i; j-- > 0;) {
      if (begin(i) - end(j) > window) break;
      if (same_clause && clause(j) != clause(i)) break;
      if (cat(j) == c) return static_cast<std::ptrdiff_t>(j);
    }
    return -1;
  }
  /// Index of the nearest match of category `c` starting at most `window` words after match
  /// `i` (in the same clause), or -1.
  std::ptrdiff_t after(std::size_t i, category c, int window) const noexcept {
    for (std::size_t j = i + 1; j < n_; ++j) {
      if (begin(j) - end(i) > window || clause(j) != clause(i)) break;
      if (cat(j) == c) return static_cast<std::ptrdiff_t>(j);
    }
    return -1;
  }

 private:
  const unit* units_;
  const raw_match* raw_;
  std::size_t n_;
  const lexicon_view& lex_;
};

/// Applies the context rules to raw match `i` and returns the match as it reads in context.
/// `sentence_names_customer` and `sentence_has_service` are facts of the whole sentence.
inline match read_in_context(const sentence_context& s, std::size_t i, bool sentence_names_customer,
                             bool sentence_has_service, const context_factors& factors) noexcept {
  using w = context_windows;
  match m;
  m.what = s.what(i);
  m.weight = m.what.weight;
  const category c = m.what.cat;

  // Metric governance: an owned metric is strategy, a metric one is scored on is frontline.
  // The nearest governing verb before the metric decides; without one, a scored marker right
  // after it does ("AHT targets").
  if ((m.what.rules & match_rules::metric) != 0) {
    const std::ptrdiff_t own = s.before(i, category::owner_verb, w::governor, false);
    const std::ptrdiff_t score = s.before(i, category::scored_verb, w::governor, false);
    bool owned = own >= 0 && own > score;
    bool scored = score >= 0 && score > own;
    if (!owned && !scored) scored = s.after(i, category::scored_verb, w::scored_after) >= 0;
    if (scored) {
      m.what.cat = category::frontline_service;
      m.what.detail = static_cast<std::uint8_t>(frontline_detail::contact_center);
      m.what.comp = competency::none;
      m.flags |= match_flags::scored_governed;
    } else if (owned) {
      m.what.cat = category::strategy_insight;
      m.what.comp = competency::metrics_roi;
      m.flags |= match_flags::owner_governed;
    }
  }

  // Frontline work as the object of analysis is insight work: "analyze customer complaints",
  // "study call-center data".
  if ((c == category::frontline_service || c == category::frontline_sales) &&
      s.before(i, category::analytic_verb, w::analytic_object, true) >= 0) {
    m.what.cat = category::strategy_insight;
    m.what.comp = competency::voc_insight;
    m.flags |= match_flags::analysed;
  }

  // Words like "queue", "tickets", "scripts" mean contact-center work only near a customer
  // (or, for a metric, when a verb governs it: "own NPS", "meet AHT").
  const bool governed =
      (m.flags & (match_flags::owner_governed | match_flags::scored_governed)) != 0;
  if ((m.what.rules & match_rules::needs_customer_context) != 0 && !sentence_names_customer &&
      !sentence_has_service && !governed) {
    m.flags |= match_flags::no_context;
    m.weight = 0.0f;
    return m;
  }

  if (is_role_signal(m.what.cat) || c == category::customer_generic) {
    const bool candidate = s.after(i, category::candidate_word, w::candidate_after) >= 0 ||
                           s.before(i, category::tenure, w::tenure_before, true) >= 0;
    if (candidate) {
      m.flags |= match_flags::about_candidate;
      m.weight *= factors.candidate;
    } else if (s.before(i, category::negator, w::negation, true) >= 0) {
      m.flags |= match_flags::negated;
      m.weight *= factors.negation;
    }
  }

  // A customer word is substantive as the object of analysis or the source of an insight:
  // "customer feedback", "pain points of our members", "analyze what customers say".
  if (m.what.family != customer_family::none) {
    const std::ptrdiff_t noun_after = s.after(i, category::insight_noun, w::insight_after);
    const std::ptrdiff_t noun_before = s.before(i, category::insight_noun, w::insight_before, true);
    const bool substantive =
        (c == category::customer_term &&
         ((noun_after >= 0 && s.what(static_cast<std::size_t>(noun_after)).detail == 1) ||
          (noun_before >= 0 && s.what(static_cast<std::size_t>(noun_before)).detail == 1) ||
          s.before(i, category::analytic_verb, w::analytic_before, true) >= 0)) ||
        (c == category::strategy_insight && (m.flags & match_flags::negated) == 0);
    if (substantive) m.flags |= match_flags::substantive;
  }
  return m;
}

}  // namespace cxaudit::detail
