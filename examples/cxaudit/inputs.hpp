#pragma once
// From command-line arguments to batches: which files to read (directories are walked), in
// which format, and the reading itself (JSON Lines in blocks, CSV row by row, a text file as
// one record). Runs on the calling thread; the pipeline does the rest.
//
// Errors: a named file or directory that does not exist is a usage error found before any
// output; a file that cannot be opened or read later stops the run. Both exit with status 1.

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include <unistd.h>

#include "batch.hpp"
#include "io.hpp"
#include "options.hpp"
#include "pipeline.hpp"
#include "readers/csv_reader.hpp"
#include "readers/jsonl_reader.hpp"
#include "readers/text_reader.hpp"

namespace cxaudit_cli {

/// A file to read and its format (automatic: decided by its first byte).
struct input_file {
  std::string path;  ///< "-" is standard input
  input_format format = input_format::automatic;
};

/// The format a file name implies, or automatic.
inline input_format format_of_name(const std::string& path) {
  std::string ext = std::filesystem::path(path).extension().string();
  for (char& c : ext) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  if (ext == ".jsonl" || ext == ".ndjson") return input_format::jsonl;
  if (ext == ".csv") return input_format::csv;
  if (ext == ".txt" || ext == ".text" || ext == ".md" || ext == ".html" || ext == ".htm")
    return input_format::text;
  return input_format::automatic;
}

/// Expands the arguments into files; `total_bytes` sums the regular files' sizes (for the
/// progress bar). Returns "" or the error that stops the run before it starts.
inline std::string list_inputs(const options& o, std::vector<input_file>& files,
                               std::uint64_t& total_bytes) {
  namespace fs = std::filesystem;
  std::vector<std::string> args = o.inputs;
  if (args.empty()) args.emplace_back("-");
  auto format = [&](const std::string& p) {
    return o.in != input_format::automatic ? o.in : format_of_name(p);
  };
  for (const std::string& arg : args) {
    std::error_code ec;
    if (arg == "-") {
      files.push_back({arg, o.in});
      continue;
    }
    const fs::file_status st = fs::status(arg, ec);
    if (ec || !fs::exists(st)) return "cannot open " + arg + ": No such file or directory";
    if (!fs::is_directory(st)) {
      files.push_back({arg, format(arg)});
      if (fs::is_regular_file(st)) total_bytes += fs::file_size(arg, ec);
      continue;
    }
    // A directory: postings files below it, hidden entries skipped, in sorted order.
    std::vector<std::string> found;
    fs::recursive_directory_iterator it(arg, ec), end;
    for (; !ec && it != end; it.increment(ec)) {
      const std::string name = it->path().filename().string();
      if (!name.empty() && name[0] == '.') {
        if (it->is_directory(ec)) it.disable_recursion_pending();
        continue;
      }
      if (!it->is_regular_file(ec)) continue;
      const std::string ext = it->path().extension().string();
      if (format_of_name(name) == input_format::automatic && !ext.empty()) continue;
      found.push_back(it->path().generic_string());
    }
    if (ec) return "cannot read directory " + arg + ": " + ec.message();
    std::sort(found.begin(), found.end());
    for (std::string& f : found) {
      total_bytes += fs::file_size(f, ec);
      const input_format fmt = format(f);
      files.push_back({std::move(f), fmt});
    }
  }
  return {};
}

/// Reads input files into the pipeline.
class input_reader {
 public:
  input_reader(const options& o, pipeline& p, std::atomic<std::uint64_t>& bytes_read,
               std::size_t block_bytes, std::size_t max_record)
      : opt_(o),
        pipeline_(p),
        bytes_read_(bytes_read),
        block_bytes_(block_bytes),
        max_record_(max_record) {}

  /// Reads one file (throws io_error when it cannot be read).
  void read(const input_file& f) {
    fd_source source(f.path, &bytes_read_);
    input_format fmt = f.format;
    if (fmt == input_format::automatic && f.path == "-" && isatty(STDIN_FILENO))
      fmt = input_format::text;  // someone typing (or pasting) one posting
    if (fmt == input_format::automatic) {
      const char first = source.peek_first_visible();
      if (first == 0 && f.path == "-") return;  // empty standard input: no records
      fmt = first == '{' ? input_format::jsonl : input_format::text;
    }
    if (fmt == input_format::text) return read_text(source, f.path == "-" ? "stdin" : f.path);
    submit_open();  // records stay in input order: text records read so far go first
    if (fmt == input_format::jsonl)
      read_jsonl(source);
    else
      read_csv(source);
  }

