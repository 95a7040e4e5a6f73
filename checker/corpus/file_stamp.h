// What says a file is unchanged without reading it: size, modification time and inode (as make
// and git trust them), and the interface through which the loader skips such files.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <sys/stat.h>

#include "checker/core/document.h"

namespace checker {

struct FileStamp {
  uint64_t size = 0;
  int64_t mtime_ns = 0;  // modification time, nanoseconds since the epoch
  uint64_t inode = 0;
  uint64_t device = 0;   // with the inode, which file this is (not part of text(): a device
                         // number may change across reboots, the file does not)
  /// "size:mtime_ns:inode", how the claim store keeps it.
  std::string text() const;
  /// Whether `stored` is text() (formatted on the stack: the store asks once per file).
  bool has_text(std::string_view stored) const;
};

/// The stamp of a regular file (following links), or nullopt when it cannot be had.
std::optional<FileStamp> stamp_of(const std::string& path);

/// The stamp of what stat(2) or fstatat(2) returned.
FileStamp stamp_from(const struct stat& st);

/// Whether the file's stamp can be trusted later: it was last modified at least two seconds
/// before `now_ns`. A file written in the same clock tick as it was read could change again
/// without its time changing (git's "racily clean" entries); such a file is read every time.
bool settled(const FileStamp& stamp, int64_t now_ns);

/// Nanoseconds since the epoch, now.
int64_t now_ns();

/// Documents read earlier from files that have not changed since. The loader asks before reading
/// a file and tells what it read; documents given back are streamed (no text, `text_hash` set).
class KnownFiles {
 public:
  virtual ~KnownFiles() = default;
  /// The documents of `path` when it was read with this exact stamp, else nullopt (read it).
  virtual std::optional<std::vector<Document>> find(const std::string& path, const FileStamp& stamp) = 0;
  /// `documents` were read from `path` (every one, none skipped) with `stamp`.
  virtual void put(const std::string& path, const FileStamp& stamp, const std::vector<Document>& documents) = 0;
};

}  // namespace checker
