// The traps of the vocabulary notes (../shared/domain/VOCABULARY.md), each a sentence of the
// kind real postings carry, read by the built-in lexicon: what it must and must not count.

#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include <cxaudit/lexicon.hpp>
#include <cxaudit/matcher.hpp>
#include <cxaudit/policy.hpp>
#include <cxaudit/tokenizer.hpp>

namespace {

using cxaudit::category;
namespace mf = cxaudit::match_flags;

struct reading {
  std::string text;
  category cat;
  float weight;
  std::uint16_t flags;
};

std::vector<reading> read_all(std::string_view text) {
  cxaudit::matcher m(cxaudit::default_lexicon().view(), cxaudit::default_policy::factors());
  const auto tokens = cxaudit::tokenize(text);
  struct state {
    std::string_view text;
    std::vector<reading> out;
  } st{text, {}};
  m.reset(text);
  m.feed(
      tokens.data(), tokens.data() + tokens.size(), true,
      [](void* s, const cxaudit::match* b, const cxaudit::match* e) {
        auto& st = *static_cast<state*>(s);
        for (; b != e; ++b)
          st.out.push_back({std::string(b->span.text(st.text)), b->what.cat, b->weight, b->flags});
      },
      &st);
  return st.out;
}

// The first match whose text is `phrase`, or nullptr.
const reading* find(const std::vector<reading>& r, std::string_view phrase) {
  for (const reading& x : r)
    if (x.text == phrase) return &x;
  return nullptr;
}

// True when the sentence holds any role signal that counts (positive weight).
bool counts_as(const std::vector<reading>& r, category c) {
  for (const reading& x : r)
    if (x.cat == c && x.weight > 0.0f) return true;
  return false;
}

bool names_customer(std::string_view text) {
  for (const reading& x : read_all(text))
    if (x.cat == category::customer_term || x.cat == category::customer_generic) return true;
  return false;
}

}  // namespace

TEST_CASE("traps: a metric the role owns is strategy, one it is scored on is frontline") {
  const auto own = read_all("Design and own the NPS program across all business units.");
  REQUIRE(find(own, "NPS") != nullptr);
  CHECK(find(own, "NPS")->cat == category::strategy_insight);
  CHECK((find(own, "NPS")->flags & mf::owner_governed) != 0);
  const auto scored = read_all("Meet AHT, FCR and CSAT targets every week.");
  for (const char* metric : {"AHT", "FCR", "CSAT"}) {
    CAPTURE(metric);
    REQUIRE(find(scored, metric) != nullptr);
    CHECK(find(scored, metric)->cat == category::frontline_service);
  }
}

TEST_CASE("traps: CES the trade show and NPS the park service are not metrics") {
  CHECK_FALSE(counts_as(read_all("Represent our devices at CES in Las Vegas."),
                        category::strategy_insight));
  CHECK_FALSE(counts_as(read_all("Partner with the National Park Service (NPS) on trail maps."),
                        category::strategy_insight));
  // with a customer in the sentence the acronym is the metric again
  CHECK(counts_as(read_all("Track CES after every customer interaction."),
                  category::strategy_insight));
}

TEST_CASE("traps: experience as tenure, and skills, describe the candidate") {
  const auto r =
      read_all("Requires 3+ years of experience with Salesforce and call center experience.");
  for (const reading& x : r) CHECK(x.cat != category::strategy_insight);
  REQUIRE(find(r, "call center") != nullptr);
  CHECK((find(r, "call center")->flags & mf::about_candidate) != 0);
  const auto cs = read_all("5 years of customer service in a retail environment.");
  REQUIRE(find(cs, "customer service") != nullptr);
  CHECK((find(cs, "customer service")->flags & mf::about_candidate) != 0);
  CHECK(find(cs, "customer service")->weight < 0.6f);
}

TEST_CASE("traps: strategy in sales, marketing and go-to-market is not CX strategy") {
  for (const char* s : {"Own the sales strategy for the region.",
                        "Shape our marketing strategy and content strategy.",
                        "Define the go-to-market strategy and pricing strategy.",
                        "Deliver business insights and market insights to leadership."}) {
    CAPTURE(s);
    CHECK_FALSE(counts_as(read_all(s), category::strategy_insight));
  }
  CHECK(counts_as(read_all("Define the customer experience strategy and CX roadmap."),
                  category::strategy_insight));
}

