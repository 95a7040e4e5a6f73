// File reading and directory walking with POSIX calls, so that a FIFO never blocks the load and
// every failure keeps the system's reason (errno) for the message.
#include "checker/corpus/files.h"

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstring>
#include <filesystem>

#include <dirent.h>
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
  // Read straight into the string, asking for one byte more than the size: once the size is
  // read, a read that gives less than asked has reached the end, so most files take one read
  // and no second one to see EOF. A short read before the size (some network file systems),
  // or a file that grew, goes on until a read gives nothing.
  std::string bytes;
  size_t have = 0;
  size_t want = static_cast<size_t>(size) + 1;
  for (;;) {
    if (bytes.size() < have + want) bytes.resize(have + want);
    const ssize_t n = ::read(fd, bytes.data() + have, want);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      const int err = errno;
      ::close(fd);
      return Error{path, "", std::string("read error: ") + std::strerror(err) + ", skipped"};
    }
    have += static_cast<size_t>(n);
    if (have > max_bytes) {  // grew while read
      ::close(fd);
      return Error{path, "", "file grew past the " + size_name(max_bytes) + " limit for " + what + " while read, skipped"};
    }
    if (n == 0 || (have >= size && static_cast<size_t>(n) < want)) break;
    want = have < size ? static_cast<size_t>(size) - have + 1 : 65536;
  }
  bytes.resize(have);
  ::close(fd);
  return bytes;
}

namespace {

// The extension fs::path::extension gives a name that does not start with a dot: from its last
// dot on, or "".
bool name_has_one_of(std::string_view name, const std::vector<std::string>& exts) {
  const size_t dot = name.rfind('.');
  const std::string_view ext = dot == std::string_view::npos || dot == 0 ? std::string_view() : name.substr(dot);
  return std::find(exts.begin(), exts.end(), ext) != exts.end();
}

std::string system_message(int err) { return std::error_code(err, std::system_category()).message(); }

}  // namespace

// readdir(3) and fstatat(2) on the open directory: an entry's type comes from the listing
// (d_type) and a listed regular file's stamp from a stat relative to its directory, so no path is
// resolved from the root once per file and no fs::path is built per entry.
std::vector<FoundFile> walk_directory(const std::string& dir, const std::vector<std::string>& exts,
                                      Diagnostics* skipped) {
  std::vector<FoundFile> files;
  Diagnostics problems;  // sorted at the end: directory order is the file system's
  std::vector<std::string> pending{dir};
  while (!pending.empty()) {
    const std::string current = std::move(pending.back());
    pending.pop_back();
    DIR* listing = ::opendir(current.c_str());
    if (!listing) {
      problems.push_back({current, "", "cannot open directory: " + system_message(errno) + ", skipped"});
      continue;
    }
    const int at = ::dirfd(listing);
    std::string prefix = current;
    if (!prefix.empty() && prefix.back() != '/') prefix.push_back('/');  // as fs::path's operator/
    int read_error = 0;
    for (;;) {
      errno = 0;
      const struct dirent* entry = ::readdir(listing);
      if (!entry) {
        read_error = errno;
        break;
      }
      const std::string_view name = entry->d_name;
      if (name.empty() || name.front() == '.') continue;  // hidden, and "." and ".."
      std::string p = prefix;
      p.append(name);
      // The entry's own type from the listing; an lstat only where the file system gives none.
      unsigned char type = entry->d_type;
      bool typed = true;
      if (type == DT_UNKNOWN) {
        struct stat lst {};
        if (::fstatat(at, entry->d_name, &lst, AT_SYMLINK_NOFOLLOW) != 0) typed = false;
        else type = S_ISDIR(lst.st_mode) ? DT_DIR : S_ISREG(lst.st_mode) ? DT_REG : S_ISLNK(lst.st_mode) ? DT_LNK : DT_FIFO;
      }
      const bool link = typed && type == DT_LNK;
      // A link, an entry whose type could not be had and a path too long to be opened are
      // stat'ed by path below (stat says why, as for the others).
      const bool listed = typed && !link && p.size() < PATH_MAX;
      if (listed && type == DT_DIR) {
        pending.push_back(std::move(p));
        continue;
      }
      if (!name_has_one_of(name, exts)) continue;
      if (listed && type == DT_REG) {
        struct stat st {};
        std::optional<FileStamp> stamp;
        if (::fstatat(at, entry->d_name, &st, 0) == 0 && S_ISREG(st.st_mode)) stamp = stamp_from(st);
        files.push_back(FoundFile{std::move(p), stamp});
        continue;
      }
      std::error_code tec;
      const fs::file_status target = fs::status(p, tec);  // follows a link to a file
      if (tec) {
        problems.push_back({p, "", (link ? "broken symbolic link: " : "cannot stat: ") + tec.message() + ", skipped"});
      } else if (fs::is_regular_file(target)) {
        files.push_back(FoundFile{std::move(p), std::nullopt});
      } else if (!fs::is_directory(target)) {  // a link to a directory is not followed
        problems.push_back({p, "", std::string(kind_of(target.type())) + " (not a regular file), skipped"});
      }
    }
    ::closedir(listing);
    if (read_error) problems.push_back({current, "", "cannot read directory: " + system_message(read_error) + ", skipped"});
  }
  std::sort(files.begin(), files.end(), [](const FoundFile& a, const FoundFile& b) { return a.path < b.path; });
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
