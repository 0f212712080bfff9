// A program that uses an installed (find_package) or vendored (add_subdirectory) cxaudit.
#include <cstdio>

#include <cxaudit/cxaudit.hpp>

int main() {
  const cxaudit::report r =
      cxaudit::audit("Customer Experience Representative",
                     "Answer inbound customer calls in our call center and meet AHT targets.");
  std::printf("cxaudit %s: %s\n", cxaudit::version_string,
              std::string(cxaudit::to_string(r.role_kind)).c_str());
  return r.status == cxaudit::audit_status::ok ? 0 : 1;
}
