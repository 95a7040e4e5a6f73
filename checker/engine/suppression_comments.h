// Finding `<!-- checker-… -->` comments in a text; engine/suppressions.h pairs and applies them.
#pragma once

#include <string_view>
#include <vector>

#include "checker/core/text_summary.h"

namespace checker {

/// Every suppression comment of `text`, in text order, with its line and column in `text`:
///   scan_suppression_comments("a\n<!-- checker-enable r -->")[0].line == 2
std::vector<SuppressionComment> scan_suppression_comments(std::string_view text);

}  // namespace checker
