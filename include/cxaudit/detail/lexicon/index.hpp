#pragma once
/// \file index.hpp
/// The flat tables a lexicon is matched from: a two-choice bucketed vocabulary (fold key → word
/// id), a phrase trie over word ids (root transitions indexed directly, deeper ones in sorted
/// edge runs), each word's start facts (derived from the trie's first two levels: where in a
/// sentence a phrase may begin), and the meaning of each entry. The matcher reads them through
/// lexicon_view.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "../../category.hpp"
#include "../config.hpp"
#include "../tokenizer/word_simd.hpp"  // CXAUDIT_DETAIL_HAS_SSE2

namespace cxaudit {

/// One vocabulary slot: a surface form's fold key and the words it belongs to.
struct vocabulary_slot {
  std::uint64_t key = 0;    ///< fold key of the surface form (0 = empty slot); it encodes the
                            ///< form's length (packed bytes, or a hash mixed with the length)
  std::uint64_t words = 0;  ///< low half: word id + 1 (0 = empty); high half: when the form is
                            ///< a word of its own and also another word's inflection
                            ///< ("customers" of "customer"), that word's id + 1.

  /// A slot for `key` belonging to word `word` (its inflected word is added when found).
  static constexpr vocabulary_slot of(std::uint64_t key, std::uint32_t word) noexcept {
    return {key, word + std::uint64_t{1}};
  }
};

/// Four slots in one cache line, keys first. A form lives in one of two buckets chosen by two
/// hashes of its key (two-choice "cuckoo" hashing), so a lookup reads two lines and never
/// probes on.
struct alignas(64) vocabulary_bucket {
  std::uint64_t keys[4] = {};   ///< fold keys (0 = empty slot)
  std::uint64_t words[4] = {};  ///< the words of each key, as vocabulary_slot::words
};

namespace detail {

/// Reads a bucket written as 64 bytes: its four keys, then its four words, each value 8 bytes,
/// least significant first (how default_index.hpp ships the built-in vocabulary).
inline vocabulary_bucket read_bucket(const char* bytes) noexcept {
  auto value = [](const char* p) {  // compilers make this one load on little-endian hosts
    auto byte = [p](int i) { return std::uint64_t{static_cast<unsigned char>(p[i])} << (8 * i); };
    return byte(0) | byte(1) | byte(2) | byte(3) | byte(4) | byte(5) | byte(6) | byte(7);
  };
  vocabulary_bucket b;
  for (int i = 0; i < 4; ++i) {
    b.keys[i] = value(bytes + 8 * i);
    b.words[i] = value(bytes + 32 + 8 * i);
  }
  return b;
}

}  // namespace detail

/// The two buckets a fold key may live in, for a table of 2^(64 - shift) buckets. The top
/// bits of a multiplicative hash depend on every bit of the key; short words are their
/// packed bytes, so lower bits would hash only their first letters.
inline std::uint32_t vocabulary_bucket_a(std::uint64_t key, unsigned shift) noexcept {
  return static_cast<std::uint32_t>((key * 0x9E3779B97F4A7C15ull) >> shift);
}
inline std::uint32_t vocabulary_bucket_b(std::uint64_t key, unsigned shift) noexcept {
  return static_cast<std::uint32_t>((key * 0xC2B2AE3D27D4EB4Full) >> shift);
}

/// The words a surface form can be: its own, and the word it inflects (or -1).
struct word_ids {
  std::int32_t word = -1;  ///< the form's word, -1 when the lexicon does not know the form
  std::int32_t alt = -1;   ///< the word it is an inflection of, when that differs
};

/// A trie node: a run of outgoing edges and the entry a phrase ending here has.
struct trie_node {
  std::uint32_t first_edge = 0;  ///< index of the first edge in the edge table
  std::uint32_t edge_count = 0;  ///< number of edges (sorted by word id)
  std::int32_t entry = -1;       ///< entry index, or -1 when no phrase ends here
};

/// A trie edge: the next word and the node it leads to.
struct trie_edge {
  std::uint32_t word = 0;  ///< word id
  std::uint32_t node = 0;  ///< child node index
};

/// What a word is to the phrase trie's first two levels, for choosing where in a sentence a
/// phrase may begin (lexicon_view::word_starts, indexed by word id + 2, so that the ids -2 and
/// -1 of clause marks and absent inflections read 0): bit 63 when the word alone is an entry;
/// bits 0–31, a signature of the words that can follow it in a phrase (bit `id % 32` of each).
/// Frequent words that begin phrases only with other words ("in store", "our mission") are then
/// not tried where the next word can follow them in none.
inline constexpr std::uint64_t word_start_entry = std::uint64_t{1} << 63;

/// The signature bit of a following word id (none for -1 and -2).
inline std::uint64_t word_start_follower(std::int32_t next) noexcept {
  return std::uint64_t{next >= 0} << (static_cast<std::uint32_t>(next) & 31u);
}

namespace detail {
/// A compiled lexicon's vocabulary and trie, without its entries: owned by a lexicon_index,
/// or built ahead of time and kept in static storage (default_index.hpp).
struct index_tables {
  const vocabulary_bucket* buckets = nullptr;  ///< 2^(64 - bucket_shift) buckets
  unsigned bucket_shift = 63;                  ///< 64 - log2(bucket count)
  const std::uint32_t* root = nullptr;         ///< word id → node of the one-word prefix
  std::uint32_t word_count = 0;                ///< number of distinct words
  const trie_node* nodes = nullptr;            ///< trie nodes (node 0 is the root)
  const trie_edge* edges = nullptr;            ///< trie edges
  bool has_number_words = false;               ///< some word starts with a digit
};

}  // namespace detail

/// A read-only view of a compiled lexicon's tables (what the matcher needs).
struct lexicon_view {
  const vocabulary_bucket* buckets = nullptr;  ///< vocabulary, 2^(64 - bucket_shift) buckets
  unsigned bucket_shift = 63;                  ///< 64 - log2(bucket count)
  const std::uint32_t* root = nullptr;  ///< word id → node index of the one-word prefix (0 = none)
  std::uint32_t word_count = 0;         ///< number of distinct words
  const trie_node* nodes = nullptr;     ///< trie nodes (node 0 is the root)
  const trie_edge* edges = nullptr;     ///< trie edges
  const std::uint64_t* word_starts = nullptr;  ///< word id + 2 → entry bit and follower signature
  const meaning* meanings = nullptr;           ///< entry index → meaning
  const std::string_view* phrases = nullptr;   ///< entry index → phrase as written
  std::uint32_t entry_count = 0;               ///< number of entries
  bool has_number_words = false;               ///< some word starts with a digit ("24/7", "401k")

