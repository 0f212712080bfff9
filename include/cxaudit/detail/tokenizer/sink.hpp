#pragma once
/// \file sink.hpp
/// Where the grammar's primitives put tokens: a caller-owned buffer, optionally a bounded
/// window that is handed to a consumer whenever it fills, plus the per-line state that
/// recognises headings.

#include <cstddef>
#include <cstdint>
#include <vector>

#include "../../token.hpp"
#include "../../tokenizer_options.hpp"
#include "../config.hpp"
#include "char_class.hpp"

namespace cxaudit::detail {

/// Receives a run of finished tokens; `last_call` is true once, at the end of the input.
using token_consumer_fn = void (*)(void* state, const token* first, const token* last,
                                   bool last_call);

/// Collects tokens from the grammar and recognises heading lines.
///
/// Tokens are written through a raw cursor into a caller-owned vector used as storage (its
/// size is its usable capacity), so adding a token is a compare and a store. In collecting
/// mode the storage grows and is trimmed to the tokens at the end; in streaming mode (a
/// consumer is set) it keeps a fixed size and is handed over whenever about `window` tokens
/// have gathered, at a line end when possible.
class token_sink {
 public:
  token_sink(const char* source, std::vector<token>& storage, const tokenizer_options& options,
             tokenize_stats& stats)
      : source_(source), storage_(storage), options_(options), stats_(stats) {}

  /// Keeps every token (the storage grows as needed and is trimmed by finish()).
  /// What the storage holds is overwritten, not cleared: clearing it and growing it again
  /// would write every slot twice (resizing a vector value-initializes the new tokens).
  void collect(std::size_t input_bytes) {
    const std::size_t likely = input_bytes / 8 + 64;
    if (storage_.size() < likely) storage_.resize(likely);
    rebase(0);
  }

  /// Hands tokens to `consumer` in runs of about `window` tokens instead of keeping them all.
  /// The storage needs at most 2 × window + 2 tokens; it starts at what an input of
  /// `input_bytes` is likely to need and grows to that bound only when a posting needs it, so
  /// that auditing one short posting does not clear a window sized for long ones. It is never
  /// shrunk: a warm caller does not allocate.
  void set_consumer(token_consumer_fn consumer, void* state, std::size_t window,
                    std::size_t input_bytes) {
    consumer_ = consumer;
    consumer_state_ = state;
    window_ = window;
    const std::size_t likely = input_bytes / 4 + 64;
    if (storage_.size() < likely) storage_.resize(likely < full_window() ? likely : full_window());
    data_ = storage_.data();
    cursor_ = data_;
    set_window_limit(window_);
  }

  const char* source() const noexcept { return source_; }
  const tokenizer_options& options() const noexcept { return options_; }
  tokenize_stats& stats() noexcept { return stats_; }

  /// Offset of `p` in the original input.
  std::uint32_t offset(const char* p) const noexcept {
    return static_cast<std::uint32_t>(p - source_);
  }

  /// True when no text token has been added to the current line yet.
  bool at_line_start() const noexcept { return line_.tokens == 0; }

  /// The most recent token, or nullptr.
  const token* last_token() const noexcept { return cursor_ == data_ ? nullptr : cursor_ - 1; }

  /// Adds a word, number, URL, e-mail, punctuation, sentence end or bullet token.
  /// Takes the fields by value so the token is built in place (no store-forwarding stall).
  CXAUDIT_DETAIL_FORCE_INLINE void push(token_kind kind, std::uint32_t begin, std::uint32_t end,
                                        std::uint64_t key = 0, std::uint16_t key_length = 0,
                                        std::uint8_t flags = 0) {
    if (cursor_ == limit_) overflow();
    if (line_.tokens == 0) line_.first = static_cast<std::size_t>(cursor_ - data_);
    ++line_.tokens;
    token& t = *cursor_++;
    t.span = {begin, end};
    t.key = key;
    t.key_length = key_length;
    t.kind = kind;
    t.flags = flags;
  }

