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
    case ValueType::kPercent: return fmt::format(points ? "{:g} points" : "{:g} %", amount);
    case ValueType::kDate: {
      const std::string t = date.timex();
      if (date.mod == "START") return "start of " + t;
      if (date.mod == "MID") return "mid-" + t;
      if (date.mod == "END") return "end of " + t;
      if (date.mod == "AFTER") return "after " + t;
      if (date.mod == "BEFORE") return "before " + t;
      if (date.mod == "APPROX") return "about " + t;
      return t;
    }
    case ValueType::kStatus: return status;
  }
  return {};
}

}  // namespace checker
