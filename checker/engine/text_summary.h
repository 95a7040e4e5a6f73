// What a streamed audit keeps of a document once its claims are built (core/text_summary.h).
#pragma once

#include <string_view>
#include <vector>

#include "checker/core/claim.h"
#include "checker/core/text_summary.h"

namespace checker {

/// The summary of `text`: its size and line count, the text from the start of each claim's line to
/// the end of its span (all that reports, fingerprints and suppressions read of a claim: its quote,
/// and its line and column), and its suppression comments.
TextSummary summarize_text(std::string_view text, const std::vector<Claim>& claims);

}  // namespace checker
