// Fuzzes the user-lexicon parser (include/cxaudit/lexicon_format.hpp) and the way a parsed
// file becomes a lexicon (apply_directives from lexicon_file.hpp, lexicon_builder, and an
// auditor over the result).
//
// Checks: parse_lexicon() returns a lexicon or a typed error and never throws anything but
// std::bad_alloc (any other exception ends the run); on an error the code is a parse error,
// line >= 1 and <= lines + 1, column >= 1 and at most one past the line's characters, and the
// message starts "line L, column C: "; directives come in file order from lines before the
// error, with phrases of 1 to 200 bytes and weights in [-10, 10]. A file that parses builds a
// lexicon of the expected size that an auditor can use on a posting made of its phrases.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <cxaudit/auditor.hpp>
#include <cxaudit/lexicon_file.hpp>
#include <cxaudit/lexicon_format.hpp>

#include "fuzz_check.hpp"

namespace {

// The lines as the reader sees them: split at LF, a CR before it dropped, a leading
// byte-order mark skipped. An empty text is one empty line.
std::vector<std::string_view> lines_of(std::string_view in) {
  if (in.substr(0, 3) == "\xEF\xBB\xBF") in.remove_prefix(3);
  std::vector<std::string_view> lines;
  for (;;) {
    const std::size_t nl = in.find('\n');
    std::string_view line = in.substr(0, nl);
    if (nl != std::string_view::npos && !line.empty() && line.back() == '\r')
      line.remove_suffix(1);
    else if (nl == std::string_view::npos && !line.empty() && line.back() == '\r')
      line.remove_suffix(1);
    lines.push_back(line);
    if (nl == std::string_view::npos) break;
    in.remove_prefix(nl + 1);
    if (in.empty()) break;  // a final line break ends the last line
  }
  return lines;
}

std::size_t characters(std::string_view s) {
  std::size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

void check_error(const cxaudit::lexicon_error& e, const std::vector<std::string_view>& lines) {
  using cxaudit::lexicon_errc;
  CXAUDIT_FUZZ_CHECK(e.code != lexicon_errc::ok && e.code <= lexicon_errc::too_many_entries,
                     "a parse error has a parse error code");
  CXAUDIT_FUZZ_CHECK(e.line >= 1, "error line >= 1");
  CXAUDIT_FUZZ_CHECK(e.line <= lines.size() + 1, "error line <= lines + 1");
  CXAUDIT_FUZZ_CHECK(e.column >= 1, "error column >= 1");
  if (e.line <= lines.size())
    CXAUDIT_FUZZ_CHECK(e.column <= characters(lines[e.line - 1]) + 1,
                       "error column at most one past the line's characters");
  const std::string prefix =
      "line " + std::to_string(e.line) + ", column " + std::to_string(e.column) + ": ";
  CXAUDIT_FUZZ_CHECK(
      e.message.size() > prefix.size() && e.message.compare(0, prefix.size(), prefix) == 0,
      "error message names the line and column");
  CXAUDIT_FUZZ_CHECK(!e.expected.empty(), "error says what was expected");
}

void check_directives(const cxaudit::lexicon_parse_result& r, std::size_t line_count) {
  std::uint32_t last_line = 1;
  CXAUDIT_FUZZ_CHECK(r.directives.size() <= cxaudit::max_lexicon_entries, "entries bounded");
  for (const cxaudit::lexicon_directive& d : r.directives) {
    CXAUDIT_FUZZ_CHECK(d.line >= last_line && d.line <= line_count, "directives in file order");
    if (!r.ok()) CXAUDIT_FUZZ_CHECK(d.line < r.error.line, "directives come before the error");
    last_line = d.line;
    CXAUDIT_FUZZ_CHECK(!d.phrase.empty() && d.phrase.size() <= cxaudit::max_lexicon_phrase_bytes,
                       "phrase of 1 to 200 bytes");
    if (d.act == cxaudit::lexicon_directive::action::add) {
      CXAUDIT_FUZZ_CHECK(d.what.weight >= -10.0f && d.what.weight <= 10.0f, "weight in range");
      CXAUDIT_FUZZ_CHECK(static_cast<int>(d.what.cat) < cxaudit::category_count, "category valid");
    } else {
      CXAUDIT_FUZZ_CHECK(d.act == cxaudit::lexicon_directive::action::remove, "action valid");
    }
  }
}

// Builds the file's lexicon and audits a posting made of its phrases.
void use_lexicon(const cxaudit::lexicon_parse_result& r) {
  cxaudit::lexicon_builder b;
  cxaudit::apply_directives(b, r.directives);
  const cxaudit::runtime_lexicon lex = b.build();
  CXAUDIT_FUZZ_CHECK(lex.size() == b.size(), "the lexicon has the builder's live entries");
  std::string text;
  for (const cxaudit::lexicon_directive& d : r.directives) {
    (void)lex.find(d.phrase);
    if (text.size() < 2048) {
      text += d.phrase;
      text += d.line % 3 == 0 ? ".\n" : " and ";
    }
  }
  cxaudit::auditor<cxaudit::runtime_lexicon> a(lex);
  const cxaudit::report& rep = a.audit("Customer Experience Manager", text);
  CXAUDIT_FUZZ_CHECK(rep.status == cxaudit::audit_status::ok, "the user lexicon audits");
  for (const cxaudit::finding& f : rep.findings)
    for (const cxaudit::evidence& e : f.evidence)
      CXAUDIT_FUZZ_CHECK(
          e.span.end <= (e.field == cxaudit::evidence_field::title ? rep.input.title.size()
                                                                   : rep.input.text.size()),
          "evidence within its field");
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  // a file that cannot be read is a typed error, not an exception
  const cxaudit::loaded_lexicon l = cxaudit::load_lexicon_file("/nonexistent/cxaudit-fuzz.cxlex");
  CXAUDIT_FUZZ_CHECK(!l.ok() && l.error.code == cxaudit::lexicon_errc::file_unreadable,
                     "a missing file is file_unreadable");
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view in = cxaudit_fuzz::input_view(data, size);
  const cxaudit::lexicon_parse_result r = cxaudit::parse_lexicon(in);  // may throw bad_alloc only
  const std::vector<std::string_view> lines = lines_of(in);
  if (r.ok()) {
    CXAUDIT_FUZZ_CHECK(r.error.line == 0 && r.error.message.empty(), "no error, no position");
    check_directives(r, lines.size());
    use_lexicon(r);
  } else {
    check_error(r.error, lines);
    check_directives(r, lines.size());
  }
  return 0;
}
