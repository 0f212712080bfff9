#pragma once
/// \file matcher.hpp
/// Stage 2b: tokens → matches. Finds lexicon phrases (leftmost-longest, never across a
/// clause or sentence boundary), tracks the section from the headings, and reads each match in
/// its sentence's context (detail/matcher/context_rules.hpp). Works sentence by sentence in
/// buffers it reuses, so a warm matcher does not allocate.

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "detail/lexicon/index.hpp"
#include "detail/matcher/context_rules.hpp"
#include "detail/matcher/phrase_search.hpp"
#include "detail/matcher/unit.hpp"
#include "detail/tokenizer/fold.hpp"
#include "detail/tokenizer/word_simd.hpp"
#include "match.hpp"
#include "section.hpp"
#include "token.hpp"

namespace cxaudit {

/// Receives the matches of one finished sentence.
using match_sink_fn = void (*)(void* state, const match* first, const match* last);

/// Finds lexicon phrases in a token stream. One matcher per thread; the lexicon it reads is
/// shared and immutable.
class matcher {
 public:
  /// Longest sentence (in known words) before it is cut, bounding the work per sentence.
  static constexpr std::size_t max_sentence_units = 512;

  /// A matcher over lexicon tables `lex`, with the policy's context factors.
  explicit matcher(lexicon_view lex, context_factors factors = {}) noexcept
      : lex_(lex), factors_(factors), phrases_(lex) {}

  /// Starts a new text (`source` is what the tokens' spans point into).
  void reset(std::string_view source, std::uint8_t extra_flags = 0) noexcept {
    source_ = source;
    extra_flags_ = extra_flags;
    section_ = section_kind::unlabeled;
    override_ = false;
    heading_ = false;
    heading_keys_count_ = 0;
    units_.clear();
    position_ = 0;
    clause_ = 0;
  }

  /// Reads tokens [first, last); calls `sink` with the matches of each sentence it finishes.
  /// With `last_call`, the last sentence is finished too.
  void feed(const token* first, const token* last, bool last_call, match_sink_fn sink,
            void* state) {
    pending_sink_ = sink;
    pending_state_ = state;
    for (const token* t = first; t != last; ++t) {
      if (t->kind == token_kind::word) {  // most tokens
        const token* const stop = heading_ ? t : add_plain_words(t, last);
        if (stop != t) {
          t = stop - 1;  // the loop goes on at the token that ended the run
          continue;
        }
        add_word(*t);
        continue;
      }
      switch (t->kind) {
        case token_kind::word:
          break;
        case token_kind::number:
          add_number(*t);
          break;
        case token_kind::url:
        case token_kind::email:
          ++position_;
          break;
        case token_kind::punct:
          add_clause_mark(*t);
          break;
        case token_kind::sentence_end:
        case token_kind::bullet:
          finish_sentence(sink, state);
          break;
        case token_kind::line_break:
          end_line(sink, state);
          break;
        case token_kind::paragraph_break:
          end_line(sink, state);
          override_ = false;
          break;
        case token_kind::heading:
          end_line(sink, state);
          override_ = false;
          heading_ = true;
          heading_keys_count_ = 0;
          break;
      }
    }
    if (last_call) end_line(sink, state);
  }

  /// The section the text is in now.
  section_kind section() const noexcept { return section_; }

 private:
  // The unit of a word (kept when ids.word != -1) or of a clause mark (ids.word == -2).
  static detail::unit make_unit(word_ids ids, byte_span span, std::uint16_t position,
                                std::uint16_t clause, std::uint8_t flags) noexcept {
    detail::unit u;
    u.span = span;
    u.word = ids.word;
    u.alt = ids.alt;
    u.position = position;
    u.clause = clause;
    u.flags = flags;
    return u;
  }

  void add_unit(word_ids ids, byte_span span, std::uint8_t flags) {
    units_.append_if(make_unit(ids, span, position_, clause_, flags), ids.word != -1);
    if (units_.size() >= max_sentence_units) finish_sentence(pending_sink_, pending_state_);
  }

