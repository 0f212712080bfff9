#pragma once
// What travels between the reader, the workers and the writer: a batch of input bytes (a block
// of whole JSON Lines, or records a reader has already cut out of CSV or text files), and the
// output and figures the workers made of it. Batches are recycled, so after the first few the
// pipeline allocates nothing per record.

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "summary.hpp"

namespace cxaudit_cli {

/// A growable byte buffer that does not zero what it grows into and always keeps `padding`
/// readable bytes after its end (simdjson parses lines in place when they are followed by
/// SIMDJSON_PADDING allocated bytes, whatever those bytes hold).
class byte_buffer {
 public:
  static constexpr std::size_t padding = 64;

  const char* data() const noexcept { return data_.get(); }
  char* data() noexcept { return data_.get(); }
  std::size_t size() const noexcept { return size_; }
  std::size_t capacity() const noexcept { return capacity_; }
  bool empty() const noexcept { return size_ == 0; }
  std::string_view view() const noexcept { return {data_.get(), size_}; }
  std::string_view view(std::size_t at, std::size_t n) const noexcept {
    return {data_.get() + at, n};
  }

  void clear() noexcept { size_ = 0; }

  /// Makes room for `n` bytes at the end and returns where they go (not yet counted in size).
  char* reserve_tail(std::size_t n) {
    if (size_ + n > capacity_) grow(size_ + n);
    return data_.get() + size_;
  }
  /// Counts `n` more bytes written at reserve_tail().
  void commit(std::size_t n) noexcept { size_ += n; }

  void append(std::string_view s) {
    if (s.empty()) return;  // (an empty view may hold a null pointer, which memcpy must not get)
    std::memcpy(reserve_tail(s.size()), s.data(), s.size());
    size_ += s.size();
  }
  /// Drops everything before `at`.
  void erase_front(std::size_t at) noexcept {
    if (at == 0) return;
    std::memmove(data_.get(), data_.get() + at, size_ - at);
    size_ -= at;
  }
  void resize_down(std::size_t n) noexcept { size_ = n < size_ ? n : size_; }

  /// Gives memory back when one huge record left the buffer much larger than usual.
  void shrink_if_above(std::size_t limit) {
    if (capacity_ <= limit || size_ > limit) return;
    byte_buffer smaller;
    smaller.grow(limit);
    smaller.append(view());
    *this = std::move(smaller);
  }

 private:
  void grow(std::size_t need) {
    std::size_t cap = capacity_ < 4096 ? 4096 : capacity_;
    while (cap < need) cap += cap / 2;
    std::unique_ptr<char[]> bigger(new char[cap + padding]);
    if (size_ > 0) std::memcpy(bigger.get(), data_.get(), size_);
    data_ = std::move(bigger);
    capacity_ = cap;
  }

  std::unique_ptr<char[]> data_;
  std::size_t size_ = 0;
  std::size_t capacity_ = 0;
};

/// A range of bytes in a batch's buffer.
struct slice {
  std::size_t at = 0;
  std::size_t size = 0;
};

/// A record a reader has already cut out (CSV row, text file): its fields in the batch buffer.
struct stored_record {
  std::int64_t line = 0;  ///< 1-based line where the record starts in its input
  slice id;               ///< the id as text; empty = none (the line number stands in)
  slice title;
  slice text;
  slice error;  ///< non-empty: why the record could not be read
};

/// Records travelling together, and what the workers made of them.
struct batch {
  /// A block of whole JSON Lines (parsed by the workers), or records cut by the reader.
  enum class kind { jsonl_block, records };

  kind what = kind::records;
  byte_buffer bytes;                   ///< jsonl_block: whole lines; records: their fields
  std::int64_t first_line = 1;         ///< jsonl_block: the line number of its first line
  std::vector<stored_record> records;  ///< records: the records, in input order

  std::string out;        ///< the formatted output of every record, in input order
  batch_summary summary;  ///< the figures of its records
  int worst = -1;         ///< the most serious finding (cxaudit::severity), -1 for none

  /// Empties the batch for reuse, keeping its memory (unless one huge record inflated it).
  void reset(std::size_t usual_bytes) {
    what = kind::records;
    bytes.clear();
    bytes.shrink_if_above(usual_bytes * 16);
    first_line = 1;
    records.clear();
    out.clear();
    if (out.capacity() > usual_bytes * 16) std::string().swap(out);
    summary = batch_summary{};
    worst = -1;
  }

  /// Adds a record's field to the buffer.
  slice store(std::string_view s) {
    slice sl{bytes.size(), s.size()};
    bytes.append(s);
    return sl;
  }

  std::string_view view(slice s) const noexcept { return bytes.view(s.at, s.size); }
};

}  // namespace cxaudit_cli
