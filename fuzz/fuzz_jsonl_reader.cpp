// Fuzzes the CLI's JSON Lines reader (examples/cxaudit/readers/jsonl_reader.hpp): the block
// splitter (jsonl_block_reader) over a source that hands out bytes in chunks, the line
// splitter (for_each_jsonl_line) and the record parser (jsonl_record_parser, simdjson), in
// place as the CLI's workers use it and on a copy. Block size, line limit, read sizes and
// when the source says "ready" are steered by the input's last bytes.
//
// Checks: every non-blank line gets exactly one result (a record, an error, or "too long",
// the last only for lines at least the limit long), in line order, with the right number and
// bytes; parsing in place gives the same result as parsing a copy; a record has a text that
// holds more than white space; the views a result holds are readable.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "readers/jsonl_reader.hpp"

#include "fuzz_check.hpp"

namespace {

using cxaudit_fuzz::tail_byte;

// Bytes from the fuzz input in steered read sizes; ready() now and then says "would block".
class chunk_source {
 public:
  explicit chunk_source(std::string_view in) : in_(in) {}
  std::size_t read(char* to, std::size_t n) {
    std::size_t want = 1 + tail_byte(in_, calls_) % 97;
    if ((tail_byte(in_, calls_ + 3) & 0xC0) == 0xC0) want = 1u << 16;  // sometimes read a lot
    ++calls_;
    if (want > n) want = n;
    if (want > in_.size() - at_) want = in_.size() - at_;
    if (want > 0) std::memcpy(to, in_.data() + at_, want);
    at_ += want;
    return want;
  }
  bool ready() { return ((tail_byte(in_, calls_ + 1) >> (calls_ % 8)) & 1) == 0; }

 private:
  std::string_view in_;
  std::size_t at_ = 0;
  std::size_t calls_ = 0;
};

struct result {
  std::int64_t line = 0;
  bool oversized = false;
  std::string bytes;  // the line as handed to the parser
  std::string error, raw_id, id, title, text;
};

void copy_fields(const cxaudit_cli::jsonl_fields& f, result& r) {
  r.error = f.error;
  r.raw_id = f.raw_id;
  r.id = f.id;
  r.title = f.title;
  r.text = f.text;
}

bool same_fields(const result& a, const result& b) {
  return a.error == b.error && a.raw_id == b.raw_id && a.id == b.id && a.title == b.title &&
         a.text == b.text;
}

bool blank(std::string_view line) {
  return line.find_first_not_of(" \t\r") == std::string_view::npos;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view in = cxaudit_fuzz::input_view(data, size);
  const std::size_t block_bytes = 1 + tail_byte(in, 0) * 4;       // 1 .. 1021
  const std::size_t max_line = 1 + (tail_byte(in, 1) % 64) * 32;  // 1 .. 2017

  static cxaudit_cli::jsonl_record_parser in_place(cxaudit_cli::field_keys{});
  static cxaudit_cli::jsonl_record_parser copying(cxaudit_cli::field_keys{});
  cxaudit_cli::jsonl_block_reader blocks(block_bytes, max_line);
  chunk_source source(in);
  static cxaudit_cli::byte_buffer block;  // recycled, as the CLI recycles its batches
  cxaudit_cli::jsonl_fields fields;
  std::vector<result> results;
  std::int64_t expected_first = 1;
  for (int guard = 0;; ++guard) {
    CXAUDIT_FUZZ_CHECK(guard <= static_cast<int>(in.size()) + 2, "the splitter ends");
    std::int64_t first_line = 0;
    const auto event = blocks.next(source, block, first_line);
    if (event == cxaudit_cli::jsonl_block_reader::event::end) break;
    CXAUDIT_FUZZ_CHECK(first_line == expected_first, "blocks follow each other");
    if (event == cxaudit_cli::jsonl_block_reader::event::oversized_line) {
      result r;
      r.line = first_line;
      r.oversized = true;
      results.push_back(std::move(r));
      expected_first = first_line + 1;
      CXAUDIT_FUZZ_CHECK(blocks.next_line() == expected_first, "a dropped line is counted");
      continue;
    }
    CXAUDIT_FUZZ_CHECK(!block.empty(), "a block of lines is not empty");
    char* const base = block.data();
    cxaudit_cli::for_each_jsonl_line(
        block.view(), first_line, [&](std::string_view line, std::int64_t n) {
          CXAUDIT_FUZZ_CHECK(
              line.data() >= base && line.data() + line.size() <= base + block.size(),
              "lines lie within their block");
          result r;
          r.line = n;
          r.bytes = std::string(line);
          in_place.parse_in_place(base + (line.data() - base), line.size(), fields);
          copy_fields(fields, r);
          CXAUDIT_FUZZ_CHECK(std::string_view(base + (line.data() - base), line.size()) == r.bytes,
                             "parsing in place leaves the line as it was");
          result c;
          copying.parse(line, fields);
          copy_fields(fields, c);
          CXAUDIT_FUZZ_CHECK(same_fields(r, c), "in place and copied parses agree");
          if (r.error.empty())
            CXAUDIT_FUZZ_CHECK(r.text.find_first_not_of(" \t\r\n") != std::string::npos,
                               "a record has text");
          results.push_back(std::move(r));
        });
    expected_first = blocks.next_line();
  }

  // the reference: the input's own lines
  std::size_t k = 0;
  std::int64_t number = 0;
  for (std::size_t at = 0; at < in.size();) {
    ++number;
    const std::size_t nl = in.find('\n', at);
    const std::size_t end = nl == std::string_view::npos ? in.size() : nl;
    const std::string_view raw = in.substr(at, end - at);
    std::string_view line = raw;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    at = end + 1;
    const bool has_result = k < results.size() && results[k].line == number;
    if (has_result && results[k].oversized) {
      CXAUDIT_FUZZ_CHECK(raw.size() >= max_line, "only a line at least the limit is too long");
      ++k;
      continue;
    }
    if (blank(line)) {
      CXAUDIT_FUZZ_CHECK(!has_result, "a blank line has no result");
      continue;
    }
    CXAUDIT_FUZZ_CHECK(has_result, "a non-blank line has a result");
    CXAUDIT_FUZZ_CHECK(results[k].bytes == line, "the parser gets the line's bytes");
    ++k;
  }
  CXAUDIT_FUZZ_CHECK(k == results.size(), "one result per non-blank line, no more");
  in_place.shrink_if_above(1u << 20);
  return 0;
}
