#!/usr/bin/env bash
# Throughput of `checker mentions`: the seed documents repeated to about 20 MB, scanned in
# French with a reference date; prints MB/s (best of three runs). Not a test.
# Usage: bash bench/mentions.sh [build/checker] [size-in-MB]
set -eu
checker=${1:-build/checker}
target_mb=${2:-20}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat seeds/*.txt >"$tmp/one.txt"
one=$(wc -c <"$tmp/one.txt")
copies=$(( target_mb * 1000000 / one + 1 ))
for _ in $(seq "$copies"); do cat "$tmp/one.txt"; done >"$tmp/corpus.txt"
bytes=$(wc -c <"$tmp/corpus.txt")
best=""
for _ in 1 2 3; do
  start=$(date +%s.%N)
  "$checker" mentions "$tmp/corpus.txt" --lang fr --date 2026-01-15 >"$tmp/out.jsonl"
  end=$(date +%s.%N)
  secs=$(echo "$end - $start" | bc -l)
  if [ -z "$best" ] || [ "$(echo "$secs < $best" | bc -l)" = 1 ]; then best=$secs; fi
done
mentions=$(wc -l <"$tmp/out.jsonl")
printf '%d bytes, %d mentions, best of 3: %.2f s, %.1f MB/s\n' "$bytes" "$mentions" "$best" \
  "$(echo "$bytes / 1000000 / $best" | bc -l)"
