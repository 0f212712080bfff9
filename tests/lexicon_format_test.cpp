// Lexicon file format: every directive parses to the meaning it says, and every kind of
// mistake is a typed error at the right line and column (columns count characters).

#include <doctest/doctest.h>

#include <string>

#include <cxaudit/lexicon_format.hpp>

#ifndef CXAUDIT_TEST_DATA_DIR
#define CXAUDIT_TEST_DATA_DIR "tests/data"
#endif

using cxaudit::category;
using cxaudit::lexicon_errc;
using action = cxaudit::lexicon_directive::action;

namespace {

void check_error(const std::string& text, lexicon_errc code, std::uint32_t line,
                 std::uint32_t column) {
  CAPTURE(text);
  const auto r = cxaudit::parse_lexicon(text);
  CHECK_FALSE(r.ok());
  CHECK(r.error.code == code);
  CHECK(r.error.line == line);
  CHECK(r.error.column == column);
  CHECK_FALSE(r.error.expected.empty());
  CHECK(r.error.message.find("line " + std::to_string(line) + ", column " +
                             std::to_string(column)) == 0);
}

}  // namespace

TEST_CASE("lexicon_format: sections, entries, weights, attributes, flags and removals") {
  const auto r = cxaudit::parse_lexicon(
      "# a comment\n"
      "\n"
      "[customer_term family=guest]   # trailing comment\n"
      "\"hotel guest\"\n"
      "guest 1.5\n"
      "[frontline_service detail=service_desk weight=0.5]\n"
      "\"front desk agent\" 2 not-in-heading family=guest\n"
      "concierge\n"
      "[strategy_insight competency=metrics_roi]\n"
      "NPS -1.25 acronym metric\n"
      "[boilerplate section=legal]\n"
      "\"equal opportunity\"\n"
      "[custom tag=7]\n"
      "remote\n"
      "[none]\n"
      "\"team member\"\n"
      "- \"store\"\n"
      "-store\n");
  REQUIRE(r.ok());
  REQUIRE(r.directives.size() == 10);
  const auto& d = r.directives;
  CHECK(d[0].phrase == "hotel guest");
  CHECK(d[0].line == 4);
  CHECK(d[0].what.cat == category::customer_term);
  CHECK(d[0].what.family == cxaudit::customer_family::guest);
  CHECK(d[0].what.weight == doctest::Approx(1.0f));
  CHECK(d[1].phrase == "guest");
  CHECK(d[1].what.weight == doctest::Approx(1.5f));
  CHECK(d[2].what.cat == category::frontline_service);
  CHECK(d[2].what.detail == static_cast<std::uint8_t>(cxaudit::frontline_detail::service_desk));
  CHECK(d[2].what.weight == doctest::Approx(2.0f));  // the entry's weight beats the section's
  CHECK(d[2].what.rules == cxaudit::match_rules::not_in_heading);
  CHECK(d[2].what.family == cxaudit::customer_family::guest);
  CHECK(d[3].what.weight == doctest::Approx(0.5f));  // the section's default
  CHECK(d[4].what.comp == cxaudit::competency::metrics_roi);
  CHECK(d[4].what.weight == doctest::Approx(-1.25f));
  CHECK(d[4].what.rules == (cxaudit::match_rules::acronym | cxaudit::match_rules::metric));
  CHECK(d[5].what.cat == category::boilerplate);
  CHECK(d[5].what.detail == static_cast<std::uint8_t>(cxaudit::section_kind::legal));
  CHECK(d[6].what.cat == category::custom);
  CHECK(d[6].what.detail == 7);
  CHECK(d[7].what.cat == category::none);
  CHECK(d[7].what.weight == doctest::Approx(0.0f));
  CHECK(d[8].act == action::remove);
  CHECK(d[8].phrase == "store");
  CHECK(d[9].act == action::remove);
  CHECK(d[9].phrase == "store");
}

TEST_CASE("lexicon_format: quoted phrases keep spaces, hyphens, apostrophes, UTF-8, escapes") {
  const auto r = cxaudit::parse_lexicon(
      "[customer_term]\n\"customer’s voice\"\n\"call-center \\\"pro\\\"\"\n\"café guests\"\n");
  REQUIRE(r.ok());
  REQUIRE(r.directives.size() == 3);
  CHECK(r.directives[0].phrase == "customer’s voice");
  CHECK(r.directives[1].phrase == "call-center \"pro\"");
  CHECK(r.directives[2].phrase == "café guests");
}

