#pragma once
/// \file format_grammar_def.hpp
/// The lexicon file grammar, one line at a time:
///
///     line      = -(section | removal | entry) > end
///     section   = '[' > category > *attribute > ']'
///     removal   = '-' > phrase
///     entry     = phrase >> -weight >> *attribute
///     attribute = name >> -('=' > value)
///     end       = -('#' comment) >> eoi
///
/// Names, phrases and values are byte-level primitives (X3's ascii parsers reject bytes >=
/// 0x80 and its no_case symbols assert on them; phrases are UTF-8). Expectation failures are
/// caught by the rule IDs' error handler (format_grammar.hpp) and never escape.

#include <boost/spirit/home/x3/auxiliary/eoi.hpp>
#include <boost/spirit/home/x3/char.hpp>
#include <boost/spirit/home/x3/core.hpp>
#include <boost/spirit/home/x3/directive/with.hpp>
#include <boost/spirit/home/x3/nonterminal.hpp>
#include <boost/spirit/home/x3/numeric/real.hpp>
#include <boost/spirit/home/x3/operator.hpp>

#include "format_grammar.hpp"

namespace cxaudit::detail::format {

/// Spaces and tabs between the parts of a line (the skipper).
struct blank_parser : x3::parser<blank_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;
  template <typename Context, typename RContext, typename Attribute>
  bool parse(const char*& first, const char* const& last, Context const&, RContext&,
             Attribute&) const {
    if (first == last || (*first != ' ' && *first != '\t')) return false;
    ++first;
    return true;
  }
};
inline constexpr blank_parser blank{};

inline bool is_name_char(char c, bool start) {
  const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  return start ? letter : (letter || (c >= '0' && c <= '9') || c == '_' || c == '-');
}

/// What a byte-level primitive reads.
enum class token_role : std::uint8_t { category, key, value, phrase };

/// A name (category, attribute key), a value, or a phrase, recorded into the line.
template <token_role Role>
struct text_parser : x3::parser<text_parser<Role>> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;

  template <typename Context, typename RContext, typename Attribute>
  bool parse(const char*& first, const char* const& last, Context const& context, RContext&,
             Attribute&) const {
    x3::skip_over(first, last, context);
    line_parse& line = x3::get<line_tag>(context).get();
    const char* p = first;
    if constexpr (Role == token_role::category || Role == token_role::key) {
      if (p == last || !is_name_char(*p, true)) return false;
      while (p != last && is_name_char(*p, false)) ++p;
    } else if constexpr (Role == token_role::value) {
      while (p != last && (is_name_char(*p, false) || *p == '.' || *p == '+')) ++p;
      if (p == first) return false;
    } else {
      if (p == last) return false;
      if (*p == '"') return quoted(first, last, line);
      if (*p == '-' || *p == '#' || *p == '[' || *p == ']' || *p == '=') return false;
      while (p != last && *p != ' ' && *p != '\t' && *p != '#' && *p != '"' && *p != '[' &&
             *p != ']' && *p != '=')
        ++p;
      if (p == first) return false;
      line.phrase_text.assign(first, p);
    }
    const text_range r{first, p};
    if constexpr (Role == token_role::category) {
      line.category = r;
    } else if constexpr (Role == token_role::key) {
      line.attributes.push_back(parsed_attribute{r, false, {}});
    } else if constexpr (Role == token_role::value) {
      if (!line.attributes.empty()) {
        line.attributes.back().has_value = true;
        line.attributes.back().value = r;
      }
    } else {
      line.phrase = r;
    }
    first = p;
    return true;
  }

  // "…" with \" and \\ escapes; running off the line is reported after parsing.
  static bool quoted(const char*& first, const char* last, line_parse& line) {
    const char* p = first + 1;
    line.phrase_text.clear();
    while (p != last && *p != '"') {
      if (*p == '\\' && p + 1 != last && (p[1] == '"' || p[1] == '\\')) ++p;
      line.phrase_text += *p++;
    }
    line.quote_closed = p != last;
    if (p != last) ++p;
    line.phrase = text_range{first, p};
    first = p;
    return true;
  }
};

inline constexpr text_parser<token_role::category> category_name{};
inline constexpr text_parser<token_role::key> attribute_key{};
inline constexpr text_parser<token_role::value> attribute_value{};
inline constexpr text_parser<token_role::phrase> phrase_text{};

/// Everything after '#'.
struct comment_parser : x3::parser<comment_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;
  template <typename Context, typename RContext, typename Attribute>
  bool parse(const char*& first, const char* const& last, Context const& context, RContext&,
             Attribute&) const {
    x3::skip_over(first, last, context);
    if (first == last || *first != '#') return false;
    first = last;
    return true;
  }
};
inline constexpr comment_parser comment{};

inline auto set_kind(line_parse::kind k) {
  return [k](auto& ctx) { x3::get<line_tag>(ctx).get().what = k; };
}
/// A weight: X3's real-number parser, with its position recorded for error messages.
struct weight_parser : x3::parser<weight_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;
  template <typename Context, typename RContext, typename Attribute>
  bool parse(const char*& first, const char* const& last, Context const& context,
             RContext& rcontext, Attribute&) const {
    x3::skip_over(first, last, context);
    const char* start = first;
    double value = 0.0;
    if (!x3::double_.parse(first, last, context, rcontext, value)) return false;
    line_parse& line = x3::get<line_tag>(context).get();
    line.has_weight = true;
    line.weight = value;
    line.weight_text = text_range{start, first};
    return true;
  }
};
inline constexpr weight_parser weight{};

struct attribute_class;
struct value_class;
struct phrase_class;
struct category_class;
struct end_class;
inline const x3::rule<category_class> section_category = "a category name";
inline const x3::rule<attribute_class> attribute = "an attribute";
inline const x3::rule<value_class> value = "a value after '='";
inline const x3::rule<phrase_class> phrase = "a phrase";
inline const x3::rule<end_class> end = "the end of the line (or a # comment)";
inline const x3::rule<section_class> section = "a section";
inline const x3::rule<removal_class> removal = "a removal";
inline const x3::rule<entry_class> entry = "an entry";

inline const auto section_category_def = category_name;
inline const auto value_def = attribute_value;
inline const auto phrase_def = phrase_text;
inline const auto attribute_def = attribute_key >> -(x3::lit('=') > value);
inline const auto section_def = x3::lit('[')[set_kind(line_parse::kind::section)] >
                                section_category > *attribute > x3::lit(']');
inline const auto removal_def = x3::lit('-')[set_kind(line_parse::kind::removal)] > phrase;
inline const auto entry_def = phrase[set_kind(line_parse::kind::entry)] >> -weight >> *attribute;
inline const auto end_def = -comment >> x3::eoi;
inline const auto line_def = -(section | removal | entry) > end;

BOOST_SPIRIT_DEFINE(section_category, attribute, value, phrase, end, section, removal, entry, line)

/// Parses one line (no line break) into `out`. False with out.failed set on a syntax error.
inline bool parse_line(const char* first, const char* last, line_parse& out) {
  out.clear();
  const char* p = first;
  const bool ok = x3::phrase_parse(p, last, x3::with<line_tag>(std::ref(out))[line], blank);
  if (!ok && !out.failed) {  // no expectation point was reached
    out.failed = true;
    out.failed_at = p;
    out.expected = "a section, an entry or a removal";
  }
  return ok && !out.failed;
}

}  // namespace cxaudit::detail::format
