// Reading ISO-TimeML: the text between <TEXT> and </TEXT> with its tags removed and entities
// decoded, the TIMEX3 spans in that text, and the DCT.
#include "timebank.h"

#include <algorithm>
#include <filesystem>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <iterator>

#include <re2/re2.h>

#include "checker/extract/mentions.h"
#include "diagnose.h"

namespace checker::eval {
namespace {

struct TimeMl {
  std::string text;
  std::vector<Item> timexes;  // byte spans in `text`
  std::string dct;
};

std::string attribute(const std::string& tag, const char* name) {
  const RE2 re(std::string("\\b") + name + "=\"([^\"]*)\"");
  std::string value;
  RE2::PartialMatch(tag, re, &value);
  return value;
}

TimeMl read_timeml(const std::string& xml) {
  TimeMl doc;
  std::string dct_tag;
  if (RE2::PartialMatch(xml, R"(<DCT>(<TIMEX3[^>]*>))", &dct_tag)) doc.dct = attribute(dct_tag, "value");
  const size_t begin = xml.find("<TEXT>");
  const size_t end = xml.find("</TEXT>");
  if (begin == std::string::npos || end == std::string::npos) return doc;
  std::vector<size_t> open;
  for (size_t i = begin + 6; i < end;) {
    if (xml[i] == '<') {
      const size_t close = xml.find('>', i);
      const std::string tag = xml.substr(i, close - i + 1);
      if (tag.rfind("<TIMEX3", 0) == 0) {
        Item t;
        t.start = doc.text.size();
        t.category = attribute(tag, "type");
        t.value = attribute(tag, "value");
        doc.timexes.push_back(t);
        open.push_back(doc.timexes.size() - 1);
      } else if (tag == "</TIMEX3>" && !open.empty()) {
        doc.timexes[open.back()].end = doc.text.size();
        open.pop_back();
      }
      i = close + 1;
    } else if (xml[i] == '&') {
      static const std::pair<const char*, char> kEntities[] = {
          {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&apos;", '\''}};
      bool decoded = false;
      for (const auto& [name, c] : kEntities)
        if (xml.compare(i, std::char_traits<char>::length(name), name) == 0) {
          doc.text += c;
          i += std::char_traits<char>::length(name);
          decoded = true;
          break;
        }
      if (!decoded) doc.text += xml[i++];
    } else {
      doc.text += xml[i++];
    }
  }
  return doc;
}

}  // namespace

std::string score_timebank(const std::string& dir, Scores* scores) {
  namespace fs = std::filesystem;
  std::error_code ec;
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(dir, ec))
    if (entry.path().extension() == ".tml") files.push_back(entry.path());
  if (ec || files.empty()) return dir + ": no .tml files";
  std::sort(files.begin(), files.end());
  Diagnosis diagnosis;
  for (const fs::path& path : files) {
    std::ifstream in(path, std::ios::binary);
    const std::string xml((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const TimeMl doc = read_timeml(xml);
    const auto reference = parse_iso_date(doc.dct.substr(0, 10));
    if (!reference) return path.string() + ": no DCT";
    std::vector<Item> gold = doc.timexes;
    for (Item& g : gold) g.category = "timex3";
    ScanOptions options;
    options.durations = true;
    options.times = true;
    std::vector<Item> predicted;
    for (const Mention& m : scan_values(doc.text, 0, doc.text.size(), Lang::kFr, reference, options)) {
      if (m.duration.empty() && m.set.empty() && m.value.type != ValueType::kDate) continue;
      Item p;
      p.start = m.span.start;
      p.end = m.span.end;
      p.category = "timex3";
      p.value = !m.set.empty()    ? m.set
                : !m.time.empty() ? m.time
                : m.duration.empty() ? m.value.date.timex() : m.duration;
      predicted.push_back(p);
    }
    match(gold, predicted, true, false, "TimeBank strict ", scores);
    match(gold, predicted, false, false, "TimeBank relaxed ", scores);
    match(gold, predicted, false, true, "TimeBank value ", scores);
    diagnosis.add(path.filename().string(), doc.text, doc.timexes, predicted);
  }
  if (const char* show = std::getenv("CHECKER_EVAL_SHOW"); show && std::string(show) == "TimeBank")
    diagnosis.print(std::cerr);
  return "";
}

}  // namespace checker::eval
