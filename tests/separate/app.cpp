// Audits three postings and prints their JSON reports. Built twice, header-only and with
// CXAUDIT_SEPARATE_COMPILATION (plus src.cpp): the two programs must print the same bytes.
#include <cstdio>
#include <string>

#include <cxaudit/cxaudit.hpp>

namespace {

struct sample {
  const char* title;
  const char* text;
};

// Postings written for this test: a store role under a CX title, a CX strategy role, and an
// HTML call-center posting.
constexpr sample samples[] = {
    {"Customer Experience Associate",
     "Join our store team! As a Customer Experience Associate you will run the register, "
     "stock shelves and keep the sales floor clean and recovered. You will greet every "
     "shopper, process returns and exchanges, and meet daily sales targets for our loyalty "
     "card. Requirements: able to lift 40 lbs, stand for an 8-hour shift, and work nights, "
     "weekends and holidays. Previous retail or cashier experience preferred."},
    {"Senior Manager, Customer Experience Strategy",
     "You will own our voice of the customer program: run customer interviews and surveys, "
     "analyze NPS and CSAT feedback with the insights team, and map the customer journey "
     "across digital and in-store touchpoints. You will turn what customers tell us into a "
     "CX roadmap, prioritize fixes with product and operations leaders, and report to the "
     "executive team on how the changes move retention. 7+ years in customer experience, "
     "research or service design; experience leading a small team."},
    {"Customer Experience Specialist",
     "<h2>What you'll do</h2><ul><li>Answer inbound calls and chats in our contact "
     "center</li><li>Resolve billing questions on the first contact and meet AHT and "
     "quality targets</li><li>Log every interaction in Salesforce</li></ul><h2>Schedule"
     "</h2><p>Full time, rotating shifts &amp; some Saturdays.</p>"},
};

}  // namespace

int main() {
  std::string out;
  for (const sample& s : samples) {
    cxaudit::append_json(out, cxaudit::audit(s.title, s.text));  // the one-call API
    out += '\n';
  }
  cxaudit::auditor<> a;  // and an auditor of one's own
  cxaudit::append_json(out, a.audit({"own", samples[0].title, samples[0].text}));
  out += '\n';
  std::fputs(out.c_str(), stdout);
  return 0;
}
