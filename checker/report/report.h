// What every reporter receives: the documents, the audit result, what was skipped.
#pragma once

#include <string>
#include <vector>

#include "checker/core/document.h"
#include "checker/core/error.h"
#include "checker/engine/audit.h"
#include "checker/engine/rule.h"
#include "checker/report/report_sink.h"

namespace checker {

struct ReportInput {
  const std::vector<Document>& documents;
  const AuditResult& result;
  const Diagnostics& skipped;
  /// The rule instances of the pack, for reports that describe their rules (SARIF); null
  /// when unknown, then rules are described from their findings alone.
  const std::vector<RuleInstance>* rules = nullptr;
  /// Prepended to relative document paths in links (Markdown, HTML), so that a report written
  /// to reports/ links "../seeds/a.txt"; empty for standard output (paths as given).
  std::string link_prefix;
  /// Findings hidden by a baseline (not in `result`); counted in the summary line when nonzero.
  size_t hidden_by_baseline = 0;
  /// Findings hidden by suppression comments; counted in the summary line when nonzero.
  size_t suppressed = 0;
  /// Suppression comments that suppress nothing (the text report lists them).
  Diagnostics stale_suppressions;
  /// Findings left out by --changed-since (no claim in a changed document); counted in the
  /// summary line when nonzero.
  size_t outside_changed = 0;
};

/// The href of a document from a report: link_prefix + the path, percent-encoded.
std::string document_href(const ReportInput& in, const std::string& path);

/// Formats this build can write: text, json, sarif, junit, github, markdown, html.
const std::vector<std::string>& report_formats();

/// Renders the report in `format` (one of report_formats()). `color` asks for ANSI colors
/// (text only).
std::string render_report(const std::string& format, const ReportInput& in, bool color);
/// The same bytes, handed to `write` in chunks: the JSON and text reports (the large ones on a
/// large corpus) as they are rendered, the others once whole.
void write_report(const std::string& format, const ReportInput& in, bool color, const ChunkWriter& write);

/// The format implied by a file name's extension (.txt/.text, .json, .sarif, .xml (junit),
/// .md/.markdown, .html/.htm), or "". The github format has no extension.
std::string format_for_path(const std::string& path);

}  // namespace checker
