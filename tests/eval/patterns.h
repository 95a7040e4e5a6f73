// Misses and false positives of one spec file, grouped by the shape of their text, to see which
// general pattern to fix next ("9 degrees" ×2, "percent of 9" ×2) rather than case by case.
#pragma once

#include <map>
#include <string>
#include <string_view>

namespace checker::eval {

/// The shape of a mention's text: each run of digits (with its separators) becomes "9", letters
/// are lowered, spaces collapse ("2,204.62 Pounds" -> "9 pounds").
std::string shape_of(std::string_view text);

/// Counts per "miss <shape>" / "false <shape>", for one spec file.
using PatternCounts = std::map<std::string, int>;

/// Prints the counts, most frequent first, under the spec's name.
void print_patterns(const std::string& spec, const PatternCounts& counts);

}  // namespace checker::eval
