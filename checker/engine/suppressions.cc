// Reading suppression comments with RE2 and matching them against findings by line.
#include "checker/engine/suppressions.h"

#include <algorithm>
#include <map>
#include <memory>

#include "checker/engine/suppression_comments.h"
#include "checker/text/document_lines.h"
#include "checker/text/line_index.h"

namespace checker {
namespace {

// Comments and line count of a document: scanned now when its text is here, else as its
// summary kept them when the text was dropped.
struct Scanned {
  std::vector<SuppressionComment> comments;
  int lines = 1;
};

Scanned scan(const Document& d) {
  if (d.streamed)
    return {std::vector<SuppressionComment>(d.summary.comments.begin(), d.summary.comments.end()), d.summary.lines};
  if (d.text.find("checker-") == std::string::npos) return {};
  return {scan_suppression_comments(d.text), static_cast<int>(count_line_breaks(d.text)) + 1};
}

}  // namespace

SuppressionScan scan_suppressions(const std::vector<Document>& documents) {
  SuppressionScan scan_result;
  for (size_t i = 0; i < documents.size(); ++i) {
    const Document& d = documents[i];
    const Scanned found = scan(d);
    if (found.comments.empty()) continue;
    std::map<std::string, Suppression> open;  // rule → its block, while not enabled again
    for (const SuppressionComment& c : found.comments) {
      const int line = c.line + d.line_base - 1;
      const std::string where = std::to_string(line) + ":" + std::to_string(c.column);
      if (c.directive == "enable") {
        auto it = open.find(c.rule);
        if (it == open.end()) {
          scan_result.errors.push_back(
              {d.path, where, "checker-enable " + c.rule + " without a checker-disable " + c.rule + " before it"});
          continue;
        }
        it->second.last_line = line;
        scan_result.suppressions.push_back(it->second);
        open.erase(it);
        continue;
      }
      if (!c.has_reason) {
        scan_result.errors.push_back({d.path, where,
                                      "checker-" + c.directive + " " + c.rule + " needs a reason: <!-- checker-" +
                                          c.directive + " " + c.rule + " reason: why -->"});
        continue;
      }
      Suppression s{i, line, c.rule, line + 1, line + 1};
      if (c.directive == "disable") {
        s.first_line = line;
        open[c.rule] = s;
      } else {
        scan_result.suppressions.push_back(s);
      }
    }
    const int last = found.lines + d.line_base - 1;
    for (auto& [r, block] : open) {
      block.last_line = last;
      scan_result.suppressions.push_back(block);
    }
  }
  std::stable_sort(scan_result.suppressions.begin(), scan_result.suppressions.end(),
                   [](const Suppression& a, const Suppression& b) {
                     return a.document != b.document ? a.document < b.document : a.line < b.line;
                   });
  return scan_result;
}

SuppressionSplit apply_suppressions(std::vector<Finding> findings, const SuppressionScan& scan,
                                    const std::vector<Document>& documents) {
  SuppressionSplit split;
  std::vector<bool> used(scan.suppressions.size(), false);
  std::map<size_t, std::unique_ptr<DocumentLines>> indexes;
  auto line_of_claim = [&](const Claim& c) {
    auto& index = indexes[c.document];
    if (!index) index = std::make_unique<DocumentLines>(documents[c.document]);
    return index->at(c.span.start).line + documents[c.document].line_base - 1;
  };
  // Shown findings stay in `findings`, moved down over the suppressed ones: not a second copy.
  size_t kept = 0;
  for (size_t k = 0; k < findings.size(); ++k) {
    Finding& f = findings[k];
    bool suppressed = false;
    for (size_t s = 0; s < scan.suppressions.size(); ++s) {
      const Suppression& sup = scan.suppressions[s];
      if (sup.rule != f.rule.str()) continue;
      for (const Claim& c : f.claims) {
        if (c.document != sup.document) continue;
        const int line = line_of_claim(c);
        if (line >= sup.first_line && line <= sup.last_line) {
          used[s] = true;
          suppressed = true;
        }
      }
    }
    if (suppressed)
      split.suppressed.push_back(std::move(f));
    else if (kept++ != k)
      findings[kept - 1] = std::move(f);
  }
  findings.erase(findings.begin() + static_cast<std::ptrdiff_t>(kept), findings.end());
  split.shown = std::move(findings);
  for (size_t s = 0; s < scan.suppressions.size(); ++s) {
    if (used[s]) continue;
    const Suppression& sup = scan.suppressions[s];
    split.stale.push_back({documents[sup.document].path, std::to_string(sup.line),
                           "stale suppression of " + sup.rule + ": it suppresses no finding"});
  }
  return split;
}

}  // namespace checker
