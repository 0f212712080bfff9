// Version: one source of truth, in version.hpp.

#include <doctest/doctest.h>

#include <string>

#include <cxaudit/version.hpp>

TEST_CASE("version: the macros and the string agree") {
  const std::string expected = std::to_string(CXAUDIT_VERSION_MAJOR) + "." +
                               std::to_string(CXAUDIT_VERSION_MINOR) + "." +
                               std::to_string(CXAUDIT_VERSION_PATCH);
  CHECK(expected == cxaudit::version_string);
  CHECK(CXAUDIT_VERSION ==
        CXAUDIT_VERSION_MAJOR * 10000 + CXAUDIT_VERSION_MINOR * 100 + CXAUDIT_VERSION_PATCH);
  CHECK(std::string(cxaudit::report_schema) == "cxaudit.report/1");
}
