#pragma once
/// \file scan_markup.hpp
/// Scanners for HTML: tags (block tags mark structure, <script>/<style> contents are skipped),
/// comments, CDATA, declarations, and character references outside words.

#include <cstdint>
#include <cstring>
#include <string_view>

#include "char_class.hpp"
#include "entities.hpp"
#include "scan_text.hpp"
#include "sink.hpp"

namespace cxaudit::detail {

/// What an HTML element means to the tokenizer.
enum class tag_role : std::uint8_t {
  inline_element,  ///< no structure: a, span, em, i, u, font, …
  paragraph,       ///< p, div, ul, ol, table, section, …: a paragraph break
  line,            ///< br, tr, td, th, dd, dt: a line break
  list_item,       ///< li: a line break and a bullet
  heading,         ///< h1 … h6
  strong,          ///< strong, b: may make a heading line
  raw_text,        ///< script, style, head, title: contents are skipped
};

/// The role of a lowercase tag name (switching on length and letters: tags are frequent in
/// HTML postings, so no string comparisons in a loop).
inline tag_role classify_tag(std::string_view n) noexcept {
  const auto is = [&](const char* w) { return n == w; };
  switch (n.size()) {
    case 1:
      if (n[0] == 'p') return tag_role::paragraph;
      if (n[0] == 'b') return tag_role::strong;
      return tag_role::inline_element;
    case 2:
      if (n[0] == 'h' && n[1] >= '1' && n[1] <= '6') return tag_role::heading;
      if (is("li")) return tag_role::list_item;
      if (is("br") || is("tr") || is("td") || is("th") || is("dd") || is("dt"))
        return tag_role::line;
      if (is("ul") || is("ol") || is("hr") || is("dl")) return tag_role::paragraph;
      return tag_role::inline_element;
    case 3:
      if (is("div") || is("pre") || is("nav")) return tag_role::paragraph;
      return tag_role::inline_element;
    case 4:
      if (is("main") || is("form") || is("body") || is("html")) return tag_role::paragraph;
      if (is("head")) return tag_role::raw_text;  // metadata, not the posting
      return tag_role::inline_element;
    case 5:
      if (is("table") || is("aside")) return tag_role::paragraph;
      if (is("style") || is("title")) return tag_role::raw_text;
      return tag_role::inline_element;
    case 6:
      if (is("strong")) return tag_role::strong;
      if (is("header") || is("footer") || is("figure") || is("center")) return tag_role::paragraph;
      if (is("script")) return tag_role::raw_text;
      return tag_role::inline_element;
    case 7:
      if (is("section") || is("article")) return tag_role::paragraph;
      return tag_role::inline_element;
    case 10:
      if (is("blockquote")) return tag_role::paragraph;
      return tag_role::inline_element;
    default:
      return tag_role::inline_element;
  }
}

/// Finds `needle` in [p, last), or returns nullptr.
inline const char* find_text(const char* p, const char* last, std::string_view needle) noexcept {
  while (p < last) {
    const void* hit = std::memchr(p, needle[0], static_cast<std::size_t>(last - p));
    if (hit == nullptr) return nullptr;
    const char* h = static_cast<const char*>(hit);
    if (static_cast<std::size_t>(last - h) < needle.size()) return nullptr;
    if (std::memcmp(h, needle.data(), needle.size()) == 0) return h;
    p = h + 1;
  }
  return nullptr;
}

/// Finds the closing tag "</name" (any case) of a raw-text element, or nullptr.
inline const char* find_raw_text_end(const char* p, const char* last,
                                     std::string_view name) noexcept {
  while (p < last) {
    const char* lt = find_text(p, last, "</");
    if (lt == nullptr) return nullptr;
    const char* n = lt + 2;
    if (static_cast<std::size_t>(last - n) >= name.size()) {
      bool same = true;
      for (std::size_t i = 0; i < name.size() && same; ++i) same = lower(n[i]) == name[i];
      if (same && (n + name.size() == last || !is_alnum(n[name.size()]))) return lt;
    }
    p = lt + 2;
  }
  return nullptr;
}

/// The '>' ending a tag or declaration that starts at `p`, honouring quoted attribute values
/// (a quote only opens after '='), within `max_bytes`; nullptr when there is none.
inline const char* find_tag_end(const char* p, const char* last, std::uint32_t max_bytes) noexcept {
  const char* limit = (static_cast<std::size_t>(last - p) > max_bytes) ? p + max_bytes : last;
  char quote = 0;
  char prev = 0;
  for (const char* q = p; q < limit; ++q) {
    const char c = *q;
    if (quote != 0) {
      if (c == quote) quote = 0;
    } else if ((c == '"' || c == '\'') && prev == '=') {
      quote = c;
    } else if (c == '>') {
      return q;
    }
    if ((cls(c) & byte_class::space) == 0) prev = c;
  }
  return nullptr;
}

/// Skips from `p` past `terminator`, or to the end of the input (which is then unclosed).
inline const char* skip_past(const char* p, const char* last, std::string_view terminator,
                             token_sink& sink) noexcept {
  const char* end = find_text(p, last, terminator);
  if (end == nullptr) {
    sink.stats().unclosed_markup = true;
    return last;
  }
  return end + terminator.size();
}

/// Consumes an HTML tag, comment, CDATA section or declaration at '<'.
inline bool scan_tag(const char*& p, const char* last, token_sink& sink) {
  if (*p != '<' || !sink.options().html || last - p < 2) return false;
  const char* q = p + 1;
  if (*q == '!' || *q == '?') {
    const char* end = nullptr;
    if (last - q >= 3 && std::memcmp(q, "!--", 3) == 0) {
      end = skip_past(q + 3, last, "-->", sink);
    } else if (last - q >= 8 && std::memcmp(q, "![CDATA[", 8) == 0) {
      end = skip_past(q + 8, last, "]]>", sink);
    } else {
      const char* gt = find_tag_end(q, last, sink.options().max_tag_bytes);
      if (gt == nullptr) return false;
      end = gt + 1;
    }
    ++sink.stats().tags;
    p = end;
    return true;
  }
  const bool closing = *q == '/';
  if (closing) ++q;
  if (q >= last || !is_alpha(*q)) return false;
  char name[12];
  std::size_t name_length = 0;
  while (q < last && is_alnum(*q)) {
    if (name_length < sizeof name) name[name_length] = lower(*q);
    ++name_length;
    ++q;
  }
  const char* gt = find_tag_end(q, last, sink.options().max_tag_bytes);
  if (gt == nullptr) return false;
  const char* end = gt + 1;
  ++sink.stats().tags;
  const tag_role role = name_length <= sizeof name
                            ? classify_tag(std::string_view(name, name_length))
                            : tag_role::inline_element;
  const std::uint32_t b = sink.offset(p);
  const std::uint32_t e = sink.offset(end);
  switch (role) {
    case tag_role::inline_element:
      break;
    case tag_role::paragraph:
      sink.push_break(token_kind::paragraph_break, b, e);
      break;
    case tag_role::line:
      sink.push_break(token_kind::line_break, b, e);
      break;
    case tag_role::list_item:
      sink.push_break(token_kind::line_break, b, closing ? e : b);  // the bullet spans <li>
      if (!closing) push_plain(token_kind::bullet, p, end, sink);
      break;
    case tag_role::heading:
      sink.push_break(token_kind::paragraph_break, b, e);
      sink.set_html_heading(!closing);
      break;
    case tag_role::strong:
      if (closing)
        sink.strong_close();
      else
        sink.strong_open();
      break;
    case tag_role::raw_text:
      if (!closing && gt[-1] != '/') {
        const char* close = find_raw_text_end(end, last, std::string_view(name, name_length));
        if (close == nullptr) {
          sink.stats().unclosed_markup = true;
          end = last;
        } else {
          const char* close_gt = find_tag_end(close, last, sink.options().max_tag_bytes);
          end = close_gt != nullptr ? close_gt + 1 : last;
        }
      }
      break;
  }
  p = end;
  return true;
}

/// Consumes a character reference outside a word: &nbsp; is a space, &bull; at the start of
/// a line a bullet, &amp; and dashes punctuation, quotes nothing. A bare '&' is punctuation.
inline bool scan_entity(const char*& p, const char* last, token_sink& sink) {
  if (*p != '&') return false;
  char32_t cp = 0;
  const int n = decode_entity(p, last, cp);
  if (n == 0) return false;  // a bare ampersand: scan_punct takes it
  const char* q = p + n;
  const cp_class k = cp < 0x80 ? cp_class::symbol : classify_cp(cp);
  if (cp == '&' || cp == '/' || k == cp_class::dash || k == cp_class::hyphen) {
    push_plain(token_kind::punct, p, q, sink);
  } else if (k == cp_class::bullet) {
    push_plain(sink.at_line_start() ? token_kind::bullet : token_kind::punct, p, q, sink);
  } else if (k == cp_class::sentence) {
    push_plain(token_kind::sentence_end, p, q, sink);
  } else if (k == cp_class::newline || k == cp_class::paragraph) {
    sink.push_break(k == cp_class::newline ? token_kind::line_break : token_kind::paragraph_break,
                    sink.offset(p), sink.offset(q));
  }
  p = q;
  return true;
}

}  // namespace cxaudit::detail
