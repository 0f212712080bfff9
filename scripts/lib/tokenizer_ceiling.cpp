// How fast a tokenizer could be that classifies each byte of a posting once, in 64-byte
// blocks, and takes every word from the block's bit masks, against the library's tokenizer on
// the same postings in the same process. The ceiling pass finds only runs of ASCII letters and
// digits (no punctuation, line ends, markup, entities, URLs or multi-byte letters), folds each
// with the library's fold and stores a token for it: what any block tokenizer has to do at
// least. A second pass also looks every word up in the built-in lexicon's vocabulary, as the
// matcher does; a third makes tokens of punctuation and line ends too (without the lookup),
// in text order. The library's full audit of the same postings runs in the same rounds, so
// the program can also say how fast the audit would be with its tokenizer's time replaced by
// the third pass's: the most a faster tokenizer alone could give it. Built and run by
// scripts/tokenizer-ceiling.sh; prints the median MiB/s of each.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include <cxaudit/cxaudit.hpp>

#include "real_postings.hpp"

#ifndef CXAUDIT_DETAIL_HAS_SSE2
#error "tokenizer-ceiling measures SSE2 block masks: build it for x86-64"
#endif

namespace {

// Spaces after each text: every block the passes read, and every fold, stays inside the string.
constexpr std::size_t padding = 128;

using cxaudit::token;
using namespace cxaudit::detail;

// Stores a token at `o` and moves `o` on.
void put(token*& o, cxaudit::token_kind kind, std::size_t first, std::size_t last,
         std::uint64_t key = 0, std::uint16_t length = 0, std::uint8_t flags = 0) {
  token& t = *o++;
  t.span = {static_cast<std::uint32_t>(first), static_cast<std::uint32_t>(last)};
  t.key = key;
  t.key_length = length;
  t.kind = kind;
  t.flags = flags;
}

// Folds the word [first, last) of `base` (`size` bytes and padding) and stores it; returns its
// key.
std::uint64_t put_word(token*& o, const char* base, std::size_t size, std::size_t first,
                       std::size_t last) {
  const ascii_word_facts f = fold_ascii_word(base + first, last - first, size + 64 - first);
  put(o, cxaudit::token_kind::word, first, last, f.key, static_cast<std::uint16_t>(last - first),
      f.flags);
  return f.key;
}

// Where the word that ends at bit `e` of the block at `at` starts: the block's first start
// left in `starts` (taken), or `open` when the word began in an earlier block.
std::size_t take_start(std::uint64_t& starts, unsigned e, std::size_t at, std::size_t open) {
  const std::uint64_t before = starts & ((std::uint64_t{1} << e) - 1);
  if (before == 0) return open;
  starts &= starts - 1;
  return at + count_trailing_zeros64(before);
}

// Runs of ASCII letters and digits in `text` (followed by `padding` readable spaces), each
// folded and stored as a word token. With a vocabulary, also counts the known ones.
template <bool LookUp>
std::size_t block_words(std::string_view text, token* out, const cxaudit::lexicon_view& lex,
                        std::size_t& known) {
  const char* const base = text.data();
  const std::size_t size = text.size();
  token* o = out;
  std::uint64_t carry = 0;  // 1 when the previous block ended inside a word
  std::size_t open = 0;     // where a word that runs into the next block started
  // up to `size` itself: a word that ends the text ends in the padding
  for (std::size_t at = 0; at <= size; at += 64) {
    const std::uint64_t alnum = classify_block64(base + at).alnum;
    std::uint64_t starts = alnum & ~((alnum << 1) | carry);
    std::uint64_t ends = ~alnum & ((alnum << 1) | carry);  // the byte after each word
    carry = alnum >> 63;
    while (ends != 0) {
      const unsigned e = count_trailing_zeros64(ends);
      const std::size_t first = take_start(starts, e, at, open);
      const std::uint64_t key = put_word(o, base, size, first, at + e);
      if constexpr (LookUp) known += lex.find_words(key).word >= 0 ? 1 : 0;
      ends &= ends - 1;
    }
    if (starts != 0) open = at + count_trailing_zeros64(starts);
  }
  return static_cast<std::size_t>(o - out);
}

// Closer to a whole tokenizer: words (runs of letters, digits and bytes >= 0x80), a token
// for each other byte that is not a blank (punctuation; '.', '!' and '?' as sentence ends)
// and one for each run of line feeds, in text order, from the same block masks. Still no
// headings, markup, entities, numbers, URLs or joined hyphens and apostrophes.
std::size_t block_tokens(std::string_view text, token* out) {
  const char* const base = text.data();
  const std::size_t size = text.size();
  token* o = out;
  std::uint64_t carry = 0;     // 1 when the previous block ended inside a word
  std::uint64_t nl_carry = 0;  // 1 when it ended with a line feed
  std::size_t open = 0;
  for (std::size_t at = 0; at <= size; at += 64) {
    const block_masks m = classify_block64(base + at);
    std::uint64_t high = 0;
    std::uint64_t blank = 0;
    std::uint64_t line_feed = 0;
    for (int i = 0; i < 64; i += 16) {
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(base + at + i));
      auto bits = [](__m128i x) {
        return static_cast<std::uint64_t>(static_cast<unsigned>(_mm_movemask_epi8(x)));
      };
      high |= bits(v) << i;
      line_feed |= bits(_mm_cmpeq_epi8(v, _mm_set1_epi8('\n'))) << i;
      // bytes 0x01-0x20 other than the line feed (signed compare: high bytes are negative)
      blank |= bits(_mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8(0)),
                                  _mm_cmplt_epi8(v, _mm_set1_epi8(0x21))))
               << i;
    }
    blank &= ~line_feed;
    const std::uint64_t word = m.alnum | high;
    std::uint64_t starts = word & ~((word << 1) | carry);
    const std::uint64_t ends = ~word & ((word << 1) | carry);
    const std::uint64_t other = ~word & ~blank & ~line_feed;
    const std::uint64_t breaks = line_feed & ~((line_feed << 1) | nl_carry);
    carry = word >> 63;
    nl_carry = line_feed >> 63;
    std::uint64_t events = ends | other | breaks;
    while (events != 0) {
      const unsigned e = count_trailing_zeros64(events);
      const std::uint64_t bit = std::uint64_t{1} << e;
      const std::size_t pos = at + e;
      if ((ends & bit) != 0) {
        put_word(o, base, size, take_start(starts, e, at, open), pos);
      }
      if (((other | breaks) & bit) != 0) {
        const char c = base[pos];
        put(o,
            c == '\n'                            ? cxaudit::token_kind::line_break
            : (c == '.' || c == '!' || c == '?') ? cxaudit::token_kind::sentence_end
                                                 : cxaudit::token_kind::punct,
            pos, pos + 1);
      }
      events &= events - 1;
    }
    if (starts != 0) open = at + count_trailing_zeros64(starts);
  }
  return static_cast<std::size_t>(o - out);
}

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
  const char* path = argc > 1 ? argv[1] : CXAUDIT_POSTINGS_JSONL;
  const std::vector<cxaudit_test::real_posting> postings =
      cxaudit_test::load_real_postings(0, path);
  if (postings.empty()) {
    std::fprintf(stderr, "tokenizer-ceiling: no postings read from %s\n", path);
    return 1;
  }
  std::vector<std::string> padded;  // each text and `padding` spaces
  std::size_t bytes = 0;
  std::size_t longest = 0;
  for (const cxaudit_test::real_posting& p : postings) {
    padded.push_back(p.text + std::string(padding, ' '));
    bytes += p.text.size();
    longest = std::max(longest, p.text.size());
  }
  const cxaudit::lexicon_view lex = cxaudit::default_lexicon().view();
  const cxaudit::tokenizer tokenizer;
  std::vector<token> tokens;
  std::vector<token> words(longest + 64);  // at most a token per byte
  cxaudit::auditor<> auditor;
  std::vector<double> library, ceiling, lookup, all_kinds, audit, audit_best_case;
  std::size_t findings = 0;
  std::size_t block_token_count = 0;
  std::size_t library_tokens = 0;
  std::size_t word_count = 0;
  std::size_t known = 0;
  auto text_of = [](const std::string& s) {
    return std::string_view(s.data(), s.size() - padding);
  };
  auto mib_per_s = [bytes](auto run) {
    const auto t0 = std::chrono::steady_clock::now();
    run();
    const std::chrono::duration<double> s = std::chrono::steady_clock::now() - t0;
    return static_cast<double>(bytes) / s.count() / (1024.0 * 1024.0);
  };
  for (int round = 0; round < 7; ++round) {
    library_tokens = word_count = known = block_token_count = 0;
    library.push_back(mib_per_s([&] {
      for (const cxaudit_test::real_posting& p : postings) {
        tokenizer.tokenize(p.text, tokens);
        library_tokens += tokens.size();
      }
    }));
    ceiling.push_back(mib_per_s([&] {
      for (const std::string& s : padded)
        word_count += block_words<false>(text_of(s), words.data(), lex, known);
    }));
    lookup.push_back(mib_per_s([&] {
      for (const std::string& s : padded) block_words<true>(text_of(s), words.data(), lex, known);
    }));
    all_kinds.push_back(mib_per_s([&] {
      for (const std::string& s : padded)
        block_token_count += block_tokens(text_of(s), words.data());
    }));
    audit.push_back(mib_per_s([&] {
      findings = 0;
      for (const cxaudit_test::real_posting& p : postings)
        findings += auditor.audit({p.id, p.title, p.text}).findings.size();
    }));
    // seconds per MiB: the audit's, less the library tokenizer's, plus the third pass's
    audit_best_case.push_back(1.0 /
                              (1.0 / audit.back() - 1.0 / library.back() + 1.0 / all_kinds.back()));
  }
  std::printf("%zu postings' texts, %.1f MiB; median of 7 rounds:\n", postings.size(),
              static_cast<double>(bytes) / (1024.0 * 1024.0));
  std::printf("  library tokenizer (all tokens):        %6.0f MiB/s, %zu tokens\n", median(library),
              library_tokens);
  std::printf("  block words only (the ceiling):        %6.0f MiB/s, %zu words\n", median(ceiling),
              word_count);
  std::printf("  block words + vocabulary lookup:       %6.0f MiB/s, %zu known\n", median(lookup),
              known);
  std::printf("  block words, punctuation, line ends:   %6.0f MiB/s, %zu tokens\n",
              median(all_kinds), block_token_count);
  std::printf("  library full audit:                    %6.0f MiB/s, %zu findings\n", median(audit),
              findings);
  std::printf("  the audit, its tokenizer's time replaced by the pass above: %.0f MiB/s\n",
              median(audit_best_case));
  return 0;
}
