// Auditor: the pipeline in one pass, the scorer protocol (a user scorer plugs in), the default
// audit() with no template arguments, and statuses for postings it cannot audit.

#include <doctest/doctest.h>

#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include <cxaudit/cxaudit.hpp>

namespace {

// A user scorer: counts the phrases a user lexicon tags for remote work (category custom,
// tag 1) and where they fall. It is not part of the library.
struct remote_work_profile {
  int mentions = 0;
  std::array<int, cxaudit::section_kind_count> by_section{};
};

class remote_work_scorer {
 public:
  using profile_type = remote_work_profile;
  void reset(const cxaudit::audit_context&) { profile_ = {}; }
  void observe(const cxaudit::match& m, const cxaudit::audit_context&) {
    if (m.what.cat != cxaudit::category::custom || m.what.detail != 1) return;
    ++profile_.mentions;
    ++profile_.by_section[static_cast<std::size_t>(m.section)];
  }
  void finish(const cxaudit::audit_context&) {}
  const profile_type& profile() const { return profile_; }

 private:
  remote_work_profile profile_;
};

struct not_a_scorer {
  void observe(int) {}
};

static_assert(cxaudit::is_scorer_v<remote_work_scorer>);
static_assert(cxaudit::is_scorer_v<cxaudit::customer_mention_scorer<>>);
static_assert(cxaudit::is_scorer_v<cxaudit::role_focus_scorer<>>);
static_assert(!cxaudit::is_scorer_v<not_a_scorer>);
#if defined(__cpp_concepts) && __cpp_concepts >= 201907L && __has_include(<concepts>)
static_assert(cxaudit::scorer<remote_work_scorer>);
static_assert(!cxaudit::scorer<not_a_scorer>);
#endif

const std::string frontline_title = "Customer Experience Representative";
const std::string frontline_text =
    "Responsibilities:\n"
    "- Answer inbound calls from customers in a high-volume call center.\n"
    "- Meet AHT and FCR targets and follow call scripts.\n"
    "- Log every case in Zendesk and escalate billing disputes to tier 2.\n"
    "- Work rotating shifts, including weekends and holidays.\n"
    "Requirements:\n"
    "- 1+ year of call center experience; typing speed of 40 WPM.\n";

}  // namespace

TEST_CASE("auditor: a user scorer observes the same pass as the built-in ones") {
  cxaudit::lexicon_builder b;
  b.add_defaults();
  cxaudit::meaning remote{cxaudit::category::custom};
  remote.detail = 1;
  b.add("remote", remote).add("work from home", remote);
  const cxaudit::runtime_lexicon lex = b.build();
  cxaudit::auditor<cxaudit::runtime_lexicon, cxaudit::default_policy, remote_work_scorer> a(lex);
  const std::string text =
      "Responsibilities:\nHelp customers by phone; this is a remote role.\n"
      "Benefits:\nWork from home two days a week.\n";
  const cxaudit::report& r = a.audit({"1", "Support Agent", text});
  const remote_work_profile& p = a.profile<remote_work_scorer>();
  CHECK(p.mentions == 2);
  CHECK(p.by_section[static_cast<std::size_t>(cxaudit::section_kind::duties)] == 1);
  CHECK(p.by_section[static_cast<std::size_t>(cxaudit::section_kind::benefits)] == 1);
  CHECK(r.customer.mentions >= 1);  // the built-in scorers ran in the same pass
  // a second posting resets the user's scorer too
  a.audit({"2", "Support Agent", "Help customers."});
  CHECK(a.profile<remote_work_scorer>().mentions == 0);
}

TEST_CASE("auditor: the default audit() needs no template arguments") {
  const cxaudit::report r = cxaudit::audit(frontline_title, frontline_text);
  CHECK(r.status == cxaudit::audit_status::ok);
  CHECK(r.title.is_cx);
  CHECK(r.words > 40);
  CHECK(r.customer.mentions >= 1);
  CHECK(r.role.frontline_total() > r.role.strategy_total());
}

