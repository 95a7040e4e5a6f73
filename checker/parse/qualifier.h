// Words that make a value approximate or a bound, at the start of a piece of text.
//   parse_qualifier("près de 100 000", kFr)  -> {length 8, "nearly"}
//   parse_qualifier("plus de 6000", kFr)     -> {length 8, "more-than"}
//   parse_qualifier("between 1.5 and", kEn)  -> {length 8, "between"} (the scanner reads both ends)
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "checker/core/value.h"
#include "checker/parse/lang.h"

namespace checker {

struct Qualifier {
  size_t length = 0;      // bytes of the words and the space after them
  std::string name;       // "approx", "nearly", "more-than", "less-than", "at-least", "at-most", "between"
};

/// fr: environ, près de, presque, quelque, plus de, moins de, au moins, au plus, jusqu'à,
/// entre; en: about, around, approximately, nearly, almost, over, more than, less than,
/// under, at least, at most, up to, between.
std::optional<Qualifier> parse_qualifier(std::string_view text, Lang lang);

/// The word joining the two ends of a range ("et", "à", "and", "to", or a dash), with the
/// spaces around it; returns its length, or 0.
size_t parse_range_joiner(std::string_view text, Lang lang);

/// Sets `v.lower`, `v.upper` and `v.qualifier` for a single value under a qualifier:
/// "nearly" x -> [0.9x, x]; "approx" -> [0.9x, 1.1x]; "more-than"/"at-least" -> [x, ); "less-than"/"at-most" -> ( , x].
void apply_qualifier(const std::string& name, Value* v);

}  // namespace checker
