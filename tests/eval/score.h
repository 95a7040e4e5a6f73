// Precision, recall and F1 of one spec file and category, and the floors they must stay above.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace checker::eval {

struct Score {
  int tp = 0;  // found and right
  int fp = 0;  // found, but not expected or wrong value
  int fn = 0;  // expected, not found (or found with a wrong value)
  double precision() const { return tp + fp == 0 ? 0 : 100.0 * tp / (tp + fp); }
  double recall() const { return tp + fn == 0 ? 0 : 100.0 * tp / (tp + fn); }
  double f1() const {
    const double p = precision(), r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
};

/// Scores keyed by "spec category" ("Number/French/NumberModel.json number").
using Scores = std::map<std::string, Score>;

/// One expected or predicted value: a code-point span [start, end) and a comparable value
/// ("75000000", "USD 75000000", "2016-12", "P3Y").
struct Item {
  size_t start = 0;
  size_t end = 0;
  std::string category;
  std::string value;
};

/// Matches predictions to expectations of the same category one to one (first overlapping
/// prediction with an equal value; `strict` asks for the same span) and adds to `scores`.
/// `found` and `used`, when given, receive which expectations were found and which predictions
/// were used.
void match(const std::vector<Item>& expected, const std::vector<Item>& predicted, bool strict,
           bool values, const std::string& prefix, Scores* scores, std::vector<bool>* found = nullptr,
           std::vector<bool>* used = nullptr);

}  // namespace checker::eval
