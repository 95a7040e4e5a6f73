// Internal to the claim builder: the state one document's pass shares between the files that
// read its cues (claim_builder.cc, claim_range_cues.cc, claim_counts.cc, claim_lifespans.cc)
// and the file that turns a cue and its value into a claim (claim_emit.cc). Not for other users.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "checker/extract/claim_builder.h"
#include "checker/extract/evidence.h"
#include "checker/extract/mentions.h"
#include "checker/extract/subject_binding.h"

namespace checker {

// How close a date must follow an event marker ("après le tir du 27 novembre").
constexpr size_t kEventWindow = 24;
// Evidence for one claim lies within this many bytes of its cue: real sentences are shorter,
// and a "sentence" of megabytes (a table, a list without stops) stays linear to read.
constexpr size_t kEvidenceWindow = 400;
// How close a count must be to its noun.
constexpr size_t kCountWindow = 12;
// How far a new target may follow the postponement that names it ("reportée à la fin de 2027").
constexpr size_t kPostponedGap = 12;
// How far the second phrase of a split cue may follow its first ("production of … began").
constexpr size_t kSplitWindow = 80;

inline Span cover(const Span& a, const Span& b) { return {std::min(a.start, b.start), std::max(a.end, b.end)}; }

// One document's pass. Every decision it makes is recorded in the claim's reasons.
class ClaimBuilder {
 public:
  ClaimBuilder(const Document& doc, size_t doc_index, const Lexicon& lex, const SubjectIndex& subjects,
               const std::vector<DiscoveredPhrase>& phrases);
  DocumentClaims run() &&;

 private:
  // The part of sentence `s` within kEvidenceWindow of `anchor`.
  static Span around(const Span& s, const Span& anchor) {
    return {std::max(s.start, anchor.start > kEvidenceWindow ? anchor.start - kEvidenceWindow : 0),
            std::min(s.end, anchor.end + kEvidenceWindow)};
  }

  // claim_builder.cc: the sentence loop, attribute cues, units that imply an attribute.
  void sentence(const Span& s);
  void revised_targets(const AttributeDef& def, const Span& w, const Hit& cue);
  bool after_postponement(size_t v, const Span& w) const;
  bool introduces(std::string_view gap, const std::vector<std::string>& first) const;
  void drop_inside_values(std::vector<Hit>* hits) const;
  // claim_range_cues.cc
  void range_and_split_cues(const Span& s);
  // claim_counts.cc
  void counts(const Span& s);
  // claim_lifespans.cc
  void lifespans(const Span& s);
  // claim_emit.cc: a cue and its value become a claim with its modality, valid time and subject.
  void emit(const AttributeDef& def, const Span& s, const Span& cue, const std::string& cue_text,
            const Mention& value);
  void emit_status(const Span& s, const Hit& cue);
  std::string part_of_subject(const Span& clause) const;
  Claim start_claim(const std::string& attribute, const std::string& family, const Value& value,
                    const Span& value_span, const std::string& producer) const;
  bool bind(const Span& s, const Span& anchor, Claim* c, Span* q) const;
  bool carry(const std::string& family, const Span& s, Claim* c) const;
  void set_subject(Claim* c, const SubjectMention& m) const;
  const Hit* nearest_hit(const std::vector<Hit>& hits, const Span& s, const Span& anchor) const;
  std::string quote(const Span& s) const { return doc_.text.substr(s.start, s.end - s.start); }

  const Document& doc_;
  size_t doc_index_;
  const Lexicon& lex_;
  const SubjectIndex& subjects_;
  FoldedText folded_;
  std::vector<Mention> values_;
  std::vector<SubjectMention> mentions_;
  std::vector<Span> sentences_;
  std::vector<std::vector<Hit>> attribute_hits_;
  std::vector<std::vector<Hit>> range_hits_, split_first_hits_, split_second_hits_;  // per attribute
  std::vector<Hit> status_hits_, modality_hits_, negation_hits_, event_hits_, anaphora_hits_;
  const SubjectBinder* binder_ = nullptr;
  std::vector<bool> used_;  // values already taken by a claim
  Span sentence_;           // the sentence being read
  std::vector<std::pair<std::string, std::string>> family_subject_;  // (family, subject id) in order
  DocumentClaims out_;
};

}  // namespace checker
