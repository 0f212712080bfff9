// Fuzzes the CLI's CSV reader (examples/cxaudit/readers/csv_reader.hpp): csv_reader fed the
// whole input at once and fed it in chunks whose sizes come from the input's last bytes (each
// chunk in its own allocation, freed as soon as the reader is done with it), and csv_columns
// mapping the rows to postings. The row size limit is steered by the input too.
//
// Checks: chunking changes nothing (same rows, lines, fields, flags and postings as whole-input
// feeding); rows start on increasing lines within the input; a row's fields fit the limit; a
// too-long row keeps no fields; a posting without an error has text beyond white space.

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "readers/csv_reader.hpp"

#include "fuzz_check.hpp"

namespace {

using cxaudit_fuzz::tail_byte;

struct row_copy {
  std::int64_t line = 0;
  std::vector<std::string> fields;
  bool too_long = false;
  bool unclosed_quote = false;
  bool operator==(const row_copy& o) const {
    return line == o.line && fields == o.fields && too_long == o.too_long &&
           unclosed_quote == o.unclosed_quote;
  }
};

struct posting_copy {
  std::int64_t line = 0;
  std::string id, title, text, error;
  bool operator==(const posting_copy& o) const {
    return line == o.line && id == o.id && title == o.title && text == o.text && error == o.error;
  }
};

struct outcome {
  std::vector<row_copy> rows;
  std::string header_error;
  std::vector<posting_copy> postings;
};

// Takes the rows the reader has ready, as the CLI does (the first row is the header).
void drain(cxaudit_cli::csv_reader& reader, cxaudit_cli::csv_columns& columns, outcome& out,
           std::size_t max_row) {
  cxaudit_cli::csv_row row;
  cxaudit_cli::csv_posting posting;
  while (reader.next(row)) {
    row_copy r;
    r.line = row.line;
    r.too_long = row.too_long;
    r.unclosed_quote = row.unclosed_quote;
    std::size_t bytes = 0;
    for (std::string_view f : row.fields) {
      r.fields.emplace_back(f);
      bytes += f.size();
    }
    CXAUDIT_FUZZ_CHECK(bytes <= max_row, "a row's fields fit the row limit");
    if (row.too_long)
      CXAUDIT_FUZZ_CHECK(row.fields.empty(), "a too-long row keeps no fields");
    else
      CXAUDIT_FUZZ_CHECK(!row.fields.empty(), "a row has a field");
    out.rows.push_back(std::move(r));
    if (!columns.have_header()) {
      out.header_error = columns.read_header(row);
      continue;
    }
    if (!out.header_error.empty()) continue;  // the CLI stops; keep reading rows anyway
    columns.read(row, posting);
    CXAUDIT_FUZZ_CHECK(posting.line == row.line, "a posting keeps its row's line");
    if (posting.error.empty())
      CXAUDIT_FUZZ_CHECK(posting.text.find_first_not_of(" \t\r\n") != std::string_view::npos,
                         "a posting has text");
    out.postings.push_back(posting_copy{posting.line, std::string(posting.id),
                                        std::string(posting.title), std::string(posting.text),
                                        posting.error});
  }
}

cxaudit_cli::csv_columns make_columns() { return cxaudit_cli::csv_columns("id", "title", "text"); }

outcome read_whole(std::string_view in, std::size_t max_row) {
  outcome out;
  cxaudit_cli::csv_reader reader(max_row);
  cxaudit_cli::csv_columns columns = make_columns();
  reader.feed(in);
  drain(reader, columns, out, max_row);
  reader.finish();
  drain(reader, columns, out, max_row);
  return out;
}

outcome read_chunked(std::string_view in, std::size_t max_row) {
  // chunk sizes 0..31 (0: an empty chunk) or, for a byte with its top bit set, up to 1016
  std::size_t sizes[8];
  std::size_t total = 0;
  for (std::size_t k = 0; k < 8; ++k) {
    const unsigned b = tail_byte(in, k + 2);
    sizes[k] = (b & 0x80) != 0 ? (b & 0x7F) * 8 : b % 32;
    total += sizes[k];
  }
  if (total == 0) sizes[0] = 1;
  outcome out;
  cxaudit_cli::csv_reader reader(max_row);
  cxaudit_cli::csv_columns columns = make_columns();
  std::size_t at = 0;
  for (std::size_t k = 0; at < in.size(); ++k) {
    std::size_t n = sizes[k % 8];
    if (n > in.size() - at) n = in.size() - at;
    // its own allocation, so a read past the chunk or after it is freed is caught
    std::unique_ptr<char[]> chunk(new char[n == 0 ? 1 : n]);
    if (n > 0) std::memcpy(chunk.get(), in.data() + at, n);
    reader.feed(std::string_view(chunk.get(), n));
    drain(reader, columns, out, max_row);
    at += n;
  }
  reader.finish();
  drain(reader, columns, out, max_row);
  return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view in = cxaudit_fuzz::input_view(data, size);
  static constexpr std::size_t limits[] = {1, 7, 64, 300, 1u << 20};
  const std::size_t max_row = limits[tail_byte(in, 0) % 5];

  const outcome whole = read_whole(in, max_row);
  const outcome chunked = read_chunked(in, max_row);

  // rows start on increasing lines within the input
  std::int64_t lines = 1;
  for (char c : in) lines += c == '\n';
  std::int64_t last = 0;
  for (const row_copy& r : whole.rows) {
    CXAUDIT_FUZZ_CHECK(r.line > last && r.line <= lines, "rows start on increasing lines");
    last = r.line;
  }
  CXAUDIT_FUZZ_CHECK(whole.rows.size() == chunked.rows.size(), "chunking: same number of rows");
  for (std::size_t i = 0; i < whole.rows.size(); ++i)
    CXAUDIT_FUZZ_CHECK(whole.rows[i] == chunked.rows[i], "chunking: same rows");
  CXAUDIT_FUZZ_CHECK(whole.header_error == chunked.header_error, "chunking: same header");
  CXAUDIT_FUZZ_CHECK(whole.postings == chunked.postings, "chunking: same postings");
  return 0;
}
