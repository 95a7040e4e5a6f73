// Rows are checksummed like the other tables' entries; a bad row costs a read, never a result.
#include "checker/store/file_records.h"

#include <sqlite3.h>

#include "checker/core/content_hash.h"
#include "checker/store/sqlite_statement.h"
#include "checker/store/store_records.h"

namespace checker {
namespace {

std::string row_checksum(std::string_view path, std::string_view stamp, std::string_view data) {
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
    const std::string_view path = q.column_view(0), stamp = q.column_view(1), data = q.column_view(2);
    if (q.column_view(3) != row_checksum(path, stamp, data)) {
      damaged_("damaged claim store (an entry does not match its checksum)");
      continue;
    }
    stored_.emplace(std::string(path), Row{std::string(stamp), std::string(data)});
  }
}

std::optional<std::vector<Document>> FileRecords::find(const std::string& path, const FileStamp& stamp) {
  if (!read_) read_rows();
  auto it = stored_.find(path);
  if (it == stored_.end() || it->second.stamp != stamp.text()) return std::nullopt;
  std::vector<Document> documents;
  if (!decode_documents(it->second.data, &documents)) {
    damaged_("damaged claim store (an entry does not decode)");
    return std::nullopt;
  }
  stored_.erase(it);  // each path is loaded once per run
  return documents;
}

void FileRecords::put(const std::string& path, const FileStamp& stamp, const std::vector<Document>& documents) {
  fresh_[path] = Row{stamp.text(), encode_documents(documents)};
}

bool FileRecords::write(sqlite3* db, bool rebuilt) {
  SqliteStatement put(db, "INSERT OR REPLACE INTO files VALUES (?1, ?2, ?3, ?4)");
  if (!put.ok()) return false;
  for (const auto& [path, row] : fresh_) {
    put.bind(1, path);
    put.bind(2, row.stamp);
    put.bind_blob(3, row.data);
    put.bind(4, row_checksum(path, row.stamp, row.data));
    if (put.step() != SQLITE_DONE) return false;
    put.reset();
  }
  // Prune: rows of files this run did not load (gone, or changed and not recorded again).
  if (rebuilt) {
    fresh_.clear();
    return true;
  }
  db_ = db;
  if (!read_) read_rows();
  SqliteStatement drop(db, "DELETE FROM files WHERE path = ?1");
  if (!drop.ok()) return false;
  for (const auto& [path, row] : stored_) {
    if (fresh_.count(path)) continue;
    drop.bind(1, path);
    if (drop.step() != SQLITE_DONE) return false;
    drop.reset();
  }
  stored_.clear();
  fresh_.clear();
  return true;
}

}  // namespace checker
