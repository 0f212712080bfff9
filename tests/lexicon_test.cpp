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

TEST_CASE("lexicon: the vocabulary marks exactly the forms whose words begin a phrase") {
  // The matcher tries a phrase only at units marked so; a word left unmarked would lose every
  // phrase it begins. Built at run time (a user lexicon) and ahead of time (the built-in one).
  cxaudit::lexicon_builder b;
  b.add("voice of the customer", cxaudit::meaning{category::strategy_insight});
  b.add("journey mapping", cxaudit::meaning{category::strategy_insight});
  b.add("customer", cxaudit::meaning{category::customer_term});
  b.add("happy customers", cxaudit::meaning{category::customer_term});  // a word of its own
  const cxaudit::runtime_lexicon user = b.build();
  for (const cxaudit::lexicon_view& v : {user.view(), cxaudit::default_lexicon().view()}) {
    std::size_t marked = 0;
    std::size_t forms = 0;
    const std::size_t buckets = std::size_t{1} << (64 - v.bucket_shift);
    for (std::size_t k = 0; k < buckets * 4; ++k) {
      const std::uint64_t key = v.buckets[k / 4].keys[k % 4];
      if (key == 0) continue;
      ++forms;
      const cxaudit::word_ids ids = v.find_words(key);
      REQUIRE(ids.word >= 0);
      const bool begins = v.child(0, static_cast<std::uint32_t>(ids.word)) != 0 ||
                          (ids.alt >= 0 && v.child(0, static_cast<std::uint32_t>(ids.alt)) != 0);
      CHECK(ids.starts == begins);
      marked += ids.starts ? 1 : 0;
    }
    CHECK(marked > 0);
    CHECK(marked < forms);  // "of", "the", "mapping" begin nothing
  }
  const auto first = user.view().find_words(cxaudit::detail::fold_word("voices").key);
  CHECK(first.starts);  // an inflection of a phrase's first word
  // "customers" is a word of its own that begins nothing, and an inflection of "customer"
  const auto both = user.view().find_words(cxaudit::detail::fold_word("customers").key);
  CHECK(both.alt >= 0);
  CHECK(both.starts);
  CHECK_FALSE(user.view().find_words(cxaudit::detail::fold_word("mapping").key).starts);
  CHECK_FALSE(user.view().find_words(cxaudit::detail::fold_word("unknown").key).starts);
}
