#pragma once
/// \file lexicon_entry.hpp
/// One lexicon entry: a phrase and what it means.

#include <string_view>

#include "category.hpp"

namespace cxaudit {

/// A phrase of one or more words (separated by spaces or hyphens; case, plural and
/// possessive forms need not be listed) and its meaning.
struct lexicon_entry {
  std::string_view phrase;  ///< e.g. "voice of the customer", "call-center", "NPS"
  meaning what;             ///< category, family, competency, rules, weight
};

}  // namespace cxaudit
