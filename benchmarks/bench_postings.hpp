#pragma once
// Real postings for the benchmarks (from ../shared/data, which stays out of the repository),
// split by kind, loaded once.

#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "../tests/support/real_postings.hpp"

namespace cxaudit_bench {

struct corpus {
  std::vector<cxaudit_test::real_posting> plain;  ///< plain-text postings
  std::vector<cxaudit_test::real_posting> html;   ///< HTML postings
  std::size_t plain_bytes = 0;
  std::size_t html_bytes = 0;
};

inline const corpus& postings() {
  static const corpus c = [] {
    corpus k;
    for (auto& p : cxaudit_test::load_real_postings()) {
      if (p.html) {
        k.html_bytes += p.text.size();
        k.html.push_back(std::move(p));
      } else {
        k.plain_bytes += p.text.size();
        k.plain.push_back(std::move(p));
      }
    }
    if (k.plain.empty()) {
      std::fprintf(stderr, "benchmarks need real postings at %s\n", CXAUDIT_POSTINGS_JSONL);
      std::exit(1);
    }
    return k;
  }();
  return c;
}

/// One text of about `bytes` bytes made of real postings placed end to end.
inline std::string concatenated(std::size_t bytes) {
  std::string s;
  const auto& c = postings();
  for (std::size_t i = 0; s.size() < bytes; i = (i + 1) % c.plain.size()) {
    s += c.plain[i].text;
    s += "\n\n";
  }
  s.resize(bytes);
  return s;
}

}  // namespace cxaudit_bench
