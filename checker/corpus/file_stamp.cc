// File stamps from stat(2).
#include "checker/corpus/file_stamp.h"

#include <charconv>
#include <chrono>

#include <sys/stat.h>

namespace checker {

std::string FileStamp::text() const {
  return std::to_string(size) + ":" + std::to_string(mtime_ns) + ":" + std::to_string(inode);
}

namespace {

// Whether `text` starts with `n` in decimal followed by `then` (or ends there when `then` is 0),
// and drops what matched.
template <typename Number>
bool take(std::string_view* text, Number n, char then) {
  char digits[24];
  const std::to_chars_result r = std::to_chars(digits, digits + sizeof digits, n);
  const std::string_view written(digits, static_cast<size_t>(r.ptr - digits));
  if (text->substr(0, written.size()) != written) return false;
  text->remove_prefix(written.size());
  if (then == 0) return text->empty();
  if (text->empty() || text->front() != then) return false;
  text->remove_prefix(1);
  return true;
}

}  // namespace

bool FileStamp::has_text(std::string_view stored) const {
  return take(&stored, size, ':') && take(&stored, mtime_ns, ':') && take(&stored, inode, 0);
}

FileStamp stamp_from(const struct stat& st) {
  FileStamp s;
  s.size = static_cast<uint64_t>(st.st_size);
  s.mtime_ns = static_cast<int64_t>(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
  s.inode = static_cast<uint64_t>(st.st_ino);
  s.device = static_cast<uint64_t>(st.st_dev);
  return s;
}

std::optional<FileStamp> stamp_of(const std::string& path) {
  struct stat st;
  if (::stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return std::nullopt;
  return stamp_from(st);
}

bool settled(const FileStamp& stamp, int64_t now) { return now - stamp.mtime_ns >= int64_t{2000000000}; }

int64_t now_ns() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::system_clock::now().time_since_epoch())
      .count();
}

}  // namespace checker
