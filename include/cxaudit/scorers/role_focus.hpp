#pragma once
/// \file role_focus.hpp
/// The role-focus scorer: weighted evidence of strategy work against frontline work, with
/// the CX competency areas the posting covers.

#include <array>
#include <cstdint>
#include <vector>

#include "../category.hpp"
#include "../evidence.hpp"
#include "../match.hpp"
#include "../policy.hpp"
#include "../scorer.hpp"

namespace cxaudit {

/// The strategy-versus-frontline profile of a posting. Scores are sums of match weights
/// times section weights, floored at zero.
struct role_focus_profile {
  double strategy = 0.0;        ///< strategy and insight work
  double oversight = 0.0;       ///< leading a CX team
  double mandate = 0.0;         ///< organization-wide CX mandate
  double sales_retail = 0.0;    ///< frontline selling and retail
  double service = 0.0;         ///< frontline service and contact center
  double technology = 0.0;      ///< software and platform work
  double retail_floor = 0.0;    ///< of sales_retail: the store floor (till, merchandising)
  double service_desk = 0.0;    ///< of service: front desk and hospitality service
  double strategy_share = 0.0;  ///< strategy_total / (strategy_total + frontline_total), 0 if none
  std::array<double, competency_count> competencies{};  ///< evidence per CX competency area
  evidence_list<max_evidence> strategy_evidence;    ///< heaviest strategy/oversight/mandate matches
  evidence_list<max_evidence> frontline_evidence;   ///< heaviest frontline matches
  evidence_list<max_evidence> technology_evidence;  ///< heaviest technology matches

  /// Strategy, CX-team oversight and organization-wide mandate together.
  double strategy_total() const noexcept { return strategy + oversight + mandate; }
  /// Frontline sales/retail and service together.
  double frontline_total() const noexcept { return sales_retail + service; }
  /// Number of competency areas with evidence.
  int competency_coverage() const noexcept {
    int n = 0;
    for (std::size_t c = 1; c < competencies.size(); ++c) n += competencies[c] > 0.0;
    return n;
  }
};

/// Scores the role signals of every body match.
template <typename Policy = default_policy>
class role_focus_scorer {
 public:
  using profile_type = role_focus_profile;

  void reset(const audit_context& ctx) {
    if (occurrences_.size() < ctx.lexicon_entries) occurrences_.resize(ctx.lexicon_entries, 0);
    profile_ = role_focus_profile{};
    for (std::uint32_t e : seen_) occurrences_[e] = 0;
    seen_.clear();
  }

  void observe(const match& m, const audit_context&) {
    if (!is_role_signal(m.what.cat)) return;
    double w = m.weight * Policy::section_weight[static_cast<int>(m.section)];
    if (m.has(match_flags::in_heading)) w *= Policy::heading_weight;
    // The k-th occurrence of the same phrase adds 1/k of its weight: breadth of evidence
    // counts, repetition (or keyword stuffing) little.
    if (m.entry >= occurrences_.size()) occurrences_.resize(m.entry + 1, 0);
    std::uint16_t& n = occurrences_[m.entry];
    if (n == 0) seen_.push_back(m.entry);
    if (n < 0xFFFF) ++n;
    w /= n;
    if (w == 0.0) return;
    const evidence e{evidence_field::text, m.span, m.what.cat, static_cast<float>(w)};
    switch (m.what.cat) {
      case category::strategy_insight:
        profile_.strategy += w;
        break;
      case category::cx_team_oversight:
        profile_.oversight += w;
        break;
      case category::org_mandate:
        profile_.mandate += w;
        break;
      case category::frontline_sales:
        profile_.sales_retail += w;
        if (m.what.detail == static_cast<std::uint8_t>(frontline_detail::retail))
          profile_.retail_floor += w;
        break;
      case category::frontline_service:
        profile_.service += w;
        if (m.what.detail == static_cast<std::uint8_t>(frontline_detail::service_desk))
          profile_.service_desk += w;
        break;
      case category::technology:
        profile_.technology += w;
        break;
      default:
        return;
    }
    if (m.what.comp != competency::none && w > 0.0)
      profile_.competencies[static_cast<std::size_t>(m.what.comp)] += w;
    if (w <= 0.0) return;
    switch (m.what.cat) {
      case category::frontline_sales:
      case category::frontline_service:
        profile_.frontline_evidence.keep_heaviest(e);
        break;
      case category::technology:
        profile_.technology_evidence.keep_heaviest(e);
        break;
      default:
        profile_.strategy_evidence.keep_heaviest(e);
        break;
    }
  }

  void finish(const audit_context&) noexcept {
    for (double* v :
         {&profile_.strategy, &profile_.oversight, &profile_.mandate, &profile_.sales_retail,
          &profile_.service, &profile_.technology, &profile_.retail_floor, &profile_.service_desk})
      if (*v < 0.0) *v = 0.0;
    const double s = profile_.strategy_total();
    const double f = profile_.frontline_total();
    profile_.strategy_share = (s + f) > 0.0 ? s / (s + f) : 0.0;
  }

  const profile_type& profile() const noexcept { return profile_; }

 private:
  role_focus_profile profile_;
  std::vector<std::uint16_t> occurrences_;  // per lexicon entry, this posting (grows once)
  std::vector<std::uint32_t> seen_;         // entries to reset
};

}  // namespace cxaudit
