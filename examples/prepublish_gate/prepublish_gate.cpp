// A pre-publish gate, the way an applicant-tracking system would call cxaudit before a posting
// goes live: read a posting file (first line = title, the rest = description), and exit
// non-zero with a message a recruiter can act on when the title does not fit the work.
//
//   prepublish_gate POSTING.txt     exit 0: fine to publish; 3: fix the title first; 1: error

#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

#include <cxaudit/cxaudit.hpp>

namespace {

bool read_posting(const char* path, std::string& title, std::string& text) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::getline(in, title);
  if (!title.empty() && title.back() == '\r') title.pop_back();
  std::ostringstream rest;
  rest << in.rdbuf();
  text = rest.str();
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: prepublish_gate POSTING.txt\n");
    return 1;
  }
  std::string title, text;
  if (!read_posting(argv[1], title, text)) {
    std::fprintf(stderr, "prepublish_gate: cannot read %s\n", argv[1]);
    return 1;
  }
  const cxaudit::report r = cxaudit::audit(title, text);
  if (r.status != cxaudit::audit_status::ok) {
    std::fprintf(stderr, "prepublish_gate: %s\n",
                 std::string(cxaudit::to_string(r.status)).c_str());
    return 1;
  }
  bool blocked = false;
  for (const cxaudit::finding& f : r.findings) {
    if (f.level != cxaudit::severity::error) continue;
    if (!blocked) std::printf("Not ready to publish: \"%s\"\n", title.c_str());
    blocked = true;
    std::printf("  - %s\n", f.message.c_str());
  }
  if (blocked) {
    if (!r.suggested_title.empty())
      std::printf("  Suggested title: %s\n", r.suggested_title.c_str());
    return 3;
  }
  std::printf("OK to publish: \"%s\" (%s work)\n", title.c_str(),
              std::string(cxaudit::to_string(r.role_kind)).c_str());
  return 0;
}
