#pragma once
/// \file match.hpp
/// A match: a lexicon phrase found in the text, read in its context.

#include <cstdint>

#include "category.hpp"
#include "token.hpp"

namespace cxaudit {

/// How context changed a match (bit flags in `match::flags`).
namespace match_flags {
inline constexpr std::uint8_t negated = 1;  ///< a negator precedes it: "no cold calling"
inline constexpr std::uint8_t about_candidate =
    2;  ///< "3 years of retail experience", "sales skills"
inline constexpr std::uint8_t owner_governed =
    4;  ///< a metric the role owns: "design the NPS program"
inline constexpr std::uint8_t scored_governed =
    8;  ///< a metric the role is scored on: "meet AHT targets"
inline constexpr std::uint8_t substantive = 16;  ///< a customer mention with analytic substance
inline constexpr std::uint8_t in_heading = 32;   ///< on a heading line
inline constexpr std::uint8_t no_context = 64;   ///< needed customer context and had none
inline constexpr std::uint8_t in_title = 128;    ///< found in the title, not the body
/// Frontline work that is the object of an analytic verb ("analyze customer complaints"),
/// read as insight work.
inline constexpr std::uint16_t analysed = 256;
}  // namespace match_flags

/// One phrase found in a posting, after the context rules.
struct match {
  byte_span span;           ///< bytes in the original field (title or text)
  std::uint32_t entry = 0;  ///< lexicon entry index
  meaning what;             ///< the meaning in context (a governed metric changes category)
  float weight = 0.0f;      ///< entry weight after negation and candidate rules
  section_kind section = section_kind::unlabeled;  ///< section it fell in
  std::uint16_t flags = 0;                         ///< match_flags bits

  /// True when a flag bit is set.
  constexpr bool has(std::uint16_t flag) const noexcept { return (flags & flag) != 0; }
};

/// How much context rules change a weight (taken from the policy).
struct context_factors {
  float negation = -0.5f;   ///< a negated signal counts this times its weight (against)
  float candidate = 0.25f;  ///< a signal describing the candidate counts this much
};

}  // namespace cxaudit
