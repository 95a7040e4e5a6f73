// Where the value scanner looks: the RE2 pattern of places a value may start, and the stretches
// that hold digits but no value (URLs, phone and section numbers). Internal to mentions.cc.
#pragma once

#include <string_view>
#include <vector>

#include <re2/re2.h>

#include "checker/core/claim.h"

namespace checker {

/// Matches where a value may start: a digit, a currency sign, or a word that opens a date, a
/// number in words, a qualifier or a relative date. The grammars decide; this is a superset.
const RE2& value_trigger();

/// The stretches of [begin, end) of `text` that hold digits but no value, left to right: URLs,
/// phone numbers (+33 1 23 45 67 89, 01 23 45 67 89, 555-0199), section numbers (3.2.1, § 4,
/// article 12).
std::vector<Span> find_non_values(std::string_view text, size_t begin, size_t end);

}  // namespace checker
