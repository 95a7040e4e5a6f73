// A date or none in the date's own 12 bytes: a claim holds two (its valid time, a cited event),
// and millions of claims stay in memory until the reports.
#pragma once

#include <optional>

#include "checker/core/date.h"

namespace checker {

/// Reads and is assigned like the `std::optional<PartialDate>` it replaces (16 bytes), but keeps
/// its "present" flag in a byte the date leaves free: PartialDate has 9 bytes of fields in 12.
///   OptionalDate d;  assert(!d);
///   d = PartialDate{2025, 12};  assert(d && d->month == 12);
///   d = std::nullopt;  assert(!d.has_value());
/// Converts to and from `std::optional<PartialDate>` for the functions that take one.
class OptionalDate {
 public:
  OptionalDate() = default;
  OptionalDate(std::nullopt_t) {}  // NOLINT: implicit, as std::optional's
  OptionalDate(const PartialDate& d) { *this = d; }  // NOLINT
  OptionalDate(const std::optional<PartialDate>& d) {  // NOLINT
    if (d) *this = *d;
  }
  operator std::optional<PartialDate>() const {  // NOLINT: reads as the optional it replaced
    return held_.present ? std::optional<PartialDate>(date()) : std::nullopt;
  }

  OptionalDate& operator=(const PartialDate& d) {
    static_cast<PartialDate&>(held_) = d;
    held_.present = true;
    return *this;
  }
  OptionalDate& operator=(std::nullopt_t) {
    reset();
    return *this;
  }

  bool has_value() const { return held_.present; }
  explicit operator bool() const { return held_.present; }
  void reset() { held_ = Held(); }

  /// The date; only when has_value(), as with std::optional.
  const PartialDate& operator*() const { return date(); }
  PartialDate& operator*() { return held_; }
  const PartialDate* operator->() const { return &date(); }
  PartialDate* operator->() { return &held_; }
  PartialDate value_or(const PartialDate& otherwise) const { return held_.present ? date() : otherwise; }

 private:
  // The flag follows the date's fields inside its size: PartialDate has default member
  // initializers, so it is no POD and the compiler (Itanium C++ ABI) places a derived class's
  // fields in its tail padding. The static_assert below holds the layout to that.
  struct Held : PartialDate {
    bool present = false;
  };
  const PartialDate& date() const { return held_; }

  Held held_;
};

static_assert(sizeof(OptionalDate) == sizeof(PartialDate), "the present flag fits in the date's padding");

}  // namespace checker
