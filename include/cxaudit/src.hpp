#pragma once
/// \file src.hpp
/// Separate compilation. A program that defines CXAUDIT_SEPARATE_COMPILATION in every
/// translation unit includes this header in exactly one source file:
///
///     // cxaudit.cpp — the one place the tokenizer grammar and the one-call audit are compiled
///     #include <cxaudit/src.hpp>
///
/// Its other files include <cxaudit/cxaudit.hpp> as usual and compile without Spirit X3's
/// headers or the grammar's code. The library is the same either way; only where its heavy
/// functions are compiled changes (the Boost.Asio convention).

#ifndef CXAUDIT_SEPARATE_COMPILATION
#error "<cxaudit/src.hpp> is for programs that define CXAUDIT_SEPARATE_COMPILATION everywhere"
#endif

#include "cxaudit.hpp"
#include "detail/one_call_audit.hpp"
#include "detail/tokenizer/grammar_def.hpp"
