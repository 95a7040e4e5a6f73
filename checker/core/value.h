// Normalized values found in text: numbers, amounts, quantities, percentages, dates, statuses.
#pragma once

#include <optional>
#include <string>

#include "checker/core/date.h"

namespace checker {

enum class ValueType { kNumber, kAmount, kQuantity, kPercent, kDate, kStatus };

const char* value_type_name(ValueType t);

/// One normalized value. Only the fields of its type are meaningful:
/// number/percent: amount; amount: amount + currency (ISO 4217); quantity: amount + unit
/// (canonical code such as "km2", "t"); date: date; status: status ("operational", ...).
/// `lower`/`upper` + `qualifier` describe approximations and bounds ("près de", "plus de").
struct Value {
  ValueType type = ValueType::kNumber;
  double amount = 0;
  std::string currency;
  std::string unit;
  std::string status;
  PartialDate date;
  bool resolved = true;  // false for a relative date that could not be anchored
  bool points = false;   // percent only: percentage points ("+2 points de pourcentage"), not a share
  std::optional<double> lower;
  std::optional<double> upper;
  std::string qualifier;

  /// A short human rendering: "2025-12", "end of 2025", "XXXX-11-27" (unresolved), "6717 km2",
  /// "1.3e+09 USD", "20.3 %", "2 points", "not-operational".
  std::string display() const;
};

}  // namespace checker
