// Finds any of a list of phrases in folded text, at word boundaries, longest first.
//   PhraseMatcher m({"premier lancement", "lancement"});
//   m.find_all(fold("Le premier lancement test")) -> [{3, 20, 0}]
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "checker/extract/cue_set.h"

namespace checker {

class PhraseMatcher {
 public:
  /// Phrases are folded here; whitespace inside a phrase matches any run of spaces.
  /// `max_mem` bounds RE2's memory; a list too large for it leaves error() non-empty.
  explicit PhraseMatcher(const std::vector<std::string>& phrases, int64_t max_mem = 64 << 20);

  /// Non-overlapping hits, left to right, linear time in the text (a trie walk at each word
  /// start; RE2 compiles the list only to bound its size, as the pack's limit).
  std::vector<PhraseHit> find_all(std::string_view folded) const;
  /// Whether a hit of phrase `index` over `original` (the text as written) keeps the phrase's
  /// diacritics: a phrase written with accents ("né") does not match the same letters without
  /// them ("ne"); a phrase written without accents matches both.
  bool accepts(size_t index, std::string_view original) const;

  /// "" when the phrases compiled (or there were none), else RE2's reason.
  const std::string& error() const { return error_; }

 private:
  std::string error_;
  std::vector<std::string> marked_;  // per phrase: fold_case() if it has diacritics, else ""
  CueSet trie_;  // one list; empty when RE2 refused it
};

}  // namespace checker
