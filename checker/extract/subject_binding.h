// Which subject a piece of evidence in a sentence is about.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "checker/extract/evidence.h"

namespace checker {

struct Binding {
  const SubjectMention* mention = nullptr;  // the subject's mention (a name, maybe elsewhere)
  Span at;                                  // where the sentence names or refers to it
  std::string reason;
  double confidence = 0;
};

/// Binds evidence to subjects within one document.
///   * Candidates are the subjects named in the sentence (places, "à Vardenne", only when
///     nothing else is) and references back: a pronoun takes the subject named last before it,
///     a demonstrative ("ce pont") the subject named last before the sentence, a definite
///     description ("le pont") the last subject that opened one of the few sentences before
///     (the current topic).
///   * The nearest candidate before the anchor in its clause wins (a subject usually precedes
///     its verb), else the nearest after it in the clause, else the nearest name in the
///     sentence (references back count in the anchor's clause only).
///   * A clause coordinated with an article after it ("…, and the water in the delta has …",
///     "…, et l'eau du delta a …") has a subject of its own: evidence in it binds only to
///     candidates inside it, never to a name in another clause of the sentence — unless the
///     article opens a reference back to a candidate ("the X bridge …, and the bridge is 1,240
///     m long"; "…, but the tunnel is 800 m long" has its own subject).
class SubjectBinder {
 public:
  SubjectBinder(std::string_view text, const std::vector<Span>& sentences,
                const std::vector<SubjectMention>& mentions, const std::vector<Hit>& anaphora,
                const Lexicon& lex, const SubjectIndex& subjects);

  std::optional<Binding> bind(const Span& sentence, const Span& anchor) const;
  /// The clause around `anchor`: bounded by , ; : ( ) [ ] quotes and dashes (a comma between
  /// digits is a decimal comma).
  Span clause(const Span& sentence, const Span& anchor) const;

 private:
  const SubjectMention* antecedent(const Hit& h, const Span& sentence) const;
  /// The clause opens with a coordinator and an article ("and the", "et l'") that does not
  /// start a reference back to one of `candidates` ("and the bridge", after "the X bridge").
  bool has_own_subject(const Span& clause, const std::vector<Binding>& candidates) const;

  std::string_view text_;
  const std::vector<SubjectMention>& mentions_;
  const std::vector<Hit>& anaphora_;
  const Lexicon& lex_;
  const SubjectIndex& subjects_;
  std::vector<bool> opens_sentence_;  // per mention: the first subject named in its sentence, near its start
  std::vector<size_t> sentence_of_;   // per mention: the index of its sentence
  const std::vector<Span>& sentences_;
};

}  // namespace checker
