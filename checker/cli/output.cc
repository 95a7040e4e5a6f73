// Atomic file replacement (rename(2) within one directory).
#include "checker/cli/output.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>

#include <unistd.h>

namespace checker {
namespace fs = std::filesystem;

namespace {

// A device or pipe (/dev/null, /dev/stdout, a FIFO) cannot be replaced by rename: that would
// swap the device node itself for a regular file (as root, /dev/null). It is written in place.
std::string write_in_place(const std::string& path, const std::string& content) {
  std::ofstream out(path, std::ios::binary);
  if (!out) return path + ": cannot write: " + std::strerror(errno);
  out.write(content.data(), static_cast<std::streamsize>(content.size()));
  out.flush();
  if (!out) return path + ": write failed: " + std::strerror(errno);
  return "";
}

}  // namespace

std::string write_file_atomically(const std::string& path, const std::string& content) {
  const fs::path target(path);
  std::error_code ec;
  const fs::file_status status = fs::status(target, ec);  // follows symbolic links
  if (!ec && fs::exists(status) && !fs::is_regular_file(status) && !fs::is_directory(status))
    return write_in_place(path, content);
  ec.clear();
  if (target.has_parent_path()) fs::create_directories(target.parent_path(), ec);
  if (ec) return path + ": cannot create directory: " + ec.message();
  const fs::path tmp = target.string() + ".tmp." + std::to_string(::getpid());
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) return path + ": cannot write: " + std::strerror(errno);
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
    out.flush();
    if (!out) {
      fs::remove(tmp, ec);
      return path + ": write failed: " + std::strerror(errno);
    }
  }
  fs::rename(tmp, target, ec);
  if (ec) {
    fs::remove(tmp, ec);
    return path + ": cannot replace: " + ec.message();
  }
  return "";
}

}  // namespace checker
