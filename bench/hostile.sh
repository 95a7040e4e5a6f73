#!/usr/bin/env bash
# Hostile shapes of input, timed: each must finish in seconds with bounded memory (a benchmark,
# not a test: compare the numbers of one run, and against earlier notes).
# Usage: bash bench/hostile.sh [build/checker]
set -u
checker=${1:-build/checker}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
gen() {  # gen NAME LANG: body from stdin, front matter added
  { printf -- '---\nlang: %s\ndate: 2024\n---\n' "$2"; cat; } >"$dir/$1.txt"
}
head -c 5000000 /dev/zero | tr '\0' 'a' | gen word fr                                   # a 5 MB word
yes 'Pont' | head -n 300000 | tr '\n' ' ' | gen caps fr                                 # 300 000 capitals
for i in $(seq 1 100000); do printf '%d km2 le %d mars %d ' $((i * 7 % 99991)) $((i % 28 + 1)) $((1900 + i % 200)); done | gen numbers fr  # one line, 100 000 values
for i in $(seq 1 20000); do printf 'Agence %.0s' $(seq 1 50); printf '(AB) '; done | gen paren fr   # acronym look-alikes
yes 'The Big Bridge Of Doom Tower' | head -n 100000 | tr '\n' ' ' | gen upper en        # a 3 MB run of capitals
printf '%s\n' "file          seconds  peak-KB  result"
for f in word caps numbers paren upper; do
  /usr/bin/time -f "%e %M" -o "$dir/time" "$checker" audit "$dir/$f.txt" --fail-on none >"$dir/out" 2>&1
  printf '%-12s %8s %8s  %s\n' "$f" $(cat "$dir/time") "$(tail -n 1 "$dir/out")"
done
