#pragma once
/// \file one_call_audit.hpp
/// Definitions of the one-call cxaudit::audit() functions declared in auditor.hpp: included
/// by it (header-only) or by <cxaudit/src.hpp> alone (CXAUDIT_SEPARATE_COMPILATION).

#include <string_view>

#include "../auditor.hpp"
#include "config.hpp"

namespace cxaudit {

CXAUDIT_DETAIL_DECL report audit(const posting& p) {
  thread_local auditor<> a;
  return a.audit(p);
}

CXAUDIT_DETAIL_DECL report audit(std::string_view title, std::string_view text) {
  return audit(posting{{}, title, text});
}

}  // namespace cxaudit
