// Claim files, written: a header record per document (metadata, subjects, quoted lines), then
// its claims; skipped inputs first; phrase records for the first step of sharding.
#include "checker/store/claim_file.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "checker/report/json_report.h"
#include "checker/store/claim_json.h"
#include "checker/text/line_index.h"
#include "checker/text/whole_lines.h"

namespace checker {
namespace {

using nlohmann::json;
using nlohmann::ordered_json;

// The whole lines that a report may quote, merged, in order.
std::vector<Span> quoted_lines(const Document& d, const std::vector<const Claim*>& claims) {
  std::vector<Span> spans;
  for (const Claim* c : claims) {
    spans.push_back(c->span);
    if (c->value_span.start < c->value_span.end) spans.push_back(c->value_span);
    if (c->sentence.start < c->sentence.end) spans.push_back(c->sentence);
  }
  for (size_t at = d.text.find("checker-"); at != std::string::npos; at = d.text.find("checker-", at + 1))
    spans.push_back({at, at});
  return whole_lines(d.text, std::move(spans));
}

ordered_json human_claim(const Document& d, const Claim& c, const LineIndex& lines) {
  const LineCol lc = lines.at(c.span.start);
  return {{"record", "claim"},
          {"document", d.path},
          {"line", lc.line + d.line_base - 1},
          {"column", lc.column},
          {"start", c.span.start},
          {"end", c.span.end},
          {"text", d.text.substr(c.span.start, c.span.end - c.span.start)},
          {"sentence", d.text.substr(c.sentence.start, c.sentence.end - c.sentence.start)},
          {"subject", c.subject_id.empty() ? ordered_json()
                                           : ordered_json{{"id", c.subject_id}, {"name", c.subject_name},
                                                          {"mention", c.subject_text}}},
          {"attribute", c.attribute},
          {"family", c.family},
          {"value", value_json(c.value)},
          {"modality", modality_name(c.modality)},
          {"as_of", c.as_of ? ordered_json(c.as_of->timex()) : ordered_json()},
          {"reported_at", d.date ? ordered_json(d.date->timex()) : ordered_json()},
          {"event", c.event ? ordered_json(c.event->timex()) : ordered_json()},
          {"producer", c.producer},
          {"confidence", c.confidence},
          {"reasons", c.reasons},
          {"exact", claim_to_json(c)}};
}

}  // namespace

void write_claim_records(const std::vector<Document>& documents, const Extraction& extraction,
                         const Diagnostics& skipped, std::ostream& out) {
  for (const Error& e : skipped)
    out << ordered_json{{"record", "skipped"}, {"path", e.file}, {"where", e.where}, {"message", e.message}}.dump()
        << "\n";
  std::vector<std::vector<const Claim*>> by_document(documents.size());
  for (const Claim& c : extraction.claims) by_document[c.document].push_back(&c);
  for (size_t i = 0; i < documents.size(); ++i) {
    const Document& d = documents[i];
    const LineIndex lines(d.text);
    ordered_json header = {{"record", "document"}};
    const json meta = document_meta_to_json(d);
    for (auto& [k, v] : meta.items()) header[k] = v;
    header["size"] = d.text.size();
    header["lines"] = count_line_breaks(d.text) + 1;
    header["claims"] = by_document[i].size();
    ordered_json subjects = ordered_json::array();
    if (i < extraction.mentions.size())
      for (const InternedString& s : extraction.mentions[i]) subjects.push_back(s.str());
    header["subjects"] = subjects;
    header["excerpts"] = ordered_json::array();
    for (const Span& r : quoted_lines(d, by_document[i]))
      header["excerpts"].push_back(
          {{"start", r.start}, {"line", lines.at(r.start).line}, {"text", d.text.substr(r.start, r.end - r.start)}});
    out << header.dump() << "\n";
    for (const Claim* c : by_document[i]) out << human_claim(d, *c, lines).dump() << "\n";
  }
}

void write_phrase_records(const std::vector<Document>& documents,
                          const std::vector<std::vector<DiscoveredPhrase>>& phrases, std::ostream& out) {
  for (size_t i = 0; i < documents.size(); ++i)
    for (const NamedPhrase& n : named_phrases(documents[i], phrases[i]))
      out << ordered_json{{"record", "phrase"}, {"document", documents[i].path}, {"text", n.text},
                          {"head", n.head}, {"proper", n.proper}, {"acronym", n.acronym}}
                 .dump()
          << "\n";
}

}  // namespace checker
