// Lexicon: the built-in table compiles, phrases are read the way tokens are, and a runtime
// lexicon adds, replaces and removes entries.

#include <doctest/doctest.h>

#include <cstdint>
#include <string>
#include <type_traits>

#include <cxaudit/lexicon.hpp>

using cxaudit::category;

TEST_CASE("lexicon: the built-in lexicon has several hundred entries and finds them") {
  const cxaudit::builtin_lexicon& lex = cxaudit::default_lexicon();
  CHECK(&lex == &cxaudit::default_lexicon());  // compiled once, shared
  CHECK(lex.size() >= 300);
  for (std::size_t i = 0; i < lex.size(); ++i) {
    const cxaudit::lexicon_entry e = lex[i];
    CAPTURE(std::string(e.phrase));
    const auto found = lex.find(e.phrase);
    REQUIRE(found.has_value());  // every entry can be matched as written
  }
}

TEST_CASE("lexicon: find() reads phrases like the matcher reads tokens") {
  const auto& lex = cxaudit::default_lexicon();
  const auto base = lex.find("customer");
  REQUIRE(base.has_value());
  CHECK(base->cat == category::customer_term);
  CHECK(base->family == cxaudit::customer_family::customer);
  for (const char* variant : {"Customers", "CUSTOMER'S", "customer\xe2\x80\x99s"}) {
    CAPTURE(variant);
    const auto v = lex.find(variant);
    REQUIRE(v.has_value());
    CHECK(v->cat == base->cat);
  }
  const auto cc = lex.find("call center");
  REQUIRE(cc.has_value());
  for (const char* variant : {"call-center", "callcenter", "Call Centers"}) {
    CAPTURE(variant);
    const auto v = lex.find(variant);
    REQUIRE(v.has_value());
    CHECK(v->cat == cc->cat);
  }
  CHECK_FALSE(lex.find("zzyzx quux").has_value());
}

TEST_CASE("lexicon: verb forms are generated, British spellings are listed") {
  cxaudit::lexicon_builder b;
  b.add("analyze", cxaudit::meaning{category::analytic_verb});
  b.add("map", cxaudit::meaning{category::analytic_verb});
  const auto lex = b.build();
  for (const char* form : {"analyzes", "analyzing", "analyzed", "mapping", "mapped", "maps"}) {
    CAPTURE(form);
    CHECK(lex.find(form).has_value());
  }
  CHECK_FALSE(lex.find("analyse").has_value());
}

TEST_CASE("lexicon: a builder adds, replaces and removes entries") {
  cxaudit::lexicon_builder b;
  b.add_defaults();
  const std::size_t defaults = b.size();
  CHECK(defaults == cxaudit::default_lexicon().size());
  b.add("front desk agent", cxaudit::meaning{category::frontline_service}.weighted(2.0f));
  CHECK(b.size() == defaults + 1);
  // replacing keeps the count and changes the meaning, whatever the spelling
  b.add("Front-Desk Agent", cxaudit::meaning{category::strategy_insight}.weighted(3.0f));
  CHECK(b.size() == defaults + 1);
  CHECK(b.remove("customer"));
  CHECK_FALSE(b.remove("customer"));
  CHECK_FALSE(b.remove("never was an entry"));
  const cxaudit::runtime_lexicon lex = b.build();
  CHECK(lex.size() == defaults);
  const auto fda = lex.find("front desk agents");
  REQUIRE(fda.has_value());
  CHECK(fda->cat == category::strategy_insight);
  CHECK(fda->weight == doctest::Approx(3.0f));
  CHECK_FALSE(lex.find("customer").has_value());
}

TEST_CASE("lexicon: a builder of exactly the built-in entries adopts the shipped tables") {
  namespace pre = cxaudit::detail::default_index;
  cxaudit::lexicon_builder b;
  b.add_defaults();
  const cxaudit::runtime_lexicon same = b.build();
  CHECK(same.view().buckets == pre::buckets());  // adopted, not compiled again
  CHECK(same.view().nodes == pre::nodes);
  REQUIRE(same.size() == cxaudit::default_lexicon().size());
  CHECK(same[0].phrase == cxaudit::default_lexicon()[0].phrase);
  const auto cx = same.find("customer journeys");
  REQUIRE(cx.has_value());
  CHECK(cx->cat == cxaudit::default_lexicon().find("customer journey")->cat);
  // adding an entry that is already there, with the same meaning, changes nothing
  const cxaudit::lexicon_entry first = cxaudit::default_lexicon()[0];
  b.add(first.phrase, first.what);
  CHECK(b.build().view().buckets == pre::buckets());

  // any change compiles: a new entry, a removed one, or another meaning for the same phrase
  cxaudit::lexicon_builder added;
  added.add_defaults().add("front desk agent", cxaudit::meaning{category::frontline_service});
  const cxaudit::runtime_lexicon more = added.build();
  CHECK(more.view().buckets != pre::buckets());
  CHECK(more.find("front desk agents").has_value());

  cxaudit::lexicon_builder removed;
  removed.add_defaults();
  REQUIRE(removed.remove("journey analytics"));
  const cxaudit::runtime_lexicon fewer = removed.build();
  CHECK(fewer.view().buckets != pre::buckets());
  CHECK(fewer.size() == same.size() - 1);
  CHECK_FALSE(fewer.find("journey analytics").has_value());

  cxaudit::lexicon_builder reweighed;
  reweighed.add_defaults();
  cxaudit::meaning heavier = first.what;
  heavier.weight += 1.0f;
  reweighed.add(first.phrase, heavier);
  const cxaudit::runtime_lexicon other = reweighed.build();
  CHECK(other.view().buckets != pre::buckets());
  REQUIRE(other.find(first.phrase).has_value());
  CHECK(other.find(first.phrase)->weight == doctest::Approx(first.what.weight + 1.0f));
}

