// `checker claims`: every extracted claim as JSON Lines (with a header record per document), one
// line of text each, or the discovered phrases (the first step of a sharded extraction).
#include <iostream>

#include <fmt/format.h>

#include "checker/cli/commands.h"
#include "checker/cli/config.h"
#include "checker/cli/progress.h"
#include "checker/corpus/loader.h"
#include "checker/engine/extraction.h"
#include "checker/engine/rule_pack.h"
#include "checker/report/escape.h"
#include "checker/store/claim_file.h"
#include "checker/text/line_index.h"

namespace checker {

int run_claims_command(const ClaimsOptions& o) {
  Diagnostics rule_errors;
  const RulePack pack = load_rule_pack(o.rules_dir, &rule_errors);
  if (!rule_errors.empty()) {
    for (const Error& e : rule_errors) std::cerr << "checker: rules: " << e.to_string() << "\n";
    return 2;
  }
  Diagnostics phrase_errors;
  const std::vector<NamedPhrase> names = read_phrase_files(o.phrase_files, &phrase_errors);
  for (const Error& e : phrase_errors) std::cerr << "checker: " << e.to_string() << "\n";
  if (!phrase_errors.empty()) return 2;  // a partial subject index would give other claims
  Corpus corpus = load_corpus(o.paths.empty() ? std::vector<std::string>{"."} : o.paths);
  drop_ignored(&corpus.documents, o.ignore);
  for (const Error& e : corpus.skipped) std::cerr << "checker: skipped " << e.to_string() << "\n";
  const int code = corpus.skipped.empty() ? 0 : 2;
  if (o.format == "phrases") {
    write_phrase_records(corpus.documents, discover_all(corpus.documents, pack, o.jobs).phrases, std::cout);
    return code;
  }
  Progress progress(Progress::wanted(o.quiet), corpus.documents.size());
  const Extraction x = extract_claims(corpus.documents, pack, o.jobs, nullptr,
                                      o.phrase_files.empty() ? nullptr : &names, progress.callback());
  progress.finish();
  if (o.format == "jsonl") {
    write_claim_records(corpus.documents, x, corpus.skipped, std::cout);
    return code;
  }
  std::vector<std::unique_ptr<LineIndex>> lines(corpus.documents.size());
  for (const Claim& c : x.claims) {
    if (!std::cout) break;  // the reader has gone (| head): nothing more to say
    const Document& d = corpus.documents[c.document];
    if (!lines[c.document]) lines[c.document] = std::make_unique<LineIndex>(d.text);
    const LineCol lc = lines[c.document]->at(c.span.start);
    const std::string quote = d.text.substr(c.span.start, c.span.end - c.span.start);
    // Document text is untrusted: control characters never reach the terminal.
    std::cout << fmt::format("{}:{}:{}: {} {} = {} ({}) \xC2\xAB{}\xC2\xBB\n", sanitize_controls(d.path),
                             lc.line + d.line_base - 1, lc.column,
                             c.subject_id.empty() ? std::string("(no subject)") : c.subject_id.str(),
                             c.attribute.str(), c.value.display(), modality_name(c.modality), sanitize_controls(quote));
  }
  return code;
}

}  // namespace checker
