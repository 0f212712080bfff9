#pragma once
/// \file scorer.hpp
/// Stage 3's protocol. A scorer observes every match of a posting in one pass and finishes
/// into a profile:
///
///     struct my_scorer {
///       using profile_type = my_profile;
///       void reset(const cxaudit::audit_context&);                        // a new posting
///       void observe(const cxaudit::match&, const cxaudit::audit_context&); // each body match
///       void finish(const cxaudit::audit_context&);                       // after the last one
///       const profile_type& profile() const;
///     };
///
/// `is_scorer_v<S>` checks the protocol (and, under C++20, the `cxaudit::scorer` concept).

#include <cstdint>
#include <string_view>
#include <type_traits>
#include <utility>

#if defined(__cpp_concepts) && __cpp_concepts >= 201907L && __has_include(<concepts>)
#include <concepts>
#endif

#include "match.hpp"
#include "title.hpp"
#include "tokenizer_options.hpp"

namespace cxaudit {

/// What a scorer may read besides the matches.
struct audit_context {
  std::string_view id;                        ///< the posting's id
  std::string_view title;                     ///< the title as given
  std::string_view text;                      ///< the body as given (spans point here)
  const title_profile* title_info = nullptr;  ///< the title analysis
  const tokenize_stats* body = nullptr;       ///< what the tokenizer saw (complete at finish)
  std::uint32_t lexicon_entries = 0;          ///< entries in the lexicon (match::entry is below it)
};

namespace detail {
template <typename, typename = void>
struct has_scorer_protocol : std::false_type {};
template <typename S>
struct has_scorer_protocol<
    S, std::void_t<typename S::profile_type,
                   decltype(std::declval<S&>().reset(std::declval<const audit_context&>())),
                   decltype(std::declval<S&>().observe(std::declval<const match&>(),
                                                       std::declval<const audit_context&>())),
                   decltype(std::declval<S&>().finish(std::declval<const audit_context&>())),
                   decltype(std::declval<const S&>().profile())>>
    : std::is_same<std::decay_t<decltype(std::declval<const S&>().profile())>,
                   typename S::profile_type> {};
}  // namespace detail

/// True when S follows the scorer protocol.
template <typename S>
inline constexpr bool is_scorer_v = detail::has_scorer_protocol<S>::value;

#if defined(__cpp_concepts) && __cpp_concepts >= 201907L && __has_include(<concepts>)
/// The scorer protocol as a concept.
template <typename S>
concept scorer = requires(S& s, const S& cs, const match& m, const audit_context& c) {
  typename S::profile_type;
  s.reset(c);
  s.observe(m, c);
  s.finish(c);
  { cs.profile() } -> std::same_as<const typename S::profile_type&>;
};
#endif

}  // namespace cxaudit
