// `checker mentions`: every recognized value mention of one text as JSON Lines, in text order,
// so the parsers can be measured on their own.
#include <algorithm>
#include <future>
#include <iostream>
#include <iterator>
#include <sstream>
#include <thread>

#include "checker/cli/commands.h"
#include "checker/corpus/files.h"
#include "checker/corpus/lang_detect.h"
#include "checker/engine/parallel.h"
#include "checker/engine/rule_pack.h"
#include "checker/extract/mentions.h"
#include "checker/extract/status_mentions.h"
#include "checker/report/json_line.h"
#include "checker/text/fold.h"
#include "checker/text/line_index.h"
#include "checker/text/paragraphs.h"
#include "checker/text/utf8.h"

namespace checker {
namespace {

/// The largest text read (whole; the mentions are printed as it is read).
constexpr uint64_t kMaxMentionsBytes = uint64_t{1} << 30;
/// Paragraphs are gathered into batches of at least this many bytes.
constexpr size_t kMentionsBatchBytes = 256 * 1024;

/// One mention's JSON line (without the line break), as nlohmann would dump it.
std::string mention_line(const std::string& text, const Mention& m) {
  JsonLine j;
  j.set("start", json_number(m.span.start));
  j.set("end", json_number(m.span.end));
  j.set("text", json_string(std::string_view(text).substr(m.span.start, m.span.end - m.span.start)));
  if (!m.set.empty()) {  // a recurrence: its TIMEX3 SET value is all there is
    j.set("type", json_string("set"));
    j.set("timex", json_string(m.set));
    return j.line();
  }
  add_value_fields(m.value, &j);
  // An unanchored "hier" knows neither its month nor its day: TIMEX3 writes them XX, not 00.
  if (m.value.type == ValueType::kDate && !m.value.resolved)
    if (std::string* t = j.find("timex"))
      for (size_t at; (at = t->find("-00")) != std::string::npos;) t->replace(at, 3, "-XX");
  if (m.value.type == ValueType::kPercent && m.value.points) j.set("points", "true");
  if (!m.duration.empty()) {
    j.set("type", json_string("duration"));
    j.erase("value");
    j.set("timex", json_string(m.duration));
  }
  if (!m.time.empty()) {
    j.set("type", json_string("time"));
    j.set("timex", json_string(m.time));
    j.erase("precision");
    j.erase("mod");
    j.erase("interval");
  }
  return j.line();
}

/// A status mention's JSON line.
std::string status_line(const std::string& text, const StatusMention& s) {
  JsonLine j;
  j.set("start", json_number(s.span.start));
  j.set("end", json_number(s.span.end));
  j.set("text", json_string(std::string_view(text).substr(s.span.start, s.span.end - s.span.start)));
  j.set("type", json_string("status"));
  j.set("value", json_string(s.value));
  if (s.negated) j.set("negated", "true");
  return j.line();
}

/// One batch of paragraphs, read on its own.
struct Batch {
  Span span;
  std::vector<Mention> values;
  std::vector<StatusMention> statuses;  // offsets into the whole text
  ScanState state;
};

/// What `checker mentions` reports: lengths of time and clock times too.
ScanOptions mention_options(const std::optional<PartialDate>& day_before = std::nullopt) {
  ScanOptions scan;
  scan.durations = true;
  scan.times = true;
  scan.day_before = day_before;
  return scan;
}

void scan_batch(const std::string& text, const std::optional<PartialDate>& reference, Lang lang, Batch* batch) {
  batch->values = scan_values(text, batch->span.start, batch->span.end, lang, reference, mention_options(), &batch->state);
}

/// Reads again, with the day named before the batch, the paragraphs of `batch` up to the one
/// where its own first day is named: the clock times there belong to that earlier day.
void rescan_batch_head(const std::string& text, const std::vector<Span>& paragraphs,
                       const std::optional<PartialDate>& reference, Lang lang, const PartialDate& day_before,
                       Batch* batch) {
  size_t head_end = batch->span.end;
  if (batch->state.first_day != std::string_view::npos) {
    const auto p = std::upper_bound(paragraphs.begin(), paragraphs.end(), batch->state.first_day,
                                    [](size_t at, const Span& s) { return at < s.end; });
    if (p != paragraphs.end()) head_end = std::min(head_end, p->end);
  }
  std::vector<Mention> values =
      scan_values(text, batch->span.start, head_end, lang, reference, mention_options(day_before));
  for (Mention& m : batch->values)
    if (m.span.start >= head_end) values.push_back(std::move(m));
  batch->values = std::move(values);
}

void find_batch_statuses(const std::string& text, const Lexicon& lexicon, Batch* batch) {
  const std::string_view piece = std::string_view(text).substr(batch->span.start, batch->span.end - batch->span.start);
  const FoldedText folded(piece);
  for (StatusMention s : find_statuses(folded, piece, 0, lexicon)) {
    s.span.start += batch->span.start;
    s.span.end += batch->span.start;
    batch->statuses.push_back(std::move(s));
  }
}

/// The JSON lines of a batch: text order, values before statuses at one start.
std::string batch_lines(const std::string& text, const Batch& batch) {
  std::vector<std::pair<size_t, std::string>> out;
  out.reserve(batch.values.size() + batch.statuses.size());
  for (const Mention& m : batch.values) out.emplace_back(m.span.start, mention_line(text, m));
  for (const StatusMention& s : batch.statuses) out.emplace_back(s.span.start, status_line(text, s));
  std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  std::string lines;
  for (const auto& [start, line] : out) {
    lines += line;
    lines += '\n';
  }
  return lines;
}

}  // namespace

int run_mentions_command(const MentionsOptions& options) {
  // Statuses come from the language pack's cues: the rules must load. They load on another
  // thread while the text is read and checked (a fixed cost, most of it RE2 compiling the
  // pack's lists); their errors are reported at the same point as before, after the text's.
  Diagnostics rule_errors;
  std::future<RulePack> loading =
      std::async(std::launch::async, [&] { return load_rule_pack(options.rules_dir, &rule_errors); });
  const bool from_stdin = options.path.empty() || options.path == "-";
  const std::string name = from_stdin ? "<stdin>" : options.path;
  std::string text;
  if (from_stdin) {
    char buffer[1 << 16];
    while (std::cin.read(buffer, sizeof buffer) || std::cin.gcount() > 0) {
      text.append(buffer, static_cast<size_t>(std::cin.gcount()));
      if (text.size() > kMaxMentionsBytes) {
        std::cerr << "checker: " << name << ": over the " << size_name(kMaxMentionsBytes) << " limit for one text\n";
        return 2;
      }
    }
  } else {
    // The corpus loader's reader: no blocking on a FIFO, a size limit, the reason.
    Result<std::string> read = read_regular_file(options.path, kMaxMentionsBytes, "one text");
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
  const RulePack pack = loading.get();
  if (!rule_errors.empty()) {
    for (const Error& e : rule_errors) std::cerr << "checker: rules: " << e.to_string() << "\n";
    return 2;
  }
  // A long text is read in batches of paragraphs on several threads (values and statuses do
  // not cross a blank line). A clock time before the first day of its batch belongs to the last
  // day of the batches before it: those batches are read again once that day is known, so the
  // output is the same as one pass over the whole text, whatever the number of threads.
  const Lexicon* lexicon = nullptr;
  if (auto lex = pack.lexicons.find(lang == Lang::kEn ? "en" : "fr"); lex != pack.lexicons.end())
    lexicon = &lex->second;
  const std::vector<Span> paragraphs = split_paragraphs(text);
  const std::vector<Span> spans = paragraph_batches(paragraphs, kMentionsBatchBytes);
  // Batches are read a window at a time, and each window is printed before the next is read, so
  // memory holds the text and one window's mentions.
  const size_t window = 4 * std::max(1u, options.jobs ? options.jobs : std::thread::hardware_concurrency());
  std::optional<PartialDate> carried;  // the last day named in the windows printed so far
  for (size_t first = 0; first < spans.size(); first += window) {
    std::vector<Batch> batches;
    for (size_t b = first; b < std::min(spans.size(), first + window); ++b) batches.push_back({spans[b], {}, {}, {}});
    parallel_for(batches.size(), options.jobs, [&](size_t b) {
      scan_batch(text, reference, lang, &batches[b]);
      if (lexicon) find_batch_statuses(text, *lexicon, &batches[b]);
    });
    std::vector<std::optional<PartialDate>> day_before(batches.size());
    for (size_t b = 0; b < batches.size(); ++b) {
      day_before[b] = carried;
      if (batches[b].state.last_day) carried = batches[b].state.last_day;
    }
    std::vector<std::string> lines(batches.size());
    parallel_for(batches.size(), options.jobs, [&](size_t b) {
      if (day_before[b] && batches[b].state.time_before_day)
        rescan_batch_head(text, paragraphs, reference, lang, *day_before[b], &batches[b]);
      lines[b] = batch_lines(text, batches[b]);
    });
    for (const std::string& l : lines) std::cout << l;
  }
  return 0;
}

}  // namespace checker
