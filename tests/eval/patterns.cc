// Grouping a spec file's errors by the shape of their text.
#include "patterns.h"

#include <algorithm>
#include <cctype>
#include <iostream>
#include <vector>

namespace checker::eval {

std::string shape_of(std::string_view text) {
  std::string out;
  for (size_t i = 0; i < text.size();) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (std::isdigit(c)) {
      // Digits with the separators inside them: "1 234,5", "2,204.62".
      while (i < text.size() && (std::isdigit(static_cast<unsigned char>(text[i])) ||
                                 ((text[i] == ',' || text[i] == '.' || text[i] == ' ') && i + 1 < text.size() &&
                                  std::isdigit(static_cast<unsigned char>(text[i + 1])))))
        ++i;
      out += '9';
    } else if (std::isspace(c)) {
      if (!out.empty() && out.back() != ' ') out += ' ';
      ++i;
    } else {
      out += static_cast<char>(std::tolower(c));
      ++i;
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

void print_patterns(const std::string& spec, const PatternCounts& counts) {
  std::vector<std::pair<std::string, int>> rows(counts.begin(), counts.end());
  std::stable_sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
  std::cerr << "PATTERNS " << spec << "\n";
  for (const auto& [pattern, n] : rows) std::cerr << "  " << n << "\t" << pattern << "\n";
}

}  // namespace checker::eval