TEST_CASE("lexicon: storage is a template parameter; lexicons are immutable and not copied") {
  static_assert(
      std::is_same_v<cxaudit::builtin_lexicon, cxaudit::basic_lexicon<cxaudit::static_entries>>);
  static_assert(
      std::is_same_v<cxaudit::runtime_lexicon, cxaudit::basic_lexicon<cxaudit::runtime_entries>>);
  static_assert(!std::is_copy_constructible_v<cxaudit::builtin_lexicon>);
  const auto& lex = cxaudit::default_lexicon();
  // the built-in storage reads the compile-time table in place. The table is read through a
  // volatile pointer: a constant-folded read may give another copy of the string literal
  // (clang does so under AddressSanitizer), while the table object itself holds one pointer.
  const cxaudit::detail::entry_table* volatile tables = cxaudit::detail::default_tables;
  CHECK(lex[0].phrase.data() == tables[0].first[0].phrase.data());
  CHECK(lex[lex.size() - 1].phrase.data() ==
        tables[std::size(cxaudit::detail::default_tables) - 1]
            .first[tables[std::size(cxaudit::detail::default_tables) - 1].size - 1]
            .phrase.data());
}

TEST_CASE("lexicon: every word of a 20,000-entry lexicon is found, and no other word is") {
  // Enough spellings (each entry also brings its inflections) that placing the vocabulary
  // hands residents on between buckets and grows the table: none may be lost on the way.
  auto word = [](std::uint32_t n) {  // distinct pronounceable words: "bafe", "bafeki", …
    static constexpr char consonants[] = "bdfgklmnprstvz";
    static constexpr char vowels[] = "aeiou";
    std::string w;
    do {
      w += consonants[n % 14];
      n /= 14;
      w += vowels[n % 5];
      n /= 5;
    } while (n != 0);
    return w;
  };
  cxaudit::lexicon_builder b;
  const std::uint32_t count = 20000;
  for (std::uint32_t n = 0; n < count; ++n) {
    const category c = n % 2 == 0 ? category::strategy_insight : category::frontline_service;
    b.add(word(n), cxaudit::meaning{c}.weighted(static_cast<float>(n % 7 + 1)));
  }
  const cxaudit::runtime_lexicon lex = b.build();
  REQUIRE(lex.size() == count);
  std::uint32_t found = 0;
  std::uint32_t right = 0;
  for (std::uint32_t n = 0; n < count; ++n) {
    const auto m = lex.find(word(n));
    found += m.has_value() ? 1 : 0;
    right +=
        m && m->weight == static_cast<float>(n % 7 + 1) &&
                m->cat == (n % 2 == 0 ? category::strategy_insight : category::frontline_service)
            ? 1
            : 0;
  }
  CHECK(found == count);
  CHECK(right == count);
  std::uint32_t strangers = 0;  // words of the same alphabet the lexicon does not hold
  for (std::uint32_t n = count; n < count + 5000; ++n) strangers += lex.find(word(n)) ? 1 : 0;
  CHECK(strangers == 0);
}

TEST_CASE("lexicon: each word's start facts are its entry and the words that may follow it") {
  // The matcher tries a phrase only where these say one may begin; a fact left out would lose
  // every phrase it stands for. Built at run time (a user lexicon) and ahead of time (the
  // built-in one).
  cxaudit::lexicon_builder b;
  b.add("voice of the customer", cxaudit::meaning{category::strategy_insight});
  b.add("journey mapping", cxaudit::meaning{category::strategy_insight});
  b.add("customer", cxaudit::meaning{category::customer_term});
  b.add("happy customers", cxaudit::meaning{category::customer_term});
  const cxaudit::runtime_lexicon user = b.build();
  for (const cxaudit::lexicon_view& v : {user.view(), cxaudit::default_lexicon().view()}) {
    CHECK(v.start_facts(-1) == 0);  // an absent inflection
    CHECK(v.start_facts(-2) == 0);  // a clause mark
    std::size_t entries = 0;
    std::size_t continuing = 0;
    for (std::uint32_t w = 0; w < v.word_count; ++w) {
      CAPTURE(w);
      const std::uint64_t facts = v.start_facts(static_cast<std::int32_t>(w));
      const std::uint32_t node = v.child(0, w);
      const bool entry = node != 0 && v.nodes[node].entry >= 0;
      CHECK(((facts & cxaudit::word_start_entry) != 0) == entry);
      entries += entry ? 1 : 0;
      if (node == 0) {
        CHECK(facts == 0);
        continue;
      }
      for (std::uint32_t k = 0; k < v.nodes[node].edge_count; ++k) {
        const std::uint32_t next = v.edges[v.nodes[node].first_edge + k].word;
        CHECK((facts & cxaudit::word_start_follower(static_cast<std::int32_t>(next))) != 0);
      }
      continuing += v.nodes[node].edge_count != 0 ? 1 : 0;
    }
    CHECK(entries > 0);
    CHECK(continuing > 0);
  }
  const cxaudit::lexicon_view v = user.view();
  const auto voice = v.find_words(cxaudit::detail::fold_word("voice").key);
  const auto of = v.find_words(cxaudit::detail::fold_word("of").key);
  REQUIRE(voice.word >= 0);
  REQUIRE(of.word >= 0);
  CHECK((v.start_facts(voice.word) & cxaudit::word_start_entry) == 0);  // begins, is no entry
  CHECK((v.start_facts(voice.word) & cxaudit::word_start_follower(of.word)) != 0);
  CHECK(v.start_facts(of.word) == 0);  // "of" begins nothing
}
