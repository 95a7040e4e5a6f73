// Stage timings on standard error (CHECKER_TIMINGS), with the peak resident memory so far.
#include "checker/core/stage_timer.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>

#include <sys/resource.h>

namespace checker {

bool stage_timings_enabled() {
  static const bool enabled = [] {
    const char* v = std::getenv("CHECKER_TIMINGS");
    return v && *v && std::strcmp(v, "0") != 0;
  }();
  return enabled;
}

StageTimer::StageTimer(const char* stage) : stage_(stage), start_(std::chrono::steady_clock::now()) {}

StageTimer::~StageTimer() { stop(); }

void StageTimer::stop() {
  if (stopped_) return;
  stopped_ = true;
  if (!stage_timings_enabled()) return;
  const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);  // ru_maxrss is in kilobytes on Linux
  // One fprintf per line: stderr is unbuffered, and a single call keeps the line whole.
  std::fprintf(stderr, "checker: timing %s %.3f s, peak RSS %ld MB\n", stage_, secs, usage.ru_maxrss / 1024);
}

}  // namespace checker
