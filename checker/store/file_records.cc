// Rows are checksummed like the other tables' entries; a bad row costs a read, never a result.
#include "checker/store/file_records.h"

#include <sqlite3.h>

#include "checker/core/content_hash.h"
#include "checker/store/sqlite_statement.h"
#include "checker/store/store_records.h"

namespace checker {
namespace {

Hash128 row_hash(std::string_view path, std::string_view stamp, std::string_view data) {
  ContentHasher h;
  h.add("files");
  h.add(path);
  h.add(stamp);
  h.add(data);
  return h.digest();
}

std::string row_checksum(std::string_view path, std::string_view stamp, std::string_view data) {
  return row_hash(path, stamp, data).hex();
}

}  // namespace

void FileRecords::read_rows() {
  read_ = true;
  if (!db_) return;
  SqliteStatement q(db_, "SELECT path, stamp, data, checksum FROM files");
  if (!q.ok()) return;
  while (q.step() == SQLITE_ROW) {
    const std::string_view path = q.column_view(0), stamp = q.column_view(1), data = q.column_view(2);
    const std::optional<Hash128> stored = Hash128::from_hex(q.column_view(3));
    if (!stored || *stored != row_hash(path, stamp, data)) {
      damaged_("damaged claim store (an entry does not match its checksum)");
      continue;
    }
    rows_.push_back(StoredRow{bytes_.size(), path.size(), stamp.size(), data.size()});
    bytes_.append(path).append(stamp).append(data);
  }
  // Indexed once the buffer no longer moves.
  stored_.reserve(rows_.size());
  for (size_t k = 0; k < rows_.size(); ++k) stored_.emplace(view(rows_[k].at, rows_[k].path_size), k);
}

std::optional<std::vector<Document>> FileRecords::find(const std::string& path, const FileStamp& stamp) {
  if (!read_) read_rows();
  const auto it = stored_.find(path);
  if (it == stored_.end()) return std::nullopt;
  StoredRow& row = rows_[it->second];
  if (row.found || !stamp.has_text(view(row.at + row.path_size, row.stamp_size))) return std::nullopt;
  std::vector<Document> documents;
  if (!decode_documents(view(row.at + row.path_size + row.stamp_size, row.data_size), &documents)) {
    damaged_("damaged claim store (an entry does not decode)");
    return std::nullopt;
  }
  row.found = true;  // each path is loaded once per run
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
  for (const StoredRow& row : rows_) {
    const std::string path(view(row.at, row.path_size));
    if (row.found || fresh_.count(path)) continue;
    drop.bind(1, path);
    if (drop.step() != SQLITE_DONE) return false;
    drop.reset();
  }
  stored_.clear();
  rows_.clear();
  std::string().swap(bytes_);
  fresh_.clear();
  return true;
}

}  // namespace checker
