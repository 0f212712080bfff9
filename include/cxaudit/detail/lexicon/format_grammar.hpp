#pragma once
/// \file format_grammar.hpp
/// The lexicon file grammar's declarations: what one line parses into (line_parse), the
/// context key the semantic actions write through, and the rule IDs whose error handler turns
/// an expectation failure into a position and a description. Definitions: format_grammar_def.hpp.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <boost/spirit/home/x3/core.hpp>
#include <boost/spirit/home/x3/nonterminal.hpp>
#include <boost/spirit/home/x3/support/utility/error_reporting.hpp>

namespace cxaudit::detail::format {

namespace x3 = boost::spirit::x3;

/// A span of the line being parsed.
struct text_range {
  const char* first = nullptr;
  const char* last = nullptr;
  std::string_view view() const noexcept { return {first, static_cast<std::size_t>(last - first)}; }
};

/// `key` or `key=value` after a section's category or an entry's phrase.
struct parsed_attribute {
  text_range key;
  bool has_value = false;
  text_range value;
};

/// What one line held.
struct line_parse {
  enum class kind : std::uint8_t { blank, section, removal, entry } what = kind::blank;
  text_range category;                       ///< a section's category name
  std::vector<parsed_attribute> attributes;  ///< in order
  text_range phrase;                         ///< a phrase as written (quotes included)
  std::string phrase_text;                   ///< the phrase, unquoted and unescaped
  bool quote_closed = true;                  ///< false when a quoted phrase ran off the line
  bool has_weight = false;
  double weight = 0.0;
  text_range weight_text;
  // set by the error handler
  bool failed = false;
  const char* failed_at = nullptr;
  std::string expected;

  void clear() {
    what = kind::blank;
    attributes.clear();
    phrase_text.clear();
    quote_closed = true;
    has_weight = false;
    failed = false;
    failed_at = nullptr;
    expected.clear();
  }
};

/// Context key through which semantic actions reach the line_parse.
struct line_tag;

/// Error-handling base of the rule IDs: records where an expectation failed and what was
/// expected, and makes the parse fail (the exception never leaves the grammar).
struct record_expectation {
  template <typename Iterator, typename Exception, typename Context>
  x3::error_handler_result on_error(Iterator&, Iterator const&, Exception const& x,
                                    Context const& context) const {
    line_parse& line = x3::get<line_tag>(context).get();
    if (!line.failed) {
      line.failed = true;
      line.failed_at = x.where();
      line.expected = x.which();
    }
    return x3::error_handler_result::fail;
  }
};

struct line_class : record_expectation {};
struct section_class : record_expectation {};
struct removal_class : record_expectation {};
struct entry_class : record_expectation {};

using line_type = x3::rule<line_class>;
BOOST_SPIRIT_DECLARE(line_type)
/// One line of a lexicon file (without its line break).
inline const line_type line = "a lexicon line";

}  // namespace cxaudit::detail::format
