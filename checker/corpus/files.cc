// File reading and directory walking with POSIX calls, so that a FIFO never blocks the load and
// every failure keeps the system's reason (errno) for the message.
#include "checker/corpus/files.h"

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstring>
#include <filesystem>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "checker/text/utf8.h"

namespace checker {
namespace fs = std::filesystem;
namespace {

const char* kind_of(fs::file_type type) {
  switch (type) {
    case fs::file_type::fifo: return "a FIFO";
    case fs::file_type::socket: return "a socket";
    case fs::file_type::block: case fs::file_type::character: return "a device";
    default: return "not a regular file";
  }
}

const char* kind_of(mode_t mode) {
  if (S_ISFIFO(mode)) return "a FIFO";
  if (S_ISSOCK(mode)) return "a socket";
  if (S_ISCHR(mode) || S_ISBLK(mode)) return "a device";
  if (S_ISDIR(mode)) return "a directory";
  return "not a regular file";
}

bool has_one_of(const fs::path& p, const std::vector<std::string>& exts) {
  const std::string ext = p.extension().string();
  return std::find(exts.begin(), exts.end(), ext) != exts.end();
}

}  // namespace

std::string size_name(uint64_t bytes) {
  if (bytes >= (uint64_t{1} << 30) && bytes % (uint64_t{1} << 30) == 0) return std::to_string(bytes >> 30) + " GiB";
  if (bytes >= (uint64_t{1} << 20) && bytes % (uint64_t{1} << 20) == 0) return std::to_string(bytes >> 20) + " MiB";
  return std::to_string(bytes) + " bytes";
}

Result<std::string> read_regular_file(const std::string& path, uint64_t max_bytes, const char* what) {
  // O_NONBLOCK: opening a FIFO with no writer would otherwise wait forever.
  const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) return Error{path, "", std::string("cannot open: ") + std::strerror(errno) + ", skipped"};
  struct stat st {};
  if (::fstat(fd, &st) != 0) {
    const int err = errno;
    ::close(fd);
    return Error{path, "", std::string("cannot stat: ") + std::strerror(err) + ", skipped"};
  }
  if (!S_ISREG(st.st_mode)) {
    ::close(fd);
    return Error{path, "", std::string(kind_of(st.st_mode)) + " (not a regular file), skipped"};
  }
  const auto size = static_cast<uint64_t>(st.st_size);
  if (size > max_bytes) {
    ::close(fd);
    return Error{path, "", "file is " + std::to_string(size) + " bytes, over the " + size_name(max_bytes) +
                               " limit for " + what + ", skipped"};
  }
  std::string bytes;
  bytes.reserve(static_cast<size_t>(size));
  char buffer[65536];
  for (;;) {
    const ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      const int err = errno;
      ::close(fd);
      return Error{path, "", std::string("read error: ") + std::strerror(err) + ", skipped"};
    }
    if (n == 0) break;
    bytes.append(buffer, static_cast<size_t>(n));
    if (bytes.size() > max_bytes) {  // grew while read
      ::close(fd);
      return Error{path, "", "file grew past the " + size_name(max_bytes) + " limit for " + what + " while read, skipped"};
    }
  }
  ::close(fd);
  return bytes;
}

std::vector<std::string> walk_directory(const std::string& dir, const std::vector<std::string>& exts,
                                        Diagnostics* skipped) {
  std::vector<std::string> files;
  Diagnostics problems;  // sorted at the end: directory order is the file system's
  std::vector<fs::path> pending{fs::path(dir)};
  while (!pending.empty()) {
    const fs::path current = std::move(pending.back());
    pending.pop_back();
    std::error_code ec;
    fs::directory_iterator it(current, ec), end;
    if (ec) {
      problems.push_back({current.string(), "", "cannot open directory: " + ec.message() + ", skipped"});
      continue;
    }
    for (; it != end; it.increment(ec)) {
      const fs::path& p = it->path();
      if (p.filename().string().rfind('.', 0) == 0) continue;
      // The entry's own type comes from the directory listing (d_type): no stat per entry,
      // except for links, on file systems that do not give it, and for a path too long to be
      // opened (stat says why, as for the others).
      std::error_code tec;
      const bool link = it->is_symlink(tec);
      const bool listed = !tec && !link && p.native().size() < PATH_MAX;
      if (!listed && !tec) (void)it->symlink_status(tec);
      if (listed && it->is_directory(tec)) {
        pending.push_back(p);
        continue;
      }
      if (!has_one_of(p, exts)) continue;
      if (listed && it->is_regular_file(tec)) {
        files.push_back(p.string());
        continue;
      }
      tec.clear();
      const fs::file_status target = fs::status(p, tec);  // follows a link to a file
      if (tec) {
        problems.push_back({p.string(), "", (link ? "broken symbolic link: " : "cannot stat: ") +
                                                tec.message() + ", skipped"});
      } else if (fs::is_regular_file(target)) {
        files.push_back(p.string());
      } else if (!fs::is_directory(target)) {  // a link to a directory is not followed
        problems.push_back({p.string(), "", std::string(kind_of(target.type())) + " (not a regular file), skipped"});
      }
    }
    if (ec) problems.push_back({current.string(), "", "cannot read directory: " + ec.message() + ", skipped"});
  }
  std::sort(files.begin(), files.end());
  std::sort(problems.begin(), problems.end(), [](const Error& a, const Error& b) { return a.file < b.file; });
  skipped->insert(skipped->end(), problems.begin(), problems.end());
  return files;
}

std::string printable_path(std::string_view path) {
  std::string out;
  while (!path.empty()) {
    const size_t bad = find_invalid_utf8(path);
    if (bad == std::string_view::npos) {
      out += path;
      break;
    }
    out += path.substr(0, bad);
    static const char kHex[] = "0123456789ABCDEF";
    const auto c = static_cast<unsigned char>(path[bad]);
    out += std::string("\\x") + kHex[c >> 4] + kHex[c & 15];
    path.remove_prefix(bad + 1);
  }
  return out;
}

}  // namespace checker
