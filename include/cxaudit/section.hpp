#pragma once
/// \file section.hpp
/// Sections: which part of a posting a heading opens (responsibilities, requirements, about
/// us, benefits, legal, how to apply), read from the heading's words.

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "category.hpp"
#include "detail/tokenizer/fold.hpp"

#include "detail/config.hpp"
#include "detail/sv_literal.hpp"

namespace cxaudit {

namespace detail {

/// A heading pattern: words that must appear in this order, adjacent, in the heading.
struct heading_pattern {
  std::string_view words;  ///< space-separated, lowercase
  section_kind section;    ///< the section it opens
  bool whole = false;      ///< the pattern must be the whole heading (ambiguous single words)
};

// Checked in order; the first that matches decides. Specific patterns come before general
// ones ("about the role" is duties, "about you" requirements, "about us" boilerplate).
inline constexpr heading_pattern heading_patterns[] = {
    {"about the role"sv, section_kind::duties},
    {"about the job"sv, section_kind::duties},
    {"about the position"sv, section_kind::duties},
    {"about this role"sv, section_kind::duties},
    {"about this job"sv, section_kind::duties},
    {"about the opportunity"sv, section_kind::duties},
    {"about you"sv, section_kind::requirements},
    {"about yourself"sv, section_kind::requirements},
    {"equal opportunity"sv, section_kind::legal},
    {"equal employment"sv, section_kind::legal},
    {"eeo"sv, section_kind::legal},
    {"affirmative action"sv, section_kind::legal},
    {"nondiscrimination"sv, section_kind::legal},
    {"non discrimination"sv, section_kind::legal},
    {"accommodation"sv, section_kind::legal},
    {"accommodations"sv, section_kind::legal},
    {"disclaimer"sv, section_kind::legal},
    {"privacy"sv, section_kind::legal},
    {"diversity"sv, section_kind::legal},
    {"e verify"sv, section_kind::legal},
    {"how to apply"sv, section_kind::apply},
    {"to apply"sv, section_kind::apply},
    {"application process"sv, section_kind::apply},
    {"apply now"sv, section_kind::apply},
    {"next steps"sv, section_kind::apply},
    {"interview process"sv, section_kind::apply},
    {"requirements"sv, section_kind::requirements},
    {"requirement"sv, section_kind::requirements},
    {"qualifications"sv, section_kind::requirements},
    {"qualification"sv, section_kind::requirements},
    {"what you bring"sv, section_kind::requirements},
    {"what you'll bring"sv, section_kind::requirements},
    {"what we're looking for"sv, section_kind::requirements},
    {"what we are looking for"sv, section_kind::requirements},
    {"who we're looking for"sv, section_kind::requirements},
    {"who you are"sv, section_kind::requirements},
    {"you have"sv, section_kind::requirements},
    {"must have"sv, section_kind::requirements},
    {"must haves"sv, section_kind::requirements},
    {"nice to have"sv, section_kind::requirements},
    {"nice to haves"sv, section_kind::requirements},
    {"what you need"sv, section_kind::requirements},
    {"what you'll need"sv, section_kind::requirements},
    {"you'll need"sv, section_kind::requirements},
    {"ideal candidate"sv, section_kind::requirements},
    {"competencies"sv, section_kind::requirements},
    {"skills"sv, section_kind::requirements},
    {"your background"sv, section_kind::requirements},
    {"preferred"sv, section_kind::requirements},
    {"education"sv, section_kind::requirements},
    {"experience"sv, section_kind::requirements, true},
    {"knowledge"sv, section_kind::requirements, true},
    {"profile"sv, section_kind::requirements, true},
    {"responsibilities"sv, section_kind::duties},
    {"responsibility"sv, section_kind::duties},
    {"duties"sv, section_kind::duties},
    {"what you'll do"sv, section_kind::duties},
    {"what you will do"sv, section_kind::duties},
    {"what you'll be doing"sv, section_kind::duties},
    {"what you will be doing"sv, section_kind::duties},
    {"you will"sv, section_kind::duties},
    {"you'll"sv, section_kind::duties},
    {"job description"sv, section_kind::duties},
    {"role description"sv, section_kind::duties},
    {"position description"sv, section_kind::duties},
    {"job summary"sv, section_kind::duties},
    {"position summary"sv, section_kind::duties},
    {"role summary"sv, section_kind::duties},
    {"the role"sv, section_kind::duties},
    {"your role"sv, section_kind::duties},
    {"the job"sv, section_kind::duties},
    {"key tasks"sv, section_kind::duties},
    {"tasks"sv, section_kind::duties},
    {"day to day"sv, section_kind::duties},
    {"accountabilities"sv, section_kind::duties},
    {"the opportunity"sv, section_kind::duties},
    {"essential functions"sv, section_kind::duties},
    {"job purpose"sv, section_kind::duties},
    {"overview"sv, section_kind::duties, true},
    {"role"sv, section_kind::duties, true},
    {"position"sv, section_kind::duties, true},
    {"benefits"sv, section_kind::benefits},
    {"perks"sv, section_kind::benefits},
    {"what we offer"sv, section_kind::benefits},
    {"we offer"sv, section_kind::benefits},
    {"compensation"sv, section_kind::benefits},
    {"salary"sv, section_kind::benefits},
    {"why join"sv, section_kind::benefits},
    {"why work"sv, section_kind::benefits},
    {"total rewards"sv, section_kind::benefits},
    {"what's in it for you"sv, section_kind::benefits},
    {"pay"sv, section_kind::benefits, true},
    {"rewards"sv, section_kind::benefits, true},
    {"about us"sv, section_kind::about},
    {"who we are"sv, section_kind::about},
    {"our company"sv, section_kind::about},
    {"company overview"sv, section_kind::about},
    {"company description"sv, section_kind::about},
    {"our story"sv, section_kind::about},
    {"our mission"sv, section_kind::about},
    {"our culture"sv, section_kind::about},
    {"our values"sv, section_kind::about},
    {"life at"sv, section_kind::about},
    {"about"sv, section_kind::about},
    {"company"sv, section_kind::about, true},
    {"culture"sv, section_kind::about, true},
};

/// The heading patterns with their words folded into keys (built once, shared).
class heading_table {
 public:
  CXAUDIT_DETAIL_COLD heading_table() {
    for (const heading_pattern& p : heading_patterns) {
      compiled c;
      c.first = keys_.size();
      std::string_view rest = p.words;
      while (!rest.empty()) {
        const std::size_t sp = rest.find(' ');
        keys_.push_back(fold_word(rest.substr(0, sp)).key);
        c.mask |= key_bit(keys_.back());
        rest = sp == std::string_view::npos ? std::string_view{} : rest.substr(sp + 1);
      }
      c.count = keys_.size() - c.first;
      c.section = p.section;
      c.whole = p.whole;
      patterns_.push_back(c);
    }
  }

