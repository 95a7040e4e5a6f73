#!/usr/bin/env bash
# Scale of `checker audit`: generated corpora of 10 MB, 100 MB and 1 GB (bench/gen_corpus), each
# audited once; prints MB/s, documents/s, peak RSS (/usr/bin/time -v) and the time per stage
# (CHECKER_TIMINGS=1), then how time and memory grew from one size to the next. Before each audit
# one RE2 pass over the same files (build/bench/re2_pass) warms the page cache and gives the floor.
# Not a test.
#
# Usage: bash bench/scale.sh [--max-mb 100] [--build build] [--corpora DIR] [--jobs N] [--seed N]
#   --max-mb    stop after this size (10, 100 or 1000; default 1000)
#   --build     the CMake build directory holding checker and bench/gen_corpus (default build)
#   --corpora   where corpora are generated and kept between runs (default /tmp/checker-bench-corpora;
#               1 GB of input is about 750 000 files, 3 GB of disk blocks)
#   --jobs      passed to checker audit --jobs (default 0: all cores)
# The report goes to a scratch JSON file (never -o /dev/null: reports are written atomically, by
# rename, which would replace /dev/null itself when run as root).
set -eu
max_mb=1000 build=build corpora=/tmp/checker-bench-corpora jobs=0 seed=1
while [ $# -gt 0 ]; do
  case $1 in
    --max-mb) max_mb=$2; shift 2 ;;
    --build) build=$2; shift 2 ;;
    --corpora) corpora=$2; shift 2 ;;
    --jobs) jobs=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    *) echo "usage: bash bench/scale.sh [--max-mb N] [--build DIR] [--corpora DIR] [--jobs N] [--seed N]" >&2; exit 2 ;;
  esac
done
checker=$build/checker gen=$build/bench/gen_corpus re2_pass=$build/bench/re2_pass
for tool in "$checker" "$gen" "$re2_pass" /usr/bin/time; do
  [ -x "$tool" ] || { echo "scale.sh: $tool not found (build first; /usr/bin/time is Debian's 'time')" >&2; exit 2; }
done
mkdir -p "$corpora" || { echo "scale.sh: cannot create $corpora" >&2; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# A corpus is generated once per size and seed; its summary line marks it complete.
corpus() {
  local mb=$1 dir=$corpora/${1}mb-seed$seed
  if [ ! -s "$dir.summary" ]; then
    rm -rf "$dir"
    echo "generating $mb MB into $dir ..." >&2
    "$gen" --size "$mb" --out "$dir" --seed "$seed" >"$dir.summary.tmp" || exit 2
    mv "$dir.summary.tmp" "$dir.summary" || exit 2
  fi
  echo "$dir"
}

echo "checker audit on generated corpora (seed $seed, --jobs $jobs, $(nproc) cores), $(date -u '+%Y-%m-%d %H:%M UTC')"
printf '%-6s %8s %11s %8s %7s %8s %8s | %7s %7s %7s %7s %7s | %8s  %s\n' size docs bytes wall-s MB/s docs/s peak-MB \
  load extract reconc suppr reports re2-MB/s findings
prev_secs="" prev_rss="" prev_bytes=""
growth=""
for mb in 10 100 1000; do
  [ "$mb" -le "$max_mb" ] || break
  dir=$(corpus "$mb")
  read -r docs _ bytes _ <"$dir.summary"
  read -r _ _ _ _ _ _ _ _ re2_mbps _ < <("$re2_pass" "$dir")
  set +e
  CHECKER_TIMINGS=1 /usr/bin/time -v -o "$tmp/time" "$checker" audit "$dir" --no-default-reports --fail-on none \
    --jobs "$jobs" --format json --output "$tmp/report.json" >"$tmp/out" 2>"$tmp/err"
  code=$?
  set -e
  failed=""
  if [ "$code" -gt 2 ]; then  # 2 only says that some input was skipped
    failed="FAILED, exit $code: $(grep '^checker: internal error' "$tmp/err" | head -n 1)"
  elif [ "$code" -ne 0 ]; then
    echo "scale.sh: checker audit of $dir exited $code:" >&2
    grep '^checker: ' "$tmp/err" | grep -v '^checker: timing' | head -n 5 >&2
  fi
  wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$tmp/time" |
    awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; print s }')
  rss_kb=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$tmp/time")
  stage() { sed -n "s/^checker: timing $1 \([0-9.]*\) s.*/\1/p" "$tmp/err"; }
  findings=${failed:-$(tail -n 1 "$tmp/out")}
  printf '%-6s %8d %11d %8.2f %7.2f %8.0f %8d | %7.2f %7.2f %7.2f %7.2f %7.2f | %8.1f  %s\n' "${mb}MB" "$docs" "$bytes" \
    "$wall" "$(echo "$bytes / 1000000 / $wall" | bc -l)" "$(echo "$docs / $wall" | bc -l)" $((rss_kb / 1024)) \
    "$(stage loading)" "$(stage extraction)" "$(stage reconciliation)" "$(stage suppressions)" "$(stage reports)" \
    "$re2_mbps" "$findings"
  grep '^checker: timing' "$tmp/err" | sed 's/^/    /' >"$tmp/stages.$mb"
  [ -z "$failed" ] || break  # a larger corpus would fail the same way
  if [ -n "$prev_secs" ]; then
    growth+=$(printf '%s: input x%.1f, time x%.2f, peak RSS x%.2f\n' "${mb}MB" "$(echo "$bytes / $prev_bytes" | bc -l)" \
      "$(echo "$wall / $prev_secs" | bc -l)" "$(echo "$rss_kb / $prev_rss" | bc -l)")$'\n'
  fi
  prev_secs=$wall prev_rss=$rss_kb prev_bytes=$bytes
done
[ -z "$growth" ] || { echo "growth from the previous size (linear cost: time grows as the input):"; printf '%s' "$growth"; }
echo "stage lines (time, and the peak RSS reached by the end of the stage):"
for f in "$tmp"/stages.*; do echo "  ${f##*.} MB:"; cat "$f"; done