  /// Sends the last records.
  void finish() { submit_open(); }

 private:
  void read_jsonl(fd_source& source) {
    jsonl_block_reader blocks(block_bytes_, max_record_);
    while (!pipeline_.failed()) {
      batch& b = pipeline_.next_batch();
      const auto event = blocks.next(source, b.bytes, b.first_line);
      if (event == jsonl_block_reader::event::end) {
        pipeline_.give_back(b);
        return;
      }
      if (event == jsonl_block_reader::event::lines) {
        b.what = batch::kind::jsonl_block;
      } else {
        stored_record r;
        r.line = b.first_line;
        r.error = b.store("line is longer than the record size limit (" +
                          std::to_string(max_record_ >> 20) + " MB)");
        b.records.push_back(r);
      }
      pipeline_.submit(b);
    }
  }

  void read_csv(fd_source& source) {
    csv_reader rows(max_record_);
    csv_columns columns(opt_.id_key, opt_.title_key, opt_.text_key);
    csv_row row;
    csv_posting posting;
    chunk_.resize(1u << 20);
    auto take_rows = [&] {
      while (rows.next(row)) {
        if (!columns.have_header()) {
          if (std::string e = columns.read_header(row); !e.empty())
            throw io_error(source.name() + ": " + e);
          continue;
        }
        columns.read(row, posting);
        add_record(posting.line, posting.id, posting.title, posting.text, posting.error);
      }
    };
    for (;;) {
      if (pipeline_.failed()) return;
      const std::size_t n = source.read(chunk_.data(), chunk_.size());
      if (n == 0) break;
      rows.feed(std::string_view(chunk_.data(), n));
      take_rows();
    }
    rows.finish();
    take_rows();  // (an empty input has no header and no records: that is not an error)
  }

  void read_text(fd_source& source, const std::string& id) {
    text_.clear();
    bool too_long = false;
    for (;;) {
      const std::size_t at = text_.size();
      text_.resize(at + (1u << 20));
      const std::size_t n = source.read(&text_[at], 1u << 20);
      text_.resize(at + n);
      if (n == 0) break;
      if (text_.size() > max_posting_bytes) {
        too_long = true;  // the rest is not read: the posting is not audited anyway
        break;
      }
    }
    if (too_long) {
      text_.clear();
      text_.shrink_to_fit();
      add_record(1, id, {}, {}, "file is longer than the posting size limit (64 MB)");
      return;
    }
    const text_posting t = split_text_posting(text_);
    const bool no_text = t.before.find_first_not_of(" \t\r\n") == std::string_view::npos &&
                         t.after.find_first_not_of(" \t\r\n") == std::string_view::npos;
    batch& b = open_records();
    stored_record r;
    r.line = 1;
    r.id = b.store(id);
    r.title = b.store(t.title);
    r.text = b.store(t.before);
    r.text.size += b.store(t.after).size;  // stored back to back: one body
    if (no_text) r.error = b.store("record has no text");
    b.records.push_back(r);
    if (text_.capacity() > (8u << 20)) std::string().swap(text_);
    send_if_full();
  }

  void add_record(std::int64_t line, std::string_view id, std::string_view title,
                  std::string_view text, std::string_view error) {
    batch& b = open_records();
    stored_record r;
    r.line = line;
    r.id = b.store(id);
    if (error.empty()) {
      r.title = b.store(title);
      r.text = b.store(text);
    } else {
      r.error = b.store(error);
    }
    b.records.push_back(r);
    send_if_full();
  }

  batch& open_records() {
    if (open_ == nullptr) {
      open_ = &pipeline_.next_batch();
      open_->what = batch::kind::records;
    }
    return *open_;
  }

  void send_if_full() {
    if (open_->records.size() >= 512 || open_->bytes.size() >= block_bytes_) submit_open();
  }

  void submit_open() {
    if (open_ == nullptr) return;
    batch* b = open_;
    open_ = nullptr;
    pipeline_.submit(*b);
  }

  static constexpr std::size_t max_posting_bytes = 64u << 20;

  const options& opt_;
  pipeline& pipeline_;
  std::atomic<std::uint64_t>& bytes_read_;
  std::size_t block_bytes_;
  std::size_t max_record_;
  batch* open_ = nullptr;
  std::vector<char> chunk_;
  std::string text_;
};

}  // namespace cxaudit_cli
