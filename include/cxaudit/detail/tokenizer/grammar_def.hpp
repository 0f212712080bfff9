#pragma once
/// \file grammar_def.hpp
/// Definition of the tokenizer grammar: an ordered choice of table-driven primitives under a
/// Kleene star. The last alternative consumes any byte, so the parse always reaches the end
/// of the input, whatever the bytes are; no alternative throws or has an expectation point.

#include <boost/spirit/home/x3/directive/with.hpp>
#include <boost/spirit/home/x3/operator/alternative.hpp>
#include <boost/spirit/home/x3/operator/kleene.hpp>

#include "grammar.hpp"
#include "parse_tokens.hpp"
#include "scan_marks.hpp"
#include "scan_markup.hpp"
#include "scan_text.hpp"

namespace cxaudit::detail::grammar {

inline constexpr scanner<&scan_spaces> spaces{};              ///< blanks between tokens
inline constexpr scanner<&scan_word> word{};                  ///< words, URLs, e-mail addresses
inline constexpr scanner<&scan_line_ends> line_ends{};        ///< line and paragraph breaks
inline constexpr scanner<&scan_tag> tag{};                    ///< HTML markup
inline constexpr scanner<&scan_entity> entity{};              ///< character references
inline constexpr scanner<&scan_bullet> bullet{};              ///< list marks at line start
inline constexpr scanner<&scan_number> number{};              ///< 24/7, $18.50, 35–60
inline constexpr scanner<&scan_sentence_end> sentence_end{};  ///< . ! ?
inline constexpr scanner<&scan_punct> punct{};                ///< clause punctuation
inline constexpr scanner<&scan_multibyte> multibyte{};        ///< other UTF-8, invalid bytes
inline constexpr scanner<&scan_any> any_byte{};               ///< everything else

// Ordered by frequency in real postings; a list mark is tried first only at the start of a
// line (one compare elsewhere), so that "a) Work shifts" is a bullet, not the word "a".
inline const auto token_stream_def = *(spaces | bullet | word | line_ends | tag | number |
                                       sentence_end | entity | punct | multibyte | any_byte);

BOOST_SPIRIT_DEFINE(token_stream)

CXAUDIT_DETAIL_DECL void parse_tokens(const char* first, const char* last, token_sink& sink) {
  const char* p = first;
  // what x3::parse(p, last, parser) does, without <boost/spirit/home/x3/core/parse.hpp> and
  // its iterator concept checks (see grammar.hpp): the parser's own parse(), no skipper, no
  // attribute
  const auto parser = x3::with<sink_tag>(std::ref(sink))[token_stream];
  parser.parse(p, last, x3::unused, x3::unused, x3::unused);
  sink.finish();
}

}  // namespace cxaudit::detail::grammar
