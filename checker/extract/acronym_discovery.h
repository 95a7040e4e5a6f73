// Acronym discovery: a name followed by its acronym in parentheses, "Organisation du traité de
// sécurité collective (OTSC)". Part of subject discovery (discovery.h).
#pragma once

#include <string_view>
#include <vector>

#include "checker/extract/discovery.h"
#include "checker/extract/lexicon.h"

namespace checker {

/// Appends the acronym-introduced names in [begin, end) of `text` to `out`. RE2 runs only in a
/// window of at most eight words before each "(CAPITALS)", so the cost is linear in the text.
void discover_acronyms(std::string_view text, size_t begin, size_t end, const Lexicon& lex,
                       std::vector<DiscoveredPhrase>* out);

}  // namespace checker
