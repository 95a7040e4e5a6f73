// Turns a document's values, cue phrases and subject mentions into claims.
#pragma once

#include <vector>

#include "checker/core/claim.h"
#include "checker/core/document.h"
#include "checker/core/subject_set.h"
#include "checker/extract/lexicon.h"
#include "checker/extract/subjects.h"

namespace checker {

struct DocumentClaims {
  std::vector<Claim> claims;      // bound and unbound (subject_id empty) claims, in text order
  SubjectSet subjects;            // ids of every subject the document mentions
};

/// Builds the claims of one document, sentence by sentence:
///   * an attribute cue takes the nearest value of its type in the sentence (and of one of its
///     units, if it lists any); a quantity in a unit that implies an attribute needs no cue;
///   * a status cue is a status claim, flipped by a negation just before it; a date introduced
///     by an event marker ("après le tir du …") is the event the status cites;
///   * the subject is the nearest candidate before the cue in its clause, else after it in the
///     clause, else the nearest in the sentence (not for a clause with a subject of its own:
///     "…, and the water in the delta has …"). Candidates are subjects named in the sentence
///     (places such as "à Vardenne" only when nothing else is) and references back: a pronoun
///     takes the subject named last before it, a demonstrative ("ce pont") the subject named
///     last before the sentence, a definite description ("le pont") the last subject that
///     opened a sentence. With no candidate, a claim takes the subject of the document's
///     previous claim of the same family; a status claim never does;
///   * the modality is that of the nearest modality cue, else planned for a date after the
///     document's date, else actual;
///   * the valid time of a non-date value is the nearest date in the sentence no claim took.
/// `phrases` are the document's discovered phrases, from the pass that built `subjects`.
DocumentClaims build_claims(const Document& doc, size_t doc_index, const Lexicon& lex,
                            const SubjectIndex& subjects, const std::vector<DiscoveredPhrase>& phrases);

}  // namespace checker
