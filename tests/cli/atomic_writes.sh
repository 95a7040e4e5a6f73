#!/usr/bin/env bash
# Writing reports and baselines: a run killed with SIGKILL at random points leaves either the old
# complete file or a new complete one, never a truncated one, and the next run works; output
# directories that are missing or not writable; standard output that is closed or full.
# Usage: atomic_writes.sh CHECKER (run from the repository root).
set -u
checker=$(realpath "${1:?usage: atomic_writes.sh CHECKER}")
rules=$(pwd)/rules
seeds=$(pwd)/seeds
tmp=$(mktemp -d)
chmod 755 "$tmp"
trap 'rm -rf "$tmp"' EXIT
cd "$tmp" || exit 1
failures=0
passes=0
fail() { echo "FAIL $*"; failures=$((failures + 1)); }
ok() { passes=$((passes + 1)); }
has() { if [[ "$3" == *"$2"* ]]; then ok; else fail "$1: missing '$2' in:"; echo "${3:0:600}" | sed 's/^/  /'; fi; }
now_ms() { echo $(($(date +%s%N) / 1000000)); }
run() { timeout -k 5 120 "$checker" audit --no-default-reports --rules "$rules" --fail-on none "$@"; }

# A corpus whose reports are large (3 000 findings, a 7 MB JSON report): the write takes time.
awk 'BEGIN { for (i = 0; i < 3000; i++) { n = i; s = ""; for (k = 0; k < 4; k++) { s = s sprintf("%c", 97 + n % 26); n = int(n / 26) }
  printf "{\"id\": \"a%d\", \"text\": \"Le pont de Var%s ouvrira en 2023.\", \"date\": \"2021-03-02\", \"lang\": \"fr\"}\n", i, s
  printf "{\"id\": \"b%d\", \"text\": \"L'\''ouverture du pont de Var%s est repoussée à 2024.\", \"date\": \"2022-05-10\", \"lang\": \"fr\"}\n", i, s } }' >big.jsonl

# complete FILE: the file parses as JSON and holds either the seeds' 2 findings or the 3 000.
complete() { jq -e '(.findings | length) as $n | $n == 2 or $n == 3000' "$1" >/dev/null 2>&1; }

# The old, good files: the seeds' report and baseline.
mkdir -p out
run "$seeds" --output out/report.json >/dev/null 2>&1
run "$seeds" --baseline out/baseline.json --update-baseline >/dev/null 2>&1
cp out/report.json old-report.json
cp out/baseline.json old-baseline.json
complete out/report.json && ok || fail "old report: not complete JSON"
complete out/baseline.json && ok || fail "old baseline: not complete JSON"

# How long a full run takes here; the kills land between half of it and a bit past the end.
start=$(now_ms)
run big.jsonl --output measure.json >/dev/null 2>&1
total=$(($(now_ms) - start))
complete measure.json && ok || fail "measure run: report not complete"
# kill_run K TARGET MODE: starts a run that writes TARGET (report or baseline) and kills it with
# SIGKILL, after a random delay (MODE random) or as soon as its temporary file (NAME.tmp.PID)
# appears, that is while the file is being written (MODE write); then checks TARGET.
caught=0
kill_run() {
  local k=$1 target=$2 mode=$3 args when pid
  if [ "$target" = report ]; then args=(big.jsonl --output out/report.json); else
    args=(big.jsonl --baseline out/baseline.json --update-baseline); fi
  "$checker" audit --no-default-reports --rules "$rules" --fail-on none "${args[@]}" >/dev/null 2>&1 &
  pid=$!
  if [ "$mode" = write ]; then
    # (A writer that truncated the target in place would show an empty target: caught too.)
    until [ -e "out/$target.json.tmp.$pid" ] || [ ! -s "out/$target.json" ] || ! kill -0 "$pid" 2>/dev/null; do :; done
    when="when the write began"
  else
    local delay_ms=$((total * (40 + 15 * k) / 100 + RANDOM % 100))
    sleep "$(printf '%d.%03d' $((delay_ms / 1000)) $((delay_ms % 1000)))"
    when="after $delay_ms ms"
  fi
  kill -9 "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  [ -e "out/$target.json.tmp.$pid" ] && caught=$((caught + 1))
  if cmp -s "out/$target.json" "old-$target.json" || complete "out/$target.json"; then
    ok
  else
    fail "kill $k ($target, $when): out/$target.json is neither the old file nor a complete new one ($(wc -c <"out/$target.json") bytes)"
  fi
  cp "out/$target.json" "old-$target.json"  # whichever it is, the next try compares with it
}
for k in 1 2 3 4; do kill_run "$k" report random; kill_run "$k" baseline random; done
# Kills at the write itself (when the temporary file appears): a few tries; how many landed
# mid-write is printed, not asserted (the write of 7 MB takes milliseconds).
for k in 1 2 3 4; do kill_run "$k" "$([ $((k % 2)) -eq 0 ] && echo baseline || echo report)" write; done
echo "kills that landed mid-write: $caught of 12"
# Death in the middle of the write, for certain: with a file size limit (RLIMIT_FSIZE) under
# the file's size, the kernel kills the process with SIGXFSZ once it has written that much.
# A writer that truncated the target in place would leave a partial target here.
for target in report baseline; do
  if [ $target = report ]; then args=(big.jsonl --output out/report.json); limit=1000000; else
    args=(big.jsonl --baseline out/baseline.json --update-baseline); limit=50000; fi
  # (In a subshell whose stderr is closed: bash's "File size limit exceeded" is no news here.)
  (prlimit --fsize=$limit "$checker" audit --no-default-reports --rules "$rules" --fail-on none "${args[@]}" \
    >/dev/null 2>&1; echo $? >code.txt) 2>/dev/null
  code=$(cat code.txt)
  [ "$code" -ge 128 ] && ok || fail "fsize $target: exit $code, expected death by signal (SIGXFSZ)"
  cmp -s "out/$target.json" "old-$target.json" && ok || fail "fsize $target: out/$target.json changed ($(wc -c <"out/$target.json") bytes)"
  partial=$(find out -name "$target.json.tmp.*" -size -$((limit / 1000 + 1))k | wc -l)
  [ "$partial" -ge 1 ] && ok || fail "fsize $target: no partial temporary file: the death was not mid-write"