TEST_CASE("auditor: reports point into the posting and every evidence span is exact") {
  cxaudit::auditor<> a;
  const cxaudit::report& r = a.audit({"7", frontline_title, frontline_text});
  CHECK(r.input.text.data() == frontline_text.data());
  std::size_t spans = 0;
  for (const cxaudit::finding& f : r.findings) {
    CHECK_FALSE(f.message.empty());
    for (const cxaudit::evidence& e : f.evidence) {
      const std::string& field =
          e.field == cxaudit::evidence_field::title ? frontline_title : frontline_text;
      REQUIRE(e.span.end <= field.size());
      CHECK(r.text_of(e) == field.substr(e.span.begin, e.span.size()));
      ++spans;
    }
  }
  CHECK(spans > 0);
}

TEST_CASE("auditor: postings over the size limit get a status, not a crash") {
  cxaudit::audit_options o;
  o.max_posting_bytes = 1000;
  cxaudit::auditor<> a(cxaudit::default_lexicon(), o);
  const std::string big(2000, 'x');
  const cxaudit::report& r = a.audit({"big", "Customer Experience Manager", big});
  CHECK(r.status == cxaudit::audit_status::posting_too_large);
  CHECK(r.findings.empty());
  CHECK(r.words == 0);
  // the auditor keeps working afterwards
  CHECK(a.audit({"ok", "Analyst", "Analyze customer feedback."}).status ==
        cxaudit::audit_status::ok);
}

TEST_CASE("auditor: a long posting is read in bounded windows with the same result") {
  std::string text;
  for (int i = 0; i < 400; ++i) text += frontline_text;
  cxaudit::audit_options small;
  small.window_tokens = 64;
  cxaudit::auditor<> windowed(cxaudit::default_lexicon(), small);
  cxaudit::auditor<> whole;
  const cxaudit::report& a = windowed.audit({"", frontline_title, text});
  const cxaudit::report& b = whole.audit({"", frontline_title, text});
  CHECK(a.words == b.words);
  CHECK(a.customer.mentions == b.customer.mentions);
  CHECK(a.role.service == doctest::Approx(b.role.service));
  CHECK(a.role_kind == b.role_kind);
}

TEST_CASE("auditor: cited_spans gives the evidence to highlight, in order and without overlaps") {
  cxaudit::auditor<> a;
  const std::string title = "Customer Experience Associate";
  const std::string text =
      "Greet customers as they enter the store, run the register and process returns. Keep the "
      "sales floor stocked and meet daily sales goals. Answer customer calls at the service "
      "desk and resolve customer complaints at the point of sale.";
  const cxaudit::report& r = a.audit({"s", title, text});
  std::vector<cxaudit::evidence> spans;
  cxaudit::cited_spans(r, cxaudit::evidence_field::text, spans);
  REQUIRE(spans.size() >= 3);
  for (std::size_t i = 0; i < spans.size(); ++i) {
    CHECK(spans[i].field == cxaudit::evidence_field::text);
    CHECK(spans[i].span.end <= text.size());
    if (i > 0) CHECK(spans[i - 1].span.end <= spans[i].span.begin);
  }
  // every span a finding cites in the text is kept, or lies over one that is
  for (const auto& f : r.findings)
    for (const auto& e : f.evidence) {
      if (e.field != cxaudit::evidence_field::text) continue;
      const bool covered = std::any_of(spans.begin(), spans.end(), [&](const auto& s) {
        return s.span.begin < e.span.end && e.span.begin < s.span.end;
      });
      CHECK(covered);
    }
  std::vector<cxaudit::evidence> title_spans;
  cxaudit::cited_spans(r, cxaudit::evidence_field::title, title_spans);
  REQUIRE(title_spans.size() == 1);
  CHECK(r.text_of(title_spans[0]) == "Customer Experience");
}
