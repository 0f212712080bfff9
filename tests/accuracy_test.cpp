// Accuracy on real postings labelled by hand (tests/data/devset, rubric in docs/devset.md):
// role class macro-F1, cx_title_frontline_role precision and recall, and the margin over a
// title-only baseline. The thresholds sit just under the levels reached; a change that loses
// accuracy fails here. Needs ../shared/data/postings.jsonl (third-party text kept out of the
// repository); without it the test says so and checks nothing.

#include <doctest/doctest.h>

#include <cstdlib>
#include <string>

#include "support/evaluation.hpp"

#ifndef CXAUDIT_TEST_DATA_DIR
#define CXAUDIT_TEST_DATA_DIR "tests/data"
#endif

namespace {

struct expectation {
  const char* file;
  double macro_f1_min;
  double finding_precision_min;
  double finding_recall_min;
};

void check_set(const expectation& e, const std::vector<cxaudit_test::real_posting>& postings) {
  INFO("label file: ", std::string(e.file));
  const auto labels =
      cxaudit_test::read_labels(std::string(CXAUDIT_TEST_DATA_DIR) + "/devset/" + e.file);
  REQUIRE(labels.size() >= 90);
  cxaudit_test::scores ours, baseline;
  int missing = 0;
  cxaudit_test::evaluate(labels, postings, ours, baseline, missing,
                         std::getenv("CXAUDIT_ACCURACY_VERBOSE") != nullptr);
  CHECK(missing == 0);
  ours.print(e.file);
  baseline.print("title-only baseline");
  CHECK(ours.macro_f1() >= e.macro_f1_min);
  CHECK(ours.macro_f1() > baseline.macro_f1());
  CHECK(ours.finding_precision() >= e.finding_precision_min);
  CHECK(ours.finding_recall() >= e.finding_recall_min);
  CHECK(ours.f1(1) >= 0.8);  // frontline, the class CX titles are misused on
}

}  // namespace

TEST_CASE("accuracy: role class and cx_title_frontline_role on labelled real postings") {
  if (!cxaudit_test::have_real_postings()) {
    MESSAGE("real postings not found at " CXAUDIT_POSTINGS_JSONL "; accuracy not measured");
    return;
  }
  const auto postings = cxaudit_test::load_real_postings();
  // Reached: dev macro-F1 0.817, held-out 0.712; the finding's precision 1.0 on both, recall
  // 1.0 (dev) and 0.833 (held-out).
  check_set({"dev.tsv", 0.80, 0.9, 0.9}, postings);
  check_set({"heldout.tsv", 0.70, 0.9, 0.8}, postings);
}

TEST_CASE("accuracy: a fresh set labelled after the rules were written, without CX titles") {
  // fresh.tsv (docs/devset.md): 100 postings labelled by someone who had not seen the rules,
  // evaluated once. No CX titles were left to draw and it holds one strategy posting, so
  // macro-F1 says little; role-class accuracy and frontline F1 are checked. Reached: accuracy
  // 0.75 (title-only baseline 0.69), frontline F1 0.706 (baseline 0.780), other F1 0.803.
  if (!cxaudit_test::have_real_postings()) return;
  const auto postings = cxaudit_test::load_real_postings();
  const auto labels =
      cxaudit_test::read_labels(std::string(CXAUDIT_TEST_DATA_DIR) + "/devset/fresh.tsv");
  REQUIRE(labels.size() == 100);
  cxaudit_test::scores ours, baseline;
  int missing = 0;
  cxaudit_test::evaluate(labels, postings, ours, baseline, missing, false);
  CHECK(missing == 0);
  ours.print("fresh.tsv");
  baseline.print("title-only baseline");
  CHECK(ours.accuracy() >= 0.74);
  CHECK(ours.accuracy() > baseline.accuracy());
  CHECK(ours.f1(1) >= 0.70);
  CHECK(ours.f1(2) >= 0.80);
}
