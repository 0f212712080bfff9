// The bad-input list of DESIGN.md: each yields a report or a typed status, never a crash or a
// hang, and what could not be read is said in the report.

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <utility>
#include <vector>

#include <simdjson.h>

#include <cxaudit/cxaudit.hpp>

namespace {

const cxaudit::report& audit_text(cxaudit::auditor<>& a, const std::string& title,
                                  const std::string& text) {
  return a.audit({"bad", title, text});
}

}  // namespace

TEST_CASE("bad input: invalid UTF-8 of every class is skipped, counted and reported") {
  cxaudit::auditor<> a;
  struct sample {
    const char* name;
    std::string bytes;
    std::uint64_t invalid;
  };
  const sample samples[] = {
      {"overlong 2-byte", "\xc0\xaf", 2},         {"overlong 3-byte", "\xe0\x80\xaf", 3},
      {"overlong 4-byte", "\xf0\x80\x80\xaf", 4}, {"surrogate high", "\xed\xa0\x80", 3},
      {"surrogate low", "\xed\xbf\xbf", 3},       {"truncated 2 of 3", "\xe2\x80", 2},
      {"truncated 3 of 4", "\xf0\x9f\x98", 3},    {"stray continuation", "\x80", 1},
      {"above U+10FFFF", "\xf4\x90\x80\x80", 4},  {"never valid", "\xfe\xff", 2},
  };
  for (const sample& s : samples) {
    CAPTURE(s.name);
    const std::string text = "Answer customer calls " + s.bytes + " in our call center.";
    const cxaudit::report& r = audit_text(a, "Agent", text);
    CHECK(r.status == cxaudit::audit_status::ok);
    CHECK(r.notes.invalid_utf8_bytes == s.invalid);
    CHECK(r.customer.mentions == 1);  // the text after the bad bytes was read
    const std::string json = cxaudit::to_json(r);
    CHECK(json.find("\"invalid_utf8_bytes\":" + std::to_string(s.invalid)) != std::string::npos);
  }
}

// The id (and every other string of a report) goes into JSON escaped as RFC 8259 requires:
// control characters, the quote and the backslash escaped, valid UTF-8 as it is, and each byte
// that is not UTF-8 as U+FFFD. Read back by a JSON parser, the id is the text it stands for.
TEST_CASE("bad input: every byte of an id reads back from the JSON report") {
  std::string id;
  std::string expected;
  for (int c = 0; c < 0x80; ++c) {  // all of ASCII, NUL and DEL included
    id += static_cast<char>(c);
    expected += static_cast<char>(c);
  }
  const std::string valid = "caf\xc3\xa9 \xe2\x80\x99 \xf0\x9f\x98\x80 ";
  id += valid;
  expected += valid;
  const std::string replacement = "\xef\xbf\xbd";
  id += "\xff|\xc3x|\xed\xa0\x80|\xe2\x80";  // stray, truncated, surrogate, cut at the end
  expected += replacement + "|" + replacement + "x|" + replacement + replacement + replacement +
              "|" + replacement + replacement;
  // alone, between runs of plain text, and between characters that must be escaped
  const std::pair<std::string, std::string> around[] = {
      {"", ""}, {"plain words first ", " and plain words after"}, {"\"\\\n", "\t\\\""}};
  for (std::size_t k = 0; k < std::size(around); ++k) {
    CAPTURE(k);
    const std::string this_id = around[k].first + id + around[k].second;
    cxaudit::auditor<> a;
    const std::string json =
        cxaudit::to_json(a.audit({this_id, "Agent", "Answer customer calls."}));
    CHECK(std::none_of(json.begin(), json.end(),  // no raw control characters
                       [](char c) { return static_cast<unsigned char>(c) < 0x20; }));
    simdjson::ondemand::parser parser;
    const simdjson::padded_string padded(json);
    simdjson::ondemand::document doc;
    REQUIRE(parser.iterate(padded).get(doc) == simdjson::SUCCESS);
    std::string_view got;
    REQUIRE(doc["id"].get_string().get(got) == simdjson::SUCCESS);
    CHECK(got == around[k].first + expected + around[k].second);
  }
}

TEST_CASE("bad input: NUL bytes are read as spaces and counted") {
  cxaudit::auditor<> a;
  const std::string text("Help every customer\0at the front desk.\0", 39);
  const cxaudit::report& r = audit_text(a, "Host", text);
  CHECK(r.status == cxaudit::audit_status::ok);
  CHECK(r.notes.nul_bytes == 2);
  CHECK(r.customer.mentions == 1);
}

TEST_CASE("bad input: empty, whitespace-only and tags-only postings") {
  cxaudit::auditor<> a;
  for (const std::string& text :
       {std::string(), std::string(" \t\r\n\n  \n"), std::string("<div><p></p><br/></div>")}) {
    const cxaudit::report& r = audit_text(a, "Customer Experience Specialist", text);
    CHECK(r.status == cxaudit::audit_status::ok);
    CHECK(r.words == 0);
    CHECK(r.customer.mentions == 0);
    CHECK(r.findings.find(cxaudit::finding_code::cx_title_no_customer_mention) != nullptr);
  }
}

