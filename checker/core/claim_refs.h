// The claims of a finding, held by address: a finding points at claims kept elsewhere instead of
// copying them (a claim is over 200 bytes, and a large audit raises hundreds of thousands of findings).
#pragma once

#include <cstddef>
#include <initializer_list>
#include <iterator>
#include <vector>

#include "checker/core/claim.h"

namespace checker {

/// A list of claims that reads like a `std::vector<Claim>` (iterating, indexing, `front`, `back`
/// give `const Claim&`) but holds pointers. The claims must outlive it: an audit's claims are in a
/// `ClaimList`, a deque whose elements never move, held with the findings (engine/audit.h).
///   ClaimList claims(2);
///   ClaimRefs refs = {&claims[0], &claims[1]};
///   assert(&refs.back() == &claims[1] && refs.size() == 2);
class ClaimRefs {
 public:
  class const_iterator {
   public:
    using iterator_category = std::random_access_iterator_tag;
    using value_type = Claim;
    using difference_type = std::ptrdiff_t;
    using pointer = const Claim*;
    using reference = const Claim&;

    const_iterator() = default;
    explicit const_iterator(std::vector<const Claim*>::const_iterator at) : at_(at) {}
    const Claim& operator*() const { return **at_; }
    const Claim* operator->() const { return *at_; }
    const_iterator& operator++() { ++at_; return *this; }
    const_iterator operator++(int) { const_iterator was = *this; ++at_; return was; }
    const_iterator& operator--() { --at_; return *this; }
    difference_type operator-(const const_iterator& o) const { return at_ - o.at_; }
    const_iterator operator+(difference_type n) const { return const_iterator(at_ + n); }
    bool operator==(const const_iterator& o) const { return at_ == o.at_; }
    bool operator!=(const const_iterator& o) const { return at_ != o.at_; }

   private:
    std::vector<const Claim*>::const_iterator at_;
  };

  ClaimRefs() = default;
  ClaimRefs(std::initializer_list<const Claim*> claims) : refs_(claims) {}

  void push_back(const Claim& c) { refs_.push_back(&c); }
  void reserve(size_t n) { refs_.reserve(n); }
  size_t size() const { return refs_.size(); }
  bool empty() const { return refs_.empty(); }
  const Claim& operator[](size_t i) const { return *refs_[i]; }
  const Claim& front() const { return *refs_.front(); }
  const Claim& back() const { return *refs_.back(); }
  const_iterator begin() const { return const_iterator(refs_.begin()); }
  const_iterator end() const { return const_iterator(refs_.end()); }

 private:
  std::vector<const Claim*> refs_;
};

}  // namespace checker