  /// The section a heading of words with fold `keys` opens, or `current` when none matches.
  section_kind classify(const std::uint64_t* keys, std::size_t n,
                        section_kind current) const noexcept {
    std::uint64_t present = 0;  // a pattern with a word not in the heading cannot match
    for (std::size_t k = 0; k < n; ++k) present |= key_bit(keys[k]);
    for (const compiled& c : patterns_) {
      if ((c.mask & ~present) != 0 || c.count > n || (c.whole && c.count != n)) continue;
      for (std::size_t at = 0; at + c.count <= n; ++at) {
        std::size_t k = 0;
        while (k < c.count && keys[at + k] == keys_[c.first + k]) ++k;
        if (k == c.count) return c.section;
      }
    }
    return current;
  }

 private:
  // One of 64 bits for a word's key (a one-word Bloom filter of a heading's words).
  static std::uint64_t key_bit(std::uint64_t key) noexcept {
    return std::uint64_t{1} << ((key * 0x9E3779B97F4A7C15ull) >> 58);
  }

  struct compiled {
    std::uint64_t mask = 0;  // key_bit of each of its words
    std::size_t first = 0;
    std::size_t count = 0;
    section_kind section = section_kind::unlabeled;
    bool whole = false;
  };
  std::vector<std::uint64_t> keys_;
  std::vector<compiled> patterns_;
};

/// The shared heading table.
inline const heading_table& headings() {
  static const heading_table table;
  return table;
}

}  // namespace detail

/// The section opened by a heading whose words have fold keys `keys` (n of them), or
/// `current` when the heading is not one of the recognised kinds.
inline section_kind classify_heading(const std::uint64_t* keys, std::size_t n,
                                     section_kind current) noexcept {
  return detail::headings().classify(keys, n, current);
}

}  // namespace cxaudit
