#pragma once
/// \file lexicon_format.hpp
/// The user lexicon file format, read by a Spirit X3 grammar (detail/lexicon/format_*.hpp):
///
///     # comments run to the end of the line
///     [customer_term family=guest]           # a section: a category and defaults
///     "hotel guest"                          # a quoted phrase
///     guest 1.5                              # a bare one-word phrase and a weight
///     [frontline_service detail=service_desk]
///     "front desk agent" 2 not-in-heading    # entry attributes override the section's
///     - "store"                              # remove an entry, built-in or earlier
///
/// docs/lexicon-format.md is the full reference. A malformed file yields a typed error with
/// the line, the column (in characters) and what was expected there.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "category.hpp"

namespace cxaudit {

/// What went wrong in a lexicon file.
enum class lexicon_errc : std::uint8_t {
  ok,                    ///< no error
  syntax,                ///< the text does not follow the format
  unknown_category,      ///< a section names no category
  unknown_name,          ///< an unknown family, competency, detail, section, flag or attribute
  bad_weight,            ///< a weight outside [-10, 10] or not a number
  empty_phrase,          ///< a phrase without a letter or digit
  unterminated_quote,    ///< a quoted phrase that does not close on its line
  entry_before_section,  ///< an entry before any [category] section
  phrase_too_long,       ///< a phrase over 200 bytes
  too_many_entries,      ///< more than 100,000 entries
  file_unreadable,       ///< the file could not be opened or read
};

/// The name of an error code.
constexpr std::string_view to_string(lexicon_errc e) noexcept {
  constexpr std::string_view names[] = {"ok",
                                        "syntax",
                                        "unknown_category",
                                        "unknown_name",
                                        "bad_weight",
                                        "empty_phrase",
                                        "unterminated_quote",
                                        "entry_before_section",
                                        "phrase_too_long",
                                        "too_many_entries",
                                        "file_unreadable"};
  return names[static_cast<int>(e)];
}

/// A lexicon file error: where, what was expected, and a sentence saying so.
struct lexicon_error {
  lexicon_errc code = lexicon_errc::ok;  ///< the kind of error
  std::uint32_t line = 0;                ///< 1-based line
  std::uint32_t column = 0;              ///< 1-based column, in characters (code points)
  std::string expected;                  ///< what the parser expected there
  std::string message;                   ///< "line 3, column 7: …"
};

/// One instruction of a lexicon file.
struct lexicon_directive {
  /// Add (or replace) an entry, or remove one.
  enum class action : std::uint8_t { add, remove };
  action act = action::add;  ///< what to do
  std::string phrase;        ///< the phrase, unquoted and unescaped
  meaning what;              ///< its meaning (for add)
  std::uint32_t line = 0;    ///< where it was written
};

/// What a lexicon file says, or where it went wrong. On an error, `directives` holds what was
/// read before it.
struct lexicon_parse_result {
  std::vector<lexicon_directive> directives;  ///< in file order
  lexicon_error error;                        ///< code ok when the whole file was read
  /// True when the whole file was read.
  bool ok() const noexcept { return error.code == lexicon_errc::ok; }
};

/// Limits of the format.
inline constexpr std::size_t max_lexicon_phrase_bytes = 200;
/// Entries per file.
inline constexpr std::size_t max_lexicon_entries = 100000;

}  // namespace cxaudit

#include "detail/lexicon/format_reader.hpp"

namespace cxaudit {

/// Reads a lexicon from text. Throws only std::bad_alloc.
inline lexicon_parse_result parse_lexicon(std::string_view text) {
  return detail::format::read_lexicon_text(text);
}

/// Reads a lexicon file; a file that cannot be read is a file_unreadable error.
inline lexicon_parse_result read_lexicon_file(const std::string& path) {
  return detail::format::read_lexicon_path(path);
}

}  // namespace cxaudit
