#!/usr/bin/env bash
# `checker mentions` as a user meets it: JSON Lines in text order, relative dates left
# unresolved without --date, errors that name the file and place (exit 2).
# Usage: mentions.sh path/to/checker (run from the repository root).
set -u
checker=${1:?usage: mentions.sh CHECKER}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0
expect() {  # NAME EXPECTED ACTUAL
  if [ "$2" != "$3" ]; then
    echo "FAIL $1"
    echo "  expected: $2"
    echo "  actual:   $3"
    failures=$((failures + 1))
  fi
}

text="Le 27 novembre dernier, près de 100 000 personnes ; l'an prochain, 1,3 milliard de dollars."
out=$(printf '%s' "$text" | "$checker" mentions - --lang fr)
expect "no --date: unresolved" \
'{"start":0,"end":22,"text":"Le 27 novembre dernier","type":"date","timex":"XXXX-11-27","precision":"day","mod":null,"interval":null}
{"start":24,"end":40,"text":"près de 100 000","type":"number","value":100000.0,"lower":90000.0,"upper":100000.0,"qualifier":"nearly"}
{"start":53,"end":66,"text":"l'"'"'an prochain","type":"date","timex":"XXXX","precision":"year","mod":null,"interval":null}
{"start":68,"end":91,"text":"1,3 milliard de dollars","type":"amount","amount":1300000000.0,"currency":"USD"}' "$out"

out=$(printf '%s' "$text" | "$checker" mentions --lang fr --date 2026-02-03 | head -1)
expect "--date resolves" \
'{"start":0,"end":22,"text":"Le 27 novembre dernier","type":"date","timex":"2025-11-27","precision":"day","mod":null,"interval":["2025-11-27","2025-11-27"]}' "$out"

printf 'The growth of the index was 0.5 percentage points over three years.' >"$tmp/en.txt"
out=$("$checker" mentions "$tmp/en.txt")
expect "auto language, points, durations" \
'{"start":28,"end":49,"text":"0.5 percentage points","type":"percent","amount":0.5,"points":true}
{"start":55,"end":66,"text":"three years","type":"duration","timex":"P3Y"}' "$out"

out=$(printf 'croît de 0,4 %% par an ; cette semaine, le 9 juillet et le lendemain.' | "$checker" mentions --lang fr --date 1999-07-09)
expect "recurrences (TimeML spans the unit), weeks, days anchored to the last day named" \
'{"start":10,"end":15,"text":"0,4 %","type":"percent","amount":0.4}
{"start":20,"end":22,"text":"an","type":"set","timex":"P1Y"}
{"start":25,"end":38,"text":"cette semaine","type":"date","timex":"1999-W27","precision":"week","mod":null,"interval":["1999-07-05","1999-07-11"]}
{"start":40,"end":52,"text":"le 9 juillet","type":"date","timex":"1999-07-09","precision":"day","mod":null,"interval":["1999-07-09","1999-07-09"]}
{"start":56,"end":68,"text":"le lendemain","type":"date","timex":"1999-07-10","precision":"day","mod":null,"interval":["1999-07-10","1999-07-10"]}' "$out"

out=$(printf "Le cosmodrome n'était plus opérationnel, la centrale reste en service." | "$checker" mentions --lang fr)
expect "statuses, negated by the pack's negations" \
'{"start":14,"end":41,"text":"n'"'"'était plus opérationnel","type":"status","value":"not-operational","negated":true}
{"start":55,"end":71,"text":"reste en service","type":"status","value":"operational"}' "$out"

"$checker" mentions --lang fr --rules "$tmp/no-rules" </dev/null >/dev/null 2>"$tmp/err"
expect "missing rules: exit 2" 2 "$?"

out=$(printf 'Il est parti hier.' | "$checker" mentions --lang fr)
expect "no --date: an unknown day is XX" \
'{"start":13,"end":17,"text":"hier","type":"date","timex":"XXXX-XX-XX","precision":"day","mod":null,"interval":null}' "$out"

"$checker" mentions "$tmp/missing.txt" >/dev/null 2>"$tmp/err"
expect "missing file: exit 2" 2 $?
expect "missing file: message" "checker: $tmp/missing.txt: cannot open: No such file or directory" "$(cat "$tmp/err")"

mkfifo "$tmp/pipe.txt"
timeout 20 "$checker" mentions "$tmp/pipe.txt" >/dev/null 2>"$tmp/err" </dev/null
expect "FIFO: exit 2, no hang" 2 $?
expect "FIFO: message" "checker: $tmp/pipe.txt: a FIFO (not a regular file)" "$(cat "$tmp/err")"

printf 'ligne une\nvaleur \xff ici' >"$tmp/bad.txt"
"$checker" mentions "$tmp/bad.txt" >/dev/null 2>"$tmp/err"
expect "invalid UTF-8: exit 2" 2 $?
expect "invalid UTF-8: message" "checker: $tmp/bad.txt:2:8: invalid UTF-8 at byte 17" "$(cat "$tmp/err")"

"$checker" mentions - --date 2026-13-01 </dev/null >/dev/null 2>&1
expect "bad --date: exit 2" 2 $?

# A long text is read in batches of paragraphs on several threads: the output is the same as
# one pass, and a clock time belongs to the last day named before it, even batches earlier.
{
  printf 'Monday, January 19, 2026: the meeting was set.\n\n'
  for i in $(seq 1 9000); do printf 'Nothing was said about the plan that morning, %s.\n\n' "$i"; done
  printf 'The doors opened at 6 pm.\n\nTuesday, January 20, 2026, then.\n\n'
  for i in $(seq 1 9000); do printf 'Nothing was said about the plan that morning, %s.\n\n' "$i"; done
  printf 'They closed at 11 pm.\n'
} >"$tmp/long.txt"
one=$("$checker" mentions "$tmp/long.txt" --lang en --jobs 1 | grep '"type":"time"')
two=$("$checker" mentions "$tmp/long.txt" --lang en --jobs 2 | grep '"type":"time"')
expect "times across batches, the day of the batch before" \
'{"start":475961,"end":475965,"text":"6 pm","type":"time","timex":"2026-01-19T18:00"}
{"start":951910,"end":951915,"text":"11 pm","type":"time","timex":"2026-01-20T23:00"}' "$one"
"$checker" mentions "$tmp/long.txt" --lang en --jobs 1 >"$tmp/one.jsonl"
"$checker" mentions "$tmp/long.txt" --lang en --jobs 2 >"$tmp/two.jsonl"
if ! cmp -s "$tmp/one.jsonl" "$tmp/two.jsonl"; then echo "FAIL --jobs 2 differs from --jobs 1"; failures=$((failures + 1)); fi

if [ "$failures" -ne 0 ]; then echo "$failures failure(s)"; exit 1; fi
echo "mentions CLI: all checks passed"
