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
    {"about the role", section_kind::duties},
    {"about the job", section_kind::duties},
    {"about the position", section_kind::duties},
    {"about this role", section_kind::duties},
    {"about this job", section_kind::duties},
    {"about the opportunity", section_kind::duties},
    {"about you", section_kind::requirements},
    {"about yourself", section_kind::requirements},
    {"equal opportunity", section_kind::legal},
    {"equal employment", section_kind::legal},
    {"eeo", section_kind::legal},
    {"affirmative action", section_kind::legal},
    {"nondiscrimination", section_kind::legal},
    {"non discrimination", section_kind::legal},
    {"accommodation", section_kind::legal},
    {"accommodations", section_kind::legal},
    {"disclaimer", section_kind::legal},
    {"privacy", section_kind::legal},
    {"diversity", section_kind::legal},
    {"e verify", section_kind::legal},
    {"how to apply", section_kind::apply},
    {"to apply", section_kind::apply},
    {"application process", section_kind::apply},
    {"apply now", section_kind::apply},
    {"next steps", section_kind::apply},
    {"interview process", section_kind::apply},
    {"requirements", section_kind::requirements},
    {"requirement", section_kind::requirements},
    {"qualifications", section_kind::requirements},
    {"qualification", section_kind::requirements},
    {"what you bring", section_kind::requirements},
    {"what you'll bring", section_kind::requirements},
    {"what we're looking for", section_kind::requirements},
    {"what we are looking for", section_kind::requirements},
    {"who we're looking for", section_kind::requirements},
    {"who you are", section_kind::requirements},
    {"you have", section_kind::requirements},
    {"must have", section_kind::requirements},
    {"must haves", section_kind::requirements},
    {"nice to have", section_kind::requirements},
    {"nice to haves", section_kind::requirements},
    {"what you need", section_kind::requirements},
    {"what you'll need", section_kind::requirements},
    {"you'll need", section_kind::requirements},
    {"ideal candidate", section_kind::requirements},
    {"competencies", section_kind::requirements},
    {"skills", section_kind::requirements},
    {"your background", section_kind::requirements},
    {"preferred", section_kind::requirements},
    {"education", section_kind::requirements},
    {"experience", section_kind::requirements, true},
    {"knowledge", section_kind::requirements, true},
    {"profile", section_kind::requirements, true},
    {"responsibilities", section_kind::duties},
    {"responsibility", section_kind::duties},
    {"duties", section_kind::duties},
    {"what you'll do", section_kind::duties},
    {"what you will do", section_kind::duties},
    {"what you'll be doing", section_kind::duties},
    {"what you will be doing", section_kind::duties},
    {"you will", section_kind::duties},
    {"you'll", section_kind::duties},
    {"job description", section_kind::duties},
    {"role description", section_kind::duties},
    {"position description", section_kind::duties},
    {"job summary", section_kind::duties},
    {"position summary", section_kind::duties},
    {"role summary", section_kind::duties},
    {"the role", section_kind::duties},
    {"your role", section_kind::duties},
    {"the job", section_kind::duties},
    {"key tasks", section_kind::duties},
    {"tasks", section_kind::duties},
    {"day to day", section_kind::duties},
    {"accountabilities", section_kind::duties},
    {"the opportunity", section_kind::duties},
    {"essential functions", section_kind::duties},
    {"job purpose", section_kind::duties},
    {"overview", section_kind::duties, true},
    {"role", section_kind::duties, true},
    {"position", section_kind::duties, true},
    {"benefits", section_kind::benefits},
    {"perks", section_kind::benefits},
    {"what we offer", section_kind::benefits},
    {"we offer", section_kind::benefits},
    {"compensation", section_kind::benefits},
    {"salary", section_kind::benefits},
    {"why join", section_kind::benefits},
    {"why work", section_kind::benefits},
    {"total rewards", section_kind::benefits},
    {"what's in it for you", section_kind::benefits},
    {"pay", section_kind::benefits, true},
    {"rewards", section_kind::benefits, true},
    {"about us", section_kind::about},
    {"who we are", section_kind::about},
    {"our company", section_kind::about},
    {"company overview", section_kind::about},
    {"company description", section_kind::about},
    {"our story", section_kind::about},
    {"our mission", section_kind::about},
    {"our culture", section_kind::about},
    {"our values", section_kind::about},
    {"life at", section_kind::about},
    {"about", section_kind::about},
    {"company", section_kind::about, true},
    {"culture", section_kind::about, true},
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
