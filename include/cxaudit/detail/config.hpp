#pragma once
/// \file config.hpp
/// Internal configuration: how hot paths ask the compiler to inline.

#if defined(__GNUC__) || defined(__clang__)
/// Inlines a small function on a hot path (the compiler's size heuristics refuse otherwise).
#define CXAUDIT_DETAIL_FORCE_INLINE inline __attribute__((always_inline))
#else
#define CXAUDIT_DETAIL_FORCE_INLINE inline
#endif
