/* cxaudit C API: audit job postings from C, Python (ctypes), or anything with a C FFI.
 *
 * Header-only in the style of single-file libraries: include this header anywhere to declare
 * the API; in exactly one C++ translation unit, define CXAUDIT_C_API_IMPLEMENTATION before
 * including it to compile the implementation (which includes <cxaudit/cxaudit.hpp>).
 *
 *     cxaudit_auditor* a = NULL;
 *     if (cxaudit_create(&a) != CXAUDIT_OK) return 1;
 *     const char* json; size_t len;
 *     if (cxaudit_audit(a, "42", 2, title, strlen(title), text, strlen(text), &json, &len) ==
 *         CXAUDIT_OK)
 *       fwrite(json, 1, len, stdout);          // one "cxaudit.report/1" JSON object
 *     cxaudit_destroy(a);
 *
 * Threads: one auditor per thread; an auditor is not shared without a lock. The JSON is owned
 * by the auditor and valid until its next call. Functions never throw, never print and never
 * exit; failures are status codes with a message from cxaudit_last_error(). */
#ifndef CXAUDIT_C_API_H
#define CXAUDIT_C_API_H

#include <stddef.h>

/* CXAUDIT_C_API marks the exported functions (a shared library built with hidden visibility
 * still exports them). Define it yourself to override, e.g. for Windows DLLs. */
#ifndef CXAUDIT_C_API
#if defined(__GNUC__) || defined(__clang__)
#define CXAUDIT_C_API __attribute__((visibility("default")))
#else
#define CXAUDIT_C_API
#endif
#endif

#ifdef __cplusplus
extern "C" {
#endif

/** An auditor: the built-in (or a user-extended) lexicon plus reusable buffers. */
typedef struct cxaudit_auditor cxaudit_auditor;

/** What a call did. */
typedef enum cxaudit_status {
  CXAUDIT_OK = 0,                      /**< done */
  CXAUDIT_ERROR_INVALID_ARGUMENT = 1,  /**< a null pointer where one is not allowed */
  CXAUDIT_ERROR_LEXICON = 2,           /**< the lexicon file could not be read or parsed */
  CXAUDIT_ERROR_OUT_OF_MEMORY = 3,     /**< memory ran out */
  CXAUDIT_ERROR_POSTING_TOO_LARGE = 4, /**< the posting exceeds the size limit (64 MiB) */
  CXAUDIT_ERROR_INTERNAL = 5           /**< an unexpected failure (a bug: please report it) */
} cxaudit_status;

/** The library version, e.g. "0.1.0". */
CXAUDIT_C_API const char* cxaudit_version(void);

/** A short English description of a status. */
CXAUDIT_C_API const char* cxaudit_status_message(cxaudit_status status);

/** Creates an auditor with the built-in lexicon. */
CXAUDIT_C_API cxaudit_status cxaudit_create(cxaudit_auditor** out);

/** Creates an auditor with the built-in lexicon extended by a user lexicon file. On
 * CXAUDIT_ERROR_LEXICON, the message (with line and column) is copied to `error` (at most
 * `error_size` bytes, NUL-terminated) when `error` is not NULL. */
CXAUDIT_C_API cxaudit_status cxaudit_create_with_lexicon(const char* lexicon_path,
                                                         cxaudit_auditor** out, char* error,
                                                         size_t error_size);

/** Destroys an auditor (NULL is allowed). */
CXAUDIT_C_API void cxaudit_destroy(cxaudit_auditor* auditor);

/** Audits one posting (UTF-8 or HTML text; any bytes are accepted). `id` may be NULL.
 * On success `*json` points to the report's JSON (owned by the auditor, valid until the next
 * call on it) and `*json_length` is its length; the JSON is also NUL-terminated. */
CXAUDIT_C_API cxaudit_status cxaudit_audit(cxaudit_auditor* auditor, const char* id,
                                           size_t id_length, const char* title, size_t title_length,
                                           const char* text, size_t text_length, const char** json,
                                           size_t* json_length);

/** The message of the auditor's last failure ("" when none). */
CXAUDIT_C_API const char* cxaudit_last_error(const cxaudit_auditor* auditor);

#ifdef __cplusplus
} /* extern "C" */
#endif

#if defined(CXAUDIT_C_API_IMPLEMENTATION) && defined(__cplusplus)
#include "detail/c_api_impl.hpp"
#endif

#endif /* CXAUDIT_C_API_H */