  /// The words of a surface form's fold key (word -1 when the lexicon does not know it).
  /// Without a branch on the outcome: whether a word of a posting is in the vocabulary is
  /// close to a coin toss, which a branch predictor cannot learn. Both buckets are read and
  /// all eight slots compared (a key is stored once), so the lookups of neighbouring words
  /// overlap.
  CXAUDIT_DETAIL_FORCE_INLINE word_ids find_words(std::uint64_t key) const noexcept {
    if (buckets == nullptr) return {};
    const vocabulary_bucket& a = buckets[vocabulary_bucket_a(key, bucket_shift)];
    const vocabulary_bucket& b = buckets[vocabulary_bucket_b(key, bucket_shift)];
#ifdef CXAUDIT_DETAIL_HAS_SSE2
    // built from 32-bit halves and read back with a 64-bit store: the 64-bit set and move
    // intrinsics do not exist on 32-bit x86
    const auto key_lo = static_cast<int>(static_cast<std::uint32_t>(key));
    const auto key_hi = static_cast<int>(static_cast<std::uint32_t>(key >> 32));
    const __m128i k = _mm_set_epi32(key_hi, key_lo, key_hi, key_lo);
    auto in = [&k](const vocabulary_bucket& bucket) {  // the words of `key`'s slot, or 0
      const auto* keys = reinterpret_cast<const __m128i*>(bucket.keys);
      const auto* words = reinterpret_cast<const __m128i*>(bucket.words);
      __m128i lo = _mm_cmpeq_epi32(_mm_load_si128(keys), k);  // 64-bit equality from halves
      __m128i hi = _mm_cmpeq_epi32(_mm_load_si128(keys + 1), k);
      lo = _mm_and_si128(lo, _mm_shuffle_epi32(lo, _MM_SHUFFLE(2, 3, 0, 1)));
      hi = _mm_and_si128(hi, _mm_shuffle_epi32(hi, _MM_SHUFFLE(2, 3, 0, 1)));
      return _mm_or_si128(_mm_and_si128(lo, _mm_load_si128(words)),
                          _mm_and_si128(hi, _mm_load_si128(words + 1)));
    };
    __m128i found = _mm_or_si128(in(a), in(b));
    found = _mm_or_si128(found, _mm_unpackhi_epi64(found, found));
    std::uint64_t words = 0;
    _mm_storel_epi64(reinterpret_cast<__m128i*>(&words), found);
#else
    std::uint64_t words = 0;
    for (int k = 0; k < 4; ++k) {  // masks, not conditionals: compilers make those branches
      words |= a.words[k] & (0 - static_cast<std::uint64_t>(a.keys[k] == key));
      words |= b.words[k] & (0 - static_cast<std::uint64_t>(b.keys[k] == key));
    }
#endif
    return {static_cast<std::int32_t>(static_cast<std::uint32_t>(words)) - 1,
            static_cast<std::int32_t>(static_cast<std::uint32_t>(words >> 32)) - 1};
  }

  /// The entry bit and follower signature of word id `id` (0 for -1 and -2; see
  /// word_start_entry).
  std::uint64_t start_facts(std::int32_t id) const noexcept {
    return word_starts[static_cast<std::size_t>(id + 2)];
  }

  /// The child of `node` along `word`, or 0.
  std::uint32_t child(std::uint32_t node, std::uint32_t word) const noexcept {
    if (node == 0) return word < word_count ? root[word] : 0;
    const trie_node& n = nodes[node];
    const trie_edge* e = edges + n.first_edge;
    for (std::uint32_t k = 0; k < n.edge_count; ++k)
      if (e[k].word == word) return e[k].node;
    return 0;
  }
};

}  // namespace cxaudit
