// Grouping is a single pass over the claims into an ordered map (O(n log n)).
#include "checker/engine/claim_index.h"

namespace checker {

ClaimIndex::ClaimIndex(const std::vector<Document>& documents, const std::vector<Claim>& claims,
                       std::vector<std::set<std::string>> mentions)
    : documents_(documents), mentions_(std::move(mentions)) {
  for (const Claim& c : claims)
    if (!c.subject_id.empty()) groups_[{c.subject_id, c.family}].push_back(&c);
}

}  // namespace checker
