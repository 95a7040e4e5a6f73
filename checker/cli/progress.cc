// The progress line: atomic counters, a try-lock so no extraction thread ever waits to print.
#include "checker/cli/progress.h"

#include <unistd.h>

#include <algorithm>

#include <fmt/format.h>

namespace checker {
namespace {

constexpr std::chrono::milliseconds kInterval{100};  // at most 10 updates a second

void write_stderr(const std::string& s) {
  for (size_t off = 0; off < s.size();) {
    const ssize_t n = ::write(STDERR_FILENO, s.data() + off, s.size() - off);
    if (n <= 0) return;  // a progress line is not worth failing for
    off += static_cast<size_t>(n);
  }
}

}  // namespace

bool Progress::wanted(bool quiet) { return !quiet && ::isatty(STDERR_FILENO) != 0; }

Progress::Progress(bool enabled, size_t documents)
    : enabled_(enabled), documents_(documents), start_(std::chrono::steady_clock::now()) {}

void Progress::step(int pass, size_t claims) {
  if (!enabled_ || pass < 1 || pass > 2) return;
  ++done_[pass - 1];
  claims_ += claims;
  // A thread that finds the display busy goes back to work: the next update shows its count.
  std::unique_lock<std::mutex> lock(mutex_, std::try_to_lock);
  if (!lock.owns_lock()) return;
  const auto now = std::chrono::steady_clock::now();
  if (shown_once_ && now - last_shown_ < kInterval) return;
  last_shown_ = now;
  shown_once_ = true;
  show(pass);
}

void Progress::show(int pass) {
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  const std::string line =
      pass == 1 ? fmt::format("checker: finding subjects, {}/{} documents, {:.1f}s", done_[0].load(), documents_, seconds)
                : fmt::format("checker: {}/{} documents, {} claims, {:.1f}s", done_[1].load(), documents_,
                              claims_.load(), seconds);
  // Spaces cover the rest of a longer previous line; no terminal escape is needed.
  const std::string pad = line.size() < width_ ? std::string(width_ - line.size(), ' ') : "";
  width_ = std::max(width_, line.size());
  write_stderr("\r" + line + pad);
}

void Progress::finish() {
  if (!enabled_) return;
  std::lock_guard<std::mutex> lock(mutex_);
  if (width_ == 0) return;
  write_stderr("\r" + std::string(width_, ' ') + "\r");
  width_ = 0;
}

}  // namespace checker
