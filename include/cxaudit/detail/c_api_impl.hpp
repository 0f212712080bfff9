#pragma once
/// \file c_api_impl.hpp
/// The C API's implementation (compiled where CXAUDIT_C_API_IMPLEMENTATION is defined: in
/// exactly one translation unit, so the functions are ordinary external definitions).

#include <cstring>
#include <memory>
#include <new>
#include <string>

#include "../cxaudit.hpp"
#include "../lexicon_file.hpp"

struct cxaudit_auditor {
  std::unique_ptr<cxaudit::runtime_lexicon> lexicon;  // null: the built-in one
  std::unique_ptr<cxaudit::auditor<cxaudit::runtime_lexicon>> with_lexicon;
  std::unique_ptr<cxaudit::auditor<>> builtin;
  std::string json;
  std::string error;
};

namespace cxaudit::detail {

inline cxaudit_status c_fail(cxaudit_auditor* a, cxaudit_status s, const char* message) noexcept {
  if (a != nullptr) {
    try {
      a->error = message;
    } catch (...) {
      a->error.clear();
    }
  }
  return s;
}

inline void c_copy_message(const std::string& message, char* error, std::size_t size) noexcept {
  if (error == nullptr || size == 0) return;
  const std::size_t n = message.size() < size - 1 ? message.size() : size - 1;
  std::memcpy(error, message.data(), n);
  error[n] = '\0';
}

}  // namespace cxaudit::detail

extern "C" {

const char* cxaudit_version(void) { return cxaudit::version_string; }

const char* cxaudit_status_message(cxaudit_status status) {
  switch (status) {
    case CXAUDIT_OK:
      return "ok";
    case CXAUDIT_ERROR_INVALID_ARGUMENT:
      return "invalid argument";
    case CXAUDIT_ERROR_LEXICON:
      return "the lexicon file could not be read or parsed";
    case CXAUDIT_ERROR_OUT_OF_MEMORY:
      return "out of memory";
    case CXAUDIT_ERROR_POSTING_TOO_LARGE:
      return "posting too large to audit";
    case CXAUDIT_ERROR_INTERNAL:
      return "internal error";
  }
  return "unknown status";
}

cxaudit_status cxaudit_create(cxaudit_auditor** out) {
  if (out == nullptr) return CXAUDIT_ERROR_INVALID_ARGUMENT;
  *out = nullptr;
  try {
    auto a = std::make_unique<cxaudit_auditor>();
    a->builtin = std::make_unique<cxaudit::auditor<>>();
    *out = a.release();
    return CXAUDIT_OK;
  } catch (const std::bad_alloc&) {
    return CXAUDIT_ERROR_OUT_OF_MEMORY;
  } catch (...) {
    return CXAUDIT_ERROR_INTERNAL;
  }
}

cxaudit_status cxaudit_create_with_lexicon(const char* lexicon_path, cxaudit_auditor** out,
                                           char* error, std::size_t error_size) {
  if (out == nullptr || lexicon_path == nullptr) return CXAUDIT_ERROR_INVALID_ARGUMENT;
  *out = nullptr;
  try {
    cxaudit::loaded_lexicon loaded = cxaudit::load_lexicon_file(lexicon_path);
    if (!loaded.ok()) {
      cxaudit::detail::c_copy_message(loaded.error.message, error, error_size);
      return CXAUDIT_ERROR_LEXICON;
    }
    auto a = std::make_unique<cxaudit_auditor>();
    a->lexicon = std::move(loaded.lexicon);
    a->with_lexicon = std::make_unique<cxaudit::auditor<cxaudit::runtime_lexicon>>(*a->lexicon);
    *out = a.release();
    return CXAUDIT_OK;
  } catch (const std::bad_alloc&) {
    return CXAUDIT_ERROR_OUT_OF_MEMORY;
  } catch (...) {
    return CXAUDIT_ERROR_INTERNAL;
  }
}

void cxaudit_destroy(cxaudit_auditor* auditor) { delete auditor; }

cxaudit_status cxaudit_audit(cxaudit_auditor* a, const char* id, std::size_t id_length,
                             const char* title, std::size_t title_length, const char* text,
                             std::size_t text_length, const char** json, std::size_t* json_length) {
  if (a == nullptr || json == nullptr || json_length == nullptr ||
      (title == nullptr && title_length != 0) || (text == nullptr && text_length != 0) ||
      (id == nullptr && id_length != 0))
    return cxaudit::detail::c_fail(a, CXAUDIT_ERROR_INVALID_ARGUMENT, "a required pointer is NULL");
  *json = nullptr;
  *json_length = 0;
  try {
    const cxaudit::posting p{{id == nullptr ? "" : id, id_length},
                             {title == nullptr ? "" : title, title_length},
                             {text == nullptr ? "" : text, text_length}};
    const cxaudit::report& r = a->builtin ? a->builtin->audit(p) : a->with_lexicon->audit(p);
    if (r.status == cxaudit::audit_status::posting_too_large)
      return cxaudit::detail::c_fail(a, CXAUDIT_ERROR_POSTING_TOO_LARGE,
                                     "posting too large to audit");
    if (r.status == cxaudit::audit_status::out_of_memory)
      return cxaudit::detail::c_fail(a, CXAUDIT_ERROR_OUT_OF_MEMORY, "out of memory");
    a->json.clear();
    cxaudit::append_json(a->json, r);
    a->error.clear();
    *json = a->json.c_str();
    *json_length = a->json.size();
    return CXAUDIT_OK;
  } catch (const std::bad_alloc&) {
    return cxaudit::detail::c_fail(a, CXAUDIT_ERROR_OUT_OF_MEMORY, "out of memory");
  } catch (...) {
    return cxaudit::detail::c_fail(a, CXAUDIT_ERROR_INTERNAL, "internal error");
  }
}

const char* cxaudit_last_error(const cxaudit_auditor* auditor) {
  return auditor == nullptr ? "" : auditor->error.c_str();
}

}  // extern "C"
