// Sentence boundaries, as byte spans of the original text.
#pragma once

#include <string_view>
#include <vector>

#include "checker/core/claim.h"

namespace checker {

/// Splits [begin, end) of `text` into sentences: a boundary follows ".", "!", "?" or "…"
/// (with closing quotes or brackets) before whitespace and an upper-case letter, a digit or an
/// opening quote, and every line break ends a sentence. Spans are trimmed of whitespace;
/// empty ones are dropped.
std::vector<Span> split_sentences(std::string_view text, size_t begin, size_t end);

}  // namespace checker
