#pragma once
/// \file tokenizer.hpp
/// Stage 1 of the pipeline: posting text (plain or HTML) → tokens with byte spans.
///
/// The grammar is Boost.Spirit X3 (detail/tokenizer/grammar_def.hpp); nothing of X3 shows here,
/// and with CXAUDIT_SEPARATE_COMPILATION it is compiled once, in <cxaudit/src.hpp>.

#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

#ifdef CXAUDIT_SEPARATE_COMPILATION
#include "detail/tokenizer/parse_tokens.hpp"
#else
#include "detail/tokenizer/grammar_def.hpp"
#endif
#include "token.hpp"
#include "tokenizer_options.hpp"

namespace cxaudit {

/// Largest input a tokenizer reads: spans are 32-bit byte offsets.
inline constexpr std::uint64_t max_tokenizer_input = std::numeric_limits<std::uint32_t>::max();

/// Turns posting text into tokens. Immutable after construction; one object may serve many
/// threads, each with its own output buffer.
class tokenizer {
 public:
  /// A tokenizer with the given options.
  explicit tokenizer(tokenizer_options options = {}) noexcept : options_(options) {}

  /// The options in use.
  const tokenizer_options& options() const noexcept { return options_; }

  /// Tokenizes all of `text` into `out` (cleared first; its capacity is reused).
  /// Throws only std::bad_alloc. Input beyond `max_tokenizer_input` bytes is not read
  /// (`stats.bytes` tells how much was).
  tokenize_stats tokenize(std::string_view text, std::vector<token>& out) const {
    tokenize_stats stats;
    const std::string_view input = clamp(text);
    stats.bytes = input.size();
    detail::token_sink sink(input.data(), out, options_, stats);
    sink.collect(input.size());
    detail::grammar::parse_tokens(input.data(), input.data() + input.size(), sink);
    return stats;
  }

  /// Tokenizes `text` in bounded memory: tokens are collected in `window` and handed to
  /// `consumer(const token* first, const token* last, bool last_call)` whenever about
  /// `window_tokens` have gathered (at a line boundary when possible), and once at the end.
  /// Memory stays flat however long the text is. `window` is storage: it grows as postings
  /// need (to at most 2 × window_tokens + 2) and its size is kept between calls, so that a
  /// warm caller does not allocate.
  template <typename Consumer>
  tokenize_stats tokenize(std::string_view text, std::vector<token>& window,
                          std::size_t window_tokens, Consumer& consumer) const {
    tokenize_stats stats;
    const std::string_view input = clamp(text);
    stats.bytes = input.size();
    detail::token_sink sink(input.data(), window, options_, stats);
    sink.set_consumer(
        [](void* state, const token* first, const token* last, bool last_call) {
          (*static_cast<Consumer*>(state))(first, last, last_call);
        },
        &consumer, window_tokens < 64 ? 64 : window_tokens, input.size());
    detail::grammar::parse_tokens(input.data(), input.data() + input.size(), sink);
    return stats;
  }

 private:
  static std::string_view clamp(std::string_view text) noexcept {
    return text.size() > max_tokenizer_input
               ? text.substr(0, static_cast<std::size_t>(max_tokenizer_input))
               : text;
  }
  tokenizer_options options_;
};

/// Tokenizes `text` with default options (HTML recognised).
inline std::vector<token> tokenize(std::string_view text, tokenizer_options options = {}) {
  std::vector<token> out;
  tokenizer(options).tokenize(text, out);
  return out;
}

/// Appends a readable dump of `tokens` to `out`, one token per line:
/// `kind begin end "text" [flags]` — the format of the tokenizer's golden files.
inline void append_token_dump(std::string& out, std::string_view source,
                              const std::vector<token>& tokens) {
  static constexpr const char* flag_names[] = {"upper",     "multi_upper", "all_upper",
                                               "hyphen",    "inner_upper", "decoded",
                                               "non_ascii", "in_heading"};
  for (const token& t : tokens) {
    out += to_string(t.kind);
    out += ' ';
    out += std::to_string(t.span.begin);
    out += ' ';
    out += std::to_string(t.span.end);
    out += " \"";
    for (char c : t.span.text(source)) {
      const auto u = static_cast<unsigned char>(c);
      if (c == '"' || c == '\\') {
        out += '\\';
        out += c;
      } else if (u < 0x20 || u == 0x7F) {
        static constexpr char hex[] = "0123456789abcdef";
        out += "\\x";
        out += hex[u >> 4];
        out += hex[u & 15];
      } else {
        out += c;
      }
    }
    out += '"';
    for (int bit = 0; bit < 8; ++bit) {
      if ((t.flags >> bit) & 1u) {
        out += ' ';
        out += flag_names[bit];
      }
    }
    out += '\n';
  }
}

}  // namespace cxaudit
