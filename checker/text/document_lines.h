// Lines, columns and quotes of a document, from its text or, once the text is dropped, from the
// excerpts its summary kept (core/text_summary.h): the same answers either way.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "checker/core/claim.h"
#include "checker/core/document.h"
#include "checker/text/line_index.h"

namespace checker {

/// The bytes of `span`: from the text, or from the excerpt that holds the span ("" when none
/// does, which a summary made from the document's claims never lets happen for their spans).
std::string_view span_bytes(const Document& d, const Span& span);

/// Keeps a reference to `d`; built once per document, lookups O(log lines).
class DocumentLines {
 public:
  explicit DocumentLines(const Document& d);
  /// 1-based line (in the document, before any JSONL line base) and column of `offset`, which
  /// must be in the text, or in or at the end of an excerpt.
  LineCol at(size_t offset) const;

 private:
  const Document& d_;
  std::vector<LineIndex> lines_;  // one for the text, or one per excerpt
};

}  // namespace checker
