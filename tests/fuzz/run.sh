#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, with AddressSanitizer and UndefinedBehaviorSanitizer) in
# build-fuzz/ and runs each on its seed corpus in tests/fuzz/corpus/<target>/.
# Usage: bash tests/fuzz/run.sh [RUNS]   (default 20000 runs per target; CI uses fewer)
# Longer: bash tests/fuzz/run.sh 0 SECONDS   (RUNS 0 = unbounded, stop after SECONDS each)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-20000}
seconds=${2:-0}
cmake -S . -B build-fuzz -DCMAKE_CXX_COMPILER=clang++ -DCHECKER_FUZZ=ON \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build-fuzz -j2 --target fuzz_front_matter fuzz_jsonl fuzz_grammars fuzz_rules fuzz_extract
for target in front_matter jsonl grammars rules extract; do
  work=$(mktemp -d)
  cp tests/fuzz/corpus/$target/* "$work/"
  args=(-runs="$runs" -max_len=4096 -timeout=10 -rss_limit_mb=2048)
  [ "$seconds" -gt 0 ] && args+=(-max_total_time="$seconds")
  echo "fuzz_$target: ${args[*]}"
  if ! build-fuzz/tests/fuzz_$target "${args[@]}" "$work" >"$work.log" 2>&1; then
    grep -E 'ERROR|SUMMARY|crash-|Test unit written' "$work.log" | head -n 20
    echo "fuzz_$target FAILED (log: $work.log)"
    exit 1
  fi
  grep -E '^#[0-9]+[[:space:]]+DONE|^Done [0-9]+ runs' "$work.log"
  rm -rf "$work" "$work.log"
done
