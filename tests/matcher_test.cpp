// Matcher: the mechanisms (phrase variants, leftmost-longest, boundaries, sections and the
// context rules), each shown with a small purpose-built lexicon so the test says exactly
// which rule is at work. The built-in lexicon's traps are in traps_test.cpp.

#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include <cxaudit/lexicon.hpp>
#include <cxaudit/matcher.hpp>
#include <cxaudit/tokenizer.hpp>

namespace {

using cxaudit::category;
using cxaudit::customer_family;
using cxaudit::frontline_detail;
using cxaudit::meaning;
namespace mr = cxaudit::match_rules;
namespace mf = cxaudit::match_flags;

meaning of(category c, float w = 1.0f) { return meaning{c}.weighted(w); }

meaning strong_insight() {  // "feedback": substantive next to a customer word on its own
  meaning m{category::insight_noun};
  m.detail = 1;
  return m;
}

cxaudit::runtime_lexicon test_lexicon() {
  cxaudit::lexicon_builder b;
  b.add("customer", of(category::customer_term).with_family(customer_family::customer))
      .add("guest", of(category::customer_term).with_family(customer_family::guest))
      .add("team member", of(category::none, 0.0f))
      .add("call center", of(category::frontline_service, 1.5f))
      .add("customer service",
           of(category::frontline_service, 0.5f).with_family(customer_family::customer))
      .add("voice of the customer",
           of(category::strategy_insight, 2.0f).with_family(customer_family::customer))
      .add("cold calling", of(category::frontline_sales))
      .add("POS", of(category::frontline_sales).with_rules(mr::acronym))
      .add("NPS", of(category::strategy_insight, 0.5f).with_rules(mr::metric))
      .add("AHT", of(category::frontline_service).with_rules(mr::metric | mr::acronym))
      .add("queue", of(category::frontline_service).with_rules(mr::needs_customer_context))
      .add("no", of(category::negator))
      .add("not", of(category::negator))
      .add("non", of(category::negator))
      .add("own", of(category::owner_verb))
      .add("design", of(category::owner_verb))
      .add("meet", of(category::scored_verb))
      .add("targets", of(category::scored_verb))
      .add("analyze", of(category::analytic_verb))
      .add("understand", of(category::analytic_verb))
      .add("feedback", strong_insight())
      .add("needs", of(category::insight_noun))
      .add("years", of(category::tenure))
      .add("experience", of(category::candidate_word))
      .add("equal opportunity employer",
           of(category::boilerplate).with_section(cxaudit::section_kind::legal));
  return b.build();
}

struct found {
  std::string text;
  category cat;
  float weight;
  cxaudit::section_kind section;
  std::uint16_t flags;
};

std::vector<found> match_all(const cxaudit::lexicon_view& lex, std::string_view text) {
  cxaudit::matcher m(lex);
  const auto tokens = cxaudit::tokenize(text);
  struct state {
    std::string_view text;
    std::vector<found> out;
  } st{text, {}};
  m.reset(text);
  m.feed(
      tokens.data(), tokens.data() + tokens.size(), true,
      [](void* s, const cxaudit::match* b, const cxaudit::match* e) {
        auto& st = *static_cast<state*>(s);
        for (; b != e; ++b)
          st.out.push_back(
              {std::string(b->span.text(st.text)), b->what.cat, b->weight, b->section, b->flags});
      },
      &st);
  return st.out;
}

std::vector<found> match_all(const cxaudit::runtime_lexicon& lex, std::string_view text) {
  return match_all(lex.view(), text);
}

std::vector<std::string> texts(const std::vector<found>& f) {
  std::vector<std::string> t;
  for (const auto& x : f) t.push_back(x.text);
  return t;
}

}  // namespace

TEST_CASE("matcher: case, plurals, possessives and hyphen/space/joined variants") {
  const auto lex = test_lexicon();
  // a trailing apostrophe is not part of the word (it may close a quotation)
  CHECK(texts(match_all(lex,
                        "Customers, CUSTOMER'S, guest\xe2\x80\x99s and customers\xe2\x80\x99 "
                        "guests.")) == std::vector<std::string>{"Customers", "CUSTOMER'S",
                                                                "guest\xe2\x80\x99s", "customers",
                                                                "guests"});
  CHECK(texts(match_all(lex, "call center, call-center, callcenter, Call Centers")) ==
        std::vector<std::string>{"call center", "call-center", "callcenter", "Call Centers"});
}

