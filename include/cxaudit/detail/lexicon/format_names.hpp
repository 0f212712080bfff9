#pragma once
/// \file format_names.hpp
/// The names a lexicon file may use: categories, families, competencies, frontline details,
/// sections and rule flags — the same names the JSON report uses.

#include <cstdint>
#include <string>
#include <string_view>

#include "../../category.hpp"

namespace cxaudit::detail::format {

/// Finds `name` among to_string(E(0)) … to_string(E(count - 1)); false when absent.
template <typename E>
bool find_name(std::string_view name, int count, E& out) {
  for (int i = 0; i < count; ++i) {
    if (to_string(static_cast<E>(i)) == name) {
      out = static_cast<E>(i);
      return true;
    }
  }
  return false;
}

/// "a, b, c" of the names of E.
template <typename E>
std::string name_list(int first, int count) {
  std::string s;
  for (int i = first; i < count; ++i) {
    if (!s.empty()) s += ", ";
    s += to_string(static_cast<E>(i));
  }
  return s;
}

inline constexpr std::string_view detail_names[] = {"general", "retail", "sales", "contact_center",
                                                    "service_desk"};

struct flag_name {
  std::string_view name;
  std::uint8_t bit;
};
inline constexpr flag_name flag_names[] = {
    {"acronym", match_rules::acronym},
    {"needs-customer-context", match_rules::needs_customer_context},
    {"metric", match_rules::metric},
    {"not-in-heading", match_rules::not_in_heading},
};

inline std::string flag_list() {
  std::string s;
  for (const flag_name& f : flag_names) {
    if (!s.empty()) s += ", ";
    s += f.name;
  }
  return s;
}

inline constexpr std::string_view attribute_names =
    "family=, competency=, detail=, section=, tag=, weight=";

}  // namespace cxaudit::detail::format
