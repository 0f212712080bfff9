#pragma once
// Shared by the fuzz targets: a check that stops the run (libFuzzer then saves the input as a
// crash), and the "strict" switch for checks of properties the library does not promise yet.

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

/// Stops the run when `cond` is false, naming the check.
#define CXAUDIT_FUZZ_CHECK(cond, what)                                                      \
  do {                                                                                      \
    if (!(cond)) {                                                                          \
      std::fprintf(stderr, "\n*** fuzz check failed: %s\n    (%s) at %s:%d\n", what, #cond, \
                   __FILE__, __LINE__);                                                     \
      std::abort();                                                                         \
    }                                                                                       \
  } while (0)

namespace cxaudit_fuzz {

/// True when CXAUDIT_FUZZ_STRICT=1: also check properties that are desirable but not
/// documented (e.g. identical headings whatever the streaming window).
inline bool strict() {
  static const bool on = [] {
    const char* v = std::getenv("CXAUDIT_FUZZ_STRICT");
    return v != nullptr && v[0] == '1';
  }();
  return on;
}

/// The fuzz input as a string view.
inline std::string_view input_view(const std::uint8_t* data, std::size_t size) {
  return size == 0 ? std::string_view()
                   : std::string_view(reinterpret_cast<const char*>(data), size);
}

/// A small number drawn from the input's last bytes (`k`-th from the end, cycling), so
/// seeds stay plain text and the fuzzer can still steer chunking and options.
inline unsigned tail_byte(std::string_view in, std::size_t k) {
  if (in.empty()) return 0;
  return static_cast<unsigned char>(in[in.size() - 1 - (k % (in.size() < 8 ? in.size() : 8))]);
}

}  // namespace cxaudit_fuzz
