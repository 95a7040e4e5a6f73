// Reading suppression comments with RE2 and matching them against findings by line.
#include "checker/engine/suppressions.h"

#include <algorithm>
#include <map>
#include <memory>

#include <re2/re2.h>

#include "checker/text/line_index.h"

namespace checker {
namespace {

int line_of(const LineIndex& index, const Document& d, size_t offset) { return index.at(offset).line + d.line_base - 1; }

std::string place(const LineIndex& index, size_t offset, const Document& d) {
  const LineCol lc = index.at(offset);
  return std::to_string(lc.line + d.line_base - 1) + ":" + std::to_string(lc.column);
}

}  // namespace

SuppressionScan scan_suppressions(const std::vector<Document>& documents) {
  static const RE2 kComment(R"((<!--\s*checker-(disable-next-line|disable|enable)\s+([A-Za-z0-9_.-]+)\s*(.*?)\s*-->))");
  static const RE2 kReason(R"(^reason:\s*\S)");
  SuppressionScan scan;
  for (size_t i = 0; i < documents.size(); ++i) {
    const Document& d = documents[i];
    if (d.text.find("checker-") == std::string::npos) continue;
    const LineIndex index(d.text);
    std::map<std::string, Suppression> open;  // rule → its block, while not enabled again
    re2::StringPiece input(d.text);
    re2::StringPiece whole;
    std::string directive, rule, rest;
    while (RE2::FindAndConsume(&input, kComment, &whole, &directive, &rule, &rest)) {
      const size_t start = static_cast<size_t>(whole.data() - d.text.data());
      const int line = line_of(index, d, start);
      const std::string where = place(index, start, d);
      if (directive == "enable") {
        auto it = open.find(rule);
        if (it == open.end()) {
          scan.errors.push_back({d.path, where, "checker-enable " + rule + " without a checker-disable " + rule + " before it"});
          continue;
        }
        it->second.last_line = line;
        scan.suppressions.push_back(it->second);
        open.erase(it);
        continue;
      }
      if (!RE2::PartialMatch(rest, kReason)) {
        scan.errors.push_back({d.path, where,
                               "checker-" + directive + " " + rule + " needs a reason: <!-- checker-" + directive +
                                   " " + rule + " reason: why -->"});
        continue;
      }
      Suppression s{i, line, rule, line + 1, line + 1};
      if (directive == "disable") {
        s.first_line = line;
        open[rule] = s;
      } else {
        scan.suppressions.push_back(s);
      }
    }
    const int last = line_of(index, d, d.text.size());
    for (auto& [r, block] : open) {
      block.last_line = last;
      scan.suppressions.push_back(block);
    }
  }
  std::stable_sort(scan.suppressions.begin(), scan.suppressions.end(), [](const Suppression& a, const Suppression& b) {
    return a.document != b.document ? a.document < b.document : a.line < b.line;
  });
  return scan;
}

SuppressionSplit apply_suppressions(const std::vector<Finding>& findings, const SuppressionScan& scan,
                                    const std::vector<Document>& documents) {
  SuppressionSplit split;
  std::vector<bool> used(scan.suppressions.size(), false);
  std::map<size_t, std::unique_ptr<LineIndex>> indexes;
  auto line_of_claim = [&](const Claim& c) {
    auto& index = indexes[c.document];
    if (!index) index = std::make_unique<LineIndex>(documents[c.document].text);
    return line_of(*index, documents[c.document], c.span.start);
  };
  for (const Finding& f : findings) {
    bool suppressed = false;
    for (size_t s = 0; s < scan.suppressions.size(); ++s) {
      const Suppression& sup = scan.suppressions[s];
      if (sup.rule != f.rule) continue;
      for (const Claim& c : f.claims) {
        if (c.document != sup.document) continue;
        const int line = line_of_claim(c);
        if (line >= sup.first_line && line <= sup.last_line) {
          used[s] = true;
          suppressed = true;
        }
      }
    }
    (suppressed ? split.suppressed : split.shown).push_back(f);
  }
  for (size_t s = 0; s < scan.suppressions.size(); ++s) {
    if (used[s]) continue;
    const Suppression& sup = scan.suppressions[s];
    split.stale.push_back({documents[sup.document].path, std::to_string(sup.line),
                           "stale suppression of " + sup.rule + ": it suppresses no finding"});
  }
  return split;
}

}  // namespace checker
