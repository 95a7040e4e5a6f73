// Exact JSON forms of claims, discovered phrases and document metadata: what the claim store
// keeps and what claim files carry, so that reading them back gives the same findings.
#pragma once

#include <nlohmann/json.hpp>

#include "checker/core/claim.h"
#include "checker/core/document.h"
#include "checker/core/error.h"
#include "checker/extract/discovery.h"

namespace checker {

/// Every field of a claim but `document` (the reader knows which document it is reading).
///   claim_from_json(claim_to_json(c), &back) leaves back == c, field for field.
nlohmann::json claim_to_json(const Claim& c);
/// Fills `out` (leaving `out->document` alone); on a missing or mistyped field returns the
/// problem ("exact.value.type: expected one of …") and leaves `out` unspecified.
std::string claim_from_json(const nlohmann::json& j, Claim* out);

nlohmann::json phrase_to_json(const DiscoveredPhrase& p);
std::string phrase_from_json(const nlohmann::json& j, DiscoveredPhrase* out);

/// A document's metadata (everything but its text): path, title, date (exact), date_source,
/// lang, lang_source, source, url, body_start, line_base.
nlohmann::json document_meta_to_json(const Document& d);
std::string document_meta_from_json(const nlohmann::json& j, Document* out);

}  // namespace checker
