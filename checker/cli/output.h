// Writing report files atomically: a reader never sees a half-written report.
#pragma once

#include <string>

namespace checker {

/// Writes `content` to a temporary file beside `path`, then renames it over `path`; creates
/// missing parent directories. Returns "" on success, else a message naming the path.
/// An existing path that is neither a regular file nor a directory (/dev/null, /dev/stdout, a
/// FIFO) is written in place instead: renaming over it would replace the device node.
std::string write_file_atomically(const std::string& path, const std::string& content);

}  // namespace checker