  // add_word for a run of plain words (folded, no hyphen, no inner capital) outside a
  // heading, with the unit count and position in registers: kept in the members, each word
  // waits for the last word's store of them. Stops at the first other token, or where the
  // next kept unit could fill the sentence (add_unit then finishes it).
  const token* add_plain_words(const token* t, const token* last) noexcept {
    constexpr std::uint8_t not_plain = token_flags::has_hyphen | token_flags::inner_upper;
    detail::unit* const out = units_.storage();
    std::size_t n = units_.size();
    std::uint16_t position = position_;
    const std::uint16_t clause = clause_;
    for (; t != last && n + 1 < max_sentence_units; ++t) {
      if ((t->kind != token_kind::word) | (t->key_length == 0) | ((t->flags & not_plain) != 0))
        break;
      const word_ids ids = lex_.find_words(t->key);
      out[n] = make_unit(ids, t->span, position, clause, t->flags);  // kept as add_unit keeps
      n += ids.word != -1 ? 1 : 0;
      ++position;
    }
    units_.resize(n);
    position_ = position;
    return t;
  }

  void note_heading_word(std::uint64_t key) noexcept {
    if (heading_ && heading_keys_count_ < max_heading_words)
      heading_keys_[heading_keys_count_++] = key;
  }

  void add_word(const token& t) {
    if ((t.key_length != 0) & !t.has(token_flags::has_hyphen)) {
      if (heading_) note_heading_word(t.key);
      const word_ids ids = lex_.find_words(t.key);
      add_unit(ids, t.span, t.flags);  // kept only when known, without a branch
      if ((ids.word < 0) & t.has(token_flags::inner_upper)) {
        add_parts(t);  // "systemsResearching": a line break was lost
        return;
      }
      ++position_;
      return;
    }
    add_parts(t);
  }

  // A hyphenated word, or one whose lost line break shows as a capital inside it
  // ("systemsResearching"), is read part by part.
  void add_parts(const token& t) {
    const char* const base = source_.data();
    const char* p = base + t.span.begin;
    const char* const end = base + t.span.end;
    const bool camel = !t.has(token_flags::has_hyphen);
    while (p < end) {
      const char* q = p;
      if (camel) {
        ++q;
        while (q < end && !(detail::is_upper(*q) && !detail::is_upper(q[-1]))) ++q;
      } else {
        while (q < end && *q != '-' && !is_unicode_hyphen(q, end)) ++q;
      }
      if (q > p) {
        std::uint64_t key = 0;
        if (!t.has(token_flags::non_ascii) && !t.has(token_flags::decoded)) {
          key =
              detail::fold_ascii_word(p, static_cast<std::size_t>(q - p),
                                      static_cast<std::size_t>(source_.data() + source_.size() - p))
                  .key;
        } else {
          detail::fold_key_builder b;
          detail::fold_word_bytes(p, q, b);
          key = b.key();
        }
        note_heading_word(key);
        const word_ids ids = lex_.find_words(key);
        const byte_span part{static_cast<std::uint32_t>(p - base),
                             static_cast<std::uint32_t>(q - base)};
        if (ids.word >= 0) add_unit(ids, part, t.flags);
        ++position_;
      }
      p = q;
      if (p < end && !camel) p += (*p == '-') ? 1 : 3;
    }
  }

  static bool is_unicode_hyphen(const char* q, const char* end) noexcept {
    // U+2010 and U+2011 (E2 80 90 / E2 80 91), the only multi-byte hyphens inside words
    return end - q >= 3 && static_cast<unsigned char>(q[0]) == 0xE2 &&
           static_cast<unsigned char>(q[1]) == 0x80 &&
           (static_cast<unsigned char>(q[2]) == 0x90 || static_cast<unsigned char>(q[2]) == 0x91);
  }

