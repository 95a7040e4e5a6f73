// The corpus loader: the only place besides the reporters that touches the file system.
#include "checker/corpus/loader.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

#include "checker/corpus/byline.h"
#include "checker/corpus/front_matter.h"
#include "checker/corpus/lang_detect.h"
#include "checker/text/line_index.h"
#include "checker/text/utf8.h"

namespace checker {
namespace fs = std::filesystem;
namespace {

bool has_ext(const fs::path& p, const char* ext) { return p.extension() == ext; }

// Fills date and language from metadata fields, a byline, or detection.
std::optional<Error> apply_metadata(Document* doc, const std::map<std::string, std::string>& f,
                                    const std::string& meta_source) {
  auto get = [&](const char* k) {
    auto it = f.find(k);
    return it == f.end() ? std::string() : it->second;
  };
  doc->title = get("title");
  doc->source = get("source");
  doc->url = get("url");
  const std::string date = get("date");
  if (!date.empty()) {
    auto d = parse_iso_date(date);
    if (!d) return Error{doc->path, "", "date '" + date + "' is not a valid YYYY, YYYY-MM or YYYY-MM-DD date"};
    doc->date = d;
    doc->date_source = meta_source;
  }
  const std::string lang = get("lang");
  if (!lang.empty()) {
    if (lang != "fr" && lang != "en")
      return Error{doc->path, "", "lang '" + lang + "' is not supported (allowed: fr, en)"};
    doc->lang = lang;
    doc->lang_source = "metadata";
  }
  const std::string_view body = std::string_view(doc->text).substr(doc->body_start);
  if (!doc->date) {
    if (auto d = find_byline_date(body)) {
      doc->date = d;
      doc->date_source = "byline";
    }
  }
  if (doc->lang.empty()) {
    doc->lang = detect_lang(body);
    if (!doc->lang.empty()) doc->lang_source = "detected";
  }
  return std::nullopt;
}

std::optional<Error> check_text(const std::string& path, const std::string& bytes) {
  if (looks_binary(bytes)) return Error{path, "", "binary file (NUL bytes), skipped"};
  const size_t bad = find_invalid_utf8(bytes);
  if (bad != std::string::npos) {
    const LineCol lc = LineIndex(bytes).at(bad);
    return Error{path, std::to_string(lc.line) + ":" + std::to_string(lc.column),
                 "invalid UTF-8 at byte " + std::to_string(bad) + ", file skipped"};
  }
  return std::nullopt;
}

}  // namespace

void read_jsonl(const std::string& path, const std::string& bytes, Corpus* out) {
  std::istringstream in(bytes);
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    const std::string where = std::to_string(n);
    if (const size_t bad = find_invalid_utf8(line); bad != std::string::npos) {
      out->skipped.push_back({path, where + ":" + std::to_string(bad + 1), "invalid UTF-8, line skipped"});
      continue;
    }
    nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.is_object()) {
      out->skipped.push_back({path, where, "not a JSON object, line skipped"});
      continue;
    }
    if (!j.contains("text") || !j["text"].is_string()) {
      out->skipped.push_back({path, where, "missing string field 'text', line skipped"});
      continue;
    }
    Document doc;
    std::string id = j.contains("id") ? (j["id"].is_string() ? j["id"].get<std::string>() : j["id"].dump())
                                      : std::to_string(n);
    doc.path = path + "#" + id;
    doc.text = j["text"].get<std::string>();
    doc.line_base = n;
    std::map<std::string, std::string> fields;
    for (const char* k : {"title", "date", "lang", "source", "url"})
      if (j.contains(k) && j[k].is_string()) fields[k] = j[k].get<std::string>();
    if (auto err = check_text(path, doc.text)) {
      out->skipped.push_back({path, where, err->message});
      continue;
    }
    if (auto err = apply_metadata(&doc, fields, "jsonl")) {
      out->skipped.push_back({path, where, err->message + ", line skipped"});
      continue;
    }
    out->documents.push_back(std::move(doc));
  }
}

namespace {

// The whole stream, in a string of exactly its size: reading through istreambuf_iterator grows
// the string by doubling, and the corpus keeps every document's text for the whole audit (up to
// twice the input in memory).
std::string read_all(std::ifstream& in) {
  std::string bytes;
  in.seekg(0, std::ios::end);
  const std::streamoff size = in.tellg();
  in.seekg(0, std::ios::beg);
  if (size > 0) {
    bytes.resize(static_cast<size_t>(size));
    in.read(bytes.data(), size);
    bytes.resize(static_cast<size_t>(in.gcount()));
  }
  // A file whose size is not known in advance (a pipe, /proc) is read to its end.
  if (size <= 0 || in.peek() != std::char_traits<char>::eof()) {
    in.clear();
    bytes.append(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  return bytes;
}

void load_file(const std::string& path, Corpus* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    out->skipped.push_back({path, "", "cannot read file, skipped"});
    return;
  }
  std::string bytes = read_all(in);
  if (has_ext(path, ".jsonl")) {
    read_jsonl(path, bytes, out);
    return;
  }
  auto doc = make_document(path, std::move(bytes));
  if (!doc.ok()) {
    Error e = doc.error();
    e.file = path;
    out->skipped.push_back(e);
    return;
  }
  out->documents.push_back(std::move(doc.value()));
}

}  // namespace

Result<Document> make_document(std::string path, std::string bytes) {
  if (auto err = check_text(path, bytes)) return *err;
  Document doc;
  doc.path = std::move(path);
  doc.text = std::move(bytes);
  auto fm = read_front_matter(doc.text);
  if (!fm.ok()) return Error{doc.path, fm.error().where, fm.error().message};
  doc.body_start = fm.value().body_start;
  const std::string source = fm.value().fields.empty() ? "none" : "front-matter";
  if (auto err = apply_metadata(&doc, fm.value().fields, source)) return *err;
  return doc;
}

Corpus load_corpus(const std::vector<std::string>& paths) {
  Corpus out;
  std::set<std::string> seen;  // canonical paths: a file named twice is read once
  auto first_time = [&](const std::string& file) {
    std::error_code ec;
    const fs::path canonical = fs::weakly_canonical(file, ec);
    return seen.insert(ec ? file : canonical.string()).second;
  };
  for (const std::string& path : paths) {
    std::error_code ec;
    const fs::file_status st = fs::status(path, ec);
    if (ec || !fs::exists(st)) {
      out.skipped.push_back({path, "", "no such file or directory"});
      continue;
    }
    if (!fs::is_directory(st)) {
      if (first_time(path)) load_file(path, &out);
      continue;
    }
    std::vector<std::string> files;
    fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, ec), end;
    for (; !ec && it != end; it.increment(ec)) {
      const fs::path& p = it->path();
      if (p.filename().string().rfind('.', 0) == 0) {
        if (it->is_directory()) it.disable_recursion_pending();
        continue;
      }
      if (it->is_regular_file() && (has_ext(p, ".txt") || has_ext(p, ".md") || has_ext(p, ".jsonl")))
        files.push_back(p.string());
    }
    if (ec) out.skipped.push_back({path, "", "cannot walk directory: " + ec.message()});
    std::sort(files.begin(), files.end());
    for (const std::string& f : files)
      if (first_time(f)) load_file(f, &out);
  }
  return out;
}

}  // namespace checker
