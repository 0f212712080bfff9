#pragma once
// JSON Lines input, in three pure pieces (no files, no threads), so fuzz targets drive them
// directly:
//
//   jsonl_block_reader  bytes from a source → blocks of whole lines, in bounded memory;
//                       a line over the size limit becomes an `oversized_line` event.
//   for_each_jsonl_line a block → its lines with their 1-based numbers (blank lines skipped).
//   jsonl_record_parser one line → id, title and text, or the reason it is not a record.
//
// JSON is parsed by simdjson's On-Demand API (never by hand). Lines are parsed in place: a block
// keeps SIMDJSON_PADDING allocated bytes after its end, which is what simdjson asks for.
//
// The rules: a line holding only spaces, tabs or a CR is blank, and not a record (it gets no
// output, but it is counted in line numbers). A record is a JSON object with a string `text`
// field (name set by --text-key) that holds more than white space; `title` is a string, null or
// missing; `id` is a string, a number, null or missing. Every other line is an error record.

#include <string.h>  // memrchr
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include <simdjson.h>

#include "../batch.hpp"

namespace cxaudit_cli {

/// The field names to read (--id-key, --title-key, --text-key).
struct field_keys {
  std::string id = "id";
  std::string title = "title";
  std::string text = "text";
};

/// Cuts a byte stream into blocks of whole lines.
///
/// `Source` has `std::size_t read(char* to, std::size_t n)` (0 at the end of the input) and
/// `bool ready()` (more bytes can be read now without waiting). A block holds about
/// `block_bytes` (more when one line is longer); when the source would block, a block holds
/// what has arrived, so a slow producer's records are not held back. A last line without a
/// newline is a line.
class jsonl_block_reader {
 public:
  /// What next() produced.
  enum class event { lines, oversized_line, end };

  jsonl_block_reader(std::size_t block_bytes, std::size_t max_line)
      : block_bytes_(block_bytes), max_line_(max_line) {}

  /// Fills `block` with whole lines (`lines`), or reports that line `first_line` is longer
  /// than max_line (`oversized_line`; its bytes were read and dropped), or `end`.
  template <typename Source>
  event next(Source& source, byte_buffer& block, std::int64_t& first_line) {
    block.clear();
    block.append(carry_);
    carry_.clear();
    first_line = line_;
    std::size_t last_newline = find_last_newline(block.view(), 0);
    for (;;) {
      const bool have_line = last_newline != npos;
      if (eof_ || (have_line && (block.size() >= block_bytes_ || !source.ready()))) break;
      if (!have_line && block.size() >= max_line_) return drop_oversized(source, block);
      // a line longer than a block: read as much again as is held (the buffer doubles)
      std::size_t want = block.size() < block_bytes_ ? block_bytes_ - block.size() : block.size();
      if (want < min_read) want = min_read;
      const std::size_t before = block.size();
      const std::size_t n = source.read(block.reserve_tail(want), want);
      if (n == 0) {
        eof_ = true;
        continue;
      }
      block.commit(n);
      const std::size_t found = find_last_newline(block.view(), before);
      if (found != npos) last_newline = found;
    }
    if (block.empty()) return event::end;
    const std::size_t cut = eof_ ? block.size() : last_newline + 1;
    carry_.assign(block.data() + cut, block.size() - cut);
    block.resize_down(cut);
    line_ += count_lines(block.view());
    return event::lines;
  }

  /// The number the next line will have.
  std::int64_t next_line() const noexcept { return line_; }

 private:
  static constexpr std::size_t npos = std::string_view::npos;
  static constexpr std::size_t min_read = 64u << 10;  // the smallest read() asked of a source

  static std::size_t find_last_newline(std::string_view s, std::size_t from) {
    if (from >= s.size()) return npos;
    const auto* p = static_cast<const char*>(memrchr(s.data() + from, '\n', s.size() - from));
    return p == nullptr ? npos : static_cast<std::size_t>(p - s.data());
  }

  static std::int64_t count_lines(std::string_view s) {
    std::int64_t n = 0;
    const char* p = s.data();
    const char* const end = p + s.size();
    while ((p = static_cast<const char*>(
                std::memchr(p, '\n', static_cast<std::size_t>(end - p)))) != nullptr) {
      ++n;
      ++p;
    }
    if (!s.empty() && s.back() != '\n') ++n;  // the last line, without a newline
    return n;
  }

  // Reads on to the end of the current line without keeping it.
  template <typename Source>
  event drop_oversized(Source& source, byte_buffer& block) {
    ++line_;  // the caller's first_line already names it
    for (;;) {
      block.clear();
      const std::size_t chunk = block_bytes_ > min_read ? block_bytes_ : min_read;
      const std::size_t n = source.read(block.reserve_tail(chunk), chunk);
      if (n == 0) {
        eof_ = true;
        break;
      }
      block.commit(n);
      const auto* nl = static_cast<const char*>(std::memchr(block.data(), '\n', n));
      if (nl != nullptr) {
        const std::size_t after = static_cast<std::size_t>(nl - block.data()) + 1;
        carry_.assign(block.data() + after, n - after);
        break;
      }
    }
    block.clear();
    block.shrink_if_above(block_bytes_ * 4);
    carry_.shrink_to_fit();
    return event::oversized_line;
  }

