// File stamps from stat(2).
#include "checker/corpus/file_stamp.h"

#include <chrono>

#include <sys/stat.h>

namespace checker {

std::string FileStamp::text() const {
  return std::to_string(size) + ":" + std::to_string(mtime_ns) + ":" + std::to_string(inode);
}

std::optional<FileStamp> stamp_of(const std::string& path) {
  struct stat st;
  if (::stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return std::nullopt;
  FileStamp s;
  s.size = static_cast<uint64_t>(st.st_size);
  s.mtime_ns = static_cast<int64_t>(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
  s.inode = static_cast<uint64_t>(st.st_ino);
  s.device = static_cast<uint64_t>(st.st_dev);
  return s;
}

bool settled(const FileStamp& stamp, int64_t now) { return now - stamp.mtime_ns >= int64_t{2000000000}; }

int64_t now_ns() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::system_clock::now().time_since_epoch())
      .count();
}

}  // namespace checker
