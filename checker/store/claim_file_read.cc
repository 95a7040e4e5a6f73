// Claim files, read back: documents rebuilt from their header records, claims from their exact
// form, every problem named by file and line.
#include "checker/store/claim_file.h"

#include <fstream>
#include <map>

#include <nlohmann/json.hpp>

#include "checker/store/claim_json.h"
#include "checker/text/line_index.h"

namespace checker {

using nlohmann::json;

namespace {

// Rebuilds a document's text from its header: blanks (spaces, and line breaks where the
// original had them) around the quoted lines, at their original offsets. Returns "" or the problem.
std::string build_text(const json& header, Document* d) {
  if (!header.contains("size") || !header["size"].is_number_unsigned()) return "size: expected a non-negative integer";
  if (!header.contains("lines") || !header["lines"].is_number_unsigned() || header["lines"].get<size_t>() == 0)
    return "lines: expected a positive integer";
  if (!header.contains("excerpts") || !header["excerpts"].is_array()) return "excerpts: expected an array";
  const size_t size = header["size"].get<size_t>();
  const size_t lines = header["lines"].get<size_t>();
  std::string text;
  text.reserve(size);
  size_t breaks = 0;
  auto blank_to = [&](size_t offset, size_t line) -> bool {
    // Line `line` (1-based) starts at `offset`: the gap holds the missing breaks, last.
    if (offset < text.size() || line < breaks + 1) return false;
    const size_t need = line - 1 - breaks;
    if (offset - text.size() < need) return false;
    text.append(offset - text.size() - need, ' ');
    text.append(need, '\n');
    breaks += need;
    return true;
  };
  for (size_t k = 0; k < header["excerpts"].size(); ++k) {
    const json& e = header["excerpts"][k];
    const std::string where = "excerpts/" + std::to_string(k);
    if (!e.is_object() || !e.contains("start") || !e["start"].is_number_unsigned() || !e.contains("line") ||
        !e["line"].is_number_unsigned() || !e.contains("text") || !e["text"].is_string())
      return where + ": expected {\"start\", \"line\", \"text\"}";
    const std::string& bytes = e["text"].get_ref<const std::string&>();
    if (!blank_to(e["start"].get<size_t>(), e["line"].get<size_t>()) || text.size() + bytes.size() > size)
      return where + ": overlaps the excerpt before it or lies outside the document";
    text += bytes;
    breaks += count_line_breaks(bytes);
  }
  if (!blank_to(size, lines)) return "size and lines do not fit the excerpts";
  d->text = std::move(text);
  return "";
}

// Whether every byte of `s` is inside an excerpt (the blanks between them are not the document).
bool quoted(const std::vector<Span>& excerpts, const Span& s) {
  for (const Span& e : excerpts)
    if (s.start >= e.start && s.end <= e.end) return true;
  return false;
}

}  // namespace

ClaimFiles read_claim_files(const std::vector<std::string>& paths) {
  ClaimFiles out;
  std::map<std::string, std::string> seen;  // document path → where its header was
  for (const std::string& path : paths) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      out.errors.push_back({path, "", "cannot read the claim file"});
      continue;
    }
    std::string line;
    int number = 0;
    bool open = false;          // reading the claims of a good header
    size_t expected = 0, got = 0;
    int header_line = 0;
    std::vector<Span> excerpts;
    auto close = [&] {
      if (open && got != expected)
        out.errors.push_back({path, std::to_string(header_line),
                              "document " + out.documents.back().path + " announces " + std::to_string(expected) +
                                  " claim records but " + std::to_string(got) + " follow (a truncated file?)"});
      open = false;
    };
    while (std::getline(in, line)) {
      ++number;
      const std::string where = std::to_string(number);
      if (line.empty() || line == "\r") continue;
      const json j = json::parse(line, nullptr, false);
      if (j.is_discarded() || !j.is_object()) {
        out.errors.push_back({path, where, "not a JSON object"});
        continue;
      }
      const std::string kind = j.contains("record") && j["record"].is_string() ? j["record"].get<std::string>() : "";
      if (kind == "phrase") continue;
      if (kind == "skipped") {
        if (!j.contains("path") || !j["path"].is_string() || !j.contains("where") || !j["where"].is_string() ||
            !j.contains("message") || !j["message"].is_string())
          out.errors.push_back({path, where, "bad skipped record: expected \"path\", \"where\" and \"message\" strings"});
        else
          out.skipped.push_back({j["path"].get<std::string>(), j["where"].get<std::string>(), j["message"].get<std::string>()});
        continue;
      }
      if (kind == "document") {
        close();
        Document d;
        std::string problem = document_meta_from_json(j, &d);
        if (problem.empty()) problem = build_text(j, &d);
        if (problem.empty() && (!j.contains("claims") || !j["claims"].is_number_unsigned()))
          problem = "claims: expected a non-negative integer";
        SubjectSet subjects;
        if (problem.empty() && (!j.contains("subjects") || !j["subjects"].is_array())) problem = "subjects: expected an array";
        for (size_t k = 0; problem.empty() && k < j["subjects"].size(); ++k) {
          if (!j["subjects"][k].is_string()) problem = "subjects: expected an array of strings";
          else subjects.insert(j["subjects"][k].get<std::string>());
        }
        if (problem.empty() && seen.count(d.path))
          problem = "document " + d.path + " was already read (" + seen[d.path] + ")";
        if (!problem.empty()) {
          out.errors.push_back({path, where, "bad document record: " + problem + "; its claims are skipped"});
          continue;
        }
        seen[d.path] = path + ":" + where;
        excerpts.clear();
        for (const json& e : j["excerpts"]) {
          const size_t start = e["start"].get<size_t>();
          excerpts.push_back({start, start + e["text"].get_ref<const std::string&>().size()});
        }
        expected = j["claims"].get<size_t>();
        got = 0;
        header_line = number;
        open = true;
        out.documents.push_back(std::move(d));
        out.extraction.claims_per_document.push_back(0);
        out.extraction.mentions.push_back(std::move(subjects));
        continue;
      }
      if (kind != "claim") {
        out.errors.push_back({path, where, "record: expected \"document\", \"claim\", \"skipped\" or \"phrase\""});
        continue;
      }
      if (!open) {
        out.errors.push_back({path, where, "a claim record without a good document record before it"});
        continue;
      }
      const Document& d = out.documents.back();
      if (!j.contains("document") || j["document"] != d.path.str()) {
        out.errors.push_back({path, where, "claim record of another document than " + d.path + " (the record before it)"});
        continue;
      }
      Claim c;
      std::string problem;
      if (!j.contains("exact")) problem = "exact: missing";
      else if (!j["exact"].is_object()) problem = "exact: expected an object";
      else if (problem = claim_from_json(j["exact"], &c); !problem.empty()) problem = "exact." + problem;
      if (problem.empty() && !quoted(excerpts, c.span)) problem = "its span is not inside the document's excerpts";
      if (!problem.empty()) {
        out.errors.push_back({path, where, "bad claim record: " + problem});
        ++got;  // counted, so the truncation check does not report it twice
        continue;
      }
      c.document = static_cast<uint32_t>(out.documents.size() - 1);
      out.extraction.claims.push_back(std::move(c));
      ++out.extraction.claims_per_document.back();
      ++got;
    }
    close();
  }
  return out;
}

