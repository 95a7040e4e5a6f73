// Finds any of a list of phrases in folded text, at word boundaries, longest first.
//   PhraseMatcher m({"premier lancement", "lancement"});
//   m.find_all(fold("Le premier lancement test")) -> [{3, 20, 0}]
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace re2 { class RE2; }

namespace checker {

struct PhraseHit {
  size_t start = 0;  // offsets in the folded text
  size_t end = 0;
  size_t index = 0;  // which phrase (index into the list given to the constructor)
};

class PhraseMatcher {
 public:
  /// Phrases are folded here; whitespace inside a phrase matches any run of spaces.
  /// `max_mem` bounds RE2's memory; a list too large for it leaves error() non-empty.
  explicit PhraseMatcher(const std::vector<std::string>& phrases, int64_t max_mem = 64 << 20);
  ~PhraseMatcher();
  PhraseMatcher(PhraseMatcher&&) noexcept;
  PhraseMatcher& operator=(PhraseMatcher&&) noexcept;

  /// Non-overlapping hits, left to right (RE2: linear time in the text).
  std::vector<PhraseHit> find_all(const std::string& folded) const;
  /// Whether a hit of phrase `index` over `original` (the text as written) keeps the phrase's
  /// diacritics: a phrase written with accents ("né") does not match the same letters without
  /// them ("ne"); a phrase written without accents matches both.
  bool accepts(size_t index, std::string_view original) const;

  /// "" when the phrases compiled (or there were none), else RE2's reason.
  const std::string& error() const { return error_; }

 private:
  std::string error_;
  std::vector<std::string> marked_;  // per phrase: fold_case() if it has diacritics, else ""
  std::unique_ptr<re2::RE2> re_;
  std::unordered_map<std::string, size_t> index_;
};

}  // namespace checker
