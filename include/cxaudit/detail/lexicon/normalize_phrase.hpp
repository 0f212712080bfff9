#pragma once
/// \file normalize_phrase.hpp
/// How a lexicon phrase is read: split into words at spaces and hyphens, each word folded the
/// way the tokenizer folds a token (so "Call-Center", "call center" and "CALL CENTER" agree).

#include <string>
#include <string_view>
#include <vector>

#include "../tokenizer/char_class.hpp"

#include "../config.hpp"

namespace cxaudit::detail {

/// True for bytes that separate the words of a phrase.
inline bool is_phrase_separator(char c) noexcept {
  return c == ' ' || c == '\t' || c == '-' || c == '\n' || c == '\r';
}

/// Splits `phrase` into lowercase words (ASCII folded; typographic apostrophes to ').
CXAUDIT_DETAIL_COLD inline std::vector<std::string> phrase_words(std::string_view phrase) {
  std::vector<std::string> words;
  std::string cur;
  for (std::size_t i = 0; i < phrase.size();) {
    const char c = phrase[i];
    if (is_phrase_separator(c)) {
      if (!cur.empty()) words.push_back(std::move(cur));
      cur.clear();
      ++i;
      continue;
    }
    if (is_high(c)) {
      char32_t cp = 0;
      const int n = decode_utf8(phrase.data() + i, phrase.data() + phrase.size(), cp);
      if (n > 0) {
        const cp_class k = classify_cp(cp);
        if (k == cp_class::apostrophe) {
          cur += '\'';
          i += static_cast<std::size_t>(n);
          continue;
        }
        if (k == cp_class::hyphen || k == cp_class::dash || k == cp_class::space) {
          if (!cur.empty()) words.push_back(std::move(cur));
          cur.clear();
          i += static_cast<std::size_t>(n);
          continue;
        }
        cur.append(phrase.data() + i, static_cast<std::size_t>(n));
        i += static_cast<std::size_t>(n);
        continue;
      }
    }
    cur += lower(c);
    ++i;
  }
  if (!cur.empty()) words.push_back(std::move(cur));
  return words;
}

/// The phrase as one canonical string: its words joined by single spaces.
inline std::string canonical_phrase(std::string_view phrase) {
  std::string out;
  for (const std::string& w : phrase_words(phrase)) {
    if (!out.empty()) out += ' ';
    out += w;
  }
  return out;
}

}  // namespace cxaudit::detail
