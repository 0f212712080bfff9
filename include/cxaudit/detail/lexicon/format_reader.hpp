#pragma once
/// \file format_reader.hpp
/// Reads a lexicon file line by line: checks the bytes, runs the grammar on each line, and
/// turns what it found into directives, reporting the first error with its line and column.

#include <cstdio>
#include <string>
#include <string_view>

#include "../tokenizer/char_class.hpp"
#include "format_grammar_def.hpp"
#include "format_names.hpp"
#include "normalize_phrase.hpp"

namespace cxaudit::detail::format {

/// 1-based column of `at` on the line starting at `line_begin`, counting UTF-8 characters.
inline std::uint32_t column_of(const char* line_begin, const char* at) noexcept {
  std::uint32_t col = 1;
  for (const char* p = line_begin; p < at; ++p)
    if ((static_cast<unsigned char>(*p) & 0xC0) != 0x80) ++col;
  return col;
}

/// The state of a read: where it is, the current section's defaults, and the result.
class reader {
 public:
  explicit reader(lexicon_parse_result& out) : out_(out) {}

  /// Reads one line [first, last) numbered `number`; false after an error.
  bool read_line(const char* first, const char* last, std::uint32_t number) {
    line_begin_ = first;
    number_ = number;
    for (const char* p = first; p < last;) {  // the bytes first: UTF-8, no NUL
      char32_t cp = 0;
      const int n = decode_utf8(p, last, cp);
      if (n == 0 || cp == 0)
        return fail(lexicon_errc::syntax, p, "valid UTF-8 text without NUL bytes",
                    "the line holds a byte that is not valid UTF-8 text");
      p += n;
    }
    if (!parse_line(first, last, line_)) {
      std::string what = "expected " + line_.expected;
      return fail(lexicon_errc::syntax, line_.failed_at, line_.expected, what);
    }
    switch (line_.what) {
      case line_parse::kind::blank:
        return true;
      case line_parse::kind::section:
        return read_section();
      case line_parse::kind::removal:
        return read_phrase(lexicon_directive::action::remove);
      case line_parse::kind::entry:
        return read_phrase(lexicon_directive::action::add);
    }
    return true;
  }

 private:
  bool fail(lexicon_errc code, const char* at, std::string expected, const std::string& what) {
    lexicon_error& e = out_.error;
    e.code = code;
    e.line = number_;
    e.column = column_of(line_begin_, at);
    e.expected = std::move(expected);
    e.message =
        "line " + std::to_string(e.line) + ", column " + std::to_string(e.column) + ": " + what;
    return false;
  }

  bool read_section() {
    meaning m;
    if (!find_name(line_.category.view(), category_count, m.cat))
      return fail(lexicon_errc::unknown_category, line_.category.first, "a category name",
                  "unknown category '" + std::string(line_.category.view()) +
                      "' (expected one of: " + name_list<category>(0, category_count) + ")");
    m.weight = m.cat == category::none ? 0.0f : 1.0f;
    for (const parsed_attribute& a : line_.attributes)
      if (!apply_attribute(a, m)) return false;
    section_ = m;
    in_section_ = true;
    return true;
  }

  bool read_phrase(lexicon_directive::action act) {
    if (!line_.quote_closed)
      return fail(lexicon_errc::unterminated_quote, line_.phrase.first, "'\"'",
                  "the quoted phrase is not closed on its line");
    bool has_word = false;
    for (const std::string& w : phrase_words(line_.phrase_text))
      for (char c : w) has_word = has_word || is_alnum(c) || is_high(c);
    if (!has_word)
      return fail(lexicon_errc::empty_phrase, line_.phrase.first, "a phrase with a letter or digit",
                  "the phrase has no letter or digit");
    if (line_.phrase_text.size() > max_lexicon_phrase_bytes)
      return fail(lexicon_errc::phrase_too_long, line_.phrase.first,
                  "a phrase of at most 200 bytes", "the phrase is longer than 200 bytes");
    if (out_.directives.size() >= max_lexicon_entries)
      return fail(lexicon_errc::too_many_entries, line_.phrase.first, "at most 100000 entries",
                  "the file has more than 100000 entries");
    lexicon_directive d;
    d.act = act;
    d.phrase = line_.phrase_text;
    d.line = number_;
    if (act == lexicon_directive::action::add) {
      if (!in_section_)
        return fail(lexicon_errc::entry_before_section, line_.phrase.first, "a [category] section",
                    "an entry must follow a [category] section");
      d.what = section_;
      if (line_.has_weight && !set_weight(line_.weight, line_.weight_text.first, d.what))
        return false;
      for (const parsed_attribute& a : line_.attributes)
        if (!apply_attribute(a, d.what)) return false;
    }
    out_.directives.push_back(std::move(d));
    return true;
  }