std::vector<NamedPhrase> read_phrase_files(const std::vector<std::string>& paths, Diagnostics* errors) {
  std::vector<NamedPhrase> out;
  std::map<std::string, size_t> document_ids;  // document path -> number, for the bare names
  std::vector<size_t> document_of;
  for (const std::string& path : paths) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      errors->push_back({path, "", "cannot read the phrase file"});
      continue;
    }
    std::string line;
    int number = 0;
    while (std::getline(in, line)) {
      ++number;
      if (line.empty()) continue;
      const json j = json::parse(line, nullptr, false);
      if (!j.is_object() || !j.contains("record") || j["record"] != "phrase") {
        errors->push_back({path, std::to_string(number), "expected a phrase record ({\"record\": \"phrase\", …})"});
        continue;
      }
      NamedPhrase n;
      bool ok = true;
      for (auto [name, field] : {std::pair<const char*, std::string*>{"text", &n.text}, {"head", &n.head},
                                 {"proper", &n.proper}, {"acronym", &n.acronym}}) {
        if (!j.contains(name) || !j[name].is_string()) {
          errors->push_back({path, std::to_string(number), std::string(name) + ": expected a string"});
          ok = false;
          break;
        }
        *field = j[name].get<std::string>();
      }
      if (ok && (!j.contains("document") || !j["document"].is_string())) {
        errors->push_back({path, std::to_string(number), "document: expected a string"});
        ok = false;
      }
      if (ok) {
        out.push_back(std::move(n));
        document_of.push_back(document_ids.emplace(j["document"].get<std::string>(), document_ids.size()).first->second);
      }
    }
  }
  keep_shared_bare_names(&out, document_of);
  return out;
}

}  // namespace checker
