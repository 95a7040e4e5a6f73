// Claim files: the JSON Lines of `checker claims`, written by extraction shards and read back by
// `checker audit --claims` (the record formats are in docs/claims.md).
//
//   {"record": "document", "path": …, "excerpts": [{"start", "line", "text"}], …}  one per document
//   {"record": "claim", "document": …, "line", "column", …, "exact": {…}}           its claims
//   {"record": "skipped", "path": …, "where": …, "message": …}                      an input not read
//   {"record": "phrase", "document": …, "text", "head", "proper", "acronym"}       `--format phrases`
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "checker/core/document.h"
#include "checker/core/error.h"
#include "checker/engine/extraction.h"

namespace checker {

/// Writes each document's header record, then its claims, in document order. A header carries
/// the document's metadata, its size and line count, the subjects it names and the lines a
/// report quotes (every line a claim's span, value or sentence touches, and every line holding
/// a suppression comment), so that reports can be written without the document.
/// Inputs the extraction skipped come first, as "skipped" records: reconciling the file reports
/// them (and exits 2) as the audit of the documents would.
void write_claim_records(const std::vector<Document>& documents, const Extraction& extraction,
                         const Diagnostics& skipped, std::ostream& out);

/// Writes every discovered phrase, in document and text order (the first step of sharding).
void write_phrase_records(const std::vector<Document>& documents,
                          const std::vector<std::vector<DiscoveredPhrase>>& phrases, std::ostream& out);

/// What claim files hold: the documents (their text blank except for the quoted lines, at their
/// original offsets) and their claims, in the files' order.
struct ClaimFiles {
  std::vector<Document> documents;
  Extraction extraction;
  Diagnostics skipped;  // the "skipped" records: inputs the extraction could not read
  Diagnostics errors;   // "file:line: problem"; the record (or a bad document's claims) is skipped
};

ClaimFiles read_claim_files(const std::vector<std::string>& paths);

/// Phrase records of every file, in order ("record": "phrase" lines; other records are ignored).
std::vector<NamedPhrase> read_phrase_files(const std::vector<std::string>& paths, Diagnostics* errors);

}  // namespace checker
