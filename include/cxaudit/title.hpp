#pragma once
/// \file title.hpp
/// Title analysis: does the title claim customer experience, at what level, in what function,
/// and does it name the customer. Plain rules over the title's words (see analyze_title).

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "category.hpp"
#include "detail/word_table.hpp"
#include "token.hpp"
#include "tokenizer.hpp"

#include "detail/config.hpp"
#include "detail/sv_literal.hpp"

namespace cxaudit {

/// The seniority a title states.
enum class title_level : std::uint8_t {
  unknown,
  entry,
  individual,
  lead,
  manager,
  director,
  executive
};

/// The JSON name of a title level.
constexpr std::string_view to_string(title_level l) noexcept {
  constexpr std::string_view names[] = {"unknown", "entry",    "individual", "lead",
                                        "manager", "director", "executive"};
  return names[static_cast<int>(l)];
}

/// What a title says.
struct title_profile {
  bool is_cx = false;  ///< claims customer experience (CX, Guest Experience…)
  byte_span cx_span;   ///< the words that make the claim
  title_level level = title_level::unknown;  ///< stated seniority
  std::string_view function;       ///< canonical function word ("representative"), or empty
  byte_span function_span;         ///< where the function word is
  bool customer_facing = false;    ///< the function serves customers directly (agent, cashier…)
  bool mentions_customer = false;  ///< names a customer word (customer, guest, client…)
  customer_family family = customer_family::none;  ///< the customer word's family
  byte_span customer_span;                         ///< where the customer word is
};

namespace detail {

/// What a title word can be.
struct title_word_role {
  enum kind_t : std::uint8_t {
    family,      ///< customer, guest, client… (value: customer_family)
    experience,  ///< "experience"
    cx_acronym,  ///< CX, CXM
    not_cx,      ///< user, employee, people… : "User Experience" is not CX
    tenure,      ///< year(s), yrs: "5 years experience"
    of,          ///< "Head of Experience"
    team,        ///< team, crew, staff: "Team Member" is a function, not a member customer
    function,    ///< representative, analyst… (level: the level it implies)
  } kind;
  std::uint8_t value = 0;                    ///< customer_family for family words
  title_level level = title_level::unknown;  ///< for function and level words
  bool customer_facing = false;              ///< for function words
  std::string_view canonical;                ///< for function words
};

CXAUDIT_DETAIL_COLD inline const word_table<title_word_role>& title_words() {
  using r = title_word_role;
  constexpr auto fam = [](customer_family f) {
    return r{r::family, static_cast<std::uint8_t>(f), title_level::unknown, false, {}};
  };
  constexpr auto fn = [](std::string_view name, title_level l, bool facing = false) {
    return r{r::function, 0, l, facing, name};
  };
  constexpr auto k = [](r::kind_t kind) { return r{kind, 0, title_level::unknown, false, {}}; };
  constexpr auto lvl = [](title_level l) { return r{r::function, 0, l, false, {}}; };
  constexpr auto ind = title_level::individual;
  // A constant table (cheap to compile, unlike a long initializer list of non-trivial pairs),
  // folded and sorted into the lookup table on first use.
  static constexpr std::pair<std::string_view, title_word_role> words[] = {
      {"customer"sv, fam(customer_family::customer)},
      {"customers"sv, fam(customer_family::customer)},
      {"client"sv, fam(customer_family::client)},
      {"clients"sv, fam(customer_family::client)},
      {"consumer"sv, fam(customer_family::consumer)},
      {"guest"sv, fam(customer_family::guest)},
      {"guests"sv, fam(customer_family::guest)},
      {"member"sv, fam(customer_family::member)},
      {"members"sv, fam(customer_family::member)},
      {"patient"sv, fam(customer_family::patient)},
      {"patients"sv, fam(customer_family::patient)},
      {"shopper"sv, fam(customer_family::shopper)},
      {"citizen"sv, fam(customer_family::citizen)},
      {"resident"sv, fam(customer_family::citizen)},
      {"passenger"sv, fam(customer_family::traveler)},
      {"traveler"sv, fam(customer_family::traveler)},
      {"visitor"sv, fam(customer_family::visitor)},
      {"fan"sv, fam(customer_family::visitor)},
      {"subscriber"sv, fam(customer_family::subscriber)},
      {"caller"sv, fam(customer_family::caller)},
      {"experience"sv, k(r::experience)},
      {"cx"sv, k(r::cx_acronym)},
      {"cxm"sv, k(r::cx_acronym)},
      {"user"sv, k(r::not_cx)},
      {"employee"sv, k(r::not_cx)},
      {"people"sv, k(r::not_cx)},
      {"associate"sv, fn("associate"sv, ind, true)},
      {"candidate"sv, k(r::not_cx)},
      {"developer"sv, fn("developer"sv, ind)},
      {"learning"sv, k(r::not_cx)},
      {"digital"sv, k(r::not_cx)},
      {"online"sv, k(r::not_cx)},
      {"product"sv, k(r::not_cx)},
      {"web"sv, k(r::not_cx)},
      {"ux"sv, k(r::not_cx)},
      {"ui"sv, k(r::not_cx)},
      {"brand"sv, k(r::not_cx)},
      {"patron"sv, fam(customer_family::visitor)},
      {"year"sv, k(r::tenure)},
      {"years"sv, k(r::tenure)},
      {"yrs"sv, k(r::tenure)},
      {"yr"sv, k(r::tenure)},
      {"of"sv, k(r::of)},
      {"team"sv, k(r::team)},
      {"crew"sv, k(r::team)},
      {"staff"sv, k(r::team)},
      {"representative"sv, fn("representative"sv, ind, true)},
      {"rep"sv, fn("representative"sv, ind, true)},
      {"csr"sv, fn("representative"sv, ind, true)},
      {"agent"sv, fn("agent"sv, ind, true)},
      {"specialist"sv, fn("specialist"sv, ind)},
      {"advisor"sv, fn("advisor"sv, ind, true)},
      {"adviser"sv, fn("advisor"sv, ind, true)},
      {"ambassador"sv, fn("ambassador"sv, ind, true)},
      {"advocate"sv, fn("advocate"sv, ind, true)},
      {"analyst"sv, fn("analyst"sv, ind)},
      {"coordinator"sv, fn("coordinator"sv, ind)},
      {"consultant"sv, fn("consultant"sv, ind)},
      {"officer"sv, fn("officer"sv, ind)},
      {"executive"sv, fn("executive"sv, ind)},
      {"engineer"sv, fn("engineer"sv, ind)},
      {"designer"sv, fn("designer"sv, ind)},
      {"researcher"sv, fn("researcher"sv, ind)},
      {"scientist"sv, fn("scientist"sv, ind)},
      {"strategist"sv, fn("strategist"sv, ind)},
      {"architect"sv, fn("architect"sv, ind)},
      {"administrator"sv, fn("administrator"sv, ind)},
      {"technician"sv, fn("technician"sv, ind)},
      {"host"sv, fn("host"sv, ind, true)},
      {"hostess"sv, fn("host"sv, ind, true)},
      {"guide"sv, fn("guide"sv, ind, true)},
      {"cashier"sv, fn("cashier"sv, ind, true)},
      {"clerk"sv, fn("clerk"sv, ind, true)},
      {"teller"sv, fn("teller"sv, ind, true)},
      {"concierge"sv, fn("concierge"sv, ind, true)},
      {"receptionist"sv, fn("receptionist"sv, ind, true)},
      {"attendant"sv, fn("attendant"sv, ind, true)},
      {"server"sv, fn("server"sv, ind, true)},
      {"barista"sv, fn("barista"sv, ind, true)},
      {"partner"sv, fn("partner"sv, ind)},
      {"champion"sv, fn("champion"sv, ind)},
      {"expert"sv, fn("expert"sv, ind)},
      {"assistant"sv, fn("assistant"sv, ind)},
      {"owner"sv, fn("owner"sv, ind)},
      {"professional"sv, fn("professional"sv, ind)},
      {"salesperson"sv, fn("salesperson"sv, ind, true)},
      {"intern"sv, fn("intern"sv, title_level::entry)},
      {"internship"sv, fn("intern"sv, title_level::entry)},
      {"trainee"sv, fn("trainee"sv, title_level::entry)},
      {"apprentice"sv, fn("apprentice"sv, title_level::entry)},
      {"junior"sv, lvl(title_level::entry)},
      {"jr"sv, lvl(title_level::entry)},
      {"graduate"sv, lvl(title_level::entry)},
      {"entry"sv, lvl(title_level::entry)},
      {"lead"sv, fn("lead"sv, title_level::lead)},
      {"leader"sv, fn("lead"sv, title_level::lead)},
      {"supervisor"sv, fn("supervisor"sv, title_level::lead)},
      {"manager"sv, fn("manager"sv, title_level::manager)},
      {"mgr"sv, fn("manager"sv, title_level::manager)},
      {"director"sv, fn("director"sv, title_level::director)},
      {"head"sv, fn("head"sv, title_level::director)},
      {"chief"sv, lvl(title_level::executive)},
      {"vp"sv, fn("vice president"sv, title_level::executive)},
      {"president"sv, fn("president"sv, title_level::executive)},
      {"svp"sv, fn("vice president"sv, title_level::executive)},
      {"evp"sv, fn("vice president"sv, title_level::executive)},
      {"cxo"sv, fn("chief experience officer"sv, title_level::executive)},
      {"cco"sv, fn("chief customer officer"sv, title_level::executive)},
  };
  static const word_table<title_word_role> table(std::begin(words), std::end(words));
  return table;
}

/// One word of a title, with its fold key.
struct title_word {
  byte_span span;
  std::uint64_t key = 0;
  std::uint16_t length = 0;
  bool number = false;
};

/// Words of a title read for analysis: the first max_title_words, without allocating.
class bounded_words {
 public:
  static constexpr std::size_t capacity = 64;
  void push_back(const title_word& w) noexcept {
    if (size_ < capacity) words_[size_++] = w;
  }
  std::size_t size() const noexcept { return size_; }
  const title_word& operator[](std::size_t i) const noexcept { return words_[i]; }

