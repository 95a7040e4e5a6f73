// What an audit keeps of a document's text once its claims are built: the bytes reports quote (with
// their places) and its suppression comments, so the text itself need not stay in memory.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "checker/core/rare_string.h"
#include "checker/core/rare_vector.h"

namespace checker {

/// Where the claims of a line start, to where the last of them ends: the bytes of the original
/// text from byte `start` of the document (the start of its first claim, in its line number
/// `line`, at code point `column` of that line; both 1-based, in the document, not its JSONL
/// file), `size` bytes long, kept at byte `at` of the summary's `bytes`. It may cross lines (a
/// claim that does) and ends where the last claim it holds ends.
struct Excerpt {
  uint32_t start = 0;  // a document is at most 16 MiB (corpus/files.h)
  uint32_t size = 0;
  uint32_t at = 0;
  int line = 1;
  int column = 1;
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
/// RareVectors and the excerpts' bytes one RareString (one pointer each while empty), so a
/// summary is 32 bytes.
struct TextSummary {
  uint32_t size = 0;
  int lines = 1;
  RareVector<Excerpt> excerpts;
  RareString bytes;  // every excerpt's bytes, one after the other
  RareVector<SuppressionComment> comments;

  std::string_view text_of(const Excerpt& e) const { return bytes.view().substr(e.at, e.size); }
};

/// An excerpt as it is made or read: its bytes at hand.
struct ExcerptText {
  size_t start = 0;
  int line = 1;
  int column = 1;
  std::string_view text;
};

/// Sets `s`'s excerpts (in text order) and their bytes.
inline void set_excerpts(TextSummary* s, const std::vector<ExcerptText>& items) {
  std::vector<Excerpt> excerpts;
  excerpts.reserve(items.size());
  std::string bytes;
  for (const ExcerptText& e : items) {
    excerpts.push_back({static_cast<uint32_t>(e.start), static_cast<uint32_t>(e.text.size()),
                        static_cast<uint32_t>(bytes.size()), e.line, e.column});
    bytes += e.text;
  }
  s->excerpts = std::move(excerpts);
  s->bytes = RareString(std::string_view(bytes));
}

}  // namespace checker
