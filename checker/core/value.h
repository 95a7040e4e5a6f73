// Normalized values found in text: numbers, amounts, quantities, percentages, dates, statuses.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "checker/core/date.h"
#include "checker/core/interned_string.h"
#include "checker/core/optional_real.h"

namespace checker {

enum class ValueType : uint8_t { kNumber, kAmount, kQuantity, kPercent, kDate, kStatus };

const char* value_type_name(ValueType t);

/// One normalized value. Only the fields of its type are meaningful:
/// number/percent: amount; amount: amount + currency (ISO 4217); quantity: amount + unit
/// (canonical code such as "km2", "t"); date: date; status: status ("operational", ...).
/// `lower`/`upper` + `qualifier` describe approximations and bounds ("près de", "plus de").
/// The texts are interned (a corpus repeats a few dozen currencies, units, statuses and
/// qualifiers over millions of claims), the bounds are 8 bytes each (NaN for none); fields are
/// ordered to pack: 56 bytes.
struct Value {
  double amount = 0;
  InternedString currency;
  InternedString unit;
  InternedString status;
  InternedString qualifier;
  PartialDate date;
  ValueType type = ValueType::kNumber;  // the one-byte fields next to the date's 12 bytes: they pack
  bool resolved = true;  // false for a relative date that could not be anchored
  bool points = false;   // percent only: percentage points ("+2 points de pourcentage"), not a share
  OptionalReal lower;
  OptionalReal upper;

  /// A short human rendering: "2025-12", "end of 2025", "XXXX-11-27" (unresolved), "6717 km2",
  /// "1.3e+09 USD", "20.3 %", "2 points", "not-operational".
  std::string display() const;
};

}  // namespace checker