TEST_CASE("matcher: leftmost-longest, and shadows block shorter matches") {
  const auto lex = test_lexicon();
  const auto f = match_all(lex, "Listen to the voice of the customer daily.");
  REQUIRE(f.size() == 1);
  CHECK(f[0].text == "voice of the customer");
  CHECK(f[0].cat == category::strategy_insight);
  // "team member" is a shadow: neither it nor anything inside it is reported
  CHECK(match_all(lex, "Every team member counts.").empty());
}

TEST_CASE("matcher: a phrase is tried where its first word, or the word it inflects, begins it") {
  // Only the units whose word is an entry, or whose next word may continue a phrase they begin,
  // are tried; these are the cases that choice must not miss.
  cxaudit::lexicon_builder b;
  b.add("in store", of(category::frontline_sales))              // "in" alone is no entry
      .add("customer journey", of(category::strategy_insight))  // nor is "customer"
      .add("happy customers", of(category::customer_term))      // "customers": a word too
      .add("hit target", of(category::frontline_sales))
      .add("targets", of(category::scored_verb));  // "targets": a word and an inflection
  const auto lex = b.build();
  // a frequent first word, before words that do and do not continue its phrase
  CHECK(texts(match_all(lex, "Work in a team in store and in the store in stores.")) ==
        std::vector<std::string>{"in store", "in stores"});
  // the first word begins the phrase only as the inflection of another word
  CHECK(texts(match_all(lex, "We map customers journey and happy customers.")) ==
        std::vector<std::string>{"customers journey", "happy customers"});
  // the next word continues it only as the inflection of another word
  CHECK(texts(match_all(lex, "Hit targets daily.")) == std::vector<std::string>{"Hit targets"});
  CHECK(match_all(lex, "Store in. In, store. In\nstore.").empty());
  // a one-word entry reached only through the word a form inflects
  cxaudit::lexicon_builder c;
  c.add("customer", of(category::customer_term))
      .add("happy customers", of(category::customer_term));
  CHECK(texts(match_all(c.build(), "Serve customers daily.")) ==
        std::vector<std::string>{"customers"});
}

TEST_CASE("matcher: a view without tables, or an empty lexicon, finds nothing") {
  // Clause marks become units whatever the lexicon knows: the sentence logic still runs.
  const std::string_view text = "Run the register, greet guests; count cash. Smile (always).";
  const cxaudit::runtime_lexicon empty = cxaudit::lexicon_builder{}.build();
  CHECK(match_all(cxaudit::lexicon_view{}, text).empty());
  CHECK(match_all(empty, text).empty());
}

TEST_CASE("matcher: every built-in phrase is found as written") {
  const auto& lex = cxaudit::default_lexicon();
  std::size_t tried = 0;
  for (std::size_t i = 0; i < lex.size(); ++i) {
    const cxaudit::lexicon_entry e = lex[i];
    if (cxaudit::is_context_word(e.what.cat) || e.what.cat == category::none) continue;
    const std::string text = std::string(e.phrase) + ".";
    CAPTURE(text);
    CHECK(texts(match_all(lex.view(), text)) == std::vector<std::string>{std::string(e.phrase)});
    ++tried;
  }
  CHECK(tried > 300);
}

TEST_CASE("matcher: phrases never cross punctuation or sentence ends") {
  const auto lex = test_lexicon();
  CHECK(texts(match_all(lex, "call, center")).empty());
  CHECK(texts(match_all(lex, "We call. Center stage.")).empty());
  CHECK(texts(match_all(lex, "call\ncenter")).empty());
}

TEST_CASE("matcher: a sentence too long is cut, and no word is lost at the cut") {
  // 3,000 known words without punctuation: the matcher finishes the sentence whenever it holds
  // max_sentence_units of them, whichever path (plain words, or a hyphenated word read part by
  // part) adds the unit that fills it. Only a phrase that straddles a cut can be missed.
  const auto lex = test_lexicon();
  std::string text;
  for (int i = 0; i < 500; ++i) text += "customer call center customer call-center ";
  const auto f = match_all(lex, text);
  std::size_t customers = 0;
  std::size_t centers = 0;
  for (const auto& x : f) {
    if (x.text == "customer") ++customers;
    if (x.text == "call center" || x.text == "call-center") ++centers;
  }
  CHECK(customers == 1000);
  const std::size_t cuts = 3000 / cxaudit::matcher::max_sentence_units;
  CHECK(centers <= 1000);
  CHECK(centers >= 1000 - cuts);
  CHECK(f.size() == customers + centers);
}

