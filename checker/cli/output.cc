// Atomic file replacement: write a temporary file beside the target, fsync it, rename(2) it over
// the target (atomic within one directory), fsync the directory.
#include "checker/cli/output.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>

#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

namespace checker {
namespace fs = std::filesystem;
namespace {

using Producer = std::function<void(const std::function<void(std::string_view)>&)>;

// Writes all of `content` to `fd`; returns 0 or the errno of the failed write.
int write_all(int fd, std::string_view content) {
  while (!content.empty()) {
    const ssize_t n = ::write(fd, content.data(), content.size());
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return errno;
    content.remove_prefix(static_cast<size_t>(n));
  }
  return 0;
}

// Removes TARGET.tmp.PID files left by runs that were killed before their rename (the PID is
// gone). A file of a live process, or one whose PID was reused, is left alone.
void remove_stale_temporaries(const fs::path& target) {
  const fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
  const std::string prefix = target.filename().string() + ".tmp.";
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    const std::string name = it->path().filename().string();
    if (name.size() <= prefix.size() || name.compare(0, prefix.size(), prefix) != 0) continue;
    const std::string digits = name.substr(prefix.size());
    if (digits.find_first_not_of("0123456789") != std::string::npos || digits.size() > 9) continue;
    const auto pid = static_cast<pid_t>(std::stol(digits));
    std::error_code rec;
    if (pid > 0 && ::kill(pid, 0) != 0 && errno == ESRCH) fs::remove(it->path(), rec);
  }
}

// A device or pipe (/dev/null, /dev/stdout, a FIFO) cannot be replaced by rename: that would
// swap the device node itself for a regular file (as root, /dev/null). It is written in place.
std::string write_in_place(const std::string& path, const Producer& produce) {
  std::ofstream out(path, std::ios::binary);
  if (!out) return path + ": cannot write: " + std::strerror(errno);
  produce([&](std::string_view piece) {
    if (out) out.write(piece.data(), static_cast<std::streamsize>(piece.size()));
  });
  out.flush();
  if (!out) return path + ": write failed: " + std::strerror(errno);
  return "";
}

}  // namespace

std::string write_file_atomically(const std::string& path, const std::string& content) {
  return write_file_atomically(path, [&](const std::function<void(std::string_view)>& write) { write(content); });
}

std::string write_file_atomically(const std::string& path, const Producer& produce) {
  const fs::path target(path);
  std::error_code ec;
  const fs::file_status status = fs::status(target, ec);  // follows symbolic links
  if (!ec && fs::exists(status) && !fs::is_regular_file(status) && !fs::is_directory(status))
    return write_in_place(path, produce);
  ec.clear();
  if (target.has_parent_path()) fs::create_directories(target.parent_path(), ec);
  if (ec) return path + ": cannot create directory: " + ec.message();
  // A run killed before the rename leaves this file behind; the next run has another PID, and
  // removes it after its own rename.
  const std::string tmp = target.string() + ".tmp." + std::to_string(::getpid());
  const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) return path + ": cannot write: " + std::strerror(errno);
  int err = 0;
  produce([&](std::string_view piece) {
    if (err == 0) err = write_all(fd, piece);
  });
  // fsync: after a power loss the target is the old file or the whole new one, not an empty one.
  if (err == 0 && ::fsync(fd) != 0) err = errno;
  if (::close(fd) != 0 && err == 0) err = errno;
  if (err != 0) {
    fs::remove(tmp, ec);
    return path + ": write failed: " + std::strerror(err);
  }
  if (::rename(tmp.c_str(), path.c_str()) != 0) {
    err = errno;
    fs::remove(tmp, ec);
    return path + ": cannot replace: " + std::strerror(err);
  }
  remove_stale_temporaries(target);
  const std::string dir = target.has_parent_path() ? target.parent_path().string() : ".";
  if (const int dfd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC); dfd >= 0) {
    ::fsync(dfd);  // the rename itself reaches the disk; a failure here changes nothing we can fix
    ::close(dfd);
  }
  return "";
}

int write_stdout(std::string_view text) {
  errno = 0;
  if (std::fwrite(text.data(), 1, text.size(), stdout) != text.size() || std::fflush(stdout) != 0)
    return errno ? errno : EIO;
  return 0;
}

}  // namespace checker
