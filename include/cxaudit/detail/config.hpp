#pragma once
/// \file config.hpp
/// Internal configuration: how hot paths ask the compiler to inline, and how the heavy entry
/// points are declared (header-only or separate compilation).

#if defined(__GNUC__) || defined(__clang__)
/// Inlines a small function on a hot path (the compiler's size heuristics refuse otherwise).
#define CXAUDIT_DETAIL_FORCE_INLINE inline __attribute__((always_inline))
#else
#define CXAUDIT_DETAIL_FORCE_INLINE inline
#endif

#if defined(__GNUC__) || defined(__clang__)
/// Marks set-up code run once (building tables): optimized for size, compiled faster.
#define CXAUDIT_DETAIL_COLD __attribute__((cold))
#else
#define CXAUDIT_DETAIL_COLD
#endif

/// How the few functions that hold the heavy code (the X3 tokenizer grammar, the one-call
/// audit) are declared. Header-only (the default) they are inline. With
/// CXAUDIT_SEPARATE_COMPILATION defined in every translation unit of a program, headers only
/// declare them and exactly one source file includes <cxaudit/src.hpp> to define them, so
/// the other files compile without Spirit X3 (the Boost.Asio convention).
#ifdef CXAUDIT_SEPARATE_COMPILATION
#define CXAUDIT_DETAIL_DECL
#else
#define CXAUDIT_DETAIL_DECL inline
#endif
