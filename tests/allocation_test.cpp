// Allocations: once an auditor is warm it audits without touching the heap, and the memory a
// huge posting needs is bounded by the window, not by the posting. Counted by replacing the
// global operator new (for this test binary only; it forwards to malloc).

#include <doctest/doctest.h>

#include <atomic>
#include <cstdlib>
#include <new>
#include <string>
#include <vector>

#include <cxaudit/cxaudit.hpp>

#include "support/real_postings.hpp"

// Our operator delete frees what our operator new got from malloc; GCC cannot see that the
// pair was replaced together when it inlines a library's new[] (simdjson's) and warns.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wmismatched-new-delete"
#endif

namespace {
std::atomic<std::size_t> allocations{0};
std::atomic<std::size_t> allocated_bytes{0};
}  // namespace

void* operator new(std::size_t n) {
  allocations.fetch_add(1, std::memory_order_relaxed);
  allocated_bytes.fetch_add(n, std::memory_order_relaxed);
  if (void* p = std::malloc(n == 0 ? 1 : n)) return p;
  throw std::bad_alloc();
}
void* operator new[](std::size_t n) { return ::operator new(n); }
void* operator new(std::size_t n, const std::nothrow_t&) noexcept {
  allocations.fetch_add(1, std::memory_order_relaxed);
  allocated_bytes.fetch_add(n, std::memory_order_relaxed);
  return std::malloc(n == 0 ? 1 : n);
}
void* operator new[](std::size_t n, const std::nothrow_t& t) noexcept {
  return ::operator new(n, t);
}
void operator delete(void* p, const std::nothrow_t&) noexcept { std::free(p); }
void operator delete[](void* p, const std::nothrow_t&) noexcept { std::free(p); }
void operator delete(void* p) noexcept { std::free(p); }
void operator delete[](void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }
void operator delete[](void* p, std::size_t) noexcept { std::free(p); }

namespace {

// Postings of the kinds real boards carry, for when the real set is not available.
std::vector<cxaudit_test::real_posting> written_postings() {
  std::vector<cxaudit_test::real_posting> v;
  for (int i = 0; i < 50; ++i) {
    v.push_back({"w" + std::to_string(i), "Customer Experience Associate",
                 "<h2>What you'll do</h2><ul><li>Greet guests &amp; run the register.</li>"
                 "<li>Meet sales targets; no cold calling.</li></ul><p>We&rsquo;re an equal "
                 "opportunity employer.</p>",
                 true});
    v.push_back({"t" + std::to_string(i), "Director of Customer Experience",
                 "Responsibilities:\n- Own the voice of the customer program and NPS.\n"
                 "- Map customer journeys with product, marketing and operations.\n"
                 "- Lead a team of five CX analysts.\nRequirements:\n- 8+ years of CX "
                 "strategy experience.\n",
                 false});
  }
  return v;
}

}  // namespace

TEST_CASE("allocation: a warm auditor audits 1,000 postings without allocating") {
  auto postings = cxaudit_test::load_real_postings(1000);
  if (postings.size() < 1000) {
    MESSAGE("real postings not found at " CXAUDIT_POSTINGS_JSONL "; using written ones");
    postings = written_postings();
  }
  cxaudit::auditor<> a;
  std::string json;
  json.reserve(1 << 20);
  // warm-up: one pass lets every buffer reach the size the batch needs
  for (const auto& p : postings) {
    a.audit({p.id, p.title, p.text});
  }
  allocations = 0;
  std::size_t findings = 0;
  for (const auto& p : postings) {
    const cxaudit::report& r = a.audit({p.id, p.title, p.text});
    findings += r.findings.size();
    json.clear();
    cxaudit::append_json(json, r);
  }
  CHECK(allocations.load() == 0);
  CHECK(findings > 0);  // the pass did real work
}

TEST_CASE("allocation: a 16 MB posting needs memory bounded by the window, not its size") {
  std::string text;
  const std::string para =
      "Answer inbound customer calls, meet AHT targets and resolve tickets in Zendesk. ";
  while (text.size() < (16u << 20)) text += para;
  cxaudit::auditor<> a;
  a.audit({"", "Agent", "warm up"});
  allocated_bytes = 0;
  const cxaudit::report& r = a.audit({"big", "Customer Experience Agent", text});
  CHECK(r.status == cxaudit::audit_status::ok);
  CHECK(r.words > 2'000'000);
  // the token window and sentence buffers, not a copy or a token list of the posting
  CHECK(allocated_bytes.load() < (2u << 20));
}
