#pragma once
// Accuracy on a labelled set: role-class confusion matrix, per-class precision/recall/F1,
// macro-F1, and precision/recall of the cx_title_frontline_role finding, for cxaudit and for
// a title-only baseline computed on the same postings.

#include <array>
#include <cstdio>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include <cxaudit/cxaudit.hpp>

#include "real_postings.hpp"

namespace cxaudit_test {

struct label {
  std::string id;
  bool title_is_cx = false;
  std::string role_class;  // strategy | frontline | other
  std::string frontline_kind;
};

inline std::vector<label> read_labels(const std::string& path) {
  std::vector<label> out;
  std::ifstream in(path);
  std::string line;
  std::getline(in, line);  // header
  while (std::getline(in, line)) {
    std::istringstream ss(line);
    label l;
    std::string cx;
    std::getline(ss, l.id, '\t');
    std::getline(ss, cx, '\t');
    std::getline(ss, l.role_class, '\t');
    std::getline(ss, l.frontline_kind, '\t');
    l.title_is_cx = cx == "1";
    if (!l.id.empty()) out.push_back(l);
  }
  return out;
}

inline int class_index(const std::string& c) {
  return c == "strategy" ? 0 : c == "frontline" ? 1 : 2;
}
inline const char* class_name(int i) {
  return i == 0 ? "strategy" : i == 1 ? "frontline" : "other";
}

/// Counts of one classifier on one set.
struct scores {
  std::array<std::array<int, 3>, 3> confusion{};  // [truth][predicted]
  int finding_tp = 0, finding_fp = 0, finding_fn = 0;
  int kind_right = 0, kind_total = 0;
  int title_right = 0, title_total = 0;

  double f1(int c) const {
    int tp = confusion[c][c], fp = 0, fn = 0;
    for (int k = 0; k < 3; ++k) {
      if (k == c) continue;
      fp += confusion[k][c];
      fn += confusion[c][k];
    }
    const double p = tp + fp == 0 ? 0.0 : double(tp) / (tp + fp);
    const double r = tp + fn == 0 ? 0.0 : double(tp) / (tp + fn);
    return p + r == 0.0 ? 0.0 : 2 * p * r / (p + r);
  }
  double precision(int c) const {
    int tp = confusion[c][c], fp = 0;
    for (int k = 0; k < 3; ++k)
      if (k != c) fp += confusion[k][c];
    return tp + fp == 0 ? 0.0 : double(tp) / (tp + fp);
  }
  double recall(int c) const {
    int tp = confusion[c][c], fn = 0;
    for (int k = 0; k < 3; ++k)
      if (k != c) fn += confusion[c][k];
    return tp + fn == 0 ? 0.0 : double(tp) / (tp + fn);
  }
  double macro_f1() const { return (f1(0) + f1(1) + f1(2)) / 3.0; }
  /// Share of postings whose role class is right.
  double accuracy() const {
    int right = 0, all = 0;
    for (int t = 0; t < 3; ++t)
      for (int p = 0; p < 3; ++p) {
        all += confusion[t][p];
        if (t == p) right += confusion[t][p];
      }
    return all == 0 ? 0.0 : double(right) / all;
  }
  double finding_precision() const {
    return finding_tp + finding_fp == 0 ? 0.0 : double(finding_tp) / (finding_tp + finding_fp);
  }
  double finding_recall() const {
    return finding_tp + finding_fn == 0 ? 0.0 : double(finding_tp) / (finding_tp + finding_fn);
  }
  void print(const char* name) const {
    std::printf("%s: macro-F1 %.3f  (F1 strategy %.3f, frontline %.3f, other %.3f)\n", name,
                macro_f1(), f1(0), f1(1), f1(2));
    std::printf("  confusion (rows truth, columns predicted: strategy frontline other)\n");
    for (int t = 0; t < 3; ++t)
      std::printf("  %-9s %4d %4d %4d\n", class_name(t), confusion[t][0], confusion[t][1],
                  confusion[t][2]);
    std::printf("  cx_title_frontline_role: precision %.3f recall %.3f (tp %d fp %d fn %d)\n",
                finding_precision(), finding_recall(), finding_tp, finding_fp, finding_fn);
    if (kind_total > 0)
      std::printf("  frontline kind right %d/%d; CX title right %d/%d\n", kind_right, kind_total,
                  title_right, title_total);
  }
};

/// The title-only baseline: what a keyword reading of the title alone would say.
inline int title_only_class(const std::string& title, bool& cx) {
  std::string t;
  for (char c : title) t += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  auto has = [&](const char* w) { return t.find(w) != std::string::npos; };
  cx = has("customer experience") || has("client experience") || has("guest experience") ||
       has("member experience") || has("patient experience") || has(" cx") || t.rfind("cx", 0) == 0;
  if (cx || has("insight") || has("voice of")) return 0;
  for (const char* w :
       {"sales", "account executive", "account manager", "business development", "retail", "store",
        "cashier", "merchandis", "telemarket", "service", "support", "call cent", "contact cent",
        "help desk", "helpdesk", "receptionist", "front desk", "representative", "agent"})
    if (has(w)) return 1;
  return 2;
}

/// Audits the labelled postings and scores cxaudit and the baseline. `missing` counts labels
/// whose posting was not found.
inline void evaluate(const std::vector<label>& labels, const std::vector<real_posting>& postings,
                     scores& ours, scores& baseline, int& missing, bool verbose) {
  std::map<std::string, const real_posting*> by_id;
  for (const real_posting& p : postings) by_id[p.id] = &p;
  cxaudit::auditor<> a;
  missing = 0;
  for (const label& l : labels) {
    const auto it = by_id.find(l.id);
    if (it == by_id.end()) {
      ++missing;
      continue;
    }
    const real_posting& p = *it->second;
    const cxaudit::report& r = a.audit({p.id, p.title, p.text});
    const int truth = class_index(l.role_class);
    const int predicted = r.role_kind == cxaudit::role_class::strategy    ? 0
                          : r.role_kind == cxaudit::role_class::frontline ? 1
                                                                          : 2;
    ++ours.confusion[truth][predicted];
    const bool expect = l.title_is_cx && truth == 1;
    const bool got = r.findings.find(cxaudit::finding_code::cx_title_frontline_role) != nullptr;
    ours.finding_tp += expect && got;
    ours.finding_fp += !expect && got;
    ours.finding_fn += expect && !got;
    if (truth == 1 && predicted == 1) {
      ++ours.kind_total;
      ours.kind_right += std::string(cxaudit::to_string(r.frontline)) == l.frontline_kind;
    }
    ++ours.title_total;
    ours.title_right += r.title.is_cx == l.title_is_cx;
    bool base_cx = false;
    const int base = title_only_class(p.title, base_cx);
    ++baseline.confusion[truth][base];
    const bool base_got = base_cx && base == 1;  // the baseline never sees CX titles as frontline
    baseline.finding_tp += expect && base_got;
    baseline.finding_fp += !expect && base_got;
    baseline.finding_fn += expect && !base_got;
    if (verbose && (truth != predicted || expect != got))
      std::printf("  %-28s truth %-9s got %-9s S %5.2f F %5.2f T %5.2f m %u | %s\n", l.id.c_str(),
                  l.role_class.c_str(), class_name(predicted), r.role.strategy_total(),
                  r.role.frontline_total(), r.role.technology, r.customer.mentions,
                  p.title.substr(0, 60).c_str());
  }
}

}  // namespace cxaudit_test
