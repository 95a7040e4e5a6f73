// Grouping is a single pass over the claims into an ordered map (O(n log n)); subjects to the
// documents naming them in a hash map (looked up, never iterated).
#include "checker/engine/claim_index.h"

namespace checker {

ClaimIndex::ClaimIndex(const std::vector<Document>& documents, const ClaimList& claims,
                       std::vector<SubjectSet> mentions)
    : documents_(documents), groups_(group(claims)), mentions_(std::move(mentions)) {
  for (size_t d = 0; d < mentions_.size(); ++d)
    for (const std::string& subject : mentions_[d])
      documents_by_subject_[subject].push_back(static_cast<uint32_t>(d));
  // Kept for the whole reconciliation: without the slack of their growth.
  for (auto& entry : documents_by_subject_) entry.second.shrink_to_fit();
}

std::map<ClaimIndex::Key, std::vector<const Claim*>> ClaimIndex::group(const ClaimList& claims) {
  std::map<Key, std::vector<const Claim*>> groups;
  // Claims of one group come in runs (a document's claims about one subject): the group of the
  // previous claim is reused while subject and family stay the same interned strings, so the
  // map is searched (and a key of two strings built) once a run, not once a claim.
  const Claim* previous = nullptr;
  std::vector<const Claim*>* into = nullptr;
  for (const Claim& c : claims) {
    if (c.subject_id.empty()) continue;
    if (!previous || !(c.subject_id == previous->subject_id) || !(c.family == previous->family))
      into = &groups[{c.subject_id, c.family}];
    into->push_back(&c);
    previous = &c;
  }
  // Kept for the whole reconciliation: without the slack of their growth.
  for (auto& entry : groups) entry.second.shrink_to_fit();
  return groups;
}

const std::vector<uint32_t>& ClaimIndex::documents_mentioning(const std::string& subject) const {
  static const std::vector<uint32_t> kNone;
  const auto it = documents_by_subject_.find(subject);
  return it == documents_by_subject_.end() ? kNone : it->second;
}

}  // namespace checker
