#pragma once
/// \file policy.hpp
/// The numbers the scorers and the verdict use: section weights, context factors, and the
/// thresholds that turn profiles into a role class and findings. A policy is a type; derive
/// from default_policy and redefine a constant to change one:
///
///     struct strict_policy : cxaudit::default_policy {
///       static constexpr double strategy_share_min = 0.7;
///     };
///     cxaudit::auditor<cxaudit::builtin_lexicon, strict_policy> a;

#include <cstddef>

#include "category.hpp"
#include "match.hpp"

namespace cxaudit {

/// The default policy.
struct default_policy {
  /// How much a match counts in each section (indexed by section_kind). Duties weigh most;
  /// text before any heading is usually the job too; boilerplate barely counts.
  static constexpr double section_weight[section_kind_count] = {
      0.9,   // unlabeled
      1.0,   // duties
      0.5,   // requirements
      0.15,  // about
      0.1,   // benefits
      0.0,   // legal
      0.1,   // apply
  };
  /// A match on a heading line counts this much (a heading names a section).
  static constexpr double heading_weight = 0.5;
  /// A negated signal counts this times its weight ("no cold calling" argues against sales).
  static constexpr float negation_factor = -0.5f;
  /// A signal that describes the candidate ("3 years of retail experience") counts this much.
  static constexpr float candidate_factor = 0.25f;

  /// Role class strategy needs at least `strategy_min` of strategy evidence (strategy +
  /// CX-team oversight + organization-wide mandate, section-weighted) in a posting of
  /// `full_length_words` words or more; shorter postings need proportionally less, down to
  /// `strategy_min_short`.
  static constexpr double strategy_min = 3.0;
  static constexpr double strategy_min_short = 2.0;
  /// …and at least this share of the strategy-plus-frontline evidence…
  static constexpr double strategy_share_min = 0.6;
  /// Role class frontline needs `frontline_min` of frontline evidence (down to
  /// `frontline_min_short` in short postings)…
  static constexpr double frontline_min = 2.0;
  static constexpr double frontline_min_short = 1.0;
  /// …and at most this strategy share.
  static constexpr double frontline_share_max = 1.0 / 3.0;
  /// Either class also needs its evidence to be at least this fraction of the technology
  /// evidence: in a software posting, a few customer-facing words are not the job.
  static constexpr double over_technology = 0.5;
  /// Postings this long or longer need the full evidence.
  static constexpr double full_length_words = 200.0;
  /// Technology work is dominant when its evidence is at least this many times the larger of
  /// strategy and frontline evidence (and at least `technology_min`).
  static constexpr double technology_dominance = 1.5;
  /// Least technology evidence for `cx_title_technology_role`.
  static constexpr double technology_min = 3.0;

  /// Evidence spans kept per finding and per profile list.
  static constexpr std::size_t max_evidence = 8;

  /// The context factors the matcher applies.
  static constexpr context_factors factors() noexcept {
    return context_factors{negation_factor, candidate_factor};
  }
};

}  // namespace cxaudit
