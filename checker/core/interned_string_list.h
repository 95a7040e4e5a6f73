// A list of interned strings kept once per process: a claim's reasons repeat a few thousand
// combinations over millions of claims, so each claim holds one pointer instead of a vector.
#pragma once

#include <cstddef>
#include <initializer_list>
#include <vector>

#include "checker/core/interned_string.h"

namespace checker {

/// An immutable list from a process-wide pool: equal lists share one copy, which lives until the
/// process ends. Reads like a `const std::vector<InternedString>&`; `push_back` makes it the
/// pooled list of its items and one more (the list it was is unchanged). Equality compares
/// pointers.
///   InternedStringList a = {"cue 'long'"}, b;
///   b.push_back("cue 'long'");
///   assert(a == b && &a.items() == &b.items() && a.size() == 1);
/// Building one takes a lock (extraction threads share the pool); reading does not.
class InternedStringList {
 public:
  using const_iterator = std::vector<InternedString>::const_iterator;

  InternedStringList();  // empty
  InternedStringList(std::initializer_list<InternedString> items);
  explicit InternedStringList(const std::vector<InternedString>& items);

  const std::vector<InternedString>& items() const { return *items_; }
  size_t size() const { return items_->size(); }
  bool empty() const { return items_->empty(); }
  const InternedString& operator[](size_t i) const { return (*items_)[i]; }
  const_iterator begin() const { return items_->begin(); }
  const_iterator end() const { return items_->end(); }

  void push_back(const InternedString& item);
  void clear();

  friend bool operator==(const InternedStringList& a, const InternedStringList& b) { return a.items_ == b.items_; }
  friend bool operator!=(const InternedStringList& a, const InternedStringList& b) { return !(a == b); }

  /// How many distinct lists the pool holds (for benchmarks).
  static size_t pool_size();

 private:
  const std::vector<InternedString>* items_;
};

/// JSON libraries find this by argument-dependent lookup (nlohmann's to_json): an array of texts.
template <typename Json>
void to_json(Json& j, const InternedStringList& list) {
  j = Json::array();
  for (const InternedString& s : list) j.push_back(s.str());
}

}  // namespace checker