 private:
  std::array<title_word, capacity> words_{};
  std::size_t size_ = 0;
};

}  // namespace detail

/// Words of a title beyond this many are not read.
inline constexpr std::size_t max_title_words = detail::bounded_words::capacity;

/// Analyses a title. Rules, in order:
/// - CX claim: a customer word followed by "experience" (Guest Experience); "CX"/"CXM";
///   or "experience" followed by a function word (Store Experience Guide) unless the word
///   before it says whose experience it is not (User, Employee, People, Learning, Digital…) or
///   that it is tenure (5 years experience); or "Head/Director of Experience".
/// - Level: the highest level word (intern < analyst < lead < manager < director < chief).
/// - Function: the last function word at that level (usually the head noun).
inline title_profile analyze_title(std::string_view title, const std::vector<token>& tokens) {
  title_profile p;
  // a title's words, on the stack: only the first max_title_words are read
  detail::bounded_words words;
  for (const token& t : tokens) {
    if (t.kind != token_kind::word && t.kind != token_kind::number) continue;
    const char* b = title.data() + t.span.begin;
    const char* e = title.data() + t.span.end;
    for (const char* p0 = b; p0 < e;) {  // hyphenated words read part by part
      const char* q = p0;
      while (q < e && *q != '-') ++q;
      detail::fold_key_builder k;
      detail::fold_word_bytes(p0, q, k);
      words.push_back({{static_cast<std::uint32_t>(p0 - title.data()),
                        static_cast<std::uint32_t>(q - title.data())},
                       k.key(),
                       k.length(),
                       t.kind == token_kind::number});
      p0 = q < e ? q + 1 : q;
    }
  }
  const auto& table = detail::title_words();
  using role = detail::title_word_role;
  auto role_of = [&](std::size_t i) -> const role* {
    return i < words.size() ? table.find(words[i].key, words[i].length) : nullptr;
  };
  auto is = [&](std::size_t i, role::kind_t k) {
    const role* r = role_of(i);
    return r != nullptr && r->kind == k;
  };
  for (std::size_t i = 0; i < words.size(); ++i) {
    const role* r = role_of(i);
    if (r == nullptr) continue;
    switch (r->kind) {
      case role::family:
        if (i > 0 && is(i - 1, role::team)) {  // Team Member, Crew Member
          p.function = "team member";
          p.function_span = {words[i - 1].span.begin, words[i].span.end};
          p.customer_facing = true;
          if (p.level < title_level::individual) p.level = title_level::individual;
          break;
        }
        if (!p.mentions_customer) {
          p.mentions_customer = true;
          p.family = static_cast<customer_family>(r->value);
          p.customer_span = words[i].span;
        }
        break;
      case role::cx_acronym:
        if (!p.is_cx) {
          p.is_cx = true;
          p.cx_span = words[i].span;
        }
        break;
      case role::experience: {
        if (p.is_cx) break;
        const bool after_family = i > 0 && is(i - 1, role::family);
        const bool after_tenure = i > 0 && (is(i - 1, role::tenure) || words[i - 1].number);
        const role* prev = i > 0 ? role_of(i - 1) : nullptr;
        const bool after_not_cx =  // User Experience; Associate Experience is the staff's
            prev != nullptr && (prev->kind == role::not_cx || prev->canonical == "associate" ||
                                prev->canonical == "partner");
        const role* next = role_of(i + 1);
        const bool before_function = next != nullptr && next->kind == role::function &&
                                     !next->canonical.empty() && next->canonical != "designer";
        const bool head_of = i >= 2 && is(i - 1, role::of) && is(i - 2, role::function) &&
                             role_of(i - 2)->level >= title_level::manager;
        if (after_family) {
          p.is_cx = true;
          p.cx_span = {words[i - 1].span.begin, words[i].span.end};
        } else if (!after_tenure && !after_not_cx && (before_function || head_of)) {
          p.is_cx = true;
          p.cx_span = words[i].span;
        }
        break;
      }
      case role::function:
        if (r->level < p.level) break;  // the function is the last word at the highest level
        p.level = r->level;
        if (!r->canonical.empty()) {
          p.function = r->canonical;
          p.function_span = words[i].span;
          p.customer_facing = r->customer_facing;
        }
        break;
      default:
        break;
    }
  }
  return p;
}

/// Analyses a title given as text.
inline title_profile analyze_title(std::string_view title) {
  return analyze_title(title, tokenize(title));
}

}  // namespace cxaudit
