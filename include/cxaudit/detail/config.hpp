#pragma once
/// \file config.hpp
/// Internal configuration: how hot paths ask the compiler to inline.

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
