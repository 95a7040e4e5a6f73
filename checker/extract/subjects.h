// Finding subject mentions in a document: known entities and discovered names, by alias.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "checker/core/claim.h"
#include "checker/core/document.h"
#include "checker/extract/discovery.h"
#include "checker/extract/entities.h"
#include "checker/extract/lexicon.h"
#include "checker/extract/name_matcher.h"
#include "checker/extract/phrase_matcher.h"
#include "checker/text/fold.h"

namespace re2 {
class RE2;
}

namespace checker {

struct SubjectMention {
  Span span;              // the mention as written (the whole phrase when there is one)
  size_t entity = 0;      // index into SubjectIndex::entities()
  bool locative = false;  // introduced by "à", "depuis", "at"…: a place, not what is talked about
};

/// All subjects of a corpus. Built in two passes: known entities, then every document's
/// discovered phrases (so a name introduced in one article is recognized in the others).
class SubjectIndex {
 public:
  explicit SubjectIndex(std::vector<Entity> known);
  void add_discovered(std::string_view text, const DiscoveredPhrase& p);
  /// Builds the matcher from every alias added; called once, after the last add_discovered()
  /// (the aliases move into the matcher).
  void compile();

  /// Mentions in [begin, end) of a document, left to right. `phrases` are the document's
  /// discovered phrases (discover_phrases over the same range): a name inside one is
  /// reported as the whole phrase ("pont de Vardenne").
  std::vector<SubjectMention> find(const FoldedText& folded, size_t begin, size_t end, const Lexicon& lex,
                                   const std::vector<DiscoveredPhrase>& phrases) const;
  const std::vector<Entity>& entities() const { return entities_; }

 private:
  std::vector<Entity> entities_;
  std::map<std::string, size_t> by_alias_;  // folded alias -> entity, until compile()
  std::vector<size_t> alias_entity_;
  std::unique_ptr<NameMatcher> matcher_;
  // "Marina Augusta Baker" for the known "Marina Baker": a person's name with a middle name
  // between its two words. Every match starts with `first` (the folded first name and a space),
  // so the pattern runs, anchored, only where that text stands.
  struct MiddleName {
    std::shared_ptr<re2::RE2> re;  // folded pattern
    std::string first;
    size_t entity = 0;
  };
  std::vector<MiddleName> middle_names_;
};

}  // namespace checker
