// Where a claim sits in its document, in the terms every report points with.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "checker/core/claim.h"
#include "checker/core/document.h"
#include "checker/text/document_lines.h"

namespace checker {

/// A claim's quote and its place: lines and columns are 1-based, columns count Unicode code
/// points; `end_line`/`end_column` point just past the quote (an exclusive end).
struct ClaimPlace {
  const Document* document = nullptr;
  int line = 1;
  int column = 1;
  int end_line = 1;
  int end_column = 1;
  std::string quote;          // the bytes of the claim's span
  size_t value_start = 0;     // the value inside `quote`, in bytes; value_start == value_end
  size_t value_end = 0;       // when the value lies outside the quote
  std::string reported;       // the document date (TIMEX3) or "undated"
};

/// Builds each document's line index once, on first use. Keeps a reference to `documents`.
class ClaimLocator {
 public:
  explicit ClaimLocator(const std::vector<Document>& documents);
  ClaimPlace place(const Claim& claim);

 private:
  const std::vector<Document>& documents_;
  std::vector<std::unique_ptr<DocumentLines>> lines_;
};

/// The quote with its value wrapped in `open`/`close` (markup of the caller's language), each
/// piece of text through `escape`; just escape(quote) when the value is not inside the quote.
std::string mark_value(const ClaimPlace& p, std::string (*escape)(std::string_view), const char* open,
                       const char* close);

/// The file a document came from: its path, without the "#id" of a JSON Lines record.
std::string document_file(const Document& d);

}  // namespace checker
