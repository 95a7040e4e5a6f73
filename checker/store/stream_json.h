// JSON forms of what a streamed audit keeps per document, for the claim store: the text summary,
// a streamed document's metadata (its text by hash), and a discovered name with its text.
#pragma once

#include <nlohmann/json.hpp>

#include "checker/core/document.h"
#include "checker/core/text_summary.h"
#include "checker/engine/extraction.h"

namespace checker {

/// Each reader returns false on a missing or mistyped field, leaving `out` unspecified.
///   summary_from_json(summary_to_json(s), &back) leaves back == s.
nlohmann::json summary_to_json(const TextSummary& s);
bool summary_from_json(const nlohmann::json& j, TextSummary* out);

/// document_meta_to_json's fields plus where a streamed document is read again and what it held:
/// record_offset, record_file, size, text_hash. Read back, the document is streamed.
nlohmann::json streamed_document_to_json(const Document& d);
bool streamed_document_from_json(const nlohmann::json& j, Document* out);

nlohmann::json named_phrase_to_json(const NamedPhrase& n);
bool named_phrase_from_json(const nlohmann::json& j, NamedPhrase* out);

}  // namespace checker
