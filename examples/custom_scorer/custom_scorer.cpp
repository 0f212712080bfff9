// A scorer of your own type plugged into cxaudit::auditor: this one profiles pay transparency
// and remote-work terms, tagged in a few lexicon entries of category `custom`, and reports
// them next to the built-in profiles, all in the same single pass over the posting.

#include <cstdio>
#include <string>

#include <cxaudit/cxaudit.hpp>

namespace {

enum tag : std::uint8_t { pay = 1, remote = 2 };

struct transparency_profile {
  int pay_terms = 0;
  int remote_terms = 0;
  bool pay_in_duties_or_top = false;  // pay stated before the boilerplate, where people read
};

class transparency_scorer {
 public:
  using profile_type = transparency_profile;
  void reset(const cxaudit::audit_context&) { profile_ = {}; }
  void observe(const cxaudit::match& m, const cxaudit::audit_context&) {
    if (m.what.cat != cxaudit::category::custom) return;
    if (m.what.detail == pay) {
      ++profile_.pay_terms;
      if (!cxaudit::is_boilerplate(m.section)) profile_.pay_in_duties_or_top = true;
    } else if (m.what.detail == remote) {
      ++profile_.remote_terms;
    }
  }
  void finish(const cxaudit::audit_context&) {}
  const profile_type& profile() const { return profile_; }

 private:
  transparency_profile profile_;
};

cxaudit::meaning tagged(std::uint8_t t) {
  cxaudit::meaning m{cxaudit::category::custom};
  m.detail = t;
  return m;
}

}  // namespace

int main() {
  cxaudit::lexicon_builder b;
  b.add_defaults();
  for (const char* p : {"salary range", "pay range", "hourly rate", "per hour", "compensation"})
    b.add(p, tagged(pay));
  for (const char* p : {"remote", "work from home", "hybrid", "fully remote"})
    b.add(p, tagged(remote));
  const cxaudit::runtime_lexicon lexicon = b.build();

  cxaudit::auditor<cxaudit::runtime_lexicon, cxaudit::default_policy, transparency_scorer> a(
      lexicon);
  const std::string title = "Customer Insights Analyst";
  const std::string text =
      "Salary range: $70,000 to $85,000. This is a hybrid role.\n"
      "Responsibilities:\n"
      "- Analyze customer feedback and survey verbatims to find the drivers of churn.\n"
      "- Build the voice of the customer dashboard with the CX team.\n"
      "Benefits:\n"
      "- Work from home on Fridays.\n";
  const cxaudit::report& r = a.audit({"demo", title, text});
  const transparency_profile& t = a.profile<transparency_scorer>();
  std::printf("role: %s, strategy share %.2f\n",
              std::string(cxaudit::to_string(r.role_kind)).c_str(), r.role.strategy_share);
  std::printf("pay terms: %d (stated up front: %s)\n", t.pay_terms,
              t.pay_in_duties_or_top ? "yes" : "no");
  std::printf("remote terms: %d\n", t.remote_terms);
  return 0;
}
