#pragma once
/// \file customer_mention.hpp
/// The customer-mention scorer: how often, where, and how substantively the body talks
/// about the customer.

#include <array>
#include <cstdint>

#include "../category.hpp"
#include "../evidence.hpp"
#include "../match.hpp"
#include "../policy.hpp"
#include "../scorer.hpp"

namespace cxaudit {

/// The customer-mention profile of a posting.
struct customer_mention_profile {
  std::uint32_t mentions = 0;      ///< phrases naming a customer, in the body
  std::uint32_t substantive = 0;   ///< of those, the customer as object or source of analysis
  double per_1k_words = 0.0;       ///< mentions per 1,000 body words
  std::int64_t first_offset = -1;  ///< byte offset of the first mention in the body, or -1
  std::array<std::uint32_t, section_kind_count> by_section{};    ///< mentions per section
  std::array<std::uint32_t, customer_family_count> by_family{};  ///< mentions per family
  bool title_mentions = false;                                   ///< the title names a customer
  evidence_list<max_evidence> examples;                          ///< the first mentions
  evidence_list<max_evidence> substantive_examples;              ///< the first substantive mentions

  /// Mentions outside company boilerplate (about, benefits, legal, apply).
  std::uint32_t outside_boilerplate() const noexcept {
    std::uint32_t n = 0;
    for (int s = 0; s < section_kind_count; ++s)
      if (!is_boilerplate(static_cast<section_kind>(s)))
        n += by_section[static_cast<std::size_t>(s)];
    return n;
  }
};

/// Counts customer mentions (any match that names a customer family).
template <typename Policy = default_policy>
class customer_mention_scorer {
 public:
  using profile_type = customer_mention_profile;

  void reset(const audit_context& ctx) noexcept {
    profile_ = customer_mention_profile{};
    profile_.title_mentions = ctx.title_info != nullptr && ctx.title_info->mentions_customer;
  }

  void observe(const match& m, const audit_context&) noexcept {
    if (m.what.family == customer_family::none) return;
    ++profile_.mentions;
    ++profile_.by_section[static_cast<std::size_t>(m.section)];
    ++profile_.by_family[static_cast<std::size_t>(m.what.family)];
    if (profile_.first_offset < 0) profile_.first_offset = m.span.begin;
    const evidence e{evidence_field::text, m.span, m.what.cat,
                     static_cast<float>(Policy::section_weight[static_cast<int>(m.section)])};
    profile_.examples.push_back(e);
    if (m.has(match_flags::substantive)) {
      ++profile_.substantive;
      profile_.substantive_examples.push_back(e);
    }
  }

  void finish(const audit_context& ctx) noexcept {
    const std::uint64_t words = ctx.body != nullptr ? ctx.body->words : 0;
    profile_.per_1k_words =
        words == 0 ? 0.0 : 1000.0 * profile_.mentions / static_cast<double>(words);
  }

  const profile_type& profile() const noexcept { return profile_; }

 private:
  customer_mention_profile profile_;
};

}  // namespace cxaudit
