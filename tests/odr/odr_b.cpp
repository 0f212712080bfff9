// The second translation unit of the one-definition-rule check.
#include <cxaudit/cxaudit.hpp>

int audit_in_b(const char* title, const char* text) {
  cxaudit::auditor<> a;
  const cxaudit::report& r = a.audit({"b", title, text});
  return r.status == cxaudit::audit_status::ok ? static_cast<int>(r.findings.size()) : -1;
}
