#pragma once
/// \file suggested_title.hpp
/// Honest titles to suggest: what the work is called when the title does not fit it.

#include <string>
#include <string_view>

#include "../../report.hpp"
#include "../config.hpp"

namespace cxaudit::detail {

// Every function here runs only for a posting that has a finding, and writes a few dozen
// bytes of text: marked cold, so compilers optimize them for size (and compile them faster).

/// Picks one of four titles by the title's level: individual, lead, manager, director+.
CXAUDIT_DETAIL_COLD inline std::string_view by_level(title_level level, std::string_view individual,
                                                     std::string_view lead,
                                                     std::string_view manager,
                                                     std::string_view director) noexcept {
  switch (level) {
    case title_level::lead:
      return lead;
    case title_level::manager:
      return manager;
    case title_level::director:
    case title_level::executive:
      return director;
    default:
      return individual;
  }
}

/// A frontline title for CX-titled frontline work: by kind (retail floor or selling; contact
/// center or front desk) and level.
CXAUDIT_DETAIL_COLD inline void suggest_frontline_title(std::string& out, const report& r) {
  const role_focus_profile& p = r.role;
  const title_level l = r.title.level;
  std::string_view t;
  if (r.frontline == frontline_kind::sales_retail) {
    t = p.retail_floor * 2 >= p.sales_retail
            ? by_level(l, "Retail Sales Associate", "Retail Shift Supervisor", "Store Manager",
                       "Director of Retail Operations")
            : by_level(l, "Sales Representative", "Sales Team Lead", "Sales Manager",
                       "Director of Sales");
  } else {
    t = p.service_desk * 2 >= p.service
            ? by_level(l, "Guest Services Associate", "Front Office Supervisor",
                       "Front Office Manager", "Director of Guest Services")
            : by_level(l, "Customer Service Representative", "Customer Service Team Lead",
                       "Customer Service Manager", "Director of Customer Service");
  }
  out.assign(t.data(), t.size());
}

/// A title that names the customer-experience work the posting describes.
CXAUDIT_DETAIL_COLD inline void suggest_cx_title(std::string& out, const report& r) {
  const title_profile& t = r.title;
  if (t.level == title_level::executive) {
    out.assign("Chief Customer Officer");
    return;
  }
  if (t.level == title_level::director) {
    out.assign("Director of Customer Experience");
    return;
  }
  std::string_view fn = t.function;
  if (fn.empty() || fn == "head" || fn == "assistant" || fn == "owner")
    fn = t.level == title_level::manager ? "manager"
         : t.level == title_level::lead  ? "lead"
                                         : "specialist";
  out.assign("Customer Experience ");
  bool word_start = true;
  for (char ch : fn) {  // "team member" → "Team Member"
    out += (word_start && ch >= 'a' && ch <= 'z') ? static_cast<char>(ch - 'a' + 'A') : ch;
    word_start = ch == ' ';
  }
}

/// A title for software work around customer-experience platforms.
CXAUDIT_DETAIL_COLD inline void suggest_technology_title(std::string& out, const report& r) {
  const std::string_view t = by_level(r.title.level, "CX Platform Engineer", "CX Platform Lead",
                                      "CX Platform Manager", "Director of CX Platforms");
  out.assign(t.data(), t.size());
}

}  // namespace cxaudit::detail
