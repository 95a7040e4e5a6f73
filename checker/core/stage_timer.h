// Opt-in stage timings for benchmarks: CHECKER_TIMINGS=1 prints how long each stage took.
#pragma once

#include <chrono>

namespace checker {

/// True when the environment variable CHECKER_TIMINGS is set, non-empty and not "0" (read once).
bool stage_timings_enabled();

/// Times one pipeline stage from construction to stop() (or destruction, whichever comes
/// first). When timings are enabled it then prints one line to standard error:
///   checker: timing STAGE SECONDS s, peak RSS MB MB
/// (the process's peak resident memory so far, so a run shows which stage made memory grow).
/// Disabled, it prints nothing and costs one clock read.
///   { StageTimer t("loading"); load(); }   // "checker: timing loading 0.412 s, peak RSS 96 MB"
class StageTimer {
 public:
  explicit StageTimer(const char* stage);
  ~StageTimer();
  StageTimer(const StageTimer&) = delete;
  StageTimer& operator=(const StageTimer&) = delete;
  void stop();

 private:
  const char* stage_;
  std::chrono::steady_clock::time_point start_;
  bool stopped_ = false;
};

}  // namespace checker
