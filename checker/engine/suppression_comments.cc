// The comment syntax, read with RE2: directive, rule, and whether a "reason:" follows.
#include "checker/engine/suppression_comments.h"

#include <re2/re2.h>

#include "checker/text/line_index.h"

namespace checker {

std::vector<SuppressionComment> scan_suppression_comments(std::string_view text) {
  static const RE2 kComment(R"((<!--\s*checker-(disable-next-line|disable|enable)\s+([A-Za-z0-9_.-]+)\s*(.*?)\s*-->))");
  static const RE2 kReason(R"(^reason:\s*\S)");
  std::vector<SuppressionComment> out;
  if (text.find("checker-") == std::string_view::npos) return out;
  const LineIndex index(text);
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece whole;
  std::string directive, rule, rest;
  while (RE2::FindAndConsume(&input, kComment, &whole, &directive, &rule, &rest)) {
    const LineCol lc = index.at(static_cast<size_t>(whole.data() - text.data()));
    out.push_back({lc.line, lc.column, directive, rule, RE2::PartialMatch(rest, kReason)});
  }
  return out;
}

}  // namespace checker
