// Grouping is a single pass over the claims into an ordered map (O(n log n)).
#include "checker/engine/claim_index.h"

namespace checker {

ClaimIndex::ClaimIndex(const std::vector<Document>& documents, const ClaimList& claims,
                       std::vector<SubjectSet> mentions)
    : documents_(documents), mentions_(std::move(mentions)) {
  for (const Claim& c : claims)
    if (!c.subject_id.empty()) groups_[{c.subject_id, c.family}].push_back(&c);
  for (size_t d = 0; d < mentions_.size(); ++d)
    for (const std::string& subject : mentions_[d])
      documents_by_subject_[subject].push_back(static_cast<uint32_t>(d));
  // Kept for the whole reconciliation: without the slack of their growth.
  for (auto& entry : groups_) entry.second.shrink_to_fit();
  for (auto& entry : documents_by_subject_) entry.second.shrink_to_fit();
}

const std::vector<uint32_t>& ClaimIndex::documents_mentioning(const std::string& subject) const {
  static const std::vector<uint32_t> kNone;
  const auto it = documents_by_subject_.find(subject);
  return it == documents_by_subject_.end() ? kNone : it->second;
}

}  // namespace checker
