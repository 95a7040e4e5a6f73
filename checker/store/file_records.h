// The claim store's `files` table: per file path, its stamp (size, mtime, inode) and the
// documents read from it, so that a later audit does not read a file whose stamp is unchanged.
#pragma once

#include <functional>
#include <optional>
#include <unordered_map>
#include <string>
#include <string_view>
#include <vector>

#include "checker/corpus/file_stamp.h"

struct sqlite3;

namespace checker {

class FileRecords final : public KnownFiles {
 public:
  /// `damaged` is told of a row that does not match its checksum or does not decode; that row
  /// is not used (the file is read).
  explicit FileRecords(std::function<void(const std::string&)> damaged) : damaged_(std::move(damaged)) {}

  /// Reads every row of `db` in one query (once, on the first find); without a database,
  /// nothing is known.
  void attach(sqlite3* db) { db_ = db; }

  std::optional<std::vector<Document>> find(const std::string& path, const FileStamp& stamp) override;
  void put(const std::string& path, const FileStamp& stamp, const std::vector<Document>& documents) override;

  /// Inside the caller's transaction: writes the rows of files read this run, then, unless the
  /// file was `rebuilt`, deletes the rows of files this run neither found nor read. A rebuilt
  /// file therefore lacks the files found in the old one: the next run reads them again. False
  /// on an SQLite error.
  bool write(sqlite3* db, bool rebuilt);

 private:
  struct Row {
    std::string stamp;
    std::string data;
  };
  // A row read from the file: its path, stamp and data, one after the other in `bytes_`.
  struct StoredRow {
    size_t at = 0;
    size_t path_size = 0, stamp_size = 0, data_size = 0;
    bool found = false;  // loaded this run: nothing of it needs writing, nor pruning
  };
  void read_rows();
  std::string_view view(size_t at, size_t size) const { return std::string_view(bytes_).substr(at, size); }

  std::function<void(const std::string&)> damaged_;
  sqlite3* db_ = nullptr;
  bool read_ = false;
  // Rows from the file, all in one buffer (not three allocations a row), found by path; and rows
  // made this run.
  std::string bytes_;
  std::vector<StoredRow> rows_;
  std::unordered_map<std::string_view, size_t> stored_;  // path -> its row in rows_
  std::unordered_map<std::string, Row> fresh_;
};

}  // namespace checker
