// One-definition-rule check: two translation units include the whole library and are linked
// into one program (a non-inline definition in a header would fail to link).
#include <cxaudit/cxaudit.hpp>

int audit_in_b(const char* title, const char* text);

int main() {
  const cxaudit::report r =
      cxaudit::audit("Customer Experience Associate", "Run the register and meet sales targets.");
  const int b =
      audit_in_b("Director of Customer Experience", "Own the voice of the customer program.");
  return (r.status == cxaudit::audit_status::ok && b >= 0) ? 0 : 1;
}