  void add_number(const token& t) {
    if (t.key_length != 0) {  // the tokenizer folded it (short ASCII numbers)
      const word_ids ids = lex_.find_words(t.key);
      if (ids.word >= 0) add_unit(ids, t.span, t.flags);
    } else if (lex_.has_number_words && t.span.size() <= 16) {
      detail::fold_key_builder b;
      detail::fold_word_bytes(source_.data() + t.span.begin, source_.data() + t.span.end, b);
      const word_ids ids = lex_.find_words(b.key());
      if (ids.word >= 0) add_unit(ids, t.span, t.flags);
    }
    ++position_;
  }

  void add_clause_mark(const token& t) {
    add_unit(word_ids{-2, -1}, t.span, 0);
    ++clause_;
  }

  void end_line(match_sink_fn sink, void* state) {
    if (heading_) {
      section_ = classify_heading(heading_keys_, heading_keys_count_, section_);
      finish_sentence(sink, state);
      heading_ = false;
      return;
    }
    finish_sentence(sink, state);
  }

  void finish_sentence(match_sink_fn sink, void* state) {
    if (!units_.empty()) {
      phrases_.find(units_.data(), units_.size(), raw_);
      read_sentence();
      if (!out_.empty()) sink(state, out_.data(), out_.data() + out_.size());
    }
    units_.clear();
    raw_.clear();
    out_.clear();
    position_ = 0;
    clause_ = 0;
  }

  void read_sentence() {
    const detail::sentence_context s(units_.data(), raw_.data(), raw_.size(), lex_);
    bool names_customer = false;
    bool has_service = false;
    for (std::size_t i = 0; i < s.size(); ++i) {
      const meaning& m = s.what(i);
      names_customer =
          names_customer || m.family != customer_family::none || m.cat == category::customer_term;
      has_service = has_service || (m.cat == category::frontline_service &&
                                    (m.rules & match_rules::needs_customer_context) == 0);
      if (m.cat == category::boilerplate) {  // "We are an equal opportunity employer."
        override_ = true;
        override_section_ = static_cast<section_kind>(m.detail);
      }
    }
    // A boilerplate marker moves its own sentence only: postings whose line breaks were lost
    // would otherwise lose everything after it. Headings move whole sections.
    const section_kind section = override_ ? override_section_ : section_;
    override_ = false;
    for (std::size_t i = 0; i < s.size(); ++i) {
      const category c = s.cat(i);
      if (is_context_word(c) || c == category::none) continue;
      match m = detail::read_in_context(s, i, names_customer, has_service, factors_);
      const detail::raw_match& r = raw_[i];
      m.span = {units_[r.first_unit].span.begin, units_[r.last_unit].span.end};
      m.entry = r.entry;
      m.section = section;
      m.flags |= extra_flags_;
      if ((units_[r.first_unit].flags & token_flags::in_heading) != 0) {
        m.flags |= match_flags::in_heading;
        if ((m.what.rules & match_rules::not_in_heading) != 0) continue;
      }
      out_.push_back(m);
    }
  }

  static constexpr std::size_t max_heading_words = 16;

  lexicon_view lex_;
  context_factors factors_;
  match_sink_fn pending_sink_ = nullptr;  // where a sentence cut for length goes
  void* pending_state_ = nullptr;
  std::string_view source_;
  std::uint8_t extra_flags_ = 0;
  section_kind section_ = section_kind::unlabeled;
  section_kind override_section_ = section_kind::unlabeled;
  bool override_ = false;
  bool heading_ = false;
  std::uint64_t heading_keys_[max_heading_words] = {};
  std::size_t heading_keys_count_ = 0;
  detail::unit_buffer<max_sentence_units> units_;
  detail::phrase_search<max_sentence_units> phrases_;
  std::vector<detail::raw_match> raw_;
  std::vector<match> out_;
  std::uint16_t position_ = 0;
  std::uint16_t clause_ = 0;
};

}  // namespace cxaudit