TEST_CASE("bad input: a title with no body, and a body with no title") {
  cxaudit::auditor<> a;
  const cxaudit::report& r = audit_text(a, "Guest Experience Manager", "");
  CHECK(r.title.is_cx);
  CHECK(r.findings.find(cxaudit::finding_code::cx_title_no_customer_mention) != nullptr);
  const cxaudit::report& s = audit_text(a, "", "Answer customer calls in a call center.");
  CHECK(s.status == cxaudit::audit_status::ok);
  CHECK_FALSE(s.title.is_cx);
  CHECK(s.title.level == cxaudit::title_level::unknown);
}

TEST_CASE("bad input: a 1 MB single word is reported, not matched") {
  cxaudit::auditor<> a;
  const std::string text = "Serve customers. " + std::string(1 << 20, 'z') + " Thanks.";
  const cxaudit::report& r = audit_text(a, "Clerk", text);
  CHECK(r.status == cxaudit::audit_status::ok);
  CHECK(r.notes.overlong_words == 1);
  CHECK(r.customer.mentions == 1);
}

TEST_CASE("bad input: 10,000 nested tags and an unclosed script") {
  cxaudit::auditor<> a;
  std::string nested;
  for (int i = 0; i < 10000; ++i) nested += "<div><b>";
  nested += "Greet every guest.";
  for (int i = 0; i < 10000; ++i) nested += "</b></div>";
  const cxaudit::report& r = audit_text(a, "Host", nested);
  CHECK(r.status == cxaudit::audit_status::ok);
  CHECK(r.customer.mentions == 1);
  const cxaudit::report& s =
      audit_text(a, "Host", "Greet every guest. <script>var guest = 1; while (guest) {}");
  CHECK(s.notes.unclosed_markup);
  CHECK(s.customer.mentions == 1);  // the script's text is not read as the posting's
}

TEST_CASE("bad input: a posting over the limit is a typed status, and JSON says so") {
  cxaudit::audit_options o;
  o.max_posting_bytes = 100;
  cxaudit::auditor<> a(cxaudit::default_lexicon(), o);
  const std::string text(101, 'a');
  const cxaudit::report& r = a.audit({"x", "", text});
  CHECK(r.status == cxaudit::audit_status::posting_too_large);
  const std::string json = cxaudit::to_json(r);
  CHECK(json.find("\"error\":{") != std::string::npos);
  CHECK(json.find("\"id\":\"x\"") != std::string::npos);
}

TEST_CASE("bad input: a URL scheme after a multi-byte letter is a word, not a stalled URL") {
  // Found by fuzz_tokenizer: "éttps://" made the URL scanner succeed without consuming input,
  // and the token loop never ended.
  const std::string text = "\xc3\xa9ttps://a and https://jobs.example.com/cx.";
  const auto tokens = cxaudit::tokenize(text);
  REQUIRE(tokens.size() < text.size());
  CHECK(tokens.front().kind == cxaudit::token_kind::word);
  CHECK(tokens.front().span.text(text) == "\xc3\xa9ttps");
  int urls = 0;
  for (const auto& t : tokens)
    if (t.kind == cxaudit::token_kind::url) {
      ++urls;
      CHECK(t.span.text(text) == "https://jobs.example.com/cx");
    }
  CHECK(urls == 1);
}

TEST_CASE("bad input: every input a fuzzer once crashed or stalled on is audited") {
  // tests/data/fuzz-regressions/<target>/<file>: each kept as found, run through the tokenizer
  // and the full audit with the first line as the title.
  namespace fs = std::filesystem;
  const fs::path root = fs::path(CXAUDIT_TEST_DATA_DIR) / "fuzz-regressions";
  REQUIRE(fs::is_directory(root));
  std::vector<fs::path> files;
  for (const auto& e : fs::recursive_directory_iterator(root))
    if (e.is_regular_file()) files.push_back(e.path());
  REQUIRE(!files.empty());
  cxaudit::auditor<> a;
  for (const fs::path& f : files) {
    CAPTURE(f.string());
    std::ifstream in(f, std::ios::binary);
    const std::string data((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    for (const auto& t : cxaudit::tokenize(data)) CHECK(t.span.end <= data.size());
    const std::size_t nl = data.find('\n');
    const std::string title = data.substr(0, nl == std::string::npos ? 0 : nl);
    const std::string text = nl == std::string::npos ? data : data.substr(nl + 1);
    const cxaudit::report& r = a.audit({"fuzz", title, text});
    CHECK(r.status == cxaudit::audit_status::ok);
    for (const auto& finding : r.findings)
      for (const auto& e : finding.evidence)
        CHECK(e.span.end <= (e.field == cxaudit::evidence_field::title ? title : text).size());
    CHECK(!cxaudit::to_json(r).empty());
  }
}
