// Widening byte ranges to the whole lines that hold them.
#pragma once

#include <string_view>
#include <vector>

#include "checker/core/claim.h"

namespace checker {

/// The lines (without their line break) that `spans` touch, merged where they meet, in text
/// order. Spans outside `text` or reversed are ignored. whole_lines("ab\ncd\nef", {{4, 4}})
/// == {{3, 5}}.
std::vector<Span> whole_lines(std::string_view text, std::vector<Span> spans);

}  // namespace checker
