#pragma once
/// \file inflect.hpp
/// Surface forms of a lexicon word: plural, possessive and verb forms, generated once when a
/// lexicon is built so that matching a token is one table lookup (no stemming per token).

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "../config.hpp"

namespace cxaudit::detail {

inline bool is_vowel(char c) noexcept {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}
inline bool is_ascii_lower(char c) noexcept { return c >= 'a' && c <= 'z'; }

/// Appends the inflected forms of the lowercase word `w` (not `w` itself) to `out`.
/// Over-generation is harmless: a form nobody writes never matches.
CXAUDIT_DETAIL_COLD inline void append_inflections(std::string_view w,
                                                   std::vector<std::string>& out) {
  auto emit = [&](std::string form) { out.push_back(std::move(form)); };
  if (w.size() < 2 || !is_ascii_lower(w.back())) return;  // acronyms with digits, apostrophes
  std::string s(w);
  const char last = w.back();
  // a plural lexicon word also matches its singular ("support operations" → "operation")
  if (last == 's' && w.size() >= 4 && w[w.size() - 2] != 's' && w[w.size() - 2] != 'u' &&
      w[w.size() - 2] != 'i') {
    if (w.size() >= 5 && w.substr(w.size() - 3) == "ies")
      emit(s.substr(0, s.size() - 3) + "y");
    else
      emit(s.substr(0, s.size() - 1));
  }
  const char before = w[w.size() - 2];
  const bool ends_sibilant = last == 's' || last == 'x' || last == 'z' ||
                             w.substr(w.size() - 2) == "ch" || w.substr(w.size() - 2) == "sh";
  // plural / third person
  std::string plural;
  if (ends_sibilant)
    plural = s + "es";
  else if (last == 'y' && !is_vowel(before))
    plural = s.substr(0, s.size() - 1) + "ies";
  else
    plural = s + "s";
  emit(plural);
  if (last == 's') emit(s + "s");  // "sales" → "saless" never occurs; keeps rules uniform
  // possessives
  emit(s + "'s");
  if (plural.back() == 's') emit(plural + "'");
  if (last == 's') emit(s + "'");
  // verb forms
  const bool cvc = w.size() >= 3 && !is_vowel(last) && last != 'w' && last != 'x' && last != 'y' &&
                   is_vowel(before) && !is_vowel(w[w.size() - 3]);
  if (last == 'e' && before == 'i') {
    emit(s.substr(0, s.size() - 2) + "ying");
    emit(s + "d");
  } else if (last == 'e' && before != 'e' && before != 'y' && before != 'o') {
    emit(s.substr(0, s.size() - 1) + "ing");
    emit(s + "d");
  } else if (last == 'y' && !is_vowel(before)) {
    emit(s + "ing");
    emit(s.substr(0, s.size() - 1) + "ied");
  } else {
    emit(s + "ing");
    emit(s + "ed");
    if (last == 'e') emit(s + "d");
    if (cvc) {  // both spellings: planning and targeting are both common
      emit(s + last + "ing");
      emit(s + last + "ed");
    }
  }
}

}  // namespace cxaudit::detail
