// What the claim store keeps per (subject, family) group: the inputs' hash that says whether the
// group's findings still hold, and the findings in a binary form whose claims are positions in
// the group's claim list (the claims themselves come from this run's claims, never the entry).
//
//   std::string bytes;  encode_group_findings(findings, claims, &bytes);   // true
//   std::vector<RuleFinding> back;  decode_group_findings(bytes, claims, &back);   // true, back == findings
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "checker/core/content_hash.h"
#include "checker/engine/claim_index.h"
#include "checker/engine/findings_cache.h"

namespace checker {

/// What a group's findings are computed from, as one hash: the group's key, `subjects_key` (the
/// subject index the claims were bound with), for each claim its document, and for each of the
/// claims' documents and of the documents naming the subject its index in the corpus and
/// `document_ids[d]` (a hash of its content key and path: its text, metadata and date). The
/// rules read nothing else; a document's claims are a function of its content key and the index.
Hash128 group_inputs(const ClaimIndex& index, const ClaimIndex::Key& key, const std::vector<const Claim*>& claims,
                     const std::vector<Hash128>& document_ids, const std::string& subjects_key);

/// False (and `out` unspecified) when a finding's claim is not one of `claims`.
bool encode_group_findings(const std::vector<RuleFinding>& findings, const std::vector<const Claim*>& claims,
                           std::string* out);
/// False on bytes that are not exactly one record, or a position outside `claims`.
bool decode_group_findings(std::string_view bytes, const std::vector<const Claim*>& claims,
                           std::vector<RuleFinding>* out);

}  // namespace checker
