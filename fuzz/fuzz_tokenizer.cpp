// Fuzzes the tokenizer (include/cxaudit/tokenizer.hpp): cxaudit::tokenize(), a reused
// cxaudit::tokenizer writing into a warm buffer, and the streaming API in small windows.
//
// Checks: every token span lies within the input and is not inverted; token begins never go
// backwards; tokens other than headings never overlap; non-text tokens carry no key; the
// statistics agree with the tokens; the reused tokenizer gives exactly what tokenize() gives;
// streaming hands over every text token (span, key, kind) that collecting yields, calls the
// consumer with last_call exactly once (last), and keeps its window bounded. Options other
// than the defaults (no HTML, short words, short tags) are steered by the input's last bytes.
// With CXAUDIT_FUZZ_STRICT=1, streaming must also give the same headings and flags.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <cxaudit/tokenizer.hpp>

#include "fuzz_check.hpp"

namespace {

using cxaudit::token;
using cxaudit::token_kind;

void check_tokens(std::string_view in, const std::vector<token>& tokens) {
  std::uint32_t last_begin = 0;
  std::uint32_t last_end = 0;  // end of the last token that is not a heading
  for (const token& t : tokens) {
    CXAUDIT_FUZZ_CHECK(static_cast<int>(t.kind) < cxaudit::token_kind_count, "token kind valid");
    CXAUDIT_FUZZ_CHECK(t.span.begin <= t.span.end, "token span not inverted");
    CXAUDIT_FUZZ_CHECK(t.span.end <= in.size(), "token span within the input");
    CXAUDIT_FUZZ_CHECK(t.span.begin >= last_begin, "token begins non-decreasing");
    last_begin = t.span.begin;
    if (t.kind == token_kind::heading) continue;  // spans the tokens of its line
    CXAUDIT_FUZZ_CHECK(t.span.begin >= last_end, "tokens other than headings do not overlap");
    last_end = t.span.end;
    if (t.is_text()) CXAUDIT_FUZZ_CHECK(t.span.size() > 0, "text tokens are not empty");
    if (!t.is_text())
      CXAUDIT_FUZZ_CHECK(t.key == 0 && t.key_length == 0, "non-text tokens carry no key");
  }
}

void check_stats(std::string_view in, const cxaudit::tokenize_stats& s,
                 const std::vector<token>& tokens) {
  CXAUDIT_FUZZ_CHECK(s.bytes == in.size(), "stats.bytes is the input size");
  CXAUDIT_FUZZ_CHECK(s.tokens == tokens.size(), "stats.tokens counts the tokens");
  std::uint64_t words = 0;
  for (const token& t : tokens) words += t.kind == token_kind::word;
  CXAUDIT_FUZZ_CHECK(s.words == words, "stats.words counts the word tokens");
  CXAUDIT_FUZZ_CHECK(s.invalid_utf8_bytes + s.nul_bytes <= in.size(), "byte counts bounded");
  CXAUDIT_FUZZ_CHECK(s.overlong_words <= s.words, "overlong words are words");
}

bool same_token(const token& a, const token& b, bool flags) {
  return a.span == b.span && a.key == b.key && a.key_length == b.key_length && a.kind == b.kind &&
         (!flags || a.flags == b.flags);
}

// Streams `in` in windows of `window_tokens` and compares with the collected `all`.
void check_streaming(const cxaudit::tokenizer& tk, std::string_view in,
                     const cxaudit::tokenize_stats& all_stats, const std::vector<token>& all,
                     std::size_t window_tokens) {
  static std::vector<token> window;  // storage kept warm between inputs, as callers do
  static std::size_t widest = 0;     // the widest window it served
  std::vector<token> streamed;
  int last_calls = 0;
  bool call_after_last = false;
  auto consumer = [&](const token* first, const token* last, bool last_call) {
    CXAUDIT_FUZZ_CHECK(first <= last, "consumer range not inverted");
    call_after_last = call_after_last || last_calls > 0;
    last_calls += last_call;
    streamed.insert(streamed.end(), first, last);
  };
  const cxaudit::tokenize_stats s = tk.tokenize(in, window, window_tokens, consumer);
  const std::size_t w = window_tokens < 64 ? 64 : window_tokens;
  if (w > widest) widest = w;
  CXAUDIT_FUZZ_CHECK(last_calls == 1, "consumer gets last_call exactly once");
  CXAUDIT_FUZZ_CHECK(!call_after_last, "no consumer call after last_call");
  CXAUDIT_FUZZ_CHECK(window.size() <= 2 * widest + 2, "streaming window stays bounded");
  check_tokens(in, streamed);
  CXAUDIT_FUZZ_CHECK(s.tokens == streamed.size(), "streaming stats.tokens counts the tokens");
  CXAUDIT_FUZZ_CHECK(s.bytes == all_stats.bytes && s.words == all_stats.words &&
                         s.invalid_utf8_bytes == all_stats.invalid_utf8_bytes &&
                         s.nul_bytes == all_stats.nul_bytes &&
                         s.overlong_words == all_stats.overlong_words && s.tags == all_stats.tags &&
                         s.unclosed_markup == all_stats.unclosed_markup,
                     "streaming and collecting agree on the statistics");

  // the text tokens are the same (flags may differ in heading marks unless strict)
  constexpr auto heading_bit = cxaudit::token_flags::in_heading;
  std::size_t j = 0;
  for (const token& a : all) {
    if (!a.is_text()) continue;
    while (j < streamed.size() && !streamed[j].is_text()) ++j;
    CXAUDIT_FUZZ_CHECK(j < streamed.size(), "streaming yields every text token");
    token b = streamed[j++];
    if (!cxaudit_fuzz::strict()) {
      token a2 = a;
      a2.flags &= static_cast<std::uint8_t>(~heading_bit);
      b.flags &= static_cast<std::uint8_t>(~heading_bit);
      CXAUDIT_FUZZ_CHECK(same_token(a2, b, true), "streamed text token equals collected one");
    } else {
      CXAUDIT_FUZZ_CHECK(same_token(a, b, true), "streamed text token equals collected (strict)");
    }
  }
  while (j < streamed.size() && !streamed[j].is_text()) ++j;
  CXAUDIT_FUZZ_CHECK(j == streamed.size(), "streaming yields no extra text token");

  if (cxaudit_fuzz::strict()) {
    std::size_t ha = 0, hb = 0;
    for (const token& t : all) ha += t.kind == token_kind::heading;
    for (const token& t : streamed) hb += t.kind == token_kind::heading;
    CXAUDIT_FUZZ_CHECK(ha == hb, "streaming finds the same headings (strict)");
  }
}

void run(const cxaudit::tokenizer& tk, std::string_view in, std::vector<token>& reused,
         std::size_t window_tokens) {
  const cxaudit::tokenize_stats s = tk.tokenize(in, reused);
  check_tokens(in, reused);
  check_stats(in, s, reused);
  check_streaming(tk, in, s, reused, window_tokens);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view in = cxaudit_fuzz::input_view(data, size);

  // the one-call API with default options, and a reused tokenizer with a warm buffer
  const std::vector<token> fresh = cxaudit::tokenize(in);
  static const cxaudit::tokenizer default_tk;
  static std::vector<token> reused;
  const std::size_t window = 64 + (cxaudit_fuzz::tail_byte(in, 0) & 3) * 32;
  run(default_tk, in, reused, window);
  CXAUDIT_FUZZ_CHECK(fresh.size() == reused.size(), "tokenize() and a reused tokenizer agree");
  for (std::size_t i = 0; i < fresh.size(); ++i)
    CXAUDIT_FUZZ_CHECK(same_token(fresh[i], reused[i], true),
                       "tokenize() and a reused tokenizer agree");

  // other options, steered by the input's last bytes
  const unsigned b = cxaudit_fuzz::tail_byte(in, 1);
  cxaudit::tokenizer_options o;
  o.html = (b & 1) == 0;
  o.max_word_bytes = (b & 2) != 0 ? 1 + (cxaudit_fuzz::tail_byte(in, 2) & 15) : 256;
  o.max_tag_bytes = (b & 4) != 0 ? 1 + (cxaudit_fuzz::tail_byte(in, 3) & 63) : 8192;
  if ((b & 7) != 0) {
    static std::vector<token> other;
    run(cxaudit::tokenizer(o), in, other, 64);
  }

  // the golden-file dump reads every span
  std::string dump;
  cxaudit::append_token_dump(dump, in, fresh);
  return 0;
}
