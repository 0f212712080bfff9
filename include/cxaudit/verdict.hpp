#pragma once
/// \file verdict.hpp
/// Stage 4: plain rules that turn the profiles into a role class, findings, and a suggested
/// honest title. Each rule is one sentence in its comment, and each finding cites its evidence.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "detail/verdict/messages.hpp"
#include "detail/verdict/suggested_title.hpp"
#include "policy.hpp"
#include "report.hpp"

namespace cxaudit {

/// The evidence a class needs in a posting of `words` words: `full` from
/// `Policy::full_length_words` words on, proportionally less below, never under `floor`.
template <typename Policy>
double evidence_needed(std::uint64_t words, double full, double floor) noexcept {
  const double scaled = full * static_cast<double>(words) / Policy::full_length_words;
  return scaled < floor ? floor : (scaled > full ? full : scaled);
}

/// Classifies the work: strategy when strategy evidence is ample for the posting's length and
/// dominant; frontline likewise; otherwise other. Neither wins where technology dominates.
template <typename Policy = default_policy>
void classify_role(report& r) noexcept {
  const double s = r.role.strategy_total();
  const double f = r.role.frontline_total();
  const double t = r.role.technology;
  const double share = r.role.strategy_share;
  r.role_kind = role_class::other;
  r.frontline = frontline_kind::none;
  if (s >= evidence_needed<Policy>(r.words, Policy::strategy_min, Policy::strategy_min_short) &&
      share >= Policy::strategy_share_min && s >= Policy::over_technology * t) {
    r.role_kind = role_class::strategy;
  } else if (f >= evidence_needed<Policy>(r.words, Policy::frontline_min,
                                          Policy::frontline_min_short) &&
             share <= Policy::frontline_share_max && f >= Policy::over_technology * t) {
    r.role_kind = role_class::frontline;
    r.frontline = r.role.sales_retail > r.role.service ? frontline_kind::sales_retail
                                                       : frontline_kind::service;
  }
}

/// Adds the findings and the suggested title (after classify_role).
template <typename Policy = default_policy>
void find_mismatches(report& r) {
  r.findings.clear();
  r.suggested_title.clear();
  const title_profile& t = r.title;
  const customer_mention_profile& c = r.customer;
  const role_focus_profile& rf = r.role;
  auto title_claim = [&](finding& f) {
    if (t.is_cx) f.evidence.push_back({evidence_field::title, t.cx_span, category::none, 1.0f});
  };
  auto cite = [&](finding& f, const evidence_list<max_evidence>& list, std::size_t n) {
    for (std::size_t i = 0; i < list.size() && i < n; ++i) f.evidence.push_back(list[i]);
  };

  // The title claims CX and the body describes frontline work.
  if (t.is_cx && r.role_kind == role_class::frontline) {
    finding& f = r.findings.add(finding_code::cx_title_frontline_role, severity::error);
    title_claim(f);
    cite(f, rf.frontline_evidence, max_evidence - 1);
    detail::message_cx_title_frontline(f.message, r);
    detail::suggest_frontline_title(r.suggested_title, r);
  }
  // The title claims CX and the body never names a customer.
  if (t.is_cx && c.mentions == 0) {
    finding& f = r.findings.add(finding_code::cx_title_no_customer_mention, severity::error);
    title_claim(f);
    detail::message_cx_title_no_customer(f.message, r);
  }
  // A customer-facing or CX role (by its work or its title) never names a customer.
  if (!t.is_cx && c.mentions == 0 && (r.role_kind != role_class::other || t.customer_facing)) {
    finding& f = r.findings.add(finding_code::no_customer_mention, severity::warning);
    if (t.customer_facing)
      f.evidence.push_back({evidence_field::title, t.function_span, category::none, 1.0f});
    cite(f, r.role_kind == role_class::strategy ? rf.strategy_evidence : rf.frontline_evidence, 3);
    detail::message_no_customer(f.message, r);
  }
  // Strategy-class CX work under a title that does not say customer experience.
  if (!t.is_cx && r.role_kind == role_class::strategy) {
    finding& f = r.findings.add(finding_code::cx_work_without_cx_title, severity::info);
    cite(f, rf.strategy_evidence, max_evidence);
    detail::suggest_cx_title(r.suggested_title, r);
    detail::message_cx_work_without_title(f.message, r);
  }
  // A CX title on work that is mostly software or platform work.
  if (t.is_cx && rf.technology >= Policy::technology_min &&
      rf.technology >= Policy::technology_dominance * (rf.strategy_total() > rf.frontline_total()
                                                           ? rf.strategy_total()
                                                           : rf.frontline_total())) {
    finding& f = r.findings.add(finding_code::cx_title_technology_role, severity::warning);
    title_claim(f);
    cite(f, rf.technology_evidence, max_evidence - 1);
    if (r.suggested_title.empty()) detail::suggest_technology_title(r.suggested_title, r);
    detail::message_cx_title_technology(f.message, r);
  }
  // A CX title or CX work whose customer mentions are all in passing or in boilerplate.
  if ((t.is_cx || r.role_kind == role_class::strategy) && c.mentions > 0 &&
      (c.substantive == 0 || c.outside_boilerplate() == 0)) {
    finding& f = r.findings.add(finding_code::low_customer_focus, severity::warning);
    cite(f, c.examples, 4);
    detail::message_low_customer_focus(f.message, r);
  }
}

/// Runs both stages of the verdict.
template <typename Policy = default_policy>
void decide(report& r) {
  classify_role<Policy>(r);
  find_mismatches<Policy>(r);
}

}  // namespace cxaudit