TEST_CASE("traps: journeyman, graphic design, land survey and UX are not CX design") {
  for (const char* s : {"Journeyman electrician wanted; journey-level license required.",
                        "Strong graphic design and product design portfolio.",
                        "Survey the construction site and stake property lines.",
                        "Improve the user experience of our mobile app with user research."}) {
    CAPTURE(s);
    CHECK_FALSE(counts_as(read_all(s), category::strategy_insight));
  }
  CHECK(counts_as(read_all("Lead journey mapping workshops to find customer pain points."),
                  category::strategy_insight));
}

TEST_CASE("traps: queue, ticket, QA and scripts in software postings are not contact centers") {
  for (const char* s :
       {"Process events from the message queue and the job queue.",
        "Pick up tickets from the Jira board.", "Partner with the QA engineers on test automation.",
        "Automate deployments with Bash and Python scripts."}) {
    CAPTURE(s);
    CHECK_FALSE(counts_as(read_all(s), category::frontline_service));
  }
  for (const char* s : {"Work the support queue and close customer tickets.",
                        "Follow call scripts on every inbound call.",
                        "Call monitoring and QA scores are reviewed weekly."}) {
    CAPTURE(s);
    CHECK(counts_as(read_all(s), category::frontline_service));
  }
}

TEST_CASE("traps: customer look-alikes are not customers") {
  for (const char* s :
       {"Every team member and staff member is valued.",
        "You will be a member of the platform team.", "Be patient and calm under pressure.",
        "Build client-side rendering and a thin client.",
        "Write a Kafka consumer for the data consumer API.",
        "Train power users and write user stories.", "We invite a guest speaker each month.",
        "Support our internal customers in finance."}) {
    CAPTURE(s);
    CHECK_FALSE(names_customer(s));
  }
  for (const char* s : {"Help members choose a health plan.", "Care for patients and families.",
                        "Greet every guest at the door.", "Support our clients' tax filings."}) {
    CAPTURE(s);
    CHECK(names_customer(s));
  }
}

TEST_CASE("traps: negation lowers or flips the signal") {
  const auto r = read_all("This is not a sales role, and there is no cold calling.");
  REQUIRE(find(r, "cold calling") != nullptr);
  CHECK(find(r, "cold calling")->weight < 0.0f);
  REQUIRE(find(r, "sales") != nullptr);
  CHECK(find(r, "sales")->weight < 0.0f);
}

TEST_CASE("traps: supervising agents is frontline, leading CX analysts is oversight") {
  CHECK(counts_as(read_all("Supervise agents, coach agents on handle time and schedule adherence."),
                  category::frontline_service));
  CHECK(counts_as(read_all("Build and lead a team of CX analysts and journey managers."),
                  category::cx_team_oversight));
}

TEST_CASE("traps: POS as positive, store as a data store, CX platforms as tools") {
  CHECK_FALSE(counts_as(read_all("Results were pos for all samples in the data store."),
                        category::frontline_sales));
  CHECK(counts_as(read_all("Run the POS and handle cash at the register."),
                  category::frontline_sales));
  // a VoC tool is a weak strategy signal, a CCaaS tool a frontline one, admin work technology
  const auto tools =
      read_all("Administer Genesys routing configuration and Salesforce Apex triggers.");
  CHECK(counts_as(tools, category::technology));
}

TEST_CASE("traps: analysing frontline work is insight work") {
  const auto r = read_all("Analyze customer complaints to find root causes.");
  REQUIRE(find(r, "customer complaints") != nullptr);
  CHECK(find(r, "customer complaints")->cat == category::strategy_insight);
  const auto s = read_all("Resolve customer complaints by phone.");
  REQUIRE(find(s, "customer complaints") != nullptr);
  CHECK(find(s, "customer complaints")->cat == category::frontline_service);
}
