// `checker mentions`: every recognized value mention of one text as JSON Lines, in text order,
// so the parsers can be measured on their own.
#include <algorithm>
#include <iostream>
#include <iterator>
#include <sstream>

#include "checker/cli/commands.h"
#include "checker/corpus/files.h"
#include "checker/corpus/lang_detect.h"
#include "checker/engine/rule_pack.h"
#include "checker/extract/mentions.h"
#include "checker/extract/status_mentions.h"
#include "checker/report/json_report.h"
#include "checker/text/fold.h"
#include "checker/text/line_index.h"
#include "checker/text/utf8.h"

namespace checker {
namespace {

nlohmann::ordered_json mention_json(const std::string& text, const Mention& m) {
  nlohmann::ordered_json j = {{"start", m.span.start},
                              {"end", m.span.end},
                              {"text", text.substr(m.span.start, m.span.end - m.span.start)}};
  const nlohmann::ordered_json value = value_json(m.value);
  for (auto it = value.begin(); it != value.end(); ++it) j[it.key()] = *it;
  // An unanchored "hier" knows neither its month nor its day: TIMEX3 writes them XX, not 00.
  if (m.value.type == ValueType::kDate && !m.value.resolved && j["timex"].is_string()) {
    std::string t = j["timex"].get<std::string>();
    for (size_t at; (at = t.find("-00")) != std::string::npos;) t.replace(at, 3, "-XX");
    j["timex"] = t;
  }
  if (m.value.type == ValueType::kPercent && m.value.points) j["points"] = true;
  if (!m.duration.empty()) {
    j["type"] = "duration";
    j.erase("value");
    j["timex"] = m.duration;
  }
  if (!m.time.empty()) {
    j["type"] = "time";
    j["timex"] = m.time;
    j.erase("precision");
    j.erase("mod");
    j.erase("interval");
  }
  if (!m.set.empty()) {  // a recurrence: its TIMEX3 SET value is all there is
    j = {{"start", m.span.start}, {"end", m.span.end}, {"text", j["text"]}, {"type", "set"}, {"timex", m.set}};
  }
  return j;
}

}  // namespace

int run_mentions_command(const MentionsOptions& options) {
  const bool from_stdin = options.path.empty() || options.path == "-";
  const std::string name = from_stdin ? "<stdin>" : options.path;
  std::string text;
  if (from_stdin) {
    text.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
  } else {
    // The corpus loader's reader: no blocking on a FIFO, the document size limit, the reason.
    Result<std::string> read = read_regular_file(options.path, kMaxDocumentBytes, "one document");
    if (!read.ok()) {
      std::string message = read.error().message;
      if (const size_t cut = message.rfind(", skipped"); cut != std::string::npos) message.erase(cut);
      std::cerr << "checker: " << name << ": " << message << "\n";
      return 2;
    }
    text = std::move(read.value());
  }
  if (const size_t bad = find_invalid_utf8(text); bad != std::string::npos) {
    const LineCol lc = LineIndex(text).at(bad);
    std::cerr << "checker: " << name << ":" << lc.line << ":" << lc.column << ": invalid UTF-8 at byte "
              << bad << "\n";
    return 2;
  }
  std::optional<PartialDate> reference;
  if (!options.date.empty()) {
    reference = parse_iso_date(options.date);
    if (!reference) {
      std::cerr << "checker: --date " << options.date << ": expected YYYY, YYYY-MM or YYYY-MM-DD\n";
      return 2;
    }
  }
  std::string code = options.lang;
  if (code == "auto") code = detect_lang(text);
  const Lang lang = lang_from_code(code);
  // Statuses come from the language pack's cues: the rules must load.
  Diagnostics rule_errors;
  const RulePack pack = load_rule_pack(options.rules_dir, &rule_errors);
  if (!rule_errors.empty()) {
    for (const Error& e : rule_errors) std::cerr << "checker: rules: " << e.to_string() << "\n";
    return 2;
  }
  std::vector<std::pair<size_t, nlohmann::ordered_json>> out;
  ScanOptions scan;
  scan.durations = true;
  scan.times = true;
  for (const Mention& m : scan_values(text, 0, text.size(), lang, reference, scan))
    out.emplace_back(m.span.start, mention_json(text, m));
  if (auto lex = pack.lexicons.find(lang == Lang::kEn ? "en" : "fr"); lex != pack.lexicons.end()) {
    const FoldedText folded(text);
    for (const StatusMention& s : find_statuses(folded, text, 0, lex->second)) {
      nlohmann::ordered_json j = {{"start", s.span.start},
                                  {"end", s.span.end},
                                  {"text", text.substr(s.span.start, s.span.end - s.span.start)},
                                  {"type", "status"},
                                  {"value", s.value}};
      if (s.negated) j["negated"] = true;
      out.emplace_back(s.span.start, std::move(j));
    }
  }
  std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  for (const auto& [start, j] : out) std::cout << j.dump() << "\n";
  return 0;
}

}  // namespace checker