  std::size_t block_bytes_;
  std::size_t max_line_;
  std::string carry_;  // the start of a line whose end is not read yet
  std::int64_t line_ = 1;
  bool eof_ = false;
};

/// Calls `on_line(std::string_view line, std::int64_t number)` for every line of `block` that
/// is not blank; `first_line` is the number of its first line. A CR before the LF is dropped.
template <typename OnLine>
void for_each_jsonl_line(std::string_view block, std::int64_t first_line, OnLine&& on_line) {
  std::int64_t number = first_line;
  while (!block.empty()) {
    const auto* nl = static_cast<const char*>(std::memchr(block.data(), '\n', block.size()));
    const std::size_t len =
        nl == nullptr ? block.size() : static_cast<std::size_t>(nl - block.data());
    std::string_view line = block.substr(0, len);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.find_first_not_of(" \t\r") != std::string_view::npos) on_line(line, number);
    ++number;
    block.remove_prefix(nl == nullptr ? len : len + 1);
  }
}

/// What one line held. The views point into the line or into the parser's buffers and stay
/// valid until the parser's next parse().
struct jsonl_fields {
  std::string_view raw_id;  ///< the id as written (a JSON string or number); empty if none
  std::string_view id;      ///< the id as text (unescaped string, or the number as written)
  std::string_view title;
  std::string_view text;
  std::string_view error;  ///< non-empty: why the line is not a record
};

/// Parses JSON Lines records with simdjson On-Demand. One per thread (it owns buffers).
class jsonl_record_parser {
 public:
  explicit jsonl_record_parser(field_keys keys) : keys_(std::move(keys)) {}

  /// Parses one line (copied into the parser's own padded buffer first).
  void parse(std::string_view line, jsonl_fields& out) {
    copy_.clear();
    copy_.append(line);
    std::memset(copy_.reserve_tail(simdjson::SIMDJSON_PADDING), ' ', simdjson::SIMDJSON_PADDING);
    parse_padded(copy_.data(), line.size(), out);
  }

  /// Parses the `size` bytes at `data` in place, without copying them. The
  /// SIMDJSON_PADDING bytes after them must be allocated: they are set to spaces while the
  /// line is parsed and then restored. (simdjson only needs them readable, but its errors on a
  /// malformed line can depend on what they hold; spaces keep every result independent of
  /// whatever follows the line.) The views in `out` never point into those bytes.
  void parse_in_place(char* data, std::size_t size, jsonl_fields& out) {
    struct borrowed_padding {
      char* at;
      char saved[simdjson::SIMDJSON_PADDING];
      explicit borrowed_padding(char* p) : at(p) {
        std::memcpy(saved, at, sizeof saved);
        std::memset(at, ' ', sizeof saved);
      }
      ~borrowed_padding() { std::memcpy(at, saved, sizeof saved); }
      borrowed_padding(const borrowed_padding&) = delete;
      borrowed_padding& operator=(const borrowed_padding&) = delete;
    } padding(data + size);
    parse_padded(data, size, out);
  }

  /// Gives back the memory a huge line made the parser take.
  void shrink_if_above(std::size_t bytes) {
    if (parser_.capacity() > bytes) parser_ = simdjson::ondemand::parser{};
    copy_.shrink_if_above(bytes);
  }

 private:
  // `data` has `size` bytes and SIMDJSON_PADDING spaces after them.
  void parse_padded(const char* data, std::size_t size, jsonl_fields& out) {
    out = jsonl_fields{};
    const std::string_view line(data, size);
    static_assert(byte_buffer::padding >= simdjson::SIMDJSON_PADDING, "");
    simdjson::ondemand::document doc;
    if (auto e =
            parser_.iterate(data, line.size(), line.size() + simdjson::SIMDJSON_PADDING).get(doc)) {
      fail(out, describe(e));
      return;
    }
    simdjson::ondemand::json_type type{};
    if (auto e = doc.type().get(type)) {
      fail(out, describe(e));
      return;
    }
    if (type != simdjson::ondemand::json_type::object)
      return fail(out, "line is not a JSON object");
    simdjson::ondemand::object object;
    if (auto e = doc.get_object().get(object)) return fail(out, describe(e));
    bool have_text = false;
    for (auto field : object) {
      std::string_view key;
      simdjson::ondemand::value value;
      if (auto e = field.unescaped_key().get(key)) return fail(out, describe(e));
      if (auto e = field.value().get(value)) return fail(out, describe(e));
      simdjson::error_code e = simdjson::SUCCESS;
      if (key == keys_.id)
        e = read_id(value, out);
      else if (key == keys_.title)
        e = read_string(value, keys_.title, out.title, out);
      else if (key == keys_.text) {
        e = read_string(value, keys_.text, out.text, out);
        have_text = true;
      } else {
        e = check(value, 0);
      }
      if (!out.error.empty()) return;
      if (e) return fail(out, describe(e));
    }
    const char* after = nullptr;  // a location only when something follows the object
    if (doc.current_location().get(after) == simdjson::SUCCESS)
      return fail(out, "line holds more than one JSON value");
    if (!have_text) return fail(out, message_ = "record has no '" + keys_.text + "' field");
    if (out.text.find_first_not_of(" \t\r\n") == std::string_view::npos)
      return fail(out, "record has no text");
  }

