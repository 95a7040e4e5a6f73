// Comparable keys for the values of the Recognizers-Text specs: their unit names mapped to our
// canonical codes, their numbers (French resolutions use a decimal comma) in one format.
#pragma once

#include <string>

#include "checker/core/value.h"

namespace checker::eval {

/// "0,04" and "0.04" -> "0.04"; "100%" -> "100"; "" when not a number.
std::string number_key(const std::string& value);
/// ("Dollar", "75000000") -> "USD 75000000"; an unknown currency keeps its name.
std::string currency_key(const std::string& unit, const std::string& value);
/// ("Kilomètres", "5") -> "m 5000": converted to our canonical unit when we know it.
std::string dimension_key(const std::string& unit, const std::string& value);
/// Our bounds in the specs' interval notation: "[20,30)", "(1000,)".
std::string range_key(const Value& v);

}  // namespace checker::eval
