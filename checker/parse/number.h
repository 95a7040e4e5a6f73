// Numbers, amounts, quantities and percentages at the start of a piece of text.
//   parse_quantity("6 717 km2 est", kFr)          -> {length 9, quantity 6717 "km2"}
//   parse_quantity("1,3 milliard de dollars", kFr) -> {amount 1.3e9 "USD"}
//   parse_quantity("1.747 km²", kFr)               -> {quantity 1747 "km2"} (dot groups thousands)
//   parse_quantity("1,200 t", kEn)                 -> {quantity 1200 "t"}
#pragma once

#include <optional>
#include <string_view>

#include "checker/core/value.h"
#include "checker/parse/lang.h"

namespace checker {

struct ParsedValue {
  size_t length = 0;  // bytes consumed from the start of the text
  Value value;
  bool plain_integer = false;  // digits only: no separator, decimal, scale or unit
};

/// A number at the very start of `text`, with the language's separators
/// (fr: space, no-break space, narrow no-break space or dot between groups of three, decimal
/// comma, and a point that cannot group thousands is decimal: "0.8"; en: comma groups, decimal
/// point, Indian "12,34,567" and continental "1.111,11" grouping), and an exponent ("1.3e6",
/// "x10^6", "^--23"). Returns nullopt when text does not start with one. (checker/parse/digits.cc)
std::optional<ParsedValue> parse_number(std::string_view text, Lang lang);

/// A number followed by an optional scale word (million, milliard, billion, k, M, bn…), and an
/// optional currency, unit or percent sign; or a currency symbol followed by a number ($1.3 bn).
/// Without a unit or currency the value is a plain number.
std::optional<ParsedValue> parse_quantity(std::string_view text, Lang lang);

}  // namespace checker
