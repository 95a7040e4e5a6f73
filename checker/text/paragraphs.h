// Paragraph boundaries, so that one long text can be read in independent pieces.
#pragma once

#include <string_view>
#include <vector>

#include "checker/core/claim.h"

namespace checker {

/// Splits `text` into paragraphs: a paragraph ends at a line break followed by a line that holds
/// only spaces, tabs or a carriage return (a blank line), and the blank lines stay with the
/// paragraph before them, so the spans cover the whole text, in order, without gaps.
std::vector<Span> split_paragraphs(std::string_view text);

/// Consecutive paragraphs of `text` gathered into pieces of at least `min_bytes` (the last one
/// may be shorter): as many work items as a text's size calls for, each ending at a paragraph end.
std::vector<Span> paragraph_batches(const std::vector<Span>& paragraphs, size_t min_bytes);

}  // namespace checker
