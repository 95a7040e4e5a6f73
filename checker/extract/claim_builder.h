// Turns a document's values, cue phrases and subject mentions into claims.
#pragma once

#include <set>
#include <vector>

#include "checker/core/claim.h"
#include "checker/core/document.h"
#include "checker/extract/lexicon.h"
#include "checker/extract/subjects.h"

namespace checker {

struct DocumentClaims {
  std::vector<Claim> claims;      // bound and unbound (subject_id empty) claims, in text order
  std::set<std::string> subjects; // ids of every subject the document mentions
};

/// Builds the claims of one document, sentence by sentence:
///   * an attribute cue takes the nearest value of its type in the sentence (a quantity whose
///     unit the attribute lists needs no cue);
///   * a status cue is a status claim, flipped by a negation just before it;
///   * the subject is the nearest subject mention in the sentence that is not a place ("à
///     Baïkonour"); else the subject of the document's previous claim of the same family; else,
///     when the sentence refers back ("il", "ce projet"), the subject mentioned last;
///   * the modality is that of the nearest modality cue, else planned for a date after the
///     document's date and actual otherwise;
///   * a date introduced by an event marker ("après le tir du …") is the event a status cites.
DocumentClaims build_claims(const Document& doc, size_t doc_index, const Lexicon& lex,
                            const SubjectIndex& subjects);

}  // namespace checker
