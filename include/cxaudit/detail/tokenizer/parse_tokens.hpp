#pragma once
/// \file parse_tokens.hpp
/// The tokenizer grammar's entry point, declared without Spirit X3. Its definition is in
/// grammar_def.hpp: included by tokenizer.hpp (header-only) or by <cxaudit/src.hpp> alone
/// (CXAUDIT_SEPARATE_COMPILATION).

#include "../config.hpp"
#include "sink.hpp"

namespace cxaudit::detail::grammar {

/// Runs the grammar over [first, last) into `sink`.
CXAUDIT_DETAIL_DECL void parse_tokens(const char* first, const char* last, token_sink& sink);

}  // namespace cxaudit::detail::grammar
