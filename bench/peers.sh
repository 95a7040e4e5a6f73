#!/usr/bin/env bash
# Side by side, in one run, on one French corpus (the seed documents repeated to about 20 MB):
#   checker mentions  vs  chrono-node (chrono.fr, dates only)  vs  @microsoft/recognizers-text
#                         (French number, currency, dimension, temperature, age, date-time models)
#   checker audit     vs  one RE2 pass counting digit groups (build/bench/re2_pass: the floor)
#                         and grep -oE '[0-9]+' | wc -l (for reference)
# The slow peers get a slice from the start of the same text; every figure is MB/s of its own
# input (MB = 10^6 bytes). The npm peers go into a scratch folder, never into the product.
# Not a test: other work on the machine moves the numbers, so compare ratios of one run.
#
# Usage: bash bench/peers.sh [--build build] [--mb 20] [--chrono-mb 2] [--recognizers-kb 20]
#                            [--peers /tmp/checker-bench-peers]
set -eu
build=build mb=20 chrono_mb=2 recognizers_kb=20 peers=/tmp/checker-bench-peers
while [ $# -gt 0 ]; do
  case $1 in
    --build) build=$2; shift 2 ;;
    --mb) mb=$2; shift 2 ;;
    --chrono-mb) chrono_mb=$2; shift 2 ;;
    --recognizers-kb) recognizers_kb=$2; shift 2 ;;
    --peers) peers=$2; shift 2 ;;
    *) echo "usage: bash bench/peers.sh [--build DIR] [--mb N] [--chrono-mb N] [--recognizers-kb N] [--peers DIR]" >&2; exit 2 ;;
  esac
done
checker=$build/checker re2_pass=$build/bench/re2_pass
for tool in "$checker" "$re2_pass"; do
  [ -x "$tool" ] || { echo "peers.sh: $tool not found (build first)" >&2; exit 2; }
done
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Node and the peers (Debian's nodejs and npm if node is missing; pinned peer versions).
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo=sudo
  $sudo apt-get install -y nodejs npm >&2
fi
if [ ! -d "$peers/node_modules/chrono-node" ] || [ ! -d "$peers/node_modules/@microsoft/recognizers-text-suite" ]; then
  mkdir -p "$peers"
  [ -f "$peers/package.json" ] || echo '{"private": true}' >"$peers/package.json"
  (cd "$peers" && npm install --no-audit --no-fund chrono-node@2.10.3 @microsoft/recognizers-text-suite@1.3.1 >&2)
fi

# The corpus: copies of the seeds as a directory (for the audit) and as one file (same bytes).
copies=$(( mb * 1000000 / $(cat seeds/*.txt | wc -c) + 1 ))
for i in $(seq -w 1 "$copies"); do mkdir -p "$tmp/corpus/$i" && cp seeds/*.txt "$tmp/corpus/$i/"; done
find "$tmp/corpus" -type f | LC_ALL=C sort | xargs cat >"$tmp/corpus.txt"
bytes=$(wc -c <"$tmp/corpus.txt")

now() { date +%s.%N; }
mbps() { echo "$1 / 1000000 / $2" | bc -l; }
row() { printf '%-34s %11d %9.3f %9.3f %9s\n' "$1" "$2" "$3" "$(mbps "$2" "$3")" "$4"; }

echo "one French corpus: $copies copies of seeds/ ($bytes bytes), $(nproc) cores, $(date -u '+%Y-%m-%d %H:%M UTC')"
printf '%-34s %11s %9s %9s %9s\n' tool bytes seconds MB/s found

t0=$(now); "$checker" mentions "$tmp/corpus.txt" --lang fr --date 2026-01-15 --jobs 0 >"$tmp/mentions.jsonl"; t1=$(now)
mentions_s=$(echo "$t1 - $t0" | bc -l)
row "checker mentions --jobs 0" "$bytes" "$mentions_s" "$(wc -l <"$tmp/mentions.jsonl")"
mentions_mbps=$(mbps "$bytes" "$mentions_s")
t0=$(now); "$checker" mentions "$tmp/corpus.txt" --lang fr --date 2026-01-15 --jobs 1 >"$tmp/mentions1.jsonl"; t1=$(now)
mentions1_s=$(echo "$t1 - $t0" | bc -l)
row "checker mentions --jobs 1" "$bytes" "$mentions1_s" "$(wc -l <"$tmp/mentions1.jsonl")"
cmp -s "$tmp/mentions.jsonl" "$tmp/mentions1.jsonl" || { echo "peers.sh: mentions --jobs 0 and --jobs 1 differ" >&2; exit 1; }

read -r c_bytes c_s c_found c_warm < <(NODE_PATH=$peers/node_modules node "$here/peers.js" chrono "$tmp/corpus.txt" $((chrono_mb * 1000000)))
row "chrono-node fr (parsing only)" "$c_bytes" "$c_s" "$c_found"
read -r r_bytes r_s r_found r_warm < <(NODE_PATH=$peers/node_modules node "$here/peers.js" recognizers "$tmp/corpus.txt" $((recognizers_kb * 1000)))
row "recognizers-text fr (parsing only)" "$r_bytes" "$r_s" "$r_found"
echo "  (excluded: first parse of one sentence, chrono-node $c_warm s, recognizers-text $r_warm s)"

audit() {  # audit JOBS: the whole audit, JSON report to a file
  local start end
  start=$(now)
  "$checker" audit "$tmp/corpus" --no-default-reports --fail-on none --jobs "$1" --format json >"$tmp/audit.json" 2>"$tmp/audit.err" || {
    echo "peers.sh: checker audit failed: $(head -n 3 "$tmp/audit.err")" >&2; exit 1; }
  end=$(now)
  echo "$end - $start" | bc -l
}
audit_s=$(audit 0)
row "checker audit --jobs 0 (all cores)" "$bytes" "$audit_s" "-"
audit1_s=$(audit 1)
row "checker audit --jobs 1" "$bytes" "$audit1_s" "-"
read -r _ _ _ _ re2_matches _ re2_s _ < <("$re2_pass" "$tmp/corpus")
row "re2_pass [0-9]+ (one thread)" "$bytes" "$re2_s" "$re2_matches"
t0=$(now); grep_found=$(grep -oE '[0-9]+' "$tmp/corpus.txt" | wc -l); t1=$(now)
row "grep -oE '[0-9]+' | wc -l" "$bytes" "$(echo "$t1 - $t0" | bc -l)" "$grep_found"

ratio() { echo "$1 / $2" | bc -l; }
echo "ratios (MB/s over MB/s):"
printf '  checker mentions / chrono-node:      %8.1fx  (goal >= 20x)\n' "$(ratio "$mentions_mbps" "$(mbps "$c_bytes" "$c_s")")"
printf '  same, checker mentions --jobs 1:     %8.1fx\n' "$(ratio "$(mbps "$bytes" "$mentions1_s")" "$(mbps "$c_bytes" "$c_s")")"
printf '  checker mentions / recognizers-text: %8.1fx\n' "$(ratio "$mentions_mbps" "$(mbps "$r_bytes" "$r_s")")"
printf '  re2 pass / checker audit --jobs 0:   %8.1fx  (goal <= 4x)\n' "$(ratio "$audit_s" "$re2_s")"
printf '  re2 pass / checker audit --jobs 1:   %8.1fx\n' "$(ratio "$audit1_s" "$re2_s")"
