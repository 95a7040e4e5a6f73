// What an audit keeps of a document's text once its claims are built: the lines reports quote and
// its suppression comments, so the text itself need not stay in memory.
#pragma once

#include <cstddef>
#include <string>

#include "checker/core/rare_vector.h"

namespace checker {

/// Lines of the original text: `text` starts at byte `start` of the document, which is the first
/// byte of its line number `line` (1-based, counted in the document, not its JSONL file). It may
/// end before the end of its last line (where the last claim it holds ends).
struct Excerpt {
  size_t start = 0;
  int line = 1;
  std::string text;
};

/// One `<!-- checker-… RULE … -->` comment as written; engine/suppressions.h gives it meaning.
struct SuppressionComment {
  int line = 1;         // in the document (1-based, before adding a JSONL line base)
  int column = 1;
  std::string directive;  // disable-next-line | disable | enable
  std::string rule;
  bool has_reason = false;
};

/// Excerpts in text order, not overlapping; `lines` is the document's line count. Every document
/// of a streamed audit keeps one, and many have no excerpt and no comment: the lists are
/// RareVectors (one pointer while empty), so a summary is 32 bytes.
struct TextSummary {
  size_t size = 0;
  int lines = 1;
  RareVector<Excerpt> excerpts;
  RareVector<SuppressionComment> comments;
};

}  // namespace checker
