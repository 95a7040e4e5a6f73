// Streamed documents read again: the whole file, or one line of a JSON Lines file.
#include "checker/corpus/reread.h"

#include <fstream>

#include <nlohmann/json.hpp>

#include "checker/corpus/files.h"
#include "checker/text/utf8.h"

namespace checker {
namespace {

Error changed(const Document& d, const std::string& file) {
  return Error{file, d.record_file > 0 ? std::to_string(d.line_base) : "",
               "changed while it was being audited (no longer the text that was loaded), skipped"};
}

Result<std::string> reread_record(const Document& d) {
  const std::string file = d.path.substr(0, d.record_file);
  std::ifstream in(file, std::ios::binary);
  std::string line;
  if (!in || !in.seekg(static_cast<std::streamoff>(d.record_offset)) || !std::getline(in, line))
    return changed(d, file);
  nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
  if (j.is_discarded() || !j.is_object() || !j.contains("text") || !j["text"].is_string()) return changed(d, file);
  std::string text = j["text"].get<std::string>();
  if (text.size() != d.summary.size) return changed(d, file);
  return text;
}

}  // namespace

Result<std::string> reread_text(const Document& d) {
  if (!d.streamed) return d.text;
  if (d.record_file > 0) return reread_record(d);
  Result<std::string> bytes = read_regular_file(d.path, kMaxDocumentBytes, "one document");
  if (!bytes.ok()) return bytes;
  if (bytes.value().size() != d.summary.size || find_invalid_utf8(bytes.value()) != std::string::npos)
    return changed(d, d.path);
  return bytes;
}

}  // namespace checker
