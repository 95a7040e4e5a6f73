// Claims grouped by (subject, family): what every rule kind iterates over. Never all-pairs.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "checker/core/claim.h"
#include "checker/core/document.h"
#include "checker/core/subject_set.h"

namespace checker {

class ClaimIndex {
 public:
  using Key = std::pair<std::string, std::string>;  // subject id, family

  /// Claims without a subject are left out. `mentions[d]` lists the subjects document d names.
  ClaimIndex(const std::vector<Document>& documents, const ClaimList& claims,
             std::vector<SubjectSet> mentions);

  /// The claims of `claims` with a subject, by group, each group in list order.
  static std::map<Key, std::vector<const Claim*>> group(const ClaimList& claims);

  const std::map<Key, std::vector<const Claim*>>& groups() const { return groups_; }
  /// Replaces the groups rules visit (a group whose findings are known need not be visited) and
  /// returns the ones it had; documents and mentions stay whole.
  std::map<Key, std::vector<const Claim*>> swap_groups(std::map<Key, std::vector<const Claim*>> groups) {
    groups_.swap(groups);
    return groups;
  }
  const std::vector<Document>& documents() const { return documents_; }
  /// The document's date, if it has one.
  const std::optional<PartialDate>& reported(const Claim& c) const { return documents_[c.document].date; }
  bool mentions(size_t document, const std::string& subject) const {
    return mentions_[document].count(subject) != 0;
  }
  /// The documents that name `subject`, in document order (empty when none does): a rule that
  /// looks for later mentions of one subject visits these, not the whole corpus.
  const std::vector<uint32_t>& documents_mentioning(const std::string& subject) const;

 private:
  const std::vector<Document>& documents_;
  std::map<Key, std::vector<const Claim*>> groups_;
  std::vector<SubjectSet> mentions_;
  std::unordered_map<std::string, std::vector<uint32_t>> documents_by_subject_;  // 32 bits, as Claim::document
};

}  // namespace checker