  /// Adds a line or paragraph break; a run of breaks becomes one token of the strongest kind.
  void push_break(token_kind kind, std::uint32_t begin, std::uint32_t end) {
    if (line_.tokens != 0) end_line(kind);
    if (cursor_ != data_ && cursor_[-1].kind >= token_kind::line_break &&
        cursor_[-1].kind <= token_kind::paragraph_break) {
      token& prev = cursor_[-1];
      if (kind > prev.kind) prev.kind = kind;
      prev.span.end = end;
      previous_break_ = prev.kind;
      return;
    }
    if (cursor_ == data_ && !emitted_any_) {
      // breaks before any text carry no information
      previous_break_ = token_kind::paragraph_break;
      return;
    }
    if (cursor_ == limit_) overflow();
    token& t = *cursor_++;
    t = token{};
    t.span = {begin, end};
    t.kind = kind;
    previous_break_ = kind;
    if (flush_pending_) flush(false);  // the window is full and a line just ended
  }

  /// HTML heading elements (<h1>…<h6>) around the current line.
  void set_html_heading(bool open) noexcept { html_heading_ = open; }
  /// A <strong> or <b> element opened.
  void strong_open() noexcept {
    if (line_.tokens == 0) line_.strong_at_start = true;
  }
  /// A </strong> or </b> element closed.
  void strong_close() noexcept { line_.strong_closed_after = line_.tokens; }

  /// Ends the input: finishes the last line and hands over the rest (or trims the storage
  /// to the tokens collected).
  void finish() {
    if (line_.tokens != 0) end_line(token_kind::paragraph_break);
    if (consumer_ != nullptr) {
      flush(true);
    } else {
      const auto n = static_cast<std::size_t>(cursor_ - data_);
      stats_.tokens += n;
      storage_.resize(n);
    }
  }

 private:
  struct line_state {
    std::size_t first = 0;                  // buffer index of the line's first token
    std::uint32_t tokens = 0;               // tokens on the line
    std::uint32_t words = 0;                // word tokens on the line
    std::uint32_t letters = 0;              // folded bytes of words (approximate letter count)
    std::uint32_t other = 0;                // numbers, URLs, punctuation other than a final ':'
    bool all_caps = true;                   // every word is all uppercase
    bool first_capitalized = false;         // first word starts uppercase
    bool sentence_end = false;              // a sentence end on the line
    bool bullet = false;                    // the line starts with a bullet
    bool ends_with_colon = false;           // the last token is ':'
    bool html_heading = false;              // inside <h1>…<h6>
    bool strong_at_start = false;           // <strong>/<b> opened before the first token
    std::uint32_t strong_closed_after = 0;  // tokens on the line when it closed
    bool too_long = false;                  // the window flushed mid-line
  };

  // Gathers the facts of a short line that decide whether it is a heading.
  void analyse_line() noexcept {
    line_state& l = line_;
    l.html_heading = html_heading_;
    for (const token* p = data_ + l.first; p != cursor_; ++p) {
      const token& t = *p;
      l.ends_with_colon = false;
      switch (t.kind) {
        case token_kind::word:
          if (l.words == 0) l.first_capitalized = t.has(token_flags::has_upper);
          ++l.words;
          l.letters += t.key_length;
          if (!t.has(token_flags::all_upper) &&
              !(t.key_length == 1 && t.has(token_flags::has_upper)))
            l.all_caps = false;
          break;
        case token_kind::bullet:
          if (p == data_ + l.first) l.bullet = true;
          break;
        case token_kind::sentence_end:
          l.sentence_end = true;
          break;
        case token_kind::punct:
          if (source_[t.span.begin] == ':') {
            l.ends_with_colon = true;
            break;
          }
          ++l.other;
          break;
        default:
          ++l.other;
          break;
      }
    }
  }

