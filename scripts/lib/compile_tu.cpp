// The translation unit whose compile scripts/compile-time.sh times and
// scripts/compile-instructions.sh counts: the umbrella header and one audit.
#include <cxaudit/cxaudit.hpp>
int main() {
  return static_cast<int>(
      cxaudit::audit("Customer Experience Associate", "Run the register.").findings.size());
}
