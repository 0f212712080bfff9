#pragma once
/// \file auditor.hpp
/// The whole pipeline in one pass: tokenizer → matcher → scorers → verdict → report.
///
///     cxaudit::auditor<> a;                      // built-in lexicon, default policy
///     const cxaudit::report& r = a.audit({"42", title, text});
///
/// `auditor<Lexicon, Policy, Scorers...>` adds scorers of your own types (see scorer.hpp);
/// `a.profile<MyScorer>()` reads their profiles. One auditor per thread: it owns reusable
/// buffers, so once warm it audits without allocating. Lexicons are shared and immutable.

#include <cstddef>
#include <cstdint>
#include <new>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <vector>

#include "detail/config.hpp"
#include "lexicon.hpp"
#include "matcher.hpp"
#include "policy.hpp"
#include "report.hpp"
#include "scorer.hpp"
#include "scorers/customer_mention.hpp"
#include "scorers/role_focus.hpp"
#include "title.hpp"
#include "tokenizer.hpp"
#include "verdict.hpp"

namespace cxaudit {

/// Limits and options of an auditor.
struct audit_options {
  /// Postings longer than this (title + text, bytes) are not audited: the report says
  /// posting_too_large. At most 4 GiB - 1 (spans are 32-bit).
  std::uint64_t max_posting_bytes = 64ull << 20;
  /// Tokens buffered before they are matched; bounds memory however long the posting is.
  std::size_t window_tokens = 16384;
  /// How the tokenizer reads text.
  tokenizer_options tokenizer;
};

/// Audits postings with lexicon type `Lexicon`, policy `Policy`, the built-in scorers and
/// user scorers `Scorers...`.
template <typename Lexicon = builtin_lexicon, typename Policy = default_policy, typename... Scorers>
class auditor {
  static_assert((is_scorer_v<Scorers> && ...),
                "each extra scorer must follow the scorer protocol (see scorer.hpp)");

 public:
  /// An auditor with the built-in lexicon.
  auditor() : auditor(default_lexicon_for()) {}
  /// An auditor over `lexicon`, which must outlive it.
  explicit auditor(const Lexicon& lexicon, audit_options options = {})
      : lexicon_(&lexicon),
        options_(options),
        tokenizer_(options.tokenizer),
        matcher_(lexicon.view(), Policy::factors()) {}

  /// Audits one posting. The report stays valid until the next call (and points into the
  /// posting's strings). Never throws: a posting that cannot be audited gets a report whose
  /// `status` says why.
  const report& audit(const posting& p) noexcept {
    report& r = report_;
    r.input = p;
    r.status = audit_status::ok;
    try {
      if (p.title.size() + p.text.size() > options_.max_posting_bytes ||
          p.title.size() + p.text.size() >= max_tokenizer_input) {
        reset_report(r);
        r.status = audit_status::posting_too_large;
        return r;
      }
      run(p, r);
    } catch (const std::bad_alloc&) {
      reset_report(r);
      r.status = audit_status::out_of_memory;
    }
    return r;
  }

  /// Audits a title and a text.
  const report& audit(std::string_view title, std::string_view text) noexcept {
    return audit(posting{{}, title, text});
  }

  /// The profile of scorer `S` for the last posting.
  template <typename S>
  const typename S::profile_type& profile() const noexcept {
    return std::get<S>(scorers_).profile();
  }

  /// The lexicon in use.
  const Lexicon& lexicon() const noexcept { return *lexicon_; }

 private:
  using scorer_tuple =
      std::tuple<customer_mention_scorer<Policy>, role_focus_scorer<Policy>, Scorers...>;

  static const Lexicon& default_lexicon_for() {
    static_assert(std::is_same_v<Lexicon, builtin_lexicon>,
                  "a lexicon of another type must be passed to the constructor");
    return default_lexicon();
  }

  static void reset_report(report& r) noexcept {
    r.title = title_profile{};
    r.customer = customer_mention_profile{};
    r.role = role_focus_profile{};
    r.role_kind = role_class::other;
    r.frontline = frontline_kind::none;
    r.findings.clear();
    r.suggested_title.clear();
    r.words = 0;
    r.notes = input_notes{};
  }

  void run(const posting& p, report& r) {
    // the title: its own analysis (it is the claim, not the work)
    tokenizer_.tokenize(p.title, title_tokens_);
    r.title = analyze_title(p.title, title_tokens_);

    stats_ = tokenize_stats{};
    context_ =
        audit_context{p.id, p.title, p.text, &r.title, &stats_, lexicon_->view().entry_count};
    std::apply([&](auto&... s) { (s.reset(context_), ...); }, scorers_);

    matcher_.reset(p.text);
    stats_ = tokenizer_.tokenize(p.text, window_, options_.window_tokens, *this);

    std::apply([&](auto&... s) { (s.finish(context_), ...); }, scorers_);
    r.customer = std::get<0>(scorers_).profile();
    r.role = std::get<1>(scorers_).profile();
    r.words = stats_.words;
    r.notes.invalid_utf8_bytes = stats_.invalid_utf8_bytes;
    r.notes.nul_bytes = stats_.nul_bytes;
    r.notes.overlong_words = stats_.overlong_words;
    r.notes.unclosed_markup = stats_.unclosed_markup;
    r.notes.evidence_dropped = r.customer.examples.dropped() + r.role.strategy_evidence.dropped() +
                               r.role.frontline_evidence.dropped() +
                               r.role.technology_evidence.dropped();
    decide<Policy>(r);
  }

 public:
  /// Receives token windows from the tokenizer (an implementation detail of audit()).
  void operator()(const token* first, const token* last, bool last_call) {
    matcher_.feed(
        first, last, last_call,
        [](void* self, const match* b, const match* e) {
          auto& a = *static_cast<auditor*>(self);
          for (const match* m = b; m != e; ++m)
            std::apply([&](auto&... s) { (s.observe(*m, a.context_), ...); }, a.scorers_);
        },
        this);
  }

 private:
  const Lexicon* lexicon_;
  audit_options options_;
  tokenizer tokenizer_;
  matcher matcher_;
  scorer_tuple scorers_;
  audit_context context_;
  tokenize_stats stats_;
  std::vector<token> title_tokens_;
  std::vector<token> window_;
  report report_;
};

/// Audits one posting with the built-in lexicon and default policy (a thread-local auditor,
/// so repeated calls on one thread reuse its buffers). The report points into `p`.
CXAUDIT_DETAIL_DECL report audit(const posting& p);

/// Audits a title and text with the built-in lexicon and default policy.
CXAUDIT_DETAIL_DECL report audit(std::string_view title, std::string_view text);

}  // namespace cxaudit

#ifndef CXAUDIT_SEPARATE_COMPILATION
#include "detail/one_call_audit.hpp"
#endif
