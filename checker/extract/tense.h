// The tense of the clause around a date whose year the text leaves out ("en janvier", "on 12
// March"). Such a date is resolved to the nearest one to the reference; a clause in the past
// ("contre 850 en janvier", "sales fell in March") means the latest one not after it, a clause in
// the future ("ouvrira en janvier", "will open in March") the first one not before it.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "checker/core/date.h"
#include "checker/extract/mentions.h"
#include "checker/parse/lang.h"

namespace checker {

enum class Tense { kUnknown, kPast, kFuture };

/// The tense the verbs of `clause` agree on; kUnknown when they say nothing or disagree.
Tense clause_tense(std::string_view clause, Lang lang);

/// Moves by a year each resolved day or month of `found` whose year is not written and which
/// the tense of its clause puts on the other side of `reference`.
void lean_by_tense(std::string_view text, size_t begin, size_t end, Lang lang,
                   const std::optional<PartialDate>& reference, std::vector<Mention>* found);

}  // namespace checker
