// A number or none in 8 bytes: a value holds two (the bounds of an approximation), and millions of
// claims stay in memory until the reports.
#pragma once

#include <cmath>
#include <limits>
#include <optional>

namespace checker {

/// Reads and is assigned like the `std::optional<double>` it replaces (16 bytes); "none" is a
/// quiet NaN, which no bound read from text is (numbers are parsed from digits; a NaN assigned
/// reads back as none).
///   OptionalReal r;  assert(!r && r.value_or(2) == 2);
///   r = 1.5;  assert(r && *r == 1.5);
///   r = std::nullopt;  assert(!r.has_value());
class OptionalReal {
 public:
  OptionalReal() = default;
  OptionalReal(std::nullopt_t) {}  // NOLINT: implicit, as std::optional's
  OptionalReal(double v) : v_(v) {}  // NOLINT
  OptionalReal(const std::optional<double>& v) : v_(v ? *v : kNone) {}  // NOLINT
  operator std::optional<double>() const {  // NOLINT: reads as the optional it replaced
    return has_value() ? std::optional<double>(v_) : std::nullopt;
  }

  OptionalReal& operator=(std::nullopt_t) {
    reset();
    return *this;
  }

  bool has_value() const { return !std::isnan(v_); }
  explicit operator bool() const { return has_value(); }
  void reset() { v_ = kNone; }

  /// The number; only when has_value(), as with std::optional.
  double& operator*() { return v_; }
  const double& operator*() const { return v_; }
  double value_or(double otherwise) const { return has_value() ? v_ : otherwise; }

  /// As std::optional's: two nones are equal, a none and a number are not.
  friend bool operator==(const OptionalReal& a, const OptionalReal& b) {
    return a.has_value() == b.has_value() && (!a.has_value() || a.v_ == b.v_);
  }
  friend bool operator!=(const OptionalReal& a, const OptionalReal& b) { return !(a == b); }

 private:
  static constexpr double kNone = std::numeric_limits<double>::quiet_NaN();

  double v_ = kNone;
};

}  // namespace checker
