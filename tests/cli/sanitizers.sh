#!/usr/bin/env bash
# The whole test suite under AddressSanitizer + UndefinedBehaviorSanitizer (clang, build-fuzz/),
# then every fuzz target for a short fixed number of runs. Run by ctest (label "sanitize");
# by hand: bash tests/cli/sanitizers.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-3000}
cmake -S . -B build-fuzz -DCMAKE_CXX_COMPILER=clang++ -DCHECKER_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build-fuzz -j2 >build-fuzz/build.log 2>&1 || { tail -n 40 build-fuzz/build.log; exit 1; }
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
# Everything but this test itself (and the npm-based validators, which test tools, not our code).
ctest --test-dir build-fuzz --output-on-failure -LE sanitize -E '^(tools\.npm|report\.)' | tail -n 5
bash tests/fuzz/run.sh "$runs"