TEST_CASE("lexicon_format: CRLF lines, a byte-order mark and no final newline") {
  const auto r =
      cxaudit::parse_lexicon("\xEF\xBB\xBF[technology]\r\nzendesk 0.5\r\n\"apex trigger\"");
  REQUIRE(r.ok());
  REQUIRE(r.directives.size() == 2);
  CHECK(r.directives[0].phrase == "zendesk");
  CHECK(r.directives[1].line == 3);
}

TEST_CASE("lexicon_format: each kind of mistake, with its line and column") {
  check_error("[frontline_sales\n", lexicon_errc::syntax, 1, 17);
  check_error("[frontline_sales detail=\n", lexicon_errc::syntax, 1, 25);
  check_error("[bogus_category]\n", lexicon_errc::unknown_category, 1, 2);
  check_error("[customer_term family=guests]\n", lexicon_errc::unknown_name, 1, 23);
  check_error("[strategy_insight competency=vibes]\n", lexicon_errc::unknown_name, 1, 30);
  check_error("[technology]\nzendesk 1 shiny\n", lexicon_errc::unknown_name, 2, 11);
  check_error("[technology]\nzendesk 1 colour=red\n", lexicon_errc::unknown_name, 2, 11);
  check_error("[technology]\nzendesk 11\n", lexicon_errc::bad_weight, 2, 9);
  check_error("[technology]\nzendesk weight=abc\n", lexicon_errc::bad_weight, 2, 16);
  check_error("[technology]\n\"!!!\"\n", lexicon_errc::empty_phrase, 2, 1);
  check_error("[technology]\n\"unclosed phrase\n", lexicon_errc::unterminated_quote, 2, 1);
  check_error("zendesk\n", lexicon_errc::entry_before_section, 1, 1);
  check_error("[technology]\n\"" + std::string(201, 'a') + "\"\n", lexicon_errc::phrase_too_long, 2,
              1);
  check_error("[technology]\n\"x\" ]\n", lexicon_errc::syntax, 2, 5);
  check_error("[custom tag=300]\n", lexicon_errc::unknown_name, 1, 13);
}

TEST_CASE("lexicon_format: line and column are right after CRLF lines, UTF-8 and tabs") {
  // two CRLF lines, then the error on line 3
  check_error("# comment\r\n[technology]\r\nzendesk 99\r\n", lexicon_errc::bad_weight, 3, 9);
  // "é" and "’" are one character each though they are 2 and 3 bytes
  check_error("[technology]\ncafé’s 1 bogusflag\n", lexicon_errc::unknown_name, 2, 10);
  // a tab is one column
  check_error("[technology]\n\tzendesk\t1\tbogusflag\n", lexicon_errc::unknown_name, 2, 12);
  // invalid UTF-8 and NUL bytes are syntax errors at their position
  check_error(
      "[technology]\nab\xff"
      "c\n",
      lexicon_errc::syntax, 2, 3);
  check_error(std::string("[technology]\nab\0c\n", 17), lexicon_errc::syntax, 2, 3);
}

TEST_CASE("lexicon_format: directives read before an error are kept") {
  const auto r = cxaudit::parse_lexicon("[technology]\none\ntwo\n[nope]\nthree\n");
  CHECK(r.error.code == lexicon_errc::unknown_category);
  CHECK(r.directives.size() == 2);
}

TEST_CASE("lexicon_format: hostile input ends in a result or an error, never a crash") {
  std::string many = "[technology]\n";
  for (int i = 0; i < 100001; ++i) many += "w" + std::to_string(i) + "\n";
  const auto r = cxaudit::parse_lexicon(many);
  CHECK(r.error.code == lexicon_errc::too_many_entries);
  CHECK(r.error.line == 100002);
  const auto long_line = cxaudit::parse_lexicon("[technology]\n" + std::string(1 << 20, 'x'));
  CHECK(long_line.error.code == lexicon_errc::phrase_too_long);
  const auto junk = cxaudit::parse_lexicon(std::string(4096, '\xfe'));
  CHECK(junk.error.code == lexicon_errc::syntax);
  CHECK(cxaudit::parse_lexicon("").ok());
}

TEST_CASE("lexicon_format: files") {
  const std::string dir = std::string(CXAUDIT_TEST_DATA_DIR) + "/lexicon/";
  for (const char* name : {"hospitality.cxlex", "healthcare.cxlex"}) {
    CAPTURE(name);
    const auto r = cxaudit::read_lexicon_file(dir + name);
    CHECK(r.ok());
    CHECK(r.directives.size() > 10);
  }
  const auto missing = cxaudit::read_lexicon_file(dir + "no-such-file.cxlex");
  CHECK(missing.error.code == lexicon_errc::file_unreadable);
  CHECK(missing.error.message.find("no-such-file.cxlex") != std::string::npos);
}
