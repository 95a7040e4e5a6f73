// A list that most records leave empty, in one pointer: every document of a streamed audit keeps
// a summary (core/text_summary.h), and most have no suppression comment and many no claim.
#pragma once

#include <cstddef>
#include <initializer_list>
#include <memory>
#include <utility>
#include <vector>

namespace checker {

/// The part of std::vector a summary uses, in 8 bytes: null while empty (a std::vector is 24
/// bytes even then). Reads as a contiguous array; copies copy the items.
///   RareVector<int> none, two = {1, 2};
///   assert(none.empty() && none.data() == nullptr && two.size() == 2 && two[1] == 2);
template <typename T>
class RareVector {
 public:
  RareVector() = default;
  RareVector(std::vector<T> items)  // NOLINT: implicit, as a std::vector field was
      : items_(items.empty() ? nullptr : std::make_unique<std::vector<T>>(std::move(items))) {}
  RareVector(std::initializer_list<T> items) : RareVector(std::vector<T>(items)) {}
  RareVector(const RareVector& other) : RareVector(other.items_ ? *other.items_ : std::vector<T>{}) {}
  RareVector(RareVector&&) noexcept = default;
  RareVector& operator=(const RareVector& other) {
    if (this != &other) *this = RareVector(other);
    return *this;
  }
  RareVector& operator=(RareVector&&) noexcept = default;

  size_t size() const { return items_ ? items_->size() : 0; }
  bool empty() const { return size() == 0; }
  const T* data() const { return items_ ? items_->data() : nullptr; }
  T* data() { return items_ ? items_->data() : nullptr; }
  const T* begin() const { return data(); }
  const T* end() const { return data() + size(); }
  T* begin() { return data(); }
  T* end() { return data() + size(); }
  const T& operator[](size_t i) const { return (*items_)[i]; }
  T& operator[](size_t i) { return (*items_)[i]; }

  void reserve(size_t n) {
    if (n > 0) items().reserve(n);
  }
  void resize(size_t n) {
    if (n == 0)
      items_.reset();
    else
      items().resize(n);
  }
  void push_back(T item) { items().push_back(std::move(item)); }

 private:
  std::vector<T>& items() {
    if (!items_) items_ = std::make_unique<std::vector<T>>();
    return *items_;
  }
  std::unique_ptr<std::vector<T>> items_;
};

}  // namespace checker
