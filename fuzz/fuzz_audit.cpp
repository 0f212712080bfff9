// Fuzzes the whole audit (include/cxaudit/auditor.hpp) and the report's JSON form
// (report_json.hpp). The input's first line is the title, the rest the body (plain or HTML).
//
// Checks: the audit succeeds; every evidence span (findings, customer examples, role
// evidence) and every title span lies within the field it names; the counts are coherent;
// the JSON is valid JSON (and so valid UTF-8, parsed by simdjson) and cites exactly the
// evidence texts; cxaudit::audit() and a reused cxaudit::auditor<> write the same JSON; an
// auditor reading in 64-token windows counts the same words. With CXAUDIT_FUZZ_STRICT=1 the
// windowed auditor must also reach the same profile counts and findings.

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include <simdjson.h>

#include <cxaudit/auditor.hpp>
#include <cxaudit/report_json.hpp>

#include "fuzz_check.hpp"

namespace {

using cxaudit::evidence;
using cxaudit::report;

void check_span(const report& r, cxaudit::evidence_field field, cxaudit::byte_span s) {
  const std::string_view of =
      field == cxaudit::evidence_field::title ? r.input.title : r.input.text;
  CXAUDIT_FUZZ_CHECK(s.begin <= s.end, "evidence span not inverted");
  CXAUDIT_FUZZ_CHECK(s.end <= of.size(), "evidence span within its field");
}

template <typename List>
std::size_t check_list(const report& r, const List& list) {
  CXAUDIT_FUZZ_CHECK(list.size() <= List::capacity, "evidence list within its capacity");
  for (const evidence& e : list) {
    CXAUDIT_FUZZ_CHECK(
        e.field == cxaudit::evidence_field::title || e.field == cxaudit::evidence_field::text,
        "evidence field valid");
    check_span(r, e.field, e.span);
    CXAUDIT_FUZZ_CHECK(std::isfinite(e.weight), "evidence weight finite");
  }
  return list.size();
}

void check_report(const report& r, std::string_view title, std::string_view text) {
  CXAUDIT_FUZZ_CHECK(r.status == cxaudit::audit_status::ok, "a small posting is audited");
  CXAUDIT_FUZZ_CHECK(r.input.title.data() == title.data() && r.input.title.size() == title.size() &&
                         r.input.text.data() == text.data() && r.input.text.size() == text.size(),
                     "the report points into the posting");
  // the title's own spans
  const cxaudit::title_profile& t = r.title;
  if (t.is_cx) check_span(r, cxaudit::evidence_field::title, t.cx_span);
  if (!t.function.empty()) check_span(r, cxaudit::evidence_field::title, t.function_span);
  if (t.mentions_customer) check_span(r, cxaudit::evidence_field::title, t.customer_span);

  const cxaudit::customer_mention_profile& c = r.customer;
  CXAUDIT_FUZZ_CHECK(c.substantive <= c.mentions, "substantive mentions are mentions");
  CXAUDIT_FUZZ_CHECK(
      c.first_offset == -1 ||
          (c.first_offset >= 0 && c.first_offset < static_cast<std::int64_t>(text.size())),
      "first mention offset within the body");
  std::uint64_t by_section = 0, by_family = 0;
  for (std::uint32_t n : c.by_section) by_section += n;
  for (std::uint32_t n : c.by_family) by_family += n;
  CXAUDIT_FUZZ_CHECK(by_section == c.mentions && by_family == c.mentions,
                     "mentions per section and per family add up");
  CXAUDIT_FUZZ_CHECK((c.mentions == 0) == (c.first_offset < 0), "first offset iff mentions");
  CXAUDIT_FUZZ_CHECK(std::isfinite(c.per_1k_words) && c.per_1k_words >= 0, "per_1k_words sane");
  check_list(r, c.examples);
  check_list(r, c.substantive_examples);
  CXAUDIT_FUZZ_CHECK(c.examples.size() + c.examples.dropped() == c.mentions,
                     "customer examples account for every mention");

  const cxaudit::role_focus_profile& rf = r.role;
  check_list(r, rf.strategy_evidence);
  check_list(r, rf.frontline_evidence);
  check_list(r, rf.technology_evidence);
  for (double v : {rf.strategy, rf.oversight, rf.mandate, rf.sales_retail, rf.service,
                   rf.technology, rf.strategy_share})
    CXAUDIT_FUZZ_CHECK(std::isfinite(v), "role scores finite");

  CXAUDIT_FUZZ_CHECK(r.findings.size() <= cxaudit::finding_list::capacity, "findings bounded");
  for (std::size_t i = 0; i < r.findings.size(); ++i) {
    const cxaudit::finding& f = r.findings[i];
    CXAUDIT_FUZZ_CHECK(!f.message.empty(), "a finding says something");
    for (std::size_t k = 0; k < i; ++k)
      CXAUDIT_FUZZ_CHECK(r.findings[k].code != f.code, "at most one finding per code");
    check_list(r, f.evidence);
  }
}

// Parses the JSON and checks that each finding's evidence cites the bytes of its span.
void check_json(const report& r, const std::string& json) {
  static simdjson::dom::parser parser;
  simdjson::dom::element doc;
  const auto err = parser.parse(json).get(doc);
  if (err) std::fprintf(stderr, "simdjson: %s\n%s\n", simdjson::error_message(err), json.c_str());
  CXAUDIT_FUZZ_CHECK(!err, "the report is valid JSON");
  simdjson::dom::array findings;
  CXAUDIT_FUZZ_CHECK(!doc["findings"].get(findings), "the report has findings");
  std::size_t i = 0;
  for (simdjson::dom::element f : findings) {
    CXAUDIT_FUZZ_CHECK(i < r.findings.size(), "JSON findings are the report's");
    std::size_t k = 0;
    simdjson::dom::array ev;
    CXAUDIT_FUZZ_CHECK(!f["evidence"].get(ev), "a finding has evidence");
    for (simdjson::dom::element e : ev) {
      const evidence& x = r.findings[i].evidence[k++];
      std::int64_t start = -1, end = -1;
      std::string_view text;
      CXAUDIT_FUZZ_CHECK(!e["start"].get(start) && !e["end"].get(end) && !e["text"].get(text),
                         "evidence has start, end and text");
      CXAUDIT_FUZZ_CHECK(start == x.span.begin && end == x.span.end, "JSON cites the spans");
      const std::string_view raw = r.text_of(x);
      // the JSON text is the span's bytes (U+FFFD replaces bytes that are not UTF-8)
      if (simdjson::validate_utf8(raw.data(), raw.size()))
        CXAUDIT_FUZZ_CHECK(text == raw, "JSON evidence text is the span's text");
    }
    CXAUDIT_FUZZ_CHECK(k == r.findings[i].evidence.size(), "JSON cites every piece of evidence");
    ++i;
  }
  CXAUDIT_FUZZ_CHECK(i == r.findings.size(), "JSON has every finding");
}

cxaudit::audit_options small_windows() {
  cxaudit::audit_options o;
  o.window_tokens = 64;
  return o;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view in = cxaudit_fuzz::input_view(data, size);
  const std::size_t nl = in.find('\n');
  const std::string_view title = in.substr(0, nl);
  const std::string_view text =
      nl == std::string_view::npos ? std::string_view() : in.substr(nl + 1);
  const std::string_view id = title.substr(0, 24);  // any bytes, escaped as a JSON string

  // a reused auditor (buffers warm from earlier inputs)
  static cxaudit::auditor<> whole;
  const report& a = whole.audit({id, title, text});
  check_report(a, title, text);
  std::string json;
  cxaudit::append_json(json, a);
  check_json(a, json);
  const std::uint64_t words = a.words;
  const std::uint32_t mentions = a.customer.mentions;
  const auto role_kind = a.role_kind;
  const std::size_t finding_count = a.findings.size();

  // the one-call API agrees with the reused auditor
  const report b = cxaudit::audit(title, text);
  check_report(b, title, text);
  std::string json_b;
  cxaudit::append_json(json_b, b, cxaudit::json_options{"7"});
  std::string json_a;
  cxaudit::append_json(json_a, whole.audit({{}, title, text}), cxaudit::json_options{"7"});
  CXAUDIT_FUZZ_CHECK(json_a == json_b, "cxaudit::audit() and a reused auditor agree");

  // bounded windows: the tokenizer hands over 64 tokens at a time
  static cxaudit::auditor<> windowed(cxaudit::default_lexicon(), small_windows());
  const report& w = windowed.audit({id, title, text});
  check_report(w, title, text);
  CXAUDIT_FUZZ_CHECK(w.words == words, "windowed audit counts the same words");
  if (cxaudit_fuzz::strict()) {
    CXAUDIT_FUZZ_CHECK(w.customer.mentions == mentions, "windowed: same mentions (strict)");
    CXAUDIT_FUZZ_CHECK(w.role_kind == role_kind, "windowed: same role class (strict)");
    CXAUDIT_FUZZ_CHECK(w.findings.size() == finding_count, "windowed: same findings (strict)");
  }
  return 0;
}
