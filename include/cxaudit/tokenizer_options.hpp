#pragma once
/// \file tokenizer_options.hpp
/// Options and per-run statistics of the tokenizer.

#include <cstdint>

namespace cxaudit {

/// How the tokenizer reads its input.
struct tokenizer_options {
  /// Recognise HTML markup (tags, comments, <script>/<style>); entities are always decoded.
  bool html = true;
  /// Words longer than this many bytes get no fold key (they can never match a lexicon entry)
  /// and are counted in `tokenize_stats::overlong_words`.
  std::uint32_t max_word_bytes = 256;
  /// How far an HTML tag may run before its '<' is read as text instead (bounds the scan).
  std::uint32_t max_tag_bytes = 8192;
};

/// What one tokenizer run saw.
struct tokenize_stats {
  std::uint64_t bytes = 0;               ///< input bytes
  std::uint64_t tokens = 0;              ///< tokens produced
  std::uint64_t words = 0;               ///< word tokens produced
  std::uint64_t invalid_utf8_bytes = 0;  ///< bytes skipped as invalid UTF-8
  std::uint64_t nul_bytes = 0;           ///< NUL bytes (read as spaces)
  std::uint64_t overlong_words = 0;      ///< words longer than max_word_bytes
  std::uint64_t tags = 0;                ///< HTML tags, comments and declarations skipped
  bool unclosed_markup = false;          ///< a <script>, <style>, comment or CDATA ran to the end
};

}  // namespace cxaudit
