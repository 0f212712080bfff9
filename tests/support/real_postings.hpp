#pragma once
// Loads real postings from ../shared/data/postings.jsonl (third-party text that stays out of
// the repository; see its README). Tests that need them skip with a message when the file is
// absent. JSON is parsed by simdjson, never by hand.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include <simdjson.h>

#ifndef CXAUDIT_POSTINGS_JSONL
#define CXAUDIT_POSTINGS_JSONL "../shared/data/postings.jsonl"
#endif

namespace cxaudit_test {

struct real_posting {
  std::string id;
  std::string title;
  std::string text;
  bool html = false;
};

/// Up to `limit` postings (all when 0), in file order; empty when the file is missing.
inline std::vector<real_posting> load_real_postings(std::size_t limit = 0,
                                                    const char* path = CXAUDIT_POSTINGS_JSONL) {
  std::vector<real_posting> out;
  simdjson::padded_string json;
  if (simdjson::padded_string::load(path).get(json) != simdjson::SUCCESS) return out;
  simdjson::ondemand::parser parser;
  simdjson::ondemand::document_stream docs;
  if (parser.iterate_many(json).get(docs) != simdjson::SUCCESS) return out;
  for (auto doc : docs) {
    simdjson::ondemand::object obj;
    if (doc.get_object().get(obj) != simdjson::SUCCESS) continue;
    real_posting p;
    std::string_view v;
    for (auto field : obj) {
      std::string_view key;
      if (field.unescaped_key().get(key) != simdjson::SUCCESS) continue;
      if (key == "id" && field.value().get_string().get(v) == simdjson::SUCCESS)
        p.id = v;
      else if (key == "title" && field.value().get_string().get(v) == simdjson::SUCCESS)
        p.title = v;
      else if (key == "text" && field.value().get_string().get(v) == simdjson::SUCCESS)
        p.text = v;
      else if (key == "html") {
        bool b = false;
        if (field.value().get_bool().get(b) == simdjson::SUCCESS) p.html = b;
      }
    }
    out.push_back(std::move(p));
    if (limit != 0 && out.size() == limit) break;
  }
  return out;
}

/// True when the real postings are available.
inline bool have_real_postings(const char* path = CXAUDIT_POSTINGS_JSONL) {
  simdjson::padded_string json;
  return simdjson::padded_string::load(path).get(json) == simdjson::SUCCESS;
}

}  // namespace cxaudit_test
