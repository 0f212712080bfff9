#pragma once
// A worker: parses, audits and formats the records of one batch, in order, into the batch's
// output; counts them into the batch's summary. Each thread has its own (an auditor, a JSON
// parser and scratch buffers, all reused, so a warm worker does not allocate per record).
//
// The id rule: a JSON Lines id is echoed as written (a number stays a number, a string stays a
// string); a CSV id is a string; a text file's id is its path. A record without an id (none,
// null or empty) gets its line number, as a JSON number, so every output record can be joined
// back to its input.

#include <cstdint>
#include <string>
#include <string_view>

#include <cxaudit/cxaudit.hpp>

#include "batch.hpp"
#include "html_report.hpp"
#include "options.hpp"
#include "readers/jsonl_reader.hpp"
#include "writers/csv_writer.hpp"
#include "writers/table_writer.hpp"
#include "writers/text_util.hpp"

namespace cxaudit_cli {

/// What every worker needs to know.
struct worker_config {
  output_format out = output_format::jsonl;
  field_keys keys;
  bool colour = false;
  const cxaudit::runtime_lexicon* lexicon = nullptr;
  std::size_t usual_bytes = 0;  ///< a batch's usual input, to give back memory after huge ones
};

class batch_worker {
 public:
  explicit batch_worker(const worker_config& config)
      : config_(config), auditor_(*config.lexicon), parser_(config.keys), table_(config.colour) {}

  void operator()(batch& b) {
    if (b.what == batch::kind::jsonl_block) {
      // Lines are parsed in place: the block keeps SIMDJSON_PADDING bytes after its end.
      char* const base = b.bytes.data();
      for_each_jsonl_line(b.bytes.view(), b.first_line, [&](std::string_view line, std::int64_t n) {
        parser_.parse_in_place(base + (line.data() - base), line.size(), fields_);
        if (!fields_.error.empty())
          error(b, n, fields_.raw_id, fields_.id, fields_.error);
        else
          audit(b, n, fields_.raw_id, fields_.id, fields_.title, fields_.text);
      });
      parser_.shrink_if_above(config_.usual_bytes * 16);
      return;
    }
    for (const stored_record& r : b.records) {
      const std::string_view id = b.view(r.id);
      raw_id_.clear();
      if (!id.empty()) append_json_string(raw_id_, id);
      if (r.error.size > 0)
        error(b, r.line, raw_id_, id, b.view(r.error));
      else
        audit(b, r.line, raw_id_, id, b.view(r.title), b.view(r.text));
    }
  }

 private:
  // Fills in the line number for a record without an id.
  void default_id(std::int64_t line, std::string_view& raw_id, std::string_view& id) {
    if (!raw_id.empty() && !(id.empty() && raw_id == "\"\"")) return;
    line_id_ = std::to_string(line);
    raw_id = line_id_;
    id = line_id_;
  }

  void audit(batch& b, std::int64_t line, std::string_view raw_id, std::string_view id,
             std::string_view title, std::string_view text) {
    default_id(line, raw_id, id);
    const cxaudit::report& r = auditor_.audit(cxaudit::posting{id, title, text});
    if (r.status != cxaudit::audit_status::ok) {
      error(b, line, raw_id, id,
            r.status == cxaudit::audit_status::posting_too_large
                ? "posting is longer than the 64 MB size limit"
                : "out of memory while auditing the posting");
      return;
    }
    b.summary.add(r);
    if (!r.findings.empty() && static_cast<int>(r.findings.worst()) > b.worst)
      b.worst = static_cast<int>(r.findings.worst());
    switch (config_.out) {
      case output_format::jsonl:
        cxaudit::append_json(b.out, r, cxaudit::json_options{raw_id});
        b.out += '\n';
        break;
      case output_format::csv:
        append_csv_row(b.out, r, id);
        break;
      case output_format::html:
        html_.add(b.out, r, raw_id);
        break;
      default:
        table_.row(b.out, r, id);
        break;
    }
  }

  void error(batch& b, std::int64_t line, std::string_view raw_id, std::string_view id,
             std::string_view message) {
    default_id(line, raw_id, id);
    b.summary.add_error();
    switch (config_.out) {
      case output_format::jsonl:
        cxaudit::append_error_json(b.out, raw_id, line, message);
        b.out += '\n';
        break;
      case output_format::csv:
        append_csv_error(b.out, id, line, message);
        break;
      case output_format::html:
        html_.add_error(b.out, raw_id, line, message);
        break;
      default:
        table_.error_row(b.out, id, line, message);
        break;
    }
  }

  const worker_config& config_;
  cxaudit::auditor<cxaudit::runtime_lexicon> auditor_;
  jsonl_record_parser parser_;
  jsonl_fields fields_;
  std::string raw_id_, line_id_;
  table_writer table_;
  html_report_writer html_;
};

}  // namespace cxaudit_cli
