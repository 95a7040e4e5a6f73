// The corpus loader: the only place besides the reporters that touches the file system.
#include "checker/corpus/loader.h"

#include <algorithm>
#include <filesystem>
#include <set>

#include <nlohmann/json.hpp>

#include "checker/core/content_hash.h"
#include "checker/corpus/byline.h"
#include "checker/corpus/file_stamp.h"
#include "checker/corpus/files.h"
#include "checker/corpus/front_matter.h"
#include "checker/corpus/lang_detect.h"
#include "checker/text/line_index.h"
#include "checker/text/utf8.h"

namespace checker {

static_assert(kMaxJsonlBytes <= UINT32_MAX && kMaxDocumentBytes <= UINT32_MAX, "Document keeps 32-bit offsets");

namespace fs = std::filesystem;
namespace {

bool has_ext(const fs::path& p, const char* ext) { return p.extension() == ext; }

// Fills date and language from metadata fields, a byline, or detection.
// `lines` (front matter) gives each field's line for messages; JSONL callers name the line.
std::optional<Error> apply_metadata(Document* doc, const std::map<std::string, std::string>& f,
                                    const std::string& meta_source, const std::map<std::string, int>& lines = {}) {
  auto place = [&](const char* k) {
    auto it = lines.find(k);
    return it == lines.end() ? std::string() : std::to_string(it->second) + ":1";
  };
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
    if (!d) return Error{doc->path, place("date"), "date '" + date + "' is not a valid YYYY, YYYY-MM or YYYY-MM-DD date"};
    doc->date = d;
    doc->date_source = meta_source;
  }
  const std::string lang = get("lang");
  if (!lang.empty()) {
    if (lang != "fr" && lang != "en")
      return Error{doc->path, place("lang"), "lang '" + lang + "' is not supported (allowed: fr, en)"};
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

std::string line_col(const std::string& bytes, size_t offset) {
  const LineCol lc = LineIndex(bytes).at(offset);
  return std::to_string(lc.line) + ":" + std::to_string(lc.column);
}

std::optional<Error> check_text(const std::string& path, const std::string& bytes) {
  // UTF-16 (Windows "Unicode" text) is full of NULs: say what it is rather than "binary".
  if (bytes.size() >= 2 && (bytes.compare(0, 2, "\xFF\xFE") == 0 || bytes.compare(0, 2, "\xFE\xFF") == 0))
    return Error{path, "", "UTF-16 text (byte order mark), not supported: convert it to UTF-8; skipped"};
  if (looks_binary(bytes)) return Error{path, "", "binary file (NUL bytes), skipped"};
  const size_t bad = find_invalid_utf8(bytes);
  if (bad != std::string::npos)
    return Error{path, line_col(bytes, bad), "invalid UTF-8 at byte " + std::to_string(bad) + ", file skipped"};
  // A NUL past the first 8 KiB: no text format has one, and XML reports could not carry it.
  if (const size_t nul = bytes.find('\0'); nul != std::string::npos)
    return Error{path, line_col(bytes, nul), "NUL byte at byte " + std::to_string(nul) + ", file skipped"};
  return std::nullopt;
}

bool blank(std::string_view s) { return s.find_first_not_of(" \t\r\n\f\v") == std::string_view::npos; }

}  // namespace

void read_jsonl(const std::string& path, const std::string& bytes, Corpus* out) {
  int n = 0;
  for (size_t begin = 0; begin < bytes.size();) {
    size_t eol = bytes.find('\n', begin);
    if (eol == std::string::npos) eol = bytes.size();
    const std::string_view line(bytes.data() + begin, eol - begin);
    const size_t line_start = begin;
    begin = eol + 1;
    ++n;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    const std::string where = std::to_string(n);
    if (line.size() > kMaxDocumentBytes) {
      out->skipped.push_back({path, where, "line is " + std::to_string(line.size()) + " bytes, over the " +
                                               size_name(kMaxDocumentBytes) + " limit for one document, line skipped"});
      continue;
    }
    if (const size_t bad = find_invalid_utf8(line); bad != std::string::npos) {
      out->skipped.push_back({path, where + ":" + std::to_string(bad + 1), "invalid UTF-8, line skipped"});
      continue;
    }
    nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.is_object()) {
      out->skipped.push_back({path, where, "not a JSON object, line skipped"});
      continue;
    }
    if (!j.contains("text")) {
      out->skipped.push_back({path, where, "missing string field 'text', line skipped"});
      continue;
    }
    if (!j["text"].is_string()) {
      out->skipped.push_back({path, where + ":/text", std::string("'text' must be a string, found ") +
                                                          j["text"].type_name() + ", line skipped"});
      continue;
    }
    Document doc;
    std::string id = j.contains("id") ? (j["id"].is_string() ? j["id"].get<std::string>() : j["id"].dump())
                                      : std::to_string(n);
    doc.path = path + "#" + id;
    doc.text = j["text"].get<std::string>();
    doc.line_base = n;
    doc.record_offset = static_cast<uint32_t>(line_start);  // a JSON Lines file is at most 1 GiB
    doc.record_file = static_cast<uint32_t>(path.size());
    std::map<std::string, std::string> fields;
    for (const char* k : {"title", "date", "lang", "source", "url"})
      if (j.contains(k) && j[k].is_string()) fields[k] = j[k].get<std::string>();
    if (auto err = check_text(path, doc.text)) {
      out->skipped.push_back({path, where, err->message});
      continue;
    }
    if (blank(doc.text)) {
      out->skipped.push_back({path, where + ":/text", "empty 'text', line skipped"});
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

void load_file(const std::string& path, Corpus* out) {
  // Reports are UTF-8 (JSON, XML): a name that is not cannot be written into them.
  if (find_invalid_utf8(path) != std::string::npos) {
    out->skipped.push_back({printable_path(path), "", "file name is not valid UTF-8, skipped"});
    return;
  }
  const bool jsonl = has_ext(path, ".jsonl");
  auto bytes = jsonl ? read_regular_file(path, kMaxJsonlBytes, "a JSON Lines file")
                     : read_regular_file(path, kMaxDocumentBytes, "one document");
  if (!bytes.ok()) {
    out->skipped.push_back(bytes.error());
    return;
  }
  if (jsonl) {
    read_jsonl(path, bytes.value(), out);
    return;
  }
  auto doc = make_document(path, std::move(bytes.value()));
  if (!doc.ok()) {
    Error e = doc.error();
    e.file = path;
    out->skipped.push_back(e);
    return;
  }
  out->documents.push_back(std::move(doc.value()));
}

bool first_name(const std::string& file, std::set<std::string>* seen) {
  std::error_code ec;
  const fs::path canonical = fs::weakly_canonical(file, ec);
  return seen->insert(ec ? file : canonical.string()).second;
}

}  // namespace

Result<Document> make_document(std::string path, std::string bytes) {
  if (auto err = check_text(path, bytes)) return *err;
  Document doc;
  doc.path = std::move(path);
  doc.text = std::move(bytes);
  auto fm = read_front_matter(doc.text);
  if (!fm.ok()) return Error{doc.path, fm.error().where, fm.error().message};
  doc.body_start = static_cast<uint32_t>(fm.value().body_start);  // a document is at most 16 MiB
  if (blank(std::string_view(doc.text).substr(doc.body_start)))
    return Error{doc.path, "", doc.body_start == 0 || doc.body_start == 3 ? "empty file, skipped"
                                                                          : "no text after the front matter, skipped"};
  const std::string source = fm.value().fields.empty() ? "none" : "front-matter";
  if (auto err = apply_metadata(&doc, fm.value().fields, source, fm.value().lines)) return *err;
  return doc;
}

Corpus load_corpus(const std::vector<std::string>& paths, bool keep_text, KnownFiles* known,
                   const ParallelFor& parallel) {
  Corpus out;
  const int64_t started = now_ns();
  // Streamed: each file's texts are dropped once its documents are made (corpus/reread.h). A
  // file `known` has with the same stamp is not read at all.
  // A file reached twice (named twice, through a link, a hard link) is read once: files are
  // told apart by device and inode from the one stat made for the stamp; a path that cannot be
  // stat'ed as a regular file (its load reports why) by its resolved name.
  std::set<std::pair<uint64_t, uint64_t>> seen_files;
  std::set<std::string> seen_names;
  // One file's load: what `known` had for it, or what reading it gave (documents and skips).
  struct Loaded {
    const std::string* path = nullptr;
    std::optional<FileStamp> stamp;
    std::optional<std::vector<Document>> known_documents;
    Corpus read;
  };
  // In order, on this thread: is the file new, and does `known` have it? False: leave it out.
  auto prepare = [&](const std::string& file, const std::optional<FileStamp>& walked, Loaded* l) {
    l->path = &file;
    l->stamp = walked ? walked : stamp_of(file);
    if (l->stamp ? !seen_files.insert({l->stamp->device, l->stamp->inode}).second : !first_name(file, &seen_names))
      return false;
    if (known && !keep_text && l->stamp) l->known_documents = known->find(file, *l->stamp);
    return true;
  };
  // On any thread: reads the file into its own slot.
  auto read = [&](Loaded* l) {
    if (l->known_documents) return;
    load_file(*l->path, &l->read);
    if (keep_text) return;
    for (Document& d : l->read.documents) {
      d.summary.size = static_cast<uint32_t>(d.text.size());
      d.text_hash = text_hash(d.text);
      std::string().swap(d.text);
      d.streamed = true;
    }
  };
  // In order, on this thread: its documents and skips join the corpus.
  auto finish = [&](Loaded* l) {
    if (l->known_documents) {
      for (Document& d : *l->known_documents) out.documents.push_back(std::move(d));
      return;
    }
    for (Error& e : l->read.skipped) out.skipped.push_back(std::move(e));
    // Only a file read whole, and not modified just now (file_stamp.h), is remembered.
    if (!keep_text && known && l->stamp && l->read.skipped.empty() && !l->read.documents.empty() &&
        settled(*l->stamp, started))
      known->put(*l->path, *l->stamp, l->read.documents);
    for (Document& d : l->read.documents) out.documents.push_back(std::move(d));
  };
  for (const std::string& path : paths) {
    std::error_code ec;
    const fs::file_status st = fs::status(path, ec);
    if (ec || !fs::exists(st)) {
      // ENOENT reads "No such file or directory"; a link loop or a long name says so instead.
      const std::string why = ec && ec != std::errc::no_such_file_or_directory ? ec.message() : "no such file or directory";
      out.skipped.push_back({printable_path(path), "", why});
      continue;
    }
    if (!fs::is_directory(st)) {
      Loaded l;
      if (!prepare(path, std::nullopt, &l)) continue;
      read(&l);
      finish(&l);
      continue;
    }
    const std::vector<FoundFile> files = walk_directory(path, {".txt", ".md", ".jsonl"}, &out.skipped);
    // One slot per file up front: a large corpus's records are not copied while they double.
    out.documents.reserve(out.documents.size() + files.size());
    // Read in windows of files, on the caller's threads: a window's slots hold what its files
    // gave (their texts already dropped when streamed), then join the corpus in file order.
    const size_t window = 1024;
    std::vector<Loaded> slots;
    for (size_t first = 0; first < files.size(); first += window) {
      slots.clear();
      for (size_t i = first; i < std::min(files.size(), first + window); ++i) {
        slots.emplace_back();
        if (!prepare(files[i].path, files[i].stamp, &slots.back())) slots.pop_back();
      }
      if (parallel)
        parallel(slots.size(), [&](size_t k) { read(&slots[k]); });
      else
        for (Loaded& l : slots) read(&l);
      for (Loaded& l : slots) finish(&l);
    }
  }
  return out;
}

}  // namespace checker
