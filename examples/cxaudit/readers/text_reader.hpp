#pragma once
// Plain-text postings: one file (or standard input) is one posting. A pure function over the
// file's bytes, so fuzz targets drive it directly.
//
// The title rule:
//  1. A UTF-8 byte-order mark is skipped.
//  2. If one of the first five non-empty lines starts with "Title:" (any case, after leading
//     white space), the rest of that line is the title, and that line is left out of the body.
//  3. Otherwise the first non-empty line is the title and the body is everything after it.
// A line is empty when nothing but white space and markup tags is on it (so "<html>" or
// "<div>" lines before the title are passed over); markup tags are taken out of the title.
// The body is passed on as it is (plain text or HTML: the library reads both).

#include <cstddef>
#include <string>
#include <string_view>

namespace cxaudit_cli {

/// A text posting cut into title and body; the body is `before` followed by `after` (before
/// is only non-empty when a "Title:" line sits below other lines).
struct text_posting {
  std::string title;
  std::string_view before;
  std::string_view after;
};

/// A first line longer than this (visible bytes) is a paragraph, not a title.
inline constexpr std::size_t max_title_line = 200;

namespace text_detail {

inline bool space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

inline std::string_view trim(std::string_view s) {
  while (!s.empty() && space(s.front())) s.remove_prefix(1);
  while (!s.empty() && space(s.back())) s.remove_suffix(1);
  return s;
}

/// The line's text without markup tags, trimmed.
inline std::string visible(std::string_view line) {
  std::string out;
  bool in_tag = false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (in_tag) {
      in_tag = c != '>';
    } else if (c == '<' && i + 1 < line.size() &&
               ((line[i + 1] | 0x20) >= 'a' && (line[i + 1] | 0x20) <= 'z')) {
      in_tag = true;
    } else if (c == '<' && i + 1 < line.size() && (line[i + 1] == '/' || line[i + 1] == '!')) {
      in_tag = true;
    } else {
      out += space(c) ? ' ' : c;
    }
  }
  return std::string(trim(out));
}

inline bool starts_with_title_label(std::string_view line) {
  line = trim(line);
  if (line.size() < 6) return false;
  constexpr std::string_view label = "title:";
  for (std::size_t i = 0; i < label.size(); ++i) {
    const char c = line[i] >= 'A' && line[i] <= 'Z' ? static_cast<char>(line[i] + 32) : line[i];
    if (c != label[i]) return false;
  }
  return true;
}

}  // namespace text_detail

/// Cuts a text posting into title and body (the rule above). The views point into `all`.
inline text_posting split_text_posting(std::string_view all) {
  using namespace text_detail;
  if (all.substr(0, 3) == "\xEF\xBB\xBF") all.remove_prefix(3);
  text_posting out;
  // Each line as [start, end) with `next` the start of the following line.
  auto line_at = [&](std::size_t start, std::size_t& next) {
    const std::size_t nl = all.find('\n', start);
    next = nl == std::string_view::npos ? all.size() : nl + 1;
    return all.substr(start, (nl == std::string_view::npos ? all.size() : nl) - start);
  };
  // 2. a "Title:" line among the first five non-empty lines
  int non_empty = 0;
  for (std::size_t at = 0, next = 0; at < all.size() && non_empty < 5; at = next) {
    const std::string_view line = line_at(at, next);
    if (starts_with_title_label(line)) {
      out.title = visible(trim(line).substr(6));
      out.before = all.substr(0, at);
      out.after = all.substr(next);
      return out;
    }
    if (!visible(line.substr(0, max_title_line * 8)).empty()) ++non_empty;
  }
  // 3. the first non-empty line
  for (std::size_t at = 0, next = 0; at < all.size(); at = next) {
    const std::string_view line = line_at(at, next);
    // a very long line is a paragraph whatever its tags hold; do not copy it to find out
    std::string title = visible(line.substr(0, max_title_line * 8));
    if (title.empty() && line.size() <= max_title_line * 8) continue;
    if (title.size() > max_title_line || line.size() > max_title_line * 8) {
      out.after = all;  // a paragraph: no title line
      return out;
    }
    out.title = std::move(title);
    out.after = all.substr(next);
    return out;
  }
  return out;  // nothing visible at all: no title, no body
}

}  // namespace cxaudit_cli
