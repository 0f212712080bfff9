#pragma once
/// \file sv_literal.hpp
/// The `sv` literal operator for the built-in tables (lexicon phrases, title words, heading
/// patterns, HTML entity names), declared once for cxaudit::detail.
///
/// A std::string_view made from a plain literal in a constant has its length counted by the
/// compiler's constant evaluator, one character at a time: g++ spent 0.2-0.4 million
/// instructions per literal, 0.49 billion for these tables (3% of compiling a file that audits
/// a posting; scripts/compile-instructions.sh). The literal operator is given the length.

#include <string_view>

namespace cxaudit::detail {

using std::string_view_literals::operator""sv;

}  // namespace cxaudit::detail
