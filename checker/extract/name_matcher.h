// Finds any of a list of names in folded text, at word boundaries, longest first, in time
// linear in the text whatever the number of names: a hash lookup of each word that may start a
// name, then of the few spans that end at a boundary after it. The subject index holds every
// name discovered in the corpus (hundreds of thousands on a large archive), too many for one
// RE2 alternation (whose per-byte cost and memory grow with the list).
//   NameMatcher m({"pont de vardenne", "vardenne"});
//   m.find_all("le pont de vardenne53(*)") -> [{3, 19, 0}]
#pragma once

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "checker/extract/phrase_matcher.h"

namespace checker {

class NameMatcher {
 public:
  /// `names` are folded already (see fold()); runs of spaces inside them match any run of spaces.
  /// Taken by value and emptied name by name as they are kept: a moved-in list of hundreds of
  /// thousands of names is not held twice.
  explicit NameMatcher(std::vector<std::string> names);

  /// Non-overlapping hits, left to right; at each start the longest name wins. A boundary is
  /// where a letter meets a non-letter, or a letter a digit ("vardenne53" ends "vardenne").
  std::vector<PhraseHit> find_all(const std::string& folded) const;

 private:
  // Looked up by views of the text (no copy per word): the keys view `names_`.
  std::deque<std::string> names_;                       // names with spaces collapsed
  std::unordered_map<std::string_view, size_t> index_;  // name -> its index
  // The first word of every name -> the bytes of the longest name it starts, and which lengths
  // its names have (bit k: a name of k bytes, for k < 63; bit 63: one of 63 bytes or more).
  struct FirstWord {
    size_t reach = 0;
    uint64_t lengths = 0;
  };
  std::unordered_map<std::string_view, FirstWord> first_words_;
  // A filter before that map: bit first_word_key(w) is set for every first word w, so most words
  // of a text (which start no name) are passed over without hashing them.
  static constexpr size_t kFirstWordBits = size_t{1} << 16;
  std::vector<uint64_t> first_word_bits_ = std::vector<uint64_t>(kFirstWordBits / 64);
};

}  // namespace checker
