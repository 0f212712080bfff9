// Tokenizes the title and text of every posting of a JSON Lines file and prints one digest of
// all the tokens (kind, span, key, key length, flags) and of the tokenizer's counts. Two builds
// of the tokenizer that print the same digest produce the same tokens on those postings: the
// check a change meant to make the tokenizer faster, not different, has to pass. Built and run
// by scripts/token-digest.sh.
#include <cinttypes>
#include <cstdio>
#include <string_view>
#include <vector>

#include <cxaudit/cxaudit.hpp>

#include "real_postings.hpp"

int main(int argc, char** argv) {
  const char* path = argc > 1 ? argv[1] : CXAUDIT_POSTINGS_JSONL;
  const std::vector<cxaudit_test::real_posting> postings =
      cxaudit_test::load_real_postings(0, path);
  if (postings.empty()) {
    std::fprintf(stderr, "token-digest: no postings read from %s\n", path);
    return 1;
  }
  const cxaudit::tokenizer tokenizer;
  std::vector<cxaudit::token> tokens;
  std::uint64_t digest = 14695981039346656037ull;  // FNV-1a over 64-bit fields
  auto mix = [&digest](std::uint64_t x) { digest = (digest ^ x) * 1099511628211ull; };
  std::uint64_t token_count = 0;
  for (const cxaudit_test::real_posting& p : postings) {
    for (const std::string_view text : {std::string_view(p.title), std::string_view(p.text)}) {
      const cxaudit::tokenize_stats stats = tokenizer.tokenize(text, tokens);
      for (const std::uint64_t n :
           {std::uint64_t{tokens.size()}, stats.bytes, stats.tokens, stats.words,
            stats.invalid_utf8_bytes, stats.nul_bytes, stats.overlong_words, stats.tags,
            std::uint64_t{stats.unclosed_markup}})
        mix(n);
      for (const cxaudit::token& t : tokens) {
        mix(t.span.begin);
        mix(t.span.end);
        mix(t.key);
        mix(t.key_length);
        mix(static_cast<std::uint64_t>(t.kind));
        mix(t.flags);
      }
      token_count += tokens.size();
    }
  }
  std::printf("%zu postings, %" PRIu64 " tokens, digest %016" PRIx64 "\n", postings.size(),
              token_count, digest);
  return 0;
}
