// A language's rule pack (rules/lang/<lang>.json): attribute cues, statuses, modality cues and
// the small words subject binding needs. Data only; the claim builder interprets it.
#pragma once

#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "checker/core/claim.h"
#include "checker/core/error.h"
#include "checker/extract/cue_set.h"
#include "checker/extract/phrase_matcher.h"

namespace re2 { class RE2; }

namespace checker {

struct AttributeDef {
  std::string id;          // "milestone.service-entry"
  std::string family;      // "milestone"
  std::string value_type;  // date | quantity | amount | percent
  std::vector<std::string> units;  // quantity: the canonical units it accepts (empty: any)
  bool implied_by_unit = false;    // a quantity in one of `units` has it even without a cue
  bool stable = false;             // a lasting property (a length): comparable across dates
  bool carry_subject = false;      // with no subject in its sentence, continues the document's
                                   // previous claim of the family (asides on one timeline)
  std::vector<std::string> cues;
  // Cues from `first_bare_cue` on ("got", "a obtenu") say little by themselves: they take a value
  // only when the word after it is none of `bare_cue_stops` ("40% of its funding" is a share of
  // something else). Read from {"bare_value_cues": {"cues": [...], "unless_followed_by": [...]}}.
  size_t first_bare_cue = static_cast<size_t>(-1);
  std::set<std::string> bare_cue_stops;  // folded words
  // Date attributes: cues that take the first date of a range after them ("Production: May
  // 1993 – August 2002"), and cues split by what they are about ("production of" … "began").
  std::vector<std::string> range_cues;
  std::vector<std::pair<std::string, std::string>> split_cues;
};

struct StatusDef {
  std::string value;     // "operational", "closed"
  std::string group;     // statuses of one group agree ("closed" and "destroyed": not-operational)
  std::string negation;  // the status a negated cue means ("not-operational")
  std::vector<std::string> cues;
};

// Counted nouns ("three monks", "huit locuteurs natifs"): a plain count before a plural noun is
// the attribute <prefix><noun's singular>, so counts of different nouns never compare.
struct CountRules {
  std::string prefix;                  // "count."; empty: the pack reads no counted nouns
  std::string family = "count";
  size_t max_modifiers = 0;            // words allowed between the count and the noun
  bool any_modifier = false;           // any word may stand there (en), else only `modifiers` (fr)
  std::vector<std::pair<std::string, std::string>> plurals;  // folded ending -> singular ending, longest first
  std::set<std::string> not_plural;    // folded endings that look plural but are not ("ss", "us")
  std::set<std::string> modifiers;     // folded words that may stand before the noun ("grands")
  std::set<std::string> stops;         // folded words that end the search ("of", "de")
  std::set<std::string> uncounted;     // folded nouns that count units, not things ("years", "times")
};

struct Lexicon {
  std::string lang;
  std::string status_attribute = "status.operational";
  std::vector<AttributeDef> attributes;
  std::vector<StatusDef> statuses;
  std::vector<std::pair<Modality, std::vector<std::string>>> modalities;
  std::vector<std::string> negations;   // words that negate a status cue shortly after them
  std::vector<std::string> event_markers;  // "après", "after": a date they introduce is an event
  std::vector<std::string> new_target_words;  // "à", "to": after a postponement, the date they
                                              // introduce is the new target ("reportée à 2027")
  std::vector<std::string> old_target_words;  // "de", "from": the old one ("de 2025 à 2027")
  std::vector<std::string> lifespan;       // two date attributes read from "(date – date)": birth, death
  std::vector<std::string> heads;       // head nouns of subject phrases ("pont", "bridge")
  std::vector<std::string> connectors;  // "de", "du", "d'" / "of"
  std::vector<std::string> pronouns;    // "il", "elle" / "it"
  std::vector<std::string> demonstratives;  // "ce", "cette" / "this": + head, the subject named last
  std::vector<std::string> definites;       // "le", "la" / "the": + head, the current topic
  std::vector<std::string> locatives;   // "à", "depuis" / "at", "from": a place, not a subject
  std::vector<std::string> articles;    // words that end a subject phrase's modifiers ("la", "une")
  std::vector<std::string> coordinators;  // "et", "and": before an article, they open a clause
                                          // with a subject of its own ("…, and the water has …")
  std::vector<std::string> possessives;   // "sa", "its": + a noun, a part of what they refer to
                                          // ("Sa maternité a fermé"), whose status is its own
  std::vector<std::string> whole_nouns;   // nouns that after a possessive still mean the whole
                                          // ("Son activité est suspendue", "its doors")
  CountRules counts;
  bool head_first = true;               // "pont de Vardenne" (fr) vs "Halden Bay wind farm" (en)

  // Compiled matchers over folded text, built by compile().
  std::vector<PhraseMatcher> attribute_matchers;  // one per attribute
  std::vector<PhraseMatcher> range_matchers;      // one per attribute (its range_cues)
  std::vector<PhraseMatcher> split_first_matchers, split_second_matchers;  // one per attribute
  std::shared_ptr<PhraseMatcher> status_matcher;  // phrase index -> (status, cue)
  std::vector<std::pair<size_t, size_t>> status_index;
  std::shared_ptr<PhraseMatcher> modality_matcher;
  std::vector<Modality> modality_index;
  std::shared_ptr<PhraseMatcher> negation_matcher;
  std::shared_ptr<PhraseMatcher> event_matcher;
  std::shared_ptr<PhraseMatcher> anaphora_matcher;  // pronouns, demonstrative + head, definite + head
  std::vector<int> anaphora_kind;                   // per phrase: kPronoun, kDemonstrative, kDefinite
  static constexpr int kPronoun = 0, kDemonstrative = 1, kDefinite = 2;
  std::shared_ptr<PhraseMatcher> locative_matcher;
  // The same lists (all but the locatives) in one trie, so a document is searched once for all
  // of them: cues.find_all(folded)[cue_lists.status] are status_matcher's hits, and so on.
  struct CueLists {
    std::vector<size_t> attributes, ranges, split_first, split_second;  // one per attribute
    size_t status = 0, modality = 0, negation = 0, event = 0, anaphora = 0;
  };
  CueSet cues;
  CueLists cue_lists;
  // The status list (0) and the negation list (1) alone, for a search of statuses only
  // (`checker mentions`): one walk of a small trie instead of two, or one of all the cues.
  CueSet status_cues;
  // Folded word sets for subject discovery, built once by compile().
  std::set<std::string> folded_name_openers;    // articles, definites, demonstratives
  std::set<std::string> folded_heads;
  std::set<std::string> folded_modifier_stops;  // articles, locatives
  std::set<std::string> folded_small_words;     // connectors, articles, definites
  std::set<std::string> folded_possessives;     // possessives
  std::set<std::string> folded_whole_nouns;     // whole_nouns
  std::shared_ptr<re2::RE2> discovery_head_first;  // head [modifiers] [connector] Proper
  std::shared_ptr<re2::RE2> discovery_head_last;   // the Proper [modifiers] head

  /// The group of a status value (the value itself when no status defines it).
  std::string status_group(const std::string& value) const;
  /// Builds the matchers. Returns "" or what could not be compiled (e.g. lists too large).
  std::string compile();
};

/// Reads one language pack; errors name the file and the JSON pointer.
Result<Lexicon> lexicon_from_json(const nlohmann::json& j, const std::string& file);

}  // namespace checker
