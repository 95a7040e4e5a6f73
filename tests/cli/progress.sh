#!/usr/bin/env bash
# The progress line on standard error: shown when it is a terminal (faked with script(1) from
# util-linux), erased at the end, absent when piped or with --quiet; reports are the same bytes.
# Usage: progress.sh path/to/checker (from the repository root).
set -u
checker=$(realpath "${1:?usage: progress.sh CHECKER}")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0
passes=0
fail() { echo "FAIL $1"; failures=$((failures + 1)); }
ok() { passes=$((passes + 1)); }
if ! script -qec true /dev/null >/dev/null 2>&1; then
  echo "SKIP: script(1) cannot open a pseudo-terminal here"
  exit 77
fi

# in_tty FILE CMD : runs CMD (a shell command line) with standard error on a pseudo-terminal;
# what the terminal shows lands in FILE.
in_tty() { script -qec "$2" /dev/null </dev/null >"$1"; }

# Piped: the reference report, and nothing on standard error.
"$checker" audit --no-default-reports seeds/ --format json >"$tmp/piped.json" 2>"$tmp/piped.err"
[ ! -s "$tmp/piped.err" ] && ok || fail "piped: standard error not empty: $(head -c 300 "$tmp/piped.err")"

# A terminal: "checker: N/5 documents, M claims, T s" rewritten with \r, then erased.
in_tty "$tmp/tty.txt" "'$checker' audit --no-default-reports seeds/ --format json >'$tmp/tty.json'"
grep -aqE $'\rchecker: ([0-9]+/5 documents, [0-9]+ claims|finding subjects, [0-9]+/5 documents), [0-9]+\\.[0-9]s' "$tmp/tty.txt" \
  && ok || fail "tty: no progress line in: $(cat -v "$tmp/tty.txt" | head -c 400)"
# The last thing written is the erasing: \r, spaces, \r.
shown=$(cat "$tmp/tty.txt")
erased=$'\r +\r$'
[[ "$shown" =~ $erased ]] && ok || fail "tty: the progress line is not erased at the end: $(cat -v "$tmp/tty.txt" | tail -c 200)"
cmp -s "$tmp/piped.json" "$tmp/tty.json" && ok || fail "tty: the report differs from the piped run's"

# Several threads, a bigger corpus: same bytes.
in_tty "$tmp/tty4.txt" "'$checker' audit --no-default-reports seeds/ tests/fixtures --jobs 4 --format json >'$tmp/tty4.json'"
"$checker" audit --no-default-reports seeds/ tests/fixtures --jobs 4 --format json >"$tmp/piped4.json" 2>/dev/null
cmp -s "$tmp/piped4.json" "$tmp/tty4.json" && ok || fail "tty --jobs 4: the report differs from the piped run's"
grep -aq 'documents, ' "$tmp/tty4.txt" && ok || fail "tty --jobs 4: no progress line"

# --quiet: nothing at all on the terminal's standard error; the same for `checker claims`.
in_tty "$tmp/quiet.txt" "'$checker' audit --no-default-reports seeds/ --format json --quiet >'$tmp/quiet.json'"
[ ! -s "$tmp/quiet.txt" ] && ok || fail "--quiet: wrote $(cat -v "$tmp/quiet.txt" | head -c 300)"
cmp -s "$tmp/piped.json" "$tmp/quiet.json" && ok || fail "--quiet: the report differs"
in_tty "$tmp/claims.txt" "'$checker' claims seeds/ >/dev/null"
grep -aq 'documents, ' "$tmp/claims.txt" && ok || fail "claims tty: no progress line"
in_tty "$tmp/claims-quiet.txt" "'$checker' claims seeds/ -q >/dev/null"
[ ! -s "$tmp/claims-quiet.txt" ] && ok || fail "claims --quiet: wrote $(cat -v "$tmp/claims-quiet.txt" | head -c 300)"

# Errors are never quiet.
in_tty "$tmp/err.txt" "'$checker' audit --no-default-reports '$tmp/nowhere' --quiet >/dev/null"
grep -aq "$tmp/nowhere: no such file or directory" "$tmp/err.txt" && ok || fail "--quiet hid an error"

echo "$passes passed, $failures failed"
[ "$failures" -eq 0 ]
