// Names and short renderings of values.
#include "checker/core/value.h"

#include <cmath>

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

namespace {

// "1.3 billion", "29.7 million", "6717", "20.3": readable at a glance in a message.
std::string readable(double v) {
  const double a = std::fabs(v);
  if (a >= 1e9) return fmt::format("{:g} billion", v / 1e9);
  if (a >= 1e6) return fmt::format("{:g} million", v / 1e6);
  return fmt::format("{:.10g}", v);
}

// The qualifier of an approximation or a bound, in words ("more than 150000").
std::string qualified(const Value& v, const std::string& number) {
  if (v.qualifier == "approx" || v.qualifier == "nearly") return (v.qualifier == "approx" ? "about " : "nearly ") + number;
  if (v.qualifier == "more-than") return "more than " + number;
  if (v.qualifier == "less-than") return "less than " + number;
  if (v.qualifier == "at-least") return "at least " + number;
  if (v.qualifier == "at-most") return "at most " + number;
  if (v.qualifier == "between" && v.lower && v.upper) return readable(*v.lower) + "–" + readable(*v.upper);
  return number;
}

}  // namespace

std::string Value::display() const {
  switch (type) {
    case ValueType::kNumber: return qualified(*this, readable(amount));
    case ValueType::kAmount: return qualified(*this, readable(amount)) + " " + currency;
    case ValueType::kQuantity: return qualified(*this, readable(amount)) + " " + unit;
    case ValueType::kPercent: return qualified(*this, readable(amount)) + (points ? " points" : " %");
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
