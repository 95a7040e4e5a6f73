// What the claim builder asks of the values it found: does one fit an attribute, are two dates a
// range, how precisely is one written, which ones restate the value before them.
#pragma once

#include <string_view>
#include <vector>

#include "checker/extract/lexicon.h"
#include "checker/extract/mentions.h"
#include "checker/parse/lang.h"

namespace checker {

/// True when `v` can be the value of attribute `def`: a resolved date for a date attribute, a
/// quantity in one of its units (any unit if it lists none), an amount, a percent, a count.
bool matches_type(const Value& v, const AttributeDef& def);

/// True when values `a` and `b` of `values` are dates joined by a dash: "1969-1998",
/// "May 1993 – August 2002". `text` is the text the spans point into.
bool joined_dates(std::string_view text, const std::vector<Mention>& values, size_t a, size_t b);

/// True when value `v` is one end of a date range: joined to the date before or after it.
bool in_date_range(std::string_view text, const std::vector<Mention>& values, size_t v);

/// Half the unit of the last digit written, scaled like the value: "1,3 milliard" is known to
/// ±0.05 milliard, "1 240 m" to ±0.5 m. 0 for a date, a status or a number in words (exact as
/// written). Numbers written more roundly than another document's are not a conflict for it.
double written_precision(std::string_view text, Lang lang, const Mention& m);

/// Marks in `used` each value that restates the one before it in parentheses, in other units:
/// "65 km/h (40 mph)", "20 acres (81,000 m2)". Rounded, it would only disagree with itself.
void mark_restatements(std::string_view text, const std::vector<Mention>& values, std::vector<bool>* used);

}  // namespace checker
