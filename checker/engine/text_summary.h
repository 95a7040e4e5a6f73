// What a streamed audit keeps of a document once its claims are built (core/text_summary.h).
#pragma once

#include <string_view>
#include <vector>

#include "checker/core/claim.h"
#include "checker/core/text_summary.h"

namespace checker {

/// The summary of `text`: its size and line count, the text under the claims' spans (from the start
/// of the first on a line to the end of the last), with the line and column where it starts (all
/// that reports, fingerprints and suppressions read of a claim: its quote, and its line and
/// column), and its suppression comments.
TextSummary summarize_text(std::string_view text, const std::vector<Claim>& claims);

}  // namespace checker
