// Many phrase lists in one trie, so that one pass over a folded text finds the hits of every list.
//   CueSet cues;
//   const size_t launch = cues.add({"premier lancement", "lancement"});
//   const size_t service = cues.add({"mise en service"});
//   cues.finish();
//   cues.find_all(fold("Le premier lancement et la mise en service"))
//     -> [launch] = [{3, 20, 0}], [service] = [{27, 42, 0}]
// Each list's hits are exactly those of PhraseMatcher::find_all over the same list: at each
// position the list's longest phrase, kept when both its ends are word boundaries, the next
// search after a hit starting at its end. Phrases are literal text (as in PhraseMatcher, where
// they are quoted for RE2); a space inside a phrase matches any run of spaces.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace checker {

struct PhraseHit {
  size_t start = 0;  // offsets in the folded text
  size_t end = 0;
  size_t index = 0;  // which phrase (index into its list)
};

class CueSet {
 public:
  /// Adds a list of phrases (folded here, as PhraseMatcher folds them) and returns its number.
  /// A phrase listed twice keeps its first index.
  size_t add(const std::vector<std::string>& phrases);
  /// Lays the trie out for searching; add() after it starts a new layout on the next finish().
  void finish();
  /// How many lists were added.
  size_t lists() const { return lists_; }

  /// The hits of every list (indexed by the numbers add() returned), each left to right; no hits
  /// before finish(). Linear in the text: a walk down the trie starts only where a word starts.
  std::vector<std::vector<PhraseHit>> find_all(std::string_view folded) const;

 private:
  struct Node {
    uint32_t first_edge = 0, edges = 0;  // children: edge_bytes_/edge_nodes_[first_edge, +edges)
    uint32_t first_term = 0, terms = 0;  // phrases ending here: terms_[first_term, +terms)
  };
  struct Term {
    uint32_t list = 0;
    uint32_t index = 0;  // the phrase's index in its list
  };
  uint32_t child(uint32_t node, unsigned char c) const;

  size_t lists_ = 0;
  // Built as per-node lists (add), read as flat arrays (finish).
  std::vector<std::vector<std::pair<unsigned char, uint32_t>>> build_edges_{1};
  std::vector<std::vector<Term>> build_terms_{1};
  std::vector<Node> nodes_;
  std::vector<unsigned char> edge_bytes_;
  std::vector<uint32_t> edge_nodes_;
  std::vector<Term> terms_;
  uint32_t root_[256] = {};  // the root's child per first byte; 0 = none
};

}  // namespace checker
