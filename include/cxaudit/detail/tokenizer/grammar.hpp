#pragma once
/// \file grammar.hpp
/// The tokenizer's Spirit X3 grammar: declarations of its primitives and its one rule.
/// The definitions are in grammar_def.hpp (X3's `x` / `x_def` layout).

// Only the X3 headers the grammar uses. <boost/spirit/home/x3/core.hpp> would also bring in
// x3::parse's iterator concept checks (Boost.ConceptCheck: 7% of the instructions g++ -O2
// runs to compile a file that audits a posting); the grammar calls its parser's parse().
// X3's traits/is_substitute.hpp (reached from nonterminal.hpp) uses is_variant and has_size
// without including them (core.hpp happened to bring them in first), so they come first.
#include <boost/spirit/home/x3/core/parser.hpp>
#include <boost/spirit/home/x3/support/traits/is_variant.hpp>
#include <boost/spirit/home/x3/support/traits/tuple_traits.hpp>

#include <boost/spirit/home/x3/nonterminal.hpp>

#include "sink.hpp"

namespace cxaudit::detail::grammar {

namespace x3 = boost::spirit::x3;

/// Context key under which the grammar finds its token_sink (via x3::with).
struct sink_tag;

/// Adapts a non-template scanning function to an X3 primitive parser with no attribute.
/// `Scan` is `bool(const char*&, const char*, token_sink&)`.
template <bool (*Scan)(const char*&, const char*, token_sink&)>
struct scanner : x3::parser<scanner<Scan>> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;

  template <typename Context, typename RContext, typename Attribute>
  bool parse(const char*& first, const char* const& last, Context const& context, RContext&,
             Attribute&) const {
    if (first == last) return false;
    // A success that consumes nothing would repeat forever inside the token loop; it counts as
    // a failure so that the next alternative (in the end, the catch-all byte) moves on.
    const char* const before = first;
    return Scan(first, last, x3::get<sink_tag>(context).get()) && first != before;
  }
};

/// Rule ID of the whole token stream.
struct token_stream_class;
/// The token stream: every byte of the input is consumed by exactly one primitive.
using token_stream_type = x3::rule<token_stream_class>;
BOOST_SPIRIT_DECLARE(token_stream_type)

/// The rule object.
inline const token_stream_type token_stream = "token_stream";

}  // namespace cxaudit::detail::grammar
