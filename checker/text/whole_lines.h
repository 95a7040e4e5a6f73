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

/// Like whole_lines, but each range ends where its last span ends, not at the end of its line:
/// what a place (line and column of a span's start and end) and a quote need, and no more.
/// lines_up_to("ab\ncd\nef", {{3, 4}}) == {{3, 4}}; lines_up_to("abc", {{1, 2}}) == {{0, 2}}.
std::vector<Span> lines_up_to(std::string_view text, std::vector<Span> spans);

}  // namespace checker
