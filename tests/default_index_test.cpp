// The built-in lexicon's tables are compiled ahead of time (detail/lexicon/default_index.hpp).
// They must be exactly what the lexicon compiler makes of the built-in entries today, or the
// built-in lexicon would match by stale tables.

#include <cstring>
#include <iterator>
#include <optional>
#include <string_view>

#include <cxaudit/cxaudit.hpp>

#include <doctest/doctest.h>

namespace {

// The lexicon compiler run on the built-in entries, as scripts/lib/print_default_index.cpp does.
cxaudit::detail::lexicon_index compile_default_entries() {
  cxaudit::detail::lexicon_index index;
  index.build(
      cxaudit::detail::default_entry_count(),
      [](std::size_t i) { return cxaudit::detail::default_entry(i).phrase; },
      [](std::size_t i) { return cxaudit::detail::default_entry(i).what; });
  return index;
}

}  // namespace

TEST_CASE("default index: the tables shipped are the ones the built-in entries compile to") {
  namespace pre = cxaudit::detail::default_index;
  const cxaudit::detail::lexicon_index built = compile_default_entries();
  const cxaudit::lexicon_view v = built.view();
  INFO("if this fails, run scripts/regenerate-default-index.sh");

  CHECK(pre::entry_count == cxaudit::detail::default_entry_count());
  REQUIRE(pre::bucket_shift == v.bucket_shift);
  REQUIRE(pre::bucket_count == built.bucket_count());
  REQUIRE(std::size(pre::bucket_rows) * pre::buckets_per_row == pre::bucket_count);
  CHECK(std::memcmp(pre::buckets(), v.buckets, pre::bucket_count * sizeof(*v.buckets)) == 0);
  REQUIRE(std::size(pre::root) == v.word_count);
  CHECK(std::memcmp(pre::root, v.root, sizeof pre::root) == 0);
  REQUIRE(std::size(pre::nodes) == built.node_count());
  for (std::size_t i = 0; i < built.node_count(); ++i) {
    CAPTURE(i);
    REQUIRE(pre::nodes[i].first_edge == v.nodes[i].first_edge);
    REQUIRE(pre::nodes[i].edge_count == v.nodes[i].edge_count);
    REQUIRE(pre::nodes[i].entry == v.nodes[i].entry);
  }
  REQUIRE(std::size(pre::edges) == built.edge_count());
  for (std::size_t i = 0; i < built.edge_count(); ++i) {
    CAPTURE(i);
    REQUIRE(pre::edges[i].word == v.edges[i].word);
    REQUIRE(pre::edges[i].node == v.edges[i].node);
  }
  CHECK(pre::has_number_words == v.has_number_words);
}

TEST_CASE("default index: the built-in lexicon reads the shipped tables and its own entries") {
  const cxaudit::builtin_lexicon& lex = cxaudit::default_lexicon();
  const cxaudit::lexicon_view v = lex.view();
  CHECK(v.buckets == cxaudit::detail::default_index::buckets());  // adopted, not rebuilt
  REQUIRE(v.entry_count == cxaudit::detail::default_entry_count());
  REQUIRE(lex.size() == v.entry_count);
  // every entry is found through the tables under its own phrase, with its own meaning
  // (unless a later entry with the same words replaced it)
  const cxaudit::builtin_lexicon rebuilt{cxaudit::static_entries(cxaudit::detail::default_tables)};
  std::size_t found = 0;
  for (std::size_t i = 0; i < lex.size(); ++i) {
    const std::optional<cxaudit::meaning> a = lex.find(lex[i].phrase);
    const std::optional<cxaudit::meaning> b = rebuilt.find(lex[i].phrase);
    CAPTURE(lex[i].phrase);
    REQUIRE(a.has_value() == b.has_value());
    if (!a) continue;
    ++found;
    CHECK(a->cat == b->cat);
    CHECK(a->family == b->family);
    CHECK(a->comp == b->comp);
    CHECK(a->detail == b->detail);
    CHECK(a->rules == b->rules);
    CHECK(a->weight == b->weight);
  }
  CHECK(found == lex.size());
}
