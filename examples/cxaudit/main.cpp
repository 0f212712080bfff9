// cxaudit: audits job postings (text files, directories of them, JSON Lines or CSV, from files
// or standard input) and writes a table, JSON Lines, CSV or a self-contained HTML report.
// One output record for every input record, in input order; a record that cannot be read
// becomes an error record naming its line. Exit: 0 done, 2 a --fail-on finding, 1 a usage or
// I/O error that stopped the run.

#include <algorithm>
#include <atomic>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <new>
#include <string>
#include <vector>

#include <unistd.h>

#include <cxaudit/cxaudit.hpp>
#include <cxaudit/lexicon_file.hpp>

#include "html_report.hpp"
#include "inputs.hpp"
#include "io.hpp"
#include "options.hpp"
#include "pipeline.hpp"
#include "progress.hpp"
#include "summary.hpp"
#include "worker.hpp"
#include "writers/csv_writer.hpp"
#include "writers/table_writer.hpp"

namespace cxaudit_cli {
namespace {

constexpr std::size_t block_bytes = 256u << 10;      // input per batch (fits in L2)
constexpr std::size_t max_record_bytes = 96u << 20;  // a longer line or row is an error record

int usage_error(const std::string& message) {
  std::fprintf(stderr, "cxaudit: %s\nTry 'cxaudit --help' for more information.\n",
               message.c_str());
  return 1;
}

int stop(const std::string& message) {
  std::fprintf(stderr, "cxaudit: %s\n", message.c_str());
  return 1;
}

bool colour_wanted() {
  const char* no_colour = std::getenv("NO_COLOR");
  const char* term = std::getenv("TERM");
  return isatty(STDOUT_FILENO) && (no_colour == nullptr || *no_colour == '\0') &&
         !(term != nullptr && std::string(term) == "dumb");
}

std::unique_ptr<cxaudit::runtime_lexicon> load_lexicon(const std::string& path,
                                                       std::string& error) {
  if (path.empty()) {
    cxaudit::lexicon_builder builder;
    builder.add_defaults();
    return std::make_unique<cxaudit::runtime_lexicon>(builder.build());
  }
  cxaudit::loaded_lexicon loaded = cxaudit::load_lexicon_file(path);  // built-in + the file
  if (!loaded.ok()) error = path + ": " + loaded.error.message;
  return std::move(loaded.lexicon);
}

int run(int argc, char** argv) {
  options opt;
  if (std::string e = parse_options(argc, argv, opt); !e.empty()) return usage_error(e);
  if (opt.help) {
    std::fputs(usage_text, stdout);
    return std::fflush(stdout) == 0 ? 0 : 1;
  }
  if (opt.version) {
    std::printf("cxaudit %s (report schema %s)\n", cxaudit::version_string, cxaudit::report_schema);
    return std::fflush(stdout) == 0 ? 0 : 1;
  }
  const output_format out = opt.out != output_format::automatic ? opt.out
                            : isatty(STDOUT_FILENO)             ? output_format::table
                                                                : output_format::jsonl;
  std::string error;
  const std::unique_ptr<cxaudit::runtime_lexicon> lexicon = load_lexicon(opt.lexicon, error);
  if (lexicon == nullptr) return stop(error);
  std::vector<input_file> files;
  std::uint64_t total_bytes = 0;
  if (std::string e = list_inputs(opt, files, total_bytes); !e.empty()) return stop(e);

  worker_config config;
  config.out = out;
  config.keys = field_keys{opt.id_key, opt.title_key, opt.text_key};
  config.colour = out == output_format::table && colour_wanted();
  config.lexicon = lexicon.get();
  config.usual_bytes = block_bytes;

  std::atomic<std::uint64_t> bytes_read{0};
  progress_bar progress(isatty(STDERR_FILENO) && !isatty(STDOUT_FILENO), total_bytes, bytes_read);
  output_sink sink(STDOUT_FILENO);
  batch_summary summary;
  int worst = -1;
  html_report_writer html;
  std::string text;
  std::string input_error;
  try {
    if (out == output_format::csv) append_csv_header(text);
    if (out == output_format::html) html.begin(text);
    if (out == output_format::table) table_writer(config.colour).header(text);
    sink.write(text);
    {
      pipeline p(
          opt.threads,
          [&config] {
            auto w = std::make_shared<batch_worker>(config);
            return pipeline::process_fn([w](batch& b) { (*w)(b); });
          },
          [&](batch& b) {
            sink.write(b.out);
            summary.merge(b.summary);
            worst = std::max(worst, b.worst);
            progress.update(summary.records);
          },
          block_bytes);
      input_reader reader(opt, p, bytes_read, block_bytes, max_record_bytes);
      try {
        for (const input_file& f : files) {
          if (p.failed()) break;
          reader.read(f);
        }
      } catch (const io_error& e) {
        input_error = e.what();  // what was read before it is still written
      }
      reader.finish();
      p.finish();  // rethrows a write error
    }
    progress.clear();
    text.clear();
    if (out == output_format::html) html.end(text, summary);
    if (out == output_format::table && opt.summary) text += "\nSummary\n" + summary.text();
    sink.write(text);
    sink.flush();
  } catch (const io_error& e) {
    progress.clear();
    std::fprintf(stderr, "cxaudit: %s\n", e.what());
    return 1;
  } catch (const std::bad_alloc&) {
    progress.clear();
    std::fprintf(stderr, "cxaudit: out of memory\n");
    return 1;
  }
  if (opt.summary && out != output_format::table) std::fputs(summary.text().c_str(), stderr);
  if (!input_error.empty()) {
    std::fprintf(stderr, "cxaudit: %s\n", input_error.c_str());
    return 1;
  }
  if (opt.fail_on != fail_level::none) {
    const int bar = static_cast<int>(opt.fail_on == fail_level::error ? cxaudit::severity::error
                                                                      : cxaudit::severity::warning);
    // a record that could not be read was not checked: a gate does not let it pass
    if (worst >= bar || summary.errors > 0) return 2;
  }
  return 0;
}

}  // namespace
}  // namespace cxaudit_cli

int main(int argc, char** argv) {
  std::signal(SIGPIPE, SIG_IGN);  // a closed pipe is a write error (EPIPE), reported, not a death
  return cxaudit_cli::run(argc, argv);
}
