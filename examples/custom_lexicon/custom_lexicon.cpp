// A custom lexicon: loads an industry vocabulary (here hospitality: "guests", front desk,
// check-in) on top of the built-in lexicon, and audits a hotel posting with and without it.
//
//   custom_lexicon FILE.cxlex

#include <cstdio>
#include <string>

#include <cxaudit/cxaudit.hpp>
#include <cxaudit/lexicon_file.hpp>

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: custom_lexicon FILE.cxlex\n");
    return 1;
  }
  const cxaudit::loaded_lexicon loaded = cxaudit::load_lexicon_file(argv[1]);
  if (!loaded.ok()) {
    std::fprintf(stderr, "custom_lexicon: %s\n", loaded.error.message.c_str());
    return 1;
  }
  const std::string title = "Guest Experience Host";
  const std::string text =
      "Welcome every diner and hotel guest with warmth. Handle check-in and check-out at the "
      "front desk, book room service and housekeeping requests, and upsell room upgrades "
      "during the evening shift.";

  cxaudit::auditor<> plain;
  const cxaudit::report& before = plain.audit({"", title, text});
  std::printf("built-in lexicon: %s, %u customer mentions\n",
              std::string(cxaudit::to_string(before.role_kind)).c_str(), before.customer.mentions);

  cxaudit::auditor<cxaudit::runtime_lexicon> hotel(*loaded.lexicon);
  const cxaudit::report& after = hotel.audit({"", title, text});
  std::printf("with the hospitality lexicon: %s",
              std::string(cxaudit::to_string(after.role_kind)).c_str());
  if (after.frontline != cxaudit::frontline_kind::none)
    std::printf(" (%s)", std::string(cxaudit::to_string(after.frontline)).c_str());
  std::printf(", %u customer mentions\n", after.customer.mentions);
  for (const cxaudit::finding& f : after.findings)
    std::printf("  %s: %s\n", std::string(cxaudit::to_string(f.code)).c_str(), f.message.c_str());
  return 0;
}
