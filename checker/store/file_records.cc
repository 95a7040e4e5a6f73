// Rows are checksummed like the other tables' entries; a bad row costs a read, never a result.
#include "checker/store/file_records.h"

#include <sqlite3.h>

#include "checker/core/content_hash.h"
#include "checker/store/sqlite_statement.h"
#include "checker/store/stream_json.h"

namespace checker {
namespace {

std::string row_checksum(const std::string& path, const std::string& stamp, const std::string& data) {
  ContentHasher h;
  h.add("files");
  h.add(path);
  h.add(stamp);
  h.add(data);
  return h.hex();
}

}  // namespace

void FileRecords::read_rows() {
  read_ = true;
  if (!db_) return;
  SqliteStatement q(db_, "SELECT path, stamp, data, checksum FROM files");
  if (!q.ok()) return;
  while (q.step() == SQLITE_ROW) {
    Row r{q.column(1), q.column(2)};
    std::string path = q.column(0);
    if (q.column(3) != row_checksum(path, r.stamp, r.data)) {
      damaged_("damaged claim store (an entry does not match its checksum)");
      continue;
    }
    stored_.emplace(std::move(path), std::move(r));
  }
}

std::optional<std::vector<Document>> FileRecords::find(const std::string& path, const FileStamp& stamp) {
  if (!read_) read_rows();
  auto it = stored_.find(path);
  if (it == stored_.end() || it->second.stamp != stamp.text()) return std::nullopt;
  const nlohmann::json j = nlohmann::json::parse(it->second.data, nullptr, false);
  std::vector<Document> documents;
  bool ok = j.is_array() && !j.empty();
  for (size_t i = 0; ok && i < j.size(); ++i) {
    Document d;
    ok = streamed_document_from_json(j[i], &d);
    documents.push_back(std::move(d));
  }
  if (!ok) {
    damaged_("damaged claim store (an entry is not the JSON it should be)");
    return std::nullopt;
  }
  // Each path is loaded once per run: the row moves to what this run keeps (no second copy).
  used_[path] = std::move(it->second);
  stored_.erase(it);
  return documents;
}

void FileRecords::put(const std::string& path, const FileStamp& stamp, const std::vector<Document>& documents) {
  nlohmann::json j = nlohmann::json::array();
  for (const Document& d : documents) j.push_back(streamed_document_to_json(d));
  used_[path] = Row{stamp.text(), j.dump(), true};
}

bool FileRecords::write(sqlite3* db, bool all) {
  SqliteStatement put(db, "INSERT OR REPLACE INTO files VALUES (?1, ?2, ?3, ?4)");
  if (!put.ok()) return false;
  for (const auto& [path, row] : used_) {
    if (!row.fresh && !all) continue;
    put.bind(1, path);
    put.bind(2, row.stamp);
    put.bind(3, row.data);
    put.bind(4, row_checksum(path, row.stamp, row.data));
    if (put.step() != SQLITE_DONE) return false;
    put.reset();
  }
  // Prune: rows of files this run did not load (gone, or changed and not recorded again).
  if (!sqlite_exec(db, "CREATE TEMP TABLE IF NOT EXISTS keep_files(path TEXT PRIMARY KEY)") ||
      !sqlite_exec(db, "DELETE FROM keep_files"))
    return false;
  SqliteStatement keep(db, "INSERT OR IGNORE INTO keep_files VALUES (?1)");
  if (!keep.ok()) return false;
  for (const auto& [path, row] : used_) {
    keep.bind(1, path);
    if (keep.step() != SQLITE_DONE) return false;
    keep.reset();
  }
  if (!sqlite_exec(db, "DELETE FROM files WHERE path NOT IN (SELECT path FROM keep_files)")) return false;
  for (auto& [path, row] : used_) row.fresh = false;
  return true;
}

}  // namespace checker
