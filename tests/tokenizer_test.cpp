// Tokenizer: golden token dumps for real-world shapes, and properties that must hold for any
// input (spans inside the input, no early stop, bounded work on hostile bytes).

#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include <cxaudit/tokenizer.hpp>

#ifndef CXAUDIT_TEST_DATA_DIR
#define CXAUDIT_TEST_DATA_DIR "tests/data"
#endif

namespace {

std::string read_file(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string dump_of(std::string_view text, const std::vector<cxaudit::token>& tokens) {
  std::string out;
  cxaudit::append_token_dump(out, text, tokens);
  return out;
}

std::string dump(std::string_view text) { return dump_of(text, cxaudit::tokenize(text)); }

std::vector<std::string> words_of(std::string_view text) {
  std::vector<std::string> w;
  for (const cxaudit::token& t : cxaudit::tokenize(text))
    if (t.kind == cxaudit::token_kind::word) w.emplace_back(t.span.text(text));
  return w;
}

std::vector<cxaudit::token> of_kind(std::string_view text, cxaudit::token_kind k) {
  std::vector<cxaudit::token> out;
  for (const cxaudit::token& t : cxaudit::tokenize(text))
    if (t.kind == k) out.push_back(t);
  return out;
}

}  // namespace

TEST_CASE("tokenizer: golden token dumps") {
  const std::filesystem::path dir = std::filesystem::path(CXAUDIT_TEST_DATA_DIR) / "tokenizer";
  std::vector<std::filesystem::path> inputs;
  for (const auto& e : std::filesystem::directory_iterator(dir))
    if (e.path().extension() == ".input") inputs.push_back(e.path());
  std::sort(inputs.begin(), inputs.end());
  REQUIRE(inputs.size() >= 15);
  const bool update = std::getenv("CXAUDIT_UPDATE_GOLDEN") != nullptr;
  for (const auto& in : inputs) {
    CAPTURE(in.filename().string());
    const std::string text = read_file(in);
    const std::string got = dump(text);
    std::filesystem::path expected = in;
    expected.replace_extension(".expected");
    if (update) std::ofstream(expected, std::ios::binary) << got;
    CHECK(got == read_file(expected));
  }
}

// The output vector is storage: a call overwrites what an earlier call left in it (longer or
// shorter input, headings moved into place) and ends with exactly its own tokens.
TEST_CASE("tokenizer: an output vector reused across inputs gives what a fresh one gives") {
  const std::filesystem::path dir = std::filesystem::path(CXAUDIT_TEST_DATA_DIR) / "tokenizer";
  std::vector<std::string> texts;
  for (const auto& e : std::filesystem::directory_iterator(dir))
    if (e.path().extension() == ".input") texts.push_back(read_file(e.path()));
  std::sort(texts.begin(), texts.end(),
            [](const std::string& a, const std::string& b) { return a.size() < b.size(); });
  REQUIRE(texts.size() >= 15);
  // long (an input 40 times over) and short in turn, so that every call finds more tokens of
  // another input in place than it makes itself, or fewer
  std::vector<std::string> order;
  for (std::size_t i = 0; i < texts.size(); ++i) {
    std::string longer;
    for (int k = 0; k < 40; ++k) longer += texts[texts.size() - 1 - i] + "\n\n";
    order.push_back(longer);
    order.push_back(texts[i]);
  }
  const cxaudit::tokenizer tk;
  std::vector<cxaudit::token> reused;
  for (const std::string& text : order) {
    tk.tokenize(text, reused);
    CHECK(dump_of(text, reused) == dump(text));
  }
}

TEST_CASE("tokenizer: spans point into the input and text tokens are never empty") {
  for (std::string_view text :
       {std::string_view("<p>Hi &amp; bye</p>\r\n\r\n• x"), std::string_view("a\xff\xfe b"),
        std::string_view("\xe2\x80\x99\xe2\x80\x99 ' - -- <> <a <!-- x"), std::string_view("")}) {
    for (const cxaudit::token& t : cxaudit::tokenize(text)) {
      CHECK(t.span.begin <= t.span.end);
      CHECK(t.span.end <= text.size());
      if (t.is_text()) CHECK(t.span.size() > 0);
    }
  }
}

TEST_CASE("tokenizer: normalization folds case, typographic apostrophes and entities alike") {
  const std::string a = "customer's", b = "Customer\xe2\x80\x99s", c = "CUSTOMER&rsquo;S",
                    d = "customer&#8217;s";
  const auto ka = cxaudit::tokenize(a).at(0), kb = cxaudit::tokenize(b).at(0),
             kc = cxaudit::tokenize(c).at(0), kd = cxaudit::tokenize(d).at(0);
  CHECK(ka.key == kb.key);
  CHECK(ka.key == kc.key);
  CHECK(ka.key == kd.key);
  CHECK(ka.key_length == kb.key_length);
  CHECK(kb.span.size() == b.size());  // the span is the original bytes, not the folded ones
  CHECK(kc.span.size() == c.size());
  CHECK(cxaudit::tokenize("customers").at(0).key != ka.key);
  // long words (over 8 bytes) are hashed the same way whatever their case
  // (an all-caps line is also a heading, so take the word token)
  CHECK(of_kind("Responsibilities", cxaudit::token_kind::word).at(0).key ==
        of_kind("RESPONSIBILITIES", cxaudit::token_kind::word).at(0).key);
}

TEST_CASE("tokenizer: a 1 MB word is one token, too long to match, and is reported") {
  std::string text = "start " + std::string(1 << 20, 'a') + " end";
  cxaudit::tokenizer tk;
  std::vector<cxaudit::token> out;
  const cxaudit::tokenize_stats s = tk.tokenize(text, out);
  REQUIRE(out.size() == 3);
  CHECK(out[1].span.size() == (1u << 20));
  CHECK(out[1].key == 0);
  CHECK(s.overlong_words == 1);
  CHECK(out[2].span.text(text) == "end");
}

TEST_CASE("tokenizer: every class of invalid UTF-8 is skipped and the rest is read") {
  struct sample {
    const char* name;
    std::string bytes;
    std::uint64_t invalid;
  };
  const sample samples[] = {
      {"overlong", "\xc0\xaf", 2},           {"overlong 3-byte", "\xe0\x80\xaf", 3},
      {"surrogate", "\xed\xa0\x80", 3},      {"truncated", "\xe2\x80", 2},
      {"stray continuation", "\x80\xbf", 2}, {"above U+10FFFF", "\xf4\x90\x80\x80", 4},
      {"bad lead", "\xf5\xff", 2},
  };
  for (const sample& s : samples) {
    CAPTURE(s.name);
    const std::string text = "customer " + s.bytes + " feedback";
    cxaudit::tokenizer tk;
    std::vector<cxaudit::token> out;
    const auto stats = tk.tokenize(text, out);
    CHECK(stats.invalid_utf8_bytes == s.invalid);
    CHECK(words_of(text) == std::vector<std::string>{"customer", "feedback"});
  }
}

TEST_CASE("tokenizer: NUL bytes read as spaces and are counted") {
  const std::string text("call\0center\0\0team", 17);
  cxaudit::tokenizer tk;
  std::vector<cxaudit::token> out;
  CHECK(tk.tokenize(text, out).nul_bytes == 3);
  CHECK(words_of(text) == std::vector<std::string>{"call", "center", "team"});
}

TEST_CASE("tokenizer: headings in four styles") {
  auto headings = [](std::string_view text) {
    std::vector<std::string> h;
    for (const auto& t : of_kind(text, cxaudit::token_kind::heading))
      h.emplace_back(t.span.text(text));
    return h;
  };
  CHECK(headings("Intro text here.\nResponsibilities:\nDo things.") ==
        std::vector<std::string>{"Responsibilities:"});
  CHECK(headings("<h3>What you&#39;ll do</h3><p>Things.</p>") ==
        std::vector<std::string>{"What you&#39;ll do"});
  CHECK(headings("<p><strong>Requirements</strong></p><p>Skills.</p>") ==
        std::vector<std::string>{"Requirements"});
  CHECK(headings("Some text.\nABOUT THE COMPANY\nWe make bikes.") ==
        std::vector<std::string>{"ABOUT THE COMPANY"});
  // not headings: a sentence, a long line, bold inside a sentence
  CHECK(headings("We are hiring: apply now. More text.\n").empty());
  CHECK(headings("<p><b>Bold</b> inside a sentence.</p>").empty());
}

TEST_CASE("tokenizer: HTML block tags mark structure, inline tags do not") {
  const std::string text = "<p>one</p><p>two<br>three</p><ul><li>four</li></ul><span>fi</span>ve";
  const auto toks = cxaudit::tokenize(text);
  std::vector<cxaudit::token_kind> kinds;
  for (const auto& t : toks) kinds.push_back(t.kind);
  using k = cxaudit::token_kind;
  CHECK(kinds == std::vector<k>{k::word, k::paragraph_break, k::word, k::line_break, k::word,
                                k::paragraph_break, k::bullet, k::word, k::paragraph_break, k::word,
                                k::word});
}

TEST_CASE("tokenizer: markup that never closes swallows the rest and says so") {
  cxaudit::tokenizer tk;
  std::vector<cxaudit::token> out;
  const std::string text = "customer <script>var a = 'customer';";
  const auto s = tk.tokenize(text, out);
  CHECK(s.unclosed_markup);
  CHECK(words_of(text) == std::vector<std::string>{"customer"});
  // a '<' that is not a tag is text, not the start of a tag that eats the rest
  CHECK(words_of("salary < 50k and customers") ==
        std::vector<std::string>{"salary", "and", "customers"});
}

TEST_CASE("tokenizer: 10,000 nested tags neither recurse nor lose the text") {
  std::string text;
  for (int i = 0; i < 10000; ++i) text += "<div><span>";
  text += "customer";
  for (int i = 0; i < 10000; ++i) text += "</span></div>";
  CHECK(words_of(text) == std::vector<std::string>{"customer"});
}

TEST_CASE("tokenizer: random bytes never stop the parse early") {
  std::mt19937 rng(42);
  for (int round = 0; round < 200; ++round) {
    std::string text(1 + rng() % 2000, '\0');
    for (char& c : text) c = static_cast<char>(rng() % 256);
    text += " sentinelword";
    const auto w = words_of(text);
    REQUIRE(!w.empty());
    CHECK(w.back() == "sentinelword");
  }
}

TEST_CASE("tokenizer: streaming in small windows yields the same words as collecting") {
  std::string text;
  for (int i = 0; i < 500; ++i)
    text += "Line " + std::to_string(i) + ": customer-facing work, no cold calling.\n";
  std::vector<cxaudit::token> all;
  cxaudit::tokenizer tk;
  tk.tokenize(text, all);
  std::vector<cxaudit::token> streamed;
  std::size_t calls = 0;
  bool saw_last = false;
  auto consumer = [&](const cxaudit::token* f, const cxaudit::token* l, bool last_call) {
    ++calls;
    saw_last = saw_last || last_call;
    for (; f != l; ++f)
      if (f->is_text()) streamed.push_back(*f);
  };
  std::vector<cxaudit::token> window;
  tk.tokenize(text, window, 64, consumer);
  CHECK(calls > 10);
  CHECK(saw_last);
  CHECK(window.size() <= 2 * 64 + 2);  // memory stays bounded by the window
  std::vector<cxaudit::token> texts;
  for (const auto& t : all)
    if (t.is_text()) texts.push_back(t);
  REQUIRE(texts.size() == streamed.size());
  for (std::size_t i = 0; i < texts.size(); ++i) {
    CHECK(texts[i].span == streamed[i].span);
    CHECK(texts[i].key == streamed[i].key);
  }
}

TEST_CASE("tokenizer: the streaming window starts small and grows only as a posting needs") {
  cxaudit::tokenizer tk;
  std::vector<cxaudit::token> window;
  std::vector<cxaudit::token> streamed;
  auto consumer = [&](const cxaudit::token* f, const cxaudit::token* l, bool) {
    streamed.insert(streamed.end(), f, l);
  };
  constexpr std::size_t window_tokens = 4096;
  tk.tokenize("Customer Experience Manager\nOwn the voice of the customer.", window, window_tokens,
              consumer);
  CHECK(streamed.size() > 5);
  CHECK(window.size() < 200);  // a short posting does not clear a window sized for long ones

  // a long posting in the same (warm, small) storage: grows, never past the bound, and hands
  // over exactly what collecting finds
  std::string text;
  for (int i = 0; i < 2000; ++i)
    text += "Line " + std::to_string(i) + ": map the customer journey, no cold calling.\n";
  std::vector<cxaudit::token> all;
  tk.tokenize(text, all);
  streamed.clear();
  tk.tokenize(text, window, window_tokens, consumer);
  CHECK(window.size() > 200);
  CHECK(window.size() <= 2 * window_tokens + 2);
  REQUIRE(streamed.size() == all.size());
  for (std::size_t i = 0; i < all.size(); ++i) {
    CHECK(all[i].span == streamed[i].span);
    CHECK(all[i].kind == streamed[i].kind);
  }
}

// The plain-word loop reads long stretches of text 64 bytes at a time, takes ", " and ". "
// between words in passing and hands everything else (compound words, abbreviations, other
// marks) back to the grammar; short text is read word by word. Both must make the same
// tokens: each fragment is read alone (too short for the loop) and inside a long line at every
// offset across a 64-byte block.
TEST_CASE("tokenizer: the 64-byte plain-word loop reads as the general word scanner does") {
  const std::string_view fragments[] = {
      "customer-facing and/or state-of-the-art work: plan it; do it",
      "O'Brien's team (left) rock-n-roll, then COVID-19 x-rays",
      "re-enter the e-mail@example.com or x-ray's top-notch results",
      "pre- and post-sale dash-- end-",
      "approx. five hrs. of work, etc. and more. Then go, e.g. now",
      "self-service isn't rock'n'roll: don't, won't) ok",
      "a-b-c-d-e-f-g-h-i-j-k-l-m-n-o-p-q-r-s-t-u-v-w end",
      "well-known/good-willed l'\xc3\xa9t\xc3\xa9 and semi-\xc3\xa9t\xc3\xa9 words",
      "class'20 USER-FACING O'NEIL x-Ray camelCase-word"};
  const std::string lead = "lorem ipsum dolor sit amet consectetur adipiscing elit sed do ";
  const std::string trail = " and then some more plain words to carry the block well past it";
  int compared = 0;
  for (const std::string_view fragment : fragments) {
    CAPTURE(fragment);
    REQUIRE(fragment.size() < 66);         // alone, too short for the 64-byte loop
    std::vector<cxaudit::token> expected;  // alone, a short line may be a heading
    for (const cxaudit::token& t : cxaudit::tokenize(fragment))
      if (t.kind != cxaudit::token_kind::heading) expected.push_back(t);
    for (std::size_t shift = 0; shift <= 64; ++shift) {
      CAPTURE(shift);
      const std::string text = lead + std::string(shift, 'x') + " " + std::string(fragment) + trail;
      const auto offset = static_cast<std::uint32_t>(lead.size() + shift + 1);
      std::vector<cxaudit::token> inside;
      for (const cxaudit::token& t : cxaudit::tokenize(text))
        if (t.span.begin >= offset && t.span.end <= offset + fragment.size()) inside.push_back(t);
      REQUIRE(inside.size() == expected.size());
      for (std::size_t i = 0; i < inside.size(); ++i) {
        CAPTURE(i);
        CHECK(inside[i].kind == expected[i].kind);
        CHECK(inside[i].span.begin == expected[i].span.begin + offset);
        CHECK(inside[i].span.end == expected[i].span.end + offset);
        CHECK(inside[i].key == expected[i].key);
        CHECK(inside[i].key_length == expected[i].key_length);
        constexpr std::uint8_t heading = cxaudit::token_flags::in_heading;
        CHECK((inside[i].flags & ~heading) == (expected[i].flags & ~heading));
        ++compared;
      }
    }
  }
  CHECK(compared >= 65 * 9 * 5);  // at least five tokens a fragment, at every shift
}