  bool line_is_heading(token_kind closing_break) const noexcept {
    const line_state& l = line_;
    if (l.too_long || l.words == 0 || l.words > 10) return false;
    if (l.html_heading) return true;
    if (l.strong_at_start && l.strong_closed_after == l.tokens && !l.sentence_end) return true;
    if (l.sentence_end) return false;
    if (l.ends_with_colon && l.words <= 8) return true;
    if (l.all_caps && l.letters >= 4 && l.words <= 8) return true;
    return !l.bullet && l.other == 0 && l.words <= 4 && l.first_capitalized &&
           previous_break_ == token_kind::paragraph_break &&
           closing_break == token_kind::line_break;
  }

  void end_line(token_kind closing_break) {
    constexpr std::uint32_t max_heading_tokens = 16;
    if (line_.tokens <= max_heading_tokens && !line_.too_long) analyse_line();
    if (line_.tokens <= max_heading_tokens && !line_.too_long && line_is_heading(closing_break)) {
      // room for one more token is always kept (limit_ < end of storage)
      token* first = data_ + line_.first;
      for (token* t = cursor_; t != first; --t) *t = t[-1];
      ++cursor_;
      token& h = *first;
      h = token{};
      h.kind = token_kind::heading;
      h.span = {first[1].span.begin, cursor_[-1].span.end};
      for (token* t = first + 1; t != cursor_; ++t) t->flags |= token_flags::in_heading;
      if (cursor_ >= limit_) overflow();
    }
    line_ = line_state{};
  }

  // The cursor reached the limit: grow (collecting), or mark a flush for the next line end,
  // or, when a line never ends, flush now.
  void overflow() {
    if (consumer_ == nullptr) {
      const auto used = static_cast<std::size_t>(cursor_ - data_);
      storage_.resize(storage_.size() * 2);
      rebase(used);
      return;
    }
    const auto used = static_cast<std::size_t>(cursor_ - data_);
    if (used < (flush_pending_ ? 2 * window_ : window_)) {
      // the storage ended before the window did: grow it (at most to full_window())
      const std::size_t doubled = storage_.size() * 2;
      storage_.resize(doubled < full_window() ? doubled : full_window());
      rebase(used);
      set_window_limit(flush_pending_ ? 2 * window_ : window_);
      return;
    }
    if (!flush_pending_) {
      flush_pending_ = true;
      set_window_limit(2 * window_);
      return;
    }
    flush(false);
    line_.too_long = true;  // a line that never ends: give up heading detection for it
  }

  // The most tokens streaming holds: a full window, a line that ran past it, a heading slot.
  std::size_t full_window() const noexcept { return 2 * window_ + 2; }

  // Streaming: the cursor stops at `tokens` or at the storage's last spare slot, if sooner.
  void set_window_limit(std::size_t tokens) noexcept {
    const std::size_t room = storage_.size() - 1;  // one spare slot for a heading token
    limit_ = data_ + (tokens < room ? tokens : room);
  }

  void rebase(std::size_t used) noexcept {
    data_ = storage_.data();
    cursor_ = data_ + used;
    limit_ = data_ + storage_.size() - 1;  // one spare slot for a heading token
  }

  void flush(bool last_call) {
    const auto n = static_cast<std::size_t>(cursor_ - data_);
    stats_.tokens += n;
    consumer_(consumer_state_, data_, cursor_, last_call);
    emitted_any_ = emitted_any_ || n != 0;
    cursor_ = data_;
    set_window_limit(window_);
    flush_pending_ = false;
    line_.first = 0;
  }

  const char* source_;
  std::vector<token>& storage_;
  const tokenizer_options& options_;
  tokenize_stats& stats_;
  token* data_ = nullptr;
  token* cursor_ = nullptr;
  token* limit_ = nullptr;
  token_consumer_fn consumer_ = nullptr;
  void* consumer_state_ = nullptr;
  std::size_t window_ = 0;
  bool flush_pending_ = false;
  line_state line_{};
  token_kind previous_break_ = token_kind::paragraph_break;
  bool emitted_any_ = false;
  bool html_heading_ = false;
};

}  // namespace cxaudit::detail
