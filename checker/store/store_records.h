// The binary forms of what the claim store keeps per document and per file (byte_codec.h):
// a document's pass 1 (phrases and names), its pass 2 (claims, subjects named, text summary),
// and a file's streamed documents. Field for field, so reading back gives the same findings.
//
//   std::string bytes = encode_claims(claims);
//   std::vector<Claim> back;
//   decode_claims(bytes, document, &back);   // true; back[k].document == document
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "checker/core/document.h"
#include "checker/engine/extraction.h"

namespace checker {

/// Bumped whenever one of these forms changes: a store written in another format is rebuilt.
inline constexpr const char* kStoreRecordFormat = "binary-1";

/// Each decoder returns false on bytes that are not exactly one record of its kind (truncated,
/// trailing bytes, an enum out of range), leaving `out` unspecified.
std::string encode_phrases(const std::vector<DiscoveredPhrase>& phrases, const std::vector<NamedPhrase>& names);
bool decode_phrases(std::string_view bytes, CachedPhrases* out);
/// The names only (the phrases are checked, not kept; `out->phrases_kept_back` is set).
bool decode_names(std::string_view bytes, CachedPhrases* out);

/// A document's claims, read back with `document` as their document index.
std::string encode_claims(const std::vector<Claim>& claims);
bool decode_claims(std::string_view bytes, size_t document, std::vector<Claim>* out);

/// What the store reads of a document on every run, without its claims: how many it has and in
/// which groups (count_groups), the subjects it names and its text summary. Read back as a
/// CachedClaims whose `deferred` is set and whose claims are empty.
std::string encode_document_claims(const DocumentClaims& claims, const TextSummary& summary);
bool decode_document_claims(std::string_view bytes, CachedClaims* out);

/// One claim's fields in the form encode_claims writes them (without its document index): two
/// claims with equal encodings are interchangeable in every report.
std::string encode_claim(const Claim& claim);

/// One claim's fields as encode_claim writes them, into or out of a longer record (byte_codec.h);
/// its document index is not written.
class ByteWriter;
class ByteReader;
void write_claim(ByteWriter& w, const Claim& claim);
bool read_claim(ByteReader& r, Claim* claim);

/// A file's documents, streamed: metadata, where each is read again, its size and text hash.
std::string encode_documents(const std::vector<Document>& documents);
bool decode_documents(std::string_view bytes, std::vector<Document>* out);

}  // namespace checker
