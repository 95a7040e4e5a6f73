// Reading inputs from the file system: regular files only, within size limits, every failure an
// Error that names the file and says why (the system's reason, or the limit that was hit).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "checker/core/error.h"
#include "checker/corpus/file_stamp.h"

namespace checker {

/// The largest document read: a text file, or one line of a JSON Lines file. Larger inputs are
/// skipped unread (a news article is kilobytes; extraction time and memory grow with the size).
inline constexpr uint64_t kMaxDocumentBytes = uint64_t{16} << 20;
/// The largest JSON Lines file read (it is held in memory while its lines are loaded).
inline constexpr uint64_t kMaxJsonlBytes = uint64_t{1} << 30;

/// "16 MiB", "1 GiB": how limits are named in messages.
std::string size_name(uint64_t bytes);

/// Reads a whole regular file. A FIFO, socket or device is refused without blocking on it; a
/// file over `max_bytes` is refused unread ("over the 16 MiB limit for …", naming `what`).
Result<std::string> read_regular_file(const std::string& path, uint64_t max_bytes, const char* what);

/// A file a directory walk found, and its stamp when the walk could take it (a regular file
/// listed as one: a stat relative to its directory); nullopt for the others (stamp_of tells).
struct FoundFile {
  std::string path;
  std::optional<FileStamp> stamp;
};

/// The files of a directory tree whose extension is one of `exts`, sorted by path; hidden entries
/// (".name") are skipped and symbolic links to directories are not followed (no loops). A
/// directory that cannot be opened, and a matching entry that is not a regular file (a broken or
/// looping link, a FIFO), are recorded in `skipped`. One directory is open at a time, so depth
/// is bounded by path length (PATH_MAX), not by open files or the stack.
std::vector<FoundFile> walk_directory(const std::string& dir, const std::vector<std::string>& exts,
                                      Diagnostics* skipped);

/// The path with each byte that is not valid UTF-8 written as \xHH (for messages and reports).
std::string printable_path(std::string_view path);

}  // namespace checker
