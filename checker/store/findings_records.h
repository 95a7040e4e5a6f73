// What the claim store keeps per (subject, family) group: the inputs' hash that says whether the
// group's findings still hold, and the findings in a binary form that carries their claims (a
// clean group's claims are never decoded from the documents' entries).
//
//   std::string bytes = encode_group_findings(findings);
//   ClaimList claims;  std::vector<RuleFinding> back;
//   decode_group_findings(bytes, &claims, &back);   // true, back == findings, their claims in `claims`
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "checker/core/content_hash.h"
#include "checker/engine/claim_index.h"
#include "checker/engine/findings_cache.h"

namespace checker {

/// What a group's findings are computed from, as one hash: the group's key, `subjects_key` (the
/// subject index the claims were bound with), its documents in order with how many claims each
/// has in it, and for each of those and of the documents naming the subject its index in the
/// corpus and `document_ids[d]` (a hash of its content key and path: its text, metadata and
/// date). The rules read nothing else; a document's claims are a function of its content key and
/// the index, and in a group they come in corpus order.
Hash128 group_inputs(const ClaimIndex& index, const ClaimIndex::Key& key, const std::vector<GroupDocument>& documents,
                     const std::vector<Hash128>& document_ids, const std::string& subjects_key);

std::string encode_group_findings(const std::vector<RuleFinding>& findings);
/// False on bytes that are not exactly one record (the claims added to `claims` before then stay).
bool decode_group_findings(std::string_view bytes, ClaimList* claims, std::vector<RuleFinding>* out);

}  // namespace checker
