#!/usr/bin/env bash
# The claim store: a first audit into an empty store, a second with nothing changed, and a third
# after one document changed, against the same audit without a store. Two corpora of about SIZE MB:
#   copies     (default) the seeds and the fixtures copied again and again, each copy made distinct
#              (its own reference line), so every document has its own content hash; every copy
#              repeats the same subjects, so each finding gathers every copy of its claims;
#   generated  bench/gen_corpus (seed 1): the same documents with other subjects, numbers and
#              dates per batch, more like an archive (findings of a few claims each);
#   articles   bench/gen_corpus --only seeds (seed 1): the seeds alone, varied the same way, so every
#              document has an article's size (2.8 to 35 KB) instead of the fixtures' few lines.
# Prints wall and CPU (user + system) seconds and peak memory per run; on a shared machine CPU
# seconds are the steadier figure. Not a test.
# Usage: bash bench/store.sh [build/checker] [size-in-MB] [jobs] [copies|generated|articles]
set -eu
checker=$(realpath "${1:-build/checker}")
target_mb=${2:-100}
jobs=${3:-0}
kind=${4:-copies}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# The bytes of the files under a folder (not its directories, which a disk counts as 4 KiB each
# and tmpfs as a few bytes): the same corpus whatever TMPDIR is on.
file_bytes() { find "$1" -type f -printf '%s\n' | awk '{ n += $1 } END { print n + 0 }'; }

case $kind in copies|generated|articles) ;; *) echo "bench/store.sh: unknown corpus kind '$kind' (copies, generated or articles)" >&2; exit 2 ;; esac
if [ "$kind" != copies ]; then
  gen=$(dirname "$checker")/bench/gen_corpus
  [ -x "$gen" ] || { echo "bench/store.sh: $gen not found (the $kind corpus needs bench/gen_corpus beside the checker)" >&2; exit 2; }
  only=()
  [ "$kind" = articles ] && only=(--only seeds)
  "$gen" --size "$target_mb" --out "$tmp/corpus" --seed 1 --root . "${only[@]}" >/dev/null
  bytes=$(file_bytes "$tmp/corpus")
  files=$(find "$tmp/corpus" -type f | wc -l)
  printf 'corpus: %d bytes in %d documents (bench/gen_corpus --seed 1 %s)\n' "$bytes" "$files" "${only[*]}"
else
  mkdir -p "$tmp/one"
  cp -r seeds tests/fixtures "$tmp/one/"
  find "$tmp/one" -type f ! -name '*.txt' ! -name '*.md' -delete
  one=$(file_bytes "$tmp/one")
  copies=$(( target_mb * 1000000 / one + 1 ))
  for i in $(seq -w "$copies"); do
    mkdir -p "$tmp/corpus/c$i"
    cp -r "$tmp/one/." "$tmp/corpus/c$i/"
  done
  # Distinct documents: each copy's files end with their own line.
  find "$tmp/corpus" -type f | while read -r f; do printf '\nRéf. %s\n' "${f#"$tmp"/corpus/}" >>"$f"; done
  bytes=$(file_bytes "$tmp/corpus")
  files=$(find "$tmp/corpus" -type f | wc -l)
  printf 'corpus: %d bytes in %d documents (%d copies of seeds + fixtures)\n' "$bytes" "$files" "$copies"
fi
# The store does not trust the stamp of a file modified in the last two seconds (it could change
# again within the same clock tick): an archive is older than that.
sleep 2

cd "$tmp"
run() {  # run LABEL ARGS...: seconds and peak resident memory of one audit
  local label=$1
  shift
  /usr/bin/time -f "%e %U %S %M" -o "$tmp/time" "$checker" audit corpus --no-default-reports --fail-on none \
    --jobs "$jobs" --format json -o "$tmp/$label.json" "$@" >/dev/null 2>"$tmp/$label.err"
  read -r secs user sys kb <"$tmp/time"
  cpu=$(echo "$user + $sys" | bc -l)
  printf '%-22s %7.2f s wall %7.2f s cpu %6d MB peak\n' "$label" "$secs" "$cpu" $(( kb / 1024 ))
  eval "secs_${label//-/_}=$secs cpu_${label//-/_}=$cpu"
}
run no-store
run store-first --store "$tmp/claims.db"
run store-unchanged --store "$tmp/claims.db"
if [ "$kind" != copies ]; then
  # The last file (in path order) with a year in it: its first year becomes 2031.
  target=$(grep -rlE '(19|20)[0-9]{2}' corpus | sort | tail -n 1)
  sed -i -E '0,/(19|20)[0-9]{2}/s//2031/' "$target"
else
  target=$(find corpus -name 'a2.md' -path '*vardenne*' | sort | head -n 1)
  sed -i 's/2024/2027/g' "$target"
fi
echo "changed: $target"
run store-one-changed --store "$tmp/claims.db"
run no-store-one-changed
printf 'store file: %d bytes\n' "$(stat -c %s "$tmp/claims.db")"
cmp -s "$tmp/store-one-changed.json" "$tmp/no-store-one-changed.json" && echo "reports: identical with and without the store"
printf 'one document changed / first audit: %.1f %% wall, %.1f %% cpu\n' \
  "$(echo "100 * $secs_store_one_changed / $secs_store_first" | bc -l)" \
  "$(echo "100 * $cpu_store_one_changed / $cpu_store_first" | bc -l)"
printf 'one document changed / audit without store: %.1f %% wall, %.1f %% cpu\n' \
  "$(echo "100 * $secs_store_one_changed / $secs_no_store" | bc -l)" \
  "$(echo "100 * $cpu_store_one_changed / $cpu_no_store" | bc -l)"