done
# Temporary files of killed runs stay beside the target (NAME.tmp.PID); the next run is not
# disturbed by them, replaces the target, and removes them (their PIDs are gone).
left=$(find out -name '*.tmp.*' | wc -l)
[ "$left" -ge 1 ] && ok || fail "no temporary file left by the killed runs"
run big.jsonl --output out/report.json >/dev/null 2>&1 && ok || fail "next run: exit $?"
[ "$(jq '.findings | length' out/report.json)" = 3000 ] && ok || fail "next run: report not complete"
run big.jsonl --baseline out/baseline.json --update-baseline >/dev/null 2>&1 && ok || fail "next baseline: exit $?"
complete out/baseline.json && ok || fail "next baseline: not complete"
[ "$(find out -name '*.tmp.*' | wc -l)" = 0 ] && ok || fail "temporary files of killed runs still there: $(find out -name '*.tmp.*')"
# ... but not the temporary file of a live process.
sleep 30 &
live=$!
printf 'partial' >"out/report.json.tmp.$live"
run "$seeds" --output out/report.json >/dev/null 2>&1
[ -e "out/report.json.tmp.$live" ] && ok || fail "the temporary file of a live process was removed"
kill "$live"; wait "$live" 2>/dev/null
rm -f "out/report.json.tmp.$live"

# A missing output directory is created.
run "$seeds" --output new/sub/dir/report.json >/dev/null 2>&1 && ok || fail "missing directory: exit $?"
complete new/sub/dir/report.json && ok || fail "missing directory: report not written"
# An output directory that cannot be made or written: exit 2, the path and the reason named.
printf 'a file' >blocker
out=$(run "$seeds" --output blocker/report.json 2>&1 >/dev/null)
[ $? -eq 2 ] && ok || fail "not a directory: exit code"
has not-a-directory "checker: blocker/report.json: cannot create directory:" "$out"
if [ "$(id -u)" -ne 0 ] || command -v setpriv >/dev/null; then
  as_user=()
  [ "$(id -u)" -eq 0 ] && as_user=(setpriv --reuid=65534 --regid=65534 --clear-groups)
  mkdir -p locked && chmod 755 locked
  [ "$(id -u)" -ne 0 ] && chmod 555 locked
  # Copies that nobody can reach wherever the repository is checked out (/root is 700).
  cp "$checker" checker-copy && cp -r "$rules" rules-copy && cp -r "$seeds" seeds-copy
  chmod -R a+rX checker-copy rules-copy seeds-copy
  out=$("${as_user[@]}" "$tmp/checker-copy" audit --no-default-reports --rules "$tmp/rules-copy" seeds-copy \
    --output locked/report.json 2>&1 >/dev/null)
  [ $? -eq 2 ] && ok || fail "not writable: exit code"
  has not-writable "checker: locked/report.json: cannot write: Permission denied" "$out"
fi

# Standard output closed early (| head -n 3): no noise, report files still written, the audit's
# own exit code. The text report of the big corpus is far larger than a pipe's buffer.
set -o pipefail
first=$( { "$checker" audit --no-default-reports --rules "$rules" big.jsonl --output piped.json 2>stderr.txt; echo $? >code.txt; } | head -n 3)
set +o pipefail
[ "$(cat code.txt)" = 1 ] && ok || fail "closed pipe: exit $(cat code.txt), expected 1 (findings)"
[ -s stderr.txt ] && fail "closed pipe: stderr: $(head -c 300 stderr.txt)" || ok
[ -n "$first" ] && ok || fail "closed pipe: nothing read"
[ "$(jq '.findings | length' piped.json 2>/dev/null)" = 3000 ] && ok || fail "closed pipe: report file not complete"
# checker claims | head -n 1: it stops printing, quietly, with its own exit code.
{ "$checker" claims --rules "$rules" big.jsonl 2>claims-err.txt; echo $? >claims-code.txt; } | head -n 1 >/dev/null
[ "$(cat claims-code.txt)" = 0 ] && ok || fail "claims | head: exit $(cat claims-code.txt), expected 0"
[ -s claims-err.txt ] && fail "claims | head: stderr: $(head -c 300 claims-err.txt)" || ok
# Standard output on a full device: said, exit 2.
if [ -w /dev/full ]; then
  out=$("$checker" audit --no-default-reports --rules "$rules" "$seeds" 2>&1 >/dev/full)
  [ $? -eq 2 ] && ok || fail "full stdout: exit code"
  has full-stdout "checker: cannot write to standard output: No space left on device" "$out"
fi

echo "$passes passed, $failures failed"
[ "$failures" -eq 0 ]