  static void fail(jsonl_fields& out, std::string_view why) { out.error = why; }

  static std::string_view describe(simdjson::error_code e) {
    switch (e) {
      case simdjson::UTF8_ERROR:
        return "line is not valid JSON: invalid UTF-8";
      case simdjson::UNCLOSED_STRING:
        return "line is not valid JSON: a string is not closed";
      case simdjson::INCOMPLETE_ARRAY_OR_OBJECT:
        return "line is not valid JSON: an object or array is not closed, or text follows it";
      case simdjson::UNESCAPED_CHARS:
        return "line is not valid JSON: a control character inside a string";
      case simdjson::DEPTH_ERROR:
        return "line is not valid JSON: nested too deeply";
      case simdjson::EMPTY:
        return "line is empty";
      case simdjson::TRAILING_CONTENT:
        return "line holds more than one JSON value";
      default:
        return "line is not valid JSON";
    }
  }

  simdjson::error_code read_id(simdjson::ondemand::value& v, jsonl_fields& out) {
    simdjson::ondemand::json_type type{};
    if (auto e = v.type().get(type)) return e;
    using jt = simdjson::ondemand::json_type;
    if (type == jt::null) return check(v, 0);
    if (type != jt::string && type != jt::number) {
      message_ = "field '" + keys_.id + "' is not a string or a number";
      out.error = message_;
      return simdjson::SUCCESS;
    }
    std::string_view raw = v.raw_json_token();
    while (!raw.empty() &&
           (raw.back() == ' ' || raw.back() == '\t' || raw.back() == '\r' || raw.back() == '\n'))
      raw.remove_suffix(1);
    if (type == jt::string) {
      if (auto e = v.get_string().get(out.id)) return e;
    } else {
      if (auto e = v.get_number().error()) return e;
      out.id = raw;
    }
    out.raw_id = raw;
    return simdjson::SUCCESS;
  }

  simdjson::error_code read_string(simdjson::ondemand::value& v, const std::string& name,
                                   std::string_view& to, jsonl_fields& out) {
    simdjson::ondemand::json_type type{};
    if (auto e = v.type().get(type)) return e;
    if (type == simdjson::ondemand::json_type::null) {
      to = {};
      return check(v, 0);
    }
    if (type != simdjson::ondemand::json_type::string) {
      message_ = "field '" + name + "' is not a string";
      out.error = message_;
      return simdjson::SUCCESS;
    }
    return v.get_string().get(to);
  }

  // Checks a value the record does not use, so a malformed line is never taken for a record.
  static simdjson::error_code check(simdjson::ondemand::value v, int depth) {
    using jt = simdjson::ondemand::json_type;
    jt type{};
    if (auto e = v.type().get(type)) return e;
    switch (type) {
      case jt::object: {
        if (depth >= max_depth) return simdjson::DEPTH_ERROR;
        simdjson::ondemand::object o;
        if (auto e = v.get_object().get(o)) return e;
        for (auto field : o) {
          simdjson::ondemand::value inner;
          if (auto e = field.key().error()) return e;
          if (auto e = field.value().get(inner)) return e;
          if (auto e = check(inner, depth + 1)) return e;
        }
        return simdjson::SUCCESS;
      }
      case jt::array: {
        if (depth >= max_depth) return simdjson::DEPTH_ERROR;
        simdjson::ondemand::array a;
        if (auto e = v.get_array().get(a)) return e;
        for (auto element : a) {
          simdjson::ondemand::value inner;
          if (auto e = element.get(inner)) return e;
          if (auto e = check(inner, depth + 1)) return e;
        }
        return simdjson::SUCCESS;
      }
      case jt::string:
        return v.get_raw_json_string().error();
      case jt::number:
        return v.get_number().error();
      case jt::boolean:
        return v.get_bool().error();
      case jt::null: {
        bool is_null = false;
        if (auto e = v.is_null().get(is_null)) return e;
        return is_null ? simdjson::SUCCESS : simdjson::INCORRECT_TYPE;
      }
    }
    return simdjson::INCORRECT_TYPE;
  }

  static constexpr int max_depth = 128;

  field_keys keys_;
  simdjson::ondemand::parser parser_;
  byte_buffer copy_;
  std::string message_;  // storage for messages naming a field
};

}  // namespace cxaudit_cli
