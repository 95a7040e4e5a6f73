// One trie of the folded phrases of many lists, searched once per text for all of them.
#include "checker/extract/cue_set.h"

#include <algorithm>

#include "checker/text/fold.h"
#include "checker/text/word_class.h"

namespace checker {

size_t CueSet::add(const std::vector<std::string>& phrases) {
  const auto list = static_cast<uint32_t>(lists_++);
  for (size_t i = 0; i < phrases.size(); ++i) {
    const std::string f = collapse_spaces(fold(phrases[i]));
    if (f.empty()) continue;
    uint32_t node = 0;
    for (const char ch : f) {
      const auto c = static_cast<unsigned char>(ch);
      auto& edges = build_edges_[node];
      auto it = std::find_if(edges.begin(), edges.end(), [c](const auto& e) { return e.first == c; });
      if (it != edges.end()) {
        node = it->second;
        continue;
      }
      const auto fresh = static_cast<uint32_t>(build_edges_.size());
      edges.emplace_back(c, fresh);  // `edges` is not used after the vectors grow
      build_edges_.emplace_back();
      build_terms_.emplace_back();
      node = fresh;
    }
    auto& terms = build_terms_[node];
    if (std::none_of(terms.begin(), terms.end(), [list](const Term& t) { return t.list == list; }))
      terms.push_back({list, static_cast<uint32_t>(i)});
  }
  return list;
}

void CueSet::finish() {
  nodes_.assign(build_edges_.size(), Node{});
  edge_bytes_.clear();
  edge_nodes_.clear();
  terms_.clear();
  for (size_t n = 0; n < build_edges_.size(); ++n) {
    auto edges = build_edges_[n];
    std::sort(edges.begin(), edges.end());
    nodes_[n].first_edge = static_cast<uint32_t>(edge_bytes_.size());
    nodes_[n].edges = static_cast<uint32_t>(edges.size());
    for (const auto& [c, child] : edges) {
      edge_bytes_.push_back(c);
      edge_nodes_.push_back(child);
    }
    nodes_[n].first_term = static_cast<uint32_t>(terms_.size());
    nodes_[n].terms = static_cast<uint32_t>(build_terms_[n].size());
    terms_.insert(terms_.end(), build_terms_[n].begin(), build_terms_[n].end());
  }
  std::fill(std::begin(root_), std::end(root_), 0);
  for (const auto& [c, child] : build_edges_[0]) root_[c] = child;
}

// Inlined into find_all's walk, where it runs at every step.
[[gnu::always_inline]] inline uint32_t CueSet::child(uint32_t node, unsigned char c) const {
  const Node& n = nodes_[node];
  const unsigned char* first = edge_bytes_.data() + n.first_edge;
  const unsigned char* last = first + n.edges;
  if (n.edges > 8) {
    const unsigned char* it = std::lower_bound(first, last, c);
    return it != last && *it == c ? edge_nodes_[it - edge_bytes_.data()] : 0;
  }
  for (const unsigned char* it = first; it != last && *it <= c; ++it)  // most nodes have one or two
    if (*it == c) return edge_nodes_[it - edge_bytes_.data()];
  return 0;
}

std::vector<std::vector<PhraseHit>> CueSet::find_all(std::string_view folded) const {
  std::vector<std::vector<PhraseHit>> hits(lists_);
  if (nodes_.empty()) return hits;
  // Per list: where its next search starts (after its last hit), and the last start at which
  // its longest phrase was taken (terms are visited deepest first).
  std::vector<size_t> next(lists_, 0), seen(lists_, 0);
  struct Reached {
    uint32_t node;
    size_t end;
  };
  std::vector<Reached> path;
  const size_t n = folded.size();
  const char* const text = folded.data();
  // s is always where a phrase may start (a word boundary): the text's start, a change of class,
  // or a byte that is no part of a word. After it, the rest of its word is skipped.
  for (size_t s = 0, word_end = 0; s < n; s = word_end) {
    const unsigned char c = static_cast<unsigned char>(text[s]), cls = static_cast<unsigned char>(word_class(text[s]));
    word_end = s + 1;
    if (cls != 0)
      while (word_end < n && word_class(text[word_end]) == cls) ++word_end;
    uint32_t node = root_[c];
    if (node == 0) continue;
    path.clear();
    size_t i = s + 1;
    for (;;) {
      // A space in a phrase matches a run of spaces (the phrase's next byte is never a space).
      if (folded[i - 1] == ' ')
        while (i < n && folded[i] == ' ') ++i;
      if (nodes_[node].terms) path.push_back({node, i});
      if (i >= n) break;
      node = child(node, static_cast<unsigned char>(folded[i]));
      if (node == 0) break;
      ++i;
    }
    for (auto r = path.rbegin(); r != path.rend(); ++r) {
      const Node& at = nodes_[r->node];
      for (uint32_t t = at.first_term; t < at.first_term + at.terms; ++t) {
        const Term& term = terms_[t];
        if (seen[term.list] == s + 1) continue;  // a longer phrase of this list starts here
        seen[term.list] = s + 1;
        if (s < next[term.list] || !word_boundary(folded, r->end)) continue;
        hits[term.list].push_back({s, r->end, term.index});
        next[term.list] = r->end;
      }
    }
  }
  return hits;
}

}  // namespace checker
