// The subjects one document names: a handful of ids per document, kept for every document of a
// corpus until reconciliation, so a sorted vector of interned ids rather than a tree of strings.
#pragma once

#include <algorithm>
#include <initializer_list>
#include <string>
#include <vector>

#include "checker/core/interned_string.h"

namespace checker {

/// A set of subject ids in text order (as std::set<std::string> orders them), each id once.
///   SubjectSet s = {"vardenne", "halden"};
///   s.insert("halden");
///   assert(s.size() == 2 && s.count("halden") == 1 && s.begin()->str() == "halden");
/// Inserting is linear in the set's size: meant for the few subjects of one document.
class SubjectSet {
 public:
  using const_iterator = std::vector<InternedString>::const_iterator;

  SubjectSet() = default;
  SubjectSet(std::initializer_list<InternedString> ids) {
    for (const InternedString& id : ids) insert(id);
  }

  void insert(const InternedString& id) {
    const auto at = std::lower_bound(ids_.begin(), ids_.end(), id);
    if (at == ids_.end() || *at != id) ids_.insert(at, id);
  }
  /// As std::set's insert with a hint; the hint is not needed.
  void insert(const_iterator /*hint*/, const InternedString& id) { insert(id); }
  /// Drops the growth slack: the set is kept long after it is filled.
  void shrink_to_fit() { ids_.shrink_to_fit(); }

  size_t count(const std::string& id) const {
    const auto at = std::lower_bound(ids_.begin(), ids_.end(), id,
                                     [](const InternedString& a, const std::string& b) { return a.str() < b; });
    return at != ids_.end() && at->str() == id ? 1 : 0;
  }
  size_t size() const { return ids_.size(); }
  bool empty() const { return ids_.empty(); }
  const_iterator begin() const { return ids_.begin(); }
  const_iterator end() const { return ids_.end(); }

  friend bool operator==(const SubjectSet& a, const SubjectSet& b) { return a.ids_ == b.ids_; }
  friend bool operator!=(const SubjectSet& a, const SubjectSet& b) { return !(a == b); }

 private:
  std::vector<InternedString> ids_;
};

}  // namespace checker
