#pragma once
/// \file lexicon_file.hpp
/// A user lexicon file applied on top of the built-in lexicon.

#include <memory>
#include <string>
#include <vector>

#include "lexicon.hpp"
#include "lexicon_format.hpp"

namespace cxaudit {

/// Applies parsed directives (add or replace, remove) to a builder, in file order.
inline void apply_directives(lexicon_builder& builder,
                             const std::vector<lexicon_directive>& directives) {
  for (const lexicon_directive& d : directives) {
    if (d.act == lexicon_directive::action::remove)
      builder.remove(d.phrase);
    else
      builder.add(d.phrase, d.what);
  }
}

/// The result of loading a lexicon file: the lexicon, or the error that stopped it.
struct loaded_lexicon {
  std::unique_ptr<runtime_lexicon> lexicon;  ///< null on error
  lexicon_error error;                       ///< code ok on success
  /// True when the file was read and parsed.
  bool ok() const noexcept { return lexicon != nullptr; }
};

/// Loads `path` on top of the built-in entries (a file's entries add to, replace or remove
/// built-in ones). Throws only std::bad_alloc.
inline loaded_lexicon load_lexicon_file(const std::string& path) {
  loaded_lexicon out;
  lexicon_parse_result parsed = read_lexicon_file(path);
  if (!parsed.ok()) {
    out.error = std::move(parsed.error);
    return out;
  }
  lexicon_builder b;
  b.add_defaults();
  apply_directives(b, parsed.directives);
  out.lexicon = std::make_unique<runtime_lexicon>(b.build());
  return out;
}

}  // namespace cxaudit
