#pragma once
/// \file version.hpp
/// The one place the cxaudit version lives; CMake reads it from here.

/// Major version: incompatible API changes.
#define CXAUDIT_VERSION_MAJOR 0
/// Minor version: compatible additions.
#define CXAUDIT_VERSION_MINOR 1
/// Patch version: fixes.
#define CXAUDIT_VERSION_PATCH 0
/// The version as one integer, MAJOR*10000 + MINOR*100 + PATCH.
#define CXAUDIT_VERSION \
  (CXAUDIT_VERSION_MAJOR * 10000 + CXAUDIT_VERSION_MINOR * 100 + CXAUDIT_VERSION_PATCH)

namespace cxaudit {
/// The version as a string, e.g. "0.1.0".
inline constexpr const char* version_string = "0.1.0";
/// Schema name written into every JSON report.
inline constexpr const char* report_schema = "cxaudit.report/1";
}  // namespace cxaudit
