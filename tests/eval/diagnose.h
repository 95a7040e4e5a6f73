// What the TimeBank score is made of: the expressions we miss, the ones we find that are not
// annotated, the spans that overlap without being equal, and the wrong values, grouped by
// pattern (digits read as 9, lower case) with counts, so the largest gaps show first.
#pragma once

#include <map>
#include <ostream>
#include <string>
#include <vector>

#include "score.h"

namespace checker::eval {

class Diagnosis {
 public:
  /// Records the disagreements of one document (`gold` and `predicted` are byte spans of `text`).
  void add(const std::string& doc, const std::string& text, const std::vector<Item>& gold,
           const std::vector<Item>& predicted);
  /// Prints one section per kind (missed, spurious, span, value), groups by decreasing count.
  void print(std::ostream& out) const;

 private:
  // kind -> pattern -> examples
  std::map<std::string, std::map<std::string, std::vector<std::string>>> groups_;
};

}  // namespace checker::eval
