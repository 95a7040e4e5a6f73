// `checker claims`: every extracted claim as JSON Lines (or one line of text each).
#include <iostream>

#include <fmt/format.h>

#include "checker/cli/commands.h"
#include "checker/cli/config.h"
#include "checker/cli/progress.h"
#include "checker/corpus/loader.h"
#include "checker/engine/audit.h"
#include "checker/engine/rule_pack.h"
#include "checker/report/escape.h"
#include "checker/report/json_report.h"
#include "checker/text/line_index.h"

namespace checker {

int run_claims_command(const ClaimsOptions& o) {
  Diagnostics rule_errors;
  const RulePack pack = load_rule_pack(o.rules_dir, &rule_errors);
  if (!rule_errors.empty()) {
    for (const Error& e : rule_errors) std::cerr << "checker: rules: " << e.to_string() << "\n";
    return 2;
  }
  Corpus corpus = load_corpus(o.paths.empty() ? std::vector<std::string>{"."} : o.paths);
  drop_ignored(&corpus.documents, o.ignore);
  for (const Error& e : corpus.skipped) std::cerr << "checker: skipped " << e.to_string() << "\n";
  Progress progress(Progress::wanted(o.quiet), corpus.documents.size());
  const AuditResult result = run_audit(corpus.documents, pack, o.jobs, progress.callback());
  progress.finish();
  std::vector<std::unique_ptr<LineIndex>> lines(corpus.documents.size());
  for (const Claim& c : result.claims) {
    if (!std::cout) break;  // the reader has gone (| head): nothing more to say
    const Document& d = corpus.documents[c.document];
    if (!lines[c.document]) lines[c.document] = std::make_unique<LineIndex>(d.text);
    const LineCol lc = lines[c.document]->at(c.span.start);
    const std::string quote = d.text.substr(c.span.start, c.span.end - c.span.start);
    if (o.format == "text") {
      // Document text is untrusted: control characters never reach the terminal.
      std::cout << fmt::format("{}:{}:{}: {} {} = {} ({}) \xC2\xAB{}\xC2\xBB\n", sanitize_controls(d.path), lc.line + d.line_base - 1,
                               lc.column, c.subject_id.empty() ? "(no subject)" : c.subject_id, c.attribute,
                               c.value.display(), modality_name(c.modality), sanitize_controls(quote));
      continue;
    }
    nlohmann::ordered_json j = {{"document", d.path},
                        {"line", lc.line + d.line_base - 1},
                        {"column", lc.column},
                        {"start", c.span.start},
                        {"end", c.span.end},
                        {"text", quote},
                        {"sentence", d.text.substr(c.sentence.start, c.sentence.end - c.sentence.start)},
                        {"subject", c.subject_id.empty() ? nlohmann::ordered_json()
                                                         : nlohmann::ordered_json{{"id", c.subject_id},
                                                                          {"name", c.subject_name},
                                                                          {"mention", c.subject_text}}},
                        {"attribute", c.attribute},
                        {"family", c.family},
                        {"value", value_json(c.value)},
                        {"modality", modality_name(c.modality)},
                        {"as_of", c.as_of ? nlohmann::ordered_json(c.as_of->timex()) : nlohmann::ordered_json()},
                        {"reported_at", d.date ? nlohmann::ordered_json(d.date->timex()) : nlohmann::ordered_json()},
                        {"event", c.event ? nlohmann::ordered_json(c.event->timex()) : nlohmann::ordered_json()},
                        {"producer", c.producer},
                        {"confidence", c.confidence},
                        {"reasons", c.reasons}};
    std::cout << j.dump() << "\n";
  }
  return corpus.skipped.empty() ? 0 : 2;
}

}  // namespace checker
