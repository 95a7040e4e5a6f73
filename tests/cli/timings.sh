#!/usr/bin/env bash
# CHECKER_TIMINGS=1 adds one stderr line per audit stage, in pipeline order, and changes nothing
# else: same standard output, same exit code. Usage: timings.sh path/to/checker (from the repo root).
set -u
checker=${1:?usage: timings.sh CHECKER}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL $*"; exit 1; }

"$checker" audit --no-default-reports seeds/ >"$tmp/plain.out" 2>"$tmp/plain.err"
plain_code=$?
CHECKER_TIMINGS=1 "$checker" audit --no-default-reports seeds/ >"$tmp/timed.out" 2>"$tmp/timed.err"
timed_code=$?
[ "$plain_code" -eq 1 ] || fail "seeds audit exit $plain_code, expected 1"
[ "$timed_code" -eq "$plain_code" ] || fail "exit $timed_code with timings, $plain_code without"
cmp -s "$tmp/plain.out" "$tmp/timed.out" || fail "standard output differs with CHECKER_TIMINGS=1"
[ ! -s "$tmp/plain.err" ] || fail "stderr without timings: $(cat "$tmp/plain.err")"

stages=$(sed -n 's/^checker: timing \([a-z]*\) [0-9]*\.[0-9]\{3\} s, peak RSS [0-9]* MB$/\1/p' "$tmp/timed.err" | tr '\n' ' ')
[ "$stages" = "loading extraction reconciliation suppressions reports " ] ||
  fail "stages '$stages', expected 'loading extraction reconciliation suppressions reports'; stderr:
$(cat "$tmp/timed.err")"
[ "$(wc -l <"$tmp/timed.err")" -eq 5 ] || fail "stderr has other lines: $(cat "$tmp/timed.err")"

# "0" and the empty string leave timings off.
for off in 0 ""; do
  CHECKER_TIMINGS=$off "$checker" audit --no-default-reports seeds/ >/dev/null 2>"$tmp/off.err"
  [ ! -s "$tmp/off.err" ] || fail "CHECKER_TIMINGS='$off' printed: $(cat "$tmp/off.err")"
done
echo "timings: 5 stages in order, output unchanged, off for '0' and ''"
