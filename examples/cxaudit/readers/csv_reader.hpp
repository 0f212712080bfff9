#pragma once
// CSV input (RFC 4180): comma-separated fields, a field in double quotes may hold commas, line
// breaks and doubled quotes (""), CRLF or LF line ends. Two pure pieces, so fuzz targets drive
// them directly:
//
//   csv_reader  bytes fed in chunks → rows of fields with the line each row starts on, in
//               memory bounded by the longest row (a row over `max_row` bytes is reported, not
//               kept). Usage:
//                   csv_reader r(max_row);
//                   for each chunk: r.feed(chunk); while (r.next(row)) use(row);
//                   r.finish();     while (r.next(row)) use(row);
//               A chunk must stay valid until next() returns false; a row's fields until the
//               following next().
//   csv_columns the header row names the columns; each later row becomes id, title and text,
//               or an error (wrong number of fields, no text, too long, an unclosed quote).
//
// Leniency, so a sloppy export still reads: a quote inside an unquoted field is kept as a
// character; text after a closing quote is kept; CR outside quotes is dropped; blank lines
// between rows are not rows.

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace cxaudit_cli {

/// One CSV row.
struct csv_row {
  std::int64_t line = 0;                 ///< 1-based line the row starts on
  std::vector<std::string_view> fields;  ///< the fields, unquoted
  bool too_long = false;                 ///< longer than max_row: no fields kept
  bool unclosed_quote = false;           ///< the input ended inside a quoted field
};

/// Splits CSV bytes into rows.
class csv_reader {
 public:
  explicit csv_reader(std::size_t max_row) : max_row_(max_row) {}

  /// Gives the reader more bytes (kept as a view until next() returns false).
  void feed(std::string_view chunk) {
    input_ = chunk;
    pos_ = 0;
  }

  /// Marks the end of the input: a last row without a line break becomes available.
  void finish() { finished_ = true; }

  /// The next complete row, or false when more input (or finish()) is needed.
  bool next(csv_row& row) {
    if (row_ready_) start_row();
    while (pos_ < input_.size()) {
      const char c = input_[pos_++];
      if (c == '\n') ++newlines_;
      if (step(c)) return deliver(row);
    }
    input_ = {};
    pos_ = 0;
    if (finished_ && state_ != state::row_start) {
      unclosed_ = state_ == state::quoted;
      end_field();
      return deliver(row);
    }
    return false;
  }

 private:
  enum class state { row_start, field_start, unquoted, quoted, quote_in_quoted };

  // Takes one byte; true when it ended a row.
  bool step(char c) {
    switch (state_) {
      case state::row_start:
        if (c == '\n' || c == '\r') return false;  // blank lines are not rows
        row_line_ = newlines_ + 1;
        state_ = state::field_start;
        return step(c);
      case state::field_start:
        if (c == '"') {
          state_ = state::quoted;
          return false;
        }
        state_ = state::unquoted;
        return step(c);
      case state::unquoted:
        if (c == ',') {
          end_field();
          state_ = state::field_start;
        } else if (c == '\n') {
          end_field();
          return true;
        } else if (c != '\r') {
          add(c);
        }
        return false;
      case state::quoted:
        if (c == '"') {
          state_ = state::quote_in_quoted;
        } else {
          add(c);
          take_quoted_run();
        }
        return false;
      case state::quote_in_quoted:
        if (c == '"') {
          add('"');
          state_ = state::quoted;
        } else if (c == ',') {
          end_field();
          state_ = state::field_start;
        } else if (c == '\n') {
          end_field();
          return true;
        } else if (c != '\r') {
          add(c);
          state_ = state::unquoted;
        }
        return false;
    }
    return false;
  }

  // Inside quotes, copies everything up to the next quote at once.
  void take_quoted_run() {
    const char* from = input_.data() + pos_;
    const std::size_t left = input_.size() - pos_;
    const auto* quote = static_cast<const char*>(std::memchr(from, '"', left));
    const std::size_t n = quote == nullptr ? left : static_cast<std::size_t>(quote - from);
    for (std::size_t i = 0; i < n; ++i) newlines_ += from[i] == '\n';
    if (!too_long_ && bytes_.size() + n <= max_row_)
      bytes_.append(from, n);
    else
      mark_too_long();
    pos_ += n;
  }

  void add(char c) {
    if (too_long_) return;
    if (bytes_.size() >= max_row_) return mark_too_long();
    bytes_ += c;
  }

  void mark_too_long() {
    too_long_ = true;
    bytes_.clear();
    bytes_.shrink_to_fit();
    ends_.clear();
  }

  void end_field() {
    if (!too_long_) ends_.push_back(bytes_.size());
  }

  bool deliver(csv_row& row) {
    row.line = row_line_;
    row.too_long = too_long_;
    row.unclosed_quote = unclosed_;
    row.fields.clear();
    std::size_t at = 0;
    for (std::size_t end : ends_) {
      row.fields.emplace_back(bytes_.data() + at, end - at);
      at = end;
    }
    row_ready_ = true;
    return true;
  }

  void start_row() {
    row_ready_ = false;
    bytes_.clear();
    ends_.clear();
    too_long_ = false;
    unclosed_ = false;
    state_ = state::row_start;
  }

  std::size_t max_row_;
  std::string_view input_;
  std::size_t pos_ = 0;
  state state_ = state::row_start;
  std::string bytes_;              // the current row's field bytes, back to back
  std::vector<std::size_t> ends_;  // where each field ends in bytes_
  std::int64_t newlines_ = 0;
  std::int64_t row_line_ = 1;
  bool too_long_ = false;
  bool unclosed_ = false;
  bool finished_ = false;
  bool row_ready_ = false;
};

/// A CSV row read as a posting.
struct csv_posting {
  std::int64_t line = 0;
  std::string_view id, title, text;  ///< views into the row
  std::string error;                 ///< non-empty: why the row is not a record
};

/// Maps rows to postings by the header's column names.
class csv_columns {
 public:
  csv_columns(std::string id_key, std::string title_key, std::string text_key)
      : keys_{std::move(id_key), std::move(title_key), std::move(text_key)} {}

  /// True once the header row was read.
  bool have_header() const noexcept { return have_header_; }

  /// Reads the header row; returns an error message (the run cannot go on) or "".
  std::string read_header(const csv_row& header) {
    have_header_ = true;
    if (header.too_long || header.unclosed_quote) return "the CSV header row cannot be read";
    columns_ = header.fields.size();
    for (std::size_t i = 0; i < columns_; ++i) {
      std::string_view name = header.fields[i];
      if (i == 0 && name.substr(0, 3) == "\xEF\xBB\xBF") name.remove_prefix(3);  // a BOM
      while (!name.empty() && (name.front() == ' ' || name.front() == '\t')) name.remove_prefix(1);
      while (!name.empty() && (name.back() == ' ' || name.back() == '\t')) name.remove_suffix(1);
      for (int k = 0; k < 3; ++k)
        if (name == keys_[k] && column_[k] < 0) column_[k] = static_cast<int>(i);
    }
    if (column_[2] < 0) return "the CSV header has no '" + keys_[2] + "' column (see --text-key)";
    return {};
  }

  /// Reads a row after the header.
  void read(const csv_row& row, csv_posting& out) const {
    out = csv_posting{};
    out.line = row.line;
    if (row.too_long) {
      out.error = "row is longer than the record size limit";
    } else if (row.unclosed_quote) {
      out.error = "row ends inside a quoted field (a quote is not closed)";
    } else if (row.fields.size() != columns_) {
      out.error = "row has " + std::to_string(row.fields.size()) + " fields, the header has " +
                  std::to_string(columns_);
    } else {
      if (column_[0] >= 0) out.id = row.fields[static_cast<std::size_t>(column_[0])];
      if (column_[1] >= 0) out.title = row.fields[static_cast<std::size_t>(column_[1])];
      out.text = row.fields[static_cast<std::size_t>(column_[2])];
      if (out.text.find_first_not_of(" \t\r\n") == std::string_view::npos)
        out.error = "record has no text";
    }
  }

 private:
  std::string keys_[3];
  int column_[3] = {-1, -1, -1};
  std::size_t columns_ = 0;
  bool have_header_ = false;
};

}  // namespace cxaudit_cli