TEST_CASE("matcher: acronym entries need capitals") {
  const auto lex = test_lexicon();
  CHECK(texts(match_all(lex, "Run the POS daily.")) == std::vector<std::string>{"POS"});
  CHECK(match_all(lex, "the pos and the Pos").empty());
}

TEST_CASE("matcher: negation flips a signal; a requirement is not a negation") {
  const auto lex = test_lexicon();
  const auto f = match_all(lex, "This role has no cold calling.");
  REQUIRE(f.size() == 1);
  CHECK((f[0].flags & mf::negated) != 0);
  CHECK(f[0].weight < 0.0f);
  const auto g = match_all(lex, "Cold calling daily, no weekends.");
  REQUIRE(g.size() == 1);
  CHECK((g[0].flags & mf::negated) == 0);  // the negation is in another clause
  const auto h = match_all(lex, "No call center experience needed.");
  REQUIRE(h.size() == 1);
  CHECK((h[0].flags & mf::about_candidate) != 0);
  CHECK((h[0].flags & mf::negated) == 0);
}

TEST_CASE("matcher: a metric owned is strategy, a metric scored on is frontline") {
  const auto lex = test_lexicon();
  const auto own = match_all(lex, "Own and design the NPS program.");
  REQUIRE(own.size() == 1);
  CHECK(own[0].cat == category::strategy_insight);
  CHECK((own[0].flags & mf::owner_governed) != 0);
  const auto met = match_all(lex, "Meet NPS targets every month.");
  REQUIRE(met.size() == 1);
  CHECK(met[0].cat == category::frontline_service);
  CHECK((met[0].flags & mf::scored_governed) != 0);
  const auto after = match_all(lex, "AHT targets apply.");
  REQUIRE(after.size() == 1);
  CHECK(after[0].cat == category::frontline_service);
  CHECK((after[0].flags & mf::scored_governed) != 0);
}

TEST_CASE("matcher: years of experience describe the candidate, not the job") {
  const auto lex = test_lexicon();
  const auto f = match_all(lex, "3 years of call center work.");
  REQUIRE(f.size() == 1);
  CHECK((f[0].flags & mf::about_candidate) != 0);
  CHECK(f[0].weight == doctest::Approx(1.5f * 0.25f));
}

TEST_CASE("matcher: context-dependent words count only near a customer") {
  const auto lex = test_lexicon();
  const auto sw = match_all(lex, "Process the message queue in Kafka.");
  REQUIRE(sw.size() == 1);
  CHECK((sw[0].flags & mf::no_context) != 0);
  CHECK(sw[0].weight == 0.0f);
  const auto cc = match_all(lex, "Work the queue of customer calls.");
  REQUIRE(cc.size() == 2);
  CHECK((cc[0].flags & mf::no_context) == 0);
  CHECK(cc[0].weight > 0.0f);
}

TEST_CASE("matcher: substantive customer mentions") {
  const auto lex = test_lexicon();
  auto substantive = [&](std::string_view text) {
    for (const auto& f : match_all(lex, text))
      if (f.cat == category::customer_term) return (f.flags & mf::substantive) != 0;
    FAIL("no customer mention");
    return false;
  };
  CHECK(substantive("Read customer feedback weekly."));          // a strong insight noun
  CHECK(substantive("Understand the needs of our customers."));  // an analytic verb
  CHECK(substantive("Analyze what customers say."));
  CHECK_FALSE(substantive("Meet customer needs every day."));  // a weak noun, no analysis
  CHECK_FALSE(substantive("Greet every customer with a smile."));
}

TEST_CASE("matcher: headings set the section; boilerplate runs to the paragraph's end") {
  const auto lex = test_lexicon();
  const auto f = match_all(lex,
                           "Responsibilities:\nHelp each customer.\nRequirements:\nA customer "
                           "focus.\nAbout us\n\nWe are an equal opportunity employer and value "
                           "every customer.\n\nA customer again.");
  REQUIRE(f.size() == 5);
  CHECK(f[0].section == cxaudit::section_kind::duties);
  CHECK(f[1].section == cxaudit::section_kind::requirements);
  CHECK(f[2].cat == category::boilerplate);
  CHECK(f[3].section == cxaudit::section_kind::legal);
  CHECK(f[4].section == cxaudit::section_kind::requirements);  // the override ended
}