  bool set_weight(double w, const char* at, meaning& m) {
    if (!(w >= -10.0 && w <= 10.0))
      return fail(lexicon_errc::bad_weight, at, "a weight between -10 and 10",
                  "the weight must be a number between -10 and 10");
    m.weight = static_cast<float>(w);
    return true;
  }

  bool unknown(const text_range& r, const char* kind, const std::string& valid) {
    return fail(lexicon_errc::unknown_name, r.first, valid,
                std::string("unknown ") + kind + " '" + std::string(r.view()) +
                    "' (expected one of: " + valid + ")");
  }

  bool apply_attribute(const parsed_attribute& a, meaning& m) {
    const std::string_view key = a.key.view();
    if (!a.has_value) {
      for (const flag_name& f : flag_names) {
        if (f.name == key) {
          m.rules = static_cast<std::uint8_t>(m.rules | f.bit);
          return true;
        }
      }
      return unknown(a.key, "flag",
                     flag_list() + ", or an attribute " + std::string(attribute_names));
    }
    const std::string_view v = a.value.view();
    if (key == "family") {
      if (!find_name(v, customer_family_count, m.family))
        return unknown(a.value, "customer family",
                       name_list<customer_family>(1, customer_family_count));
    } else if (key == "competency") {
      if (!find_name(v, competency_count, m.comp))
        return unknown(a.value, "competency", name_list<competency>(1, competency_count));
    } else if (key == "section") {
      section_kind s{};
      if (!find_name(v, section_kind_count, s))
        return unknown(a.value, "section", name_list<section_kind>(0, section_kind_count));
      m.detail = static_cast<std::uint8_t>(s);
    } else if (key == "detail") {
      std::uint8_t i = 0;
      while (i < std::size(detail_names) && detail_names[i] != v) ++i;
      if (i == std::size(detail_names))
        return unknown(a.value, "frontline detail",
                       "general, retail, sales, contact_center, service_desk");
      m.detail = i;
    } else if (key == "tag") {
      unsigned n = 0;
      bool digits = !v.empty() && v.size() <= 3;
      for (char c : v) digits = digits && c >= '0' && c <= '9';
      if (digits)
        for (char c : v) n = n * 10 + static_cast<unsigned>(c - '0');
      if (!digits || n > 255)
        return fail(lexicon_errc::unknown_name, a.value.first, "a tag from 0 to 255",
                    "a tag must be a whole number from 0 to 255");
      m.detail = static_cast<std::uint8_t>(n);
    } else if (key == "weight") {
      const std::string text(v);
      char* end = nullptr;
      const double w = std::strtod(text.c_str(), &end);
      if (end == text.c_str() || *end != '\0')
        return fail(lexicon_errc::bad_weight, a.value.first, "a weight between -10 and 10",
                    "the weight must be a number between -10 and 10");
      return set_weight(w, a.value.first, m);
    } else {
      return unknown(a.key, "attribute", std::string(attribute_names));
    }
    return true;
  }

  lexicon_parse_result& out_;
  line_parse line_;
  meaning section_;
  bool in_section_ = false;
  const char* line_begin_ = nullptr;
  std::uint32_t number_ = 0;
};

/// Reads lexicon text (LF or CRLF lines, an optional UTF-8 byte-order mark).
inline lexicon_parse_result read_lexicon_text(std::string_view text) {
  lexicon_parse_result out;
  reader r(out);
  const char* p = text.data();
  const char* const end = p + text.size();
  if (text.size() >= 3 && text.substr(0, 3) == "\xEF\xBB\xBF") p += 3;
  std::uint32_t number = 0;
  while (p < end || number == 0) {
    const char* eol = p;
    while (eol < end && *eol != '\n') ++eol;
    const char* content_end = (eol > p && eol[-1] == '\r') ? eol - 1 : eol;
    if (!r.read_line(p, content_end, ++number)) break;
    if (eol >= end) break;
    p = eol + 1;
  }
  return out;
}

/// Reads a lexicon file.
inline lexicon_parse_result read_lexicon_path(const std::string& path) {
  lexicon_parse_result out;
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (f == nullptr) {
    out.error.code = lexicon_errc::file_unreadable;
    out.error.message = "cannot open lexicon file '" + path + "'";
    return out;
  }
  std::string text;
  char buf[1 << 16];
  std::size_t n = 0;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) text.append(buf, n);
  const bool failed = std::ferror(f) != 0;
  std::fclose(f);
  if (failed) {
    out.error.code = lexicon_errc::file_unreadable;
    out.error.message = "cannot read lexicon file '" + path + "'";
    return out;
  }
  return read_lexicon_text(text);
}

}  // namespace cxaudit::detail::format
