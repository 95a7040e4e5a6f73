// One phrase list: checked against RE2's size bound as an alternation, searched as a trie.
#include "checker/extract/phrase_matcher.h"

#include <algorithm>

#include <re2/re2.h>

#include "checker/text/fold.h"

namespace checker {
PhraseMatcher::PhraseMatcher(const std::vector<std::string>& phrases, int64_t max_mem) {
  std::vector<std::string> folded;
  marked_.resize(phrases.size());
  for (size_t i = 0; i < phrases.size(); ++i) {
    const std::string with_marks = fold_case(phrases[i]);
    if (with_marks != collapse_spaces(fold(phrases[i]))) marked_[i] = with_marks;
    std::string f = collapse_spaces(fold(phrases[i]));
    if (f.empty()) continue;
    folded.push_back(f);
  }
  if (folded.empty()) return;
  std::sort(folded.begin(), folded.end(),
            [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  std::string pattern = "(";
  for (size_t i = 0; i < folded.size(); ++i) {
    if (i) pattern += "|";
    std::string quoted = RE2::QuoteMeta(folded[i]);
    std::string flexible;
    for (size_t k = 0; k < quoted.size(); ++k) {
      // QuoteMeta writes a space as "\ ": any run of spaces matches it.
      if (quoted[k] == '\\' && k + 1 < quoted.size() && quoted[k + 1] == ' ') {
        flexible += " +";
        ++k;
      } else {
        flexible += quoted[k];
      }
    }
    pattern += flexible;
  }
  pattern += ")";
  RE2::Options options;
  options.set_max_mem(max_mem);
  options.set_log_errors(false);
  // The list is searched by the trie, which finds the same hits as this alternation would (one
  // pass, at word boundaries, longest first); compiling it keeps RE2's bound on a list's size.
  const RE2 re(pattern, options);
  if (!re.ok()) {
    // RE2 rejects only size here (the phrases are quoted): name the limit that was hit.
    error_ = (re.error().empty() ? std::string("pattern too large") : re.error()) + " (" +
             std::to_string(folded.size()) + " phrases; RE2's memory limit is " +
             std::to_string(max_mem >> 20) + " MiB)";
    return;
  }
  trie_.add(phrases);
  trie_.finish();
}

bool PhraseMatcher::accepts(size_t index, std::string_view original) const {
  return index >= marked_.size() || marked_[index].empty() || fold_case(original) == marked_[index];
}

std::vector<PhraseHit> PhraseMatcher::find_all(std::string_view folded) const {
  std::vector<std::vector<PhraseHit>> hits = trie_.find_all(folded);
  return hits.empty() ? std::vector<PhraseHit>{} : std::move(hits[0]);
}

}  // namespace checker
