// The pool behind InternedStringList: lists in a set ordered by their items' addresses (interned
// strings are equal exactly when their addresses are), so a node never moves.
#include "checker/core/interned_string_list.h"

#include <algorithm>
#include <mutex>
#include <set>

namespace checker {
namespace {

struct ByAddress {
  bool operator()(const std::vector<InternedString>& a, const std::vector<InternedString>& b) const {
    return std::lexicographical_compare(a.begin(), a.end(), b.begin(), b.end(),
                                        [](const InternedString& x, const InternedString& y) {
                                          return std::less<const std::string*>()(&x.str(), &y.str());
                                        });
  }
};

struct Pool {
  std::mutex mutex;
  std::set<std::vector<InternedString>, ByAddress> lists;
};

// Never destroyed: lists may be read by static objects' destructors at exit.
Pool& pool() {
  static Pool* p = new Pool;
  return *p;
}

const std::vector<InternedString>* intern(std::vector<InternedString> items) {
  Pool& p = pool();
  std::lock_guard<std::mutex> lock(p.mutex);
  return &*p.lists.insert(std::move(items)).first;
}

const std::vector<InternedString>* empty_list() {
  static const std::vector<InternedString>* e = intern({});
  return e;
}

}  // namespace

InternedStringList::InternedStringList() : items_(empty_list()) {}
InternedStringList::InternedStringList(std::initializer_list<InternedString> items)
    : items_(items.size() == 0 ? empty_list() : intern(std::vector<InternedString>(items))) {}
InternedStringList::InternedStringList(const std::vector<InternedString>& items)
    : items_(items.empty() ? empty_list() : intern(items)) {}

void InternedStringList::push_back(const InternedString& item) {
  std::vector<InternedString> longer;
  longer.reserve(items_->size() + 1);
  longer.assign(items_->begin(), items_->end());
  longer.push_back(item);
  items_ = intern(std::move(longer));
}

void InternedStringList::clear() { items_ = empty_list(); }

size_t InternedStringList::pool_size() {
  Pool& p = pool();
  std::lock_guard<std::mutex> lock(p.mutex);
  return p.lists.size();
}

}  // namespace checker
