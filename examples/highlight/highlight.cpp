// Prints a posting with its evidence marked, using the byte spans in the report: each span is
// wrapped as [[text|category]]. Reads a posting file (first line = title), or a built-in one.

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <cxaudit/cxaudit.hpp>

int main(int argc, char** argv) {
  std::string title = "Guest Experience Team Member";
  std::string text =
      "Greet every guest at the front desk, handle check-in and check-out, and answer phone "
      "calls. Meet upselling targets for room upgrades. No cold calling.";
  if (argc > 1) {
    std::ifstream in(argv[1], std::ios::binary);
    if (!in) {
      std::fprintf(stderr, "highlight: cannot read %s\n", argv[1]);
      return 1;
    }
    std::getline(in, title);
    std::ostringstream rest;
    rest << in.rdbuf();
    text = rest.str();
  }
  cxaudit::auditor<> a;
  const cxaudit::report& r = a.audit({"", title, text});

  // every body span the report cites, in order, without overlaps
  std::vector<cxaudit::evidence> spans;
  cxaudit::cited_spans(r, cxaudit::evidence_field::text, spans);
  std::string out;
  std::uint32_t at = 0;
  for (const cxaudit::evidence& e : spans) {
    out.append(text, at, e.span.begin - at);
    out += "[[";
    out += r.text_of(e);
    out += '|';
    out += cxaudit::to_string(e.cat);
    out += "]]";
    at = e.span.end;
  }
  out.append(text, at, std::string::npos);
  std::printf("%s\n\n%s\n", title.c_str(), out.c_str());
  return 0;
}
