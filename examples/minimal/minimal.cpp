// The smallest use of cxaudit: audit one posting held in a string and print the verdict.

#include <cstdio>
#include <string>

#include <cxaudit/cxaudit.hpp>

int main() {
  const std::string title = "Customer Experience Associate";
  const std::string text =
      "Join our store team! You will greet shoppers, run the register and process returns, "
      "keep the sales floor stocked, and meet daily sales goals. Weekend availability and "
      "the ability to stand for long periods are required.";

  const cxaudit::report r = cxaudit::audit(title, text);

  std::printf("title claims CX: %s\n", r.title.is_cx ? "yes" : "no");
  std::printf("work: %s", std::string(cxaudit::to_string(r.role_kind)).c_str());
  if (r.frontline != cxaudit::frontline_kind::none)
    std::printf(" (%s)", std::string(cxaudit::to_string(r.frontline)).c_str());
  std::printf("\ncustomer mentions: %u\n", r.customer.mentions);
  for (const cxaudit::finding& f : r.findings)
    std::printf("%s [%s]: %s\n", std::string(cxaudit::to_string(f.code)).c_str(),
                std::string(cxaudit::to_string(f.level)).c_str(), f.message.c_str());
  if (!r.suggested_title.empty()) std::printf("suggested title: %s\n", r.suggested_title.c_str());
  return 0;
}
