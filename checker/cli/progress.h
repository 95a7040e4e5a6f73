// A one-line progress display on standard error for long audits on a terminal.
#pragma once

#include <atomic>
#include <chrono>
#include <cstddef>
#include <mutex>
#include <string>

namespace checker {

/// Shows "checker: 120/500 documents, 3456 claims, 4.2s" on one line of standard error,
/// rewritten in place (\r), at most 10 times a second, and erased by finish(). Does nothing
/// when disabled (standard error is not a terminal, or --quiet), so reports never depend on it.
///
///   Progress progress(Progress::wanted(quiet), documents.size());
///   run_audit(documents, pack, jobs, progress.callback());
///   progress.finish();  // before anything else is printed
class Progress {
 public:
  /// True when standard error is a terminal and `quiet` is false.
  static bool wanted(bool quiet);

  Progress(bool enabled, size_t documents);
  ~Progress() { finish(); }
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;

  /// Thread-safe: counts one document of `pass` (1: subject names, 2: claims) with its claims.
  void step(int pass, size_t claims);

  /// A callable for run_audit's progress argument (refers to this object).
  auto callback() {
    return [this](int pass, size_t claims) { step(pass, claims); };
  }

  /// Erases the line, if one was shown. Idempotent.
  void finish();

 private:
  void show(int pass);  // with mutex_ held

  const bool enabled_;
  const size_t documents_;
  const std::chrono::steady_clock::time_point start_;
  std::atomic<size_t> done_[2] = {{0}, {0}};
  std::atomic<size_t> claims_{0};
  std::mutex mutex_;
  std::chrono::steady_clock::time_point last_shown_{};
  bool shown_once_ = false;
  size_t width_ = 0;  // of the line on screen, to erase it
};

}  // namespace checker
