// The claim store's `files` table: per file path, its stamp (size, mtime, inode) and the
// documents read from it, so that a later audit does not read a file whose stamp is unchanged.
#pragma once

#include <functional>
#include <optional>
#include <unordered_map>
#include <string>
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
  void read_rows();

  std::function<void(const std::string&)> damaged_;
  sqlite3* db_ = nullptr;
  bool read_ = false;
  // Rows from the file not found this run (a found row is dropped once decoded: nothing of it
  // needs writing), and rows made this run.
  std::unordered_map<std::string, Row> stored_;
  std::unordered_map<std::string, Row> fresh_;
};

}  // namespace checker
