// Writing report files atomically: a reader never sees a half-written report.
#pragma once

#include <string>

namespace checker {

/// Writes `content` to a temporary file beside `path`, then renames it over `path`; creates
/// missing parent directories. Returns "" on success, else a message naming the path.
std::string write_file_atomically(const std::string& path, const std::string& content);

}  // namespace checker
