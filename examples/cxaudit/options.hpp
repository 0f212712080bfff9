#pragma once
// Command-line options of the cxaudit tool. The synopsis and exit codes are in DESIGN.md and
// kept exactly: scripts depend on them.

#include <cstdlib>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace cxaudit_cli {

enum class input_format { automatic, text, jsonl, csv };
enum class output_format { automatic, table, jsonl, csv, html };
enum class fail_level { none, warning, error };

/// What the command line asked for.
struct options {
  std::vector<std::string> inputs;  ///< files or directories; none or "-" = standard input
  input_format in = input_format::automatic;
  output_format out = output_format::automatic;
  std::string id_key = "id", title_key = "title", text_key = "text";
  std::string lexicon;  ///< a lexicon file applied on top of the built-in lexicon
  bool summary = false;
  unsigned threads = 0;  ///< 0 = all cores
  fail_level fail_on = fail_level::none;
  bool help = false, version = false;
};

inline constexpr const char* usage_text =
    "usage: cxaudit [options] [FILE|DIR ...]   no FILE, or '-', reads standard input\n"
    "  --in text|jsonl|csv                     default: from the file extension; text for a "
    "terminal\n"
    "  --out table|jsonl|csv|html              default: table on a terminal, jsonl otherwise\n"
    "  --id-key K --title-key K --text-key K   JSONL/CSV field names (defaults: id, title, text)\n"
    "  --lexicon FILE                          add or override lexicon entries\n"
    "  --summary                               batch summary (to standard error with jsonl/csv "
    "out)\n"
    "  --threads N                             default: all cores; output order = input order\n"
    "  --fail-on warning|error                 exit 2 when a finding of that severity exists "
    "(pre-publish gate)\n"
    "  --help, --version\n"
    "Exit status: 0 done; 2 a --fail-on finding; 1 a usage or I/O error that stopped the run.\n"
    "\n"
    "Input format by extension: .jsonl .ndjson = JSON Lines, .csv = CSV, .txt .text .md .html\n"
    ".htm = text; standard input from a terminal = text; other files and piped input are JSON\n"
    "Lines when they start with '{', text otherwise. A directory is read recursively, in sorted\n"
    "order, skipping hidden entries and files with other extensions.\n"
    "Text: one file is one posting; its title is the first non-empty line, unless one of the\n"
    "first five non-empty lines starts with 'Title:'.\n"
    "Every input record gives one output record, in input order; a record that cannot be read\n"
    "gives an error record naming its line, and the run goes on.\n";

/// Parses argv into `o`; returns "" or the usage error.
inline std::string parse_options(int argc, char** argv, options& o) {
  bool only_files = false;  // after "--"
  for (int i = 1; i < argc; ++i) {
    std::string_view a = argv[i];
    if (only_files || a == "-" || a.empty() || a[0] != '-') {
      o.inputs.emplace_back(a);
      continue;
    }
    if (a == "--") {
      only_files = true;
      continue;
    }
    // --name value or --name=value
    std::string_view name = a, inline_value;
    bool has_inline = false;
    if (const std::size_t eq = a.find('=');
        eq != std::string_view::npos && a.substr(0, 2) == "--") {
      name = a.substr(0, eq);
      inline_value = a.substr(eq + 1);
      has_inline = true;
    }
    auto value = [&](std::string& to) -> std::string {
      if (has_inline) {
        to = std::string(inline_value);
        return {};
      }
      if (i + 1 >= argc) return "option " + std::string(name) + " needs a value";
      to = argv[++i];
      return {};
    };
    auto flag = [&](bool& to) -> std::string {
      if (has_inline) return "option " + std::string(name) + " takes no value";
      to = true;
      return {};
    };
    std::string v, err;
    if (name == "--help" || name == "-h")
      err = flag(o.help);
    else if (name == "--version")
      err = flag(o.version);
    else if (name == "--summary")
      err = flag(o.summary);
    else if (name == "--id-key")
      err = value(o.id_key);
    else if (name == "--title-key")
      err = value(o.title_key);
    else if (name == "--text-key")
      err = value(o.text_key);
    else if (name == "--lexicon")
      err = value(o.lexicon);
    else if (name == "--in") {
      if ((err = value(v)).empty()) {
        if (v == "text")
          o.in = input_format::text;
        else if (v == "jsonl")
          o.in = input_format::jsonl;
        else if (v == "csv")
          o.in = input_format::csv;
        else
          err = "--in must be text, jsonl or csv, not '" + v + "'";
      }
    } else if (name == "--out") {
      if ((err = value(v)).empty()) {
        if (v == "table")
          o.out = output_format::table;
        else if (v == "jsonl")
          o.out = output_format::jsonl;
        else if (v == "csv")
          o.out = output_format::csv;
        else if (v == "html")
          o.out = output_format::html;
        else
          err = "--out must be table, jsonl, csv or html, not '" + v + "'";
      }
    } else if (name == "--threads") {
      if ((err = value(v)).empty()) {
        char* end = nullptr;
        const long n = std::strtol(v.c_str(), &end, 10);
        if (v.empty() || *end != '\0' || n < 1 || n > 256)
          err = "--threads must be a number from 1 to 256, not '" + v + "'";
        else
          o.threads = static_cast<unsigned>(n);
      }
    } else if (name == "--fail-on") {
      if ((err = value(v)).empty()) {
        if (v == "warning")
          o.fail_on = fail_level::warning;
        else if (v == "error")
          o.fail_on = fail_level::error;
        else
          err = "--fail-on must be warning or error, not '" + v + "'";
      }
    } else {
      err = "unknown option '" + std::string(a) + "'";
    }
    if (!err.empty()) return err;
  }
  for (const std::string* key : {&o.id_key, &o.title_key, &o.text_key})
    if (key->empty()) return "field names (--id-key, --title-key, --text-key) cannot be empty";
  if (o.threads == 0) {
    const unsigned cores = std::thread::hardware_concurrency();
    o.threads = cores == 0 ? 1 : cores;
  }
  return {};
}

}  // namespace cxaudit_cli
