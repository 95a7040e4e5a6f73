// Names and short renderings of values.
#include "checker/core/value.h"

#include <fmt/format.h>

namespace checker {

const char* value_type_name(ValueType t) {
  switch (t) {
    case ValueType::kNumber: return "number";
    case ValueType::kAmount: return "amount";
    case ValueType::kQuantity: return "quantity";
    case ValueType::kPercent: return "percent";
    case ValueType::kDate: return "date";
    case ValueType::kStatus: return "status";
  }
  return "number";
}

std::string Value::display() const {
  switch (type) {
    case ValueType::kNumber: return fmt::format("{:g}", amount);
    case ValueType::kAmount: return fmt::format("{:g} {}", amount, currency);
    case ValueType::kQuantity: return fmt::format("{:g} {}", amount, unit);
    case ValueType::kPercent: return fmt::format("{:g} %", amount);
    case ValueType::kDate: return resolved ? date.timex() : "unresolved date";
    case ValueType::kStatus: return status;
  }
  return {};
}

}  // namespace checker
