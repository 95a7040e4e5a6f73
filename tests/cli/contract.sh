#!/usr/bin/env bash
# The CLI contract, as a user meets it: exit codes, messages naming file and place, relative
# paths, report files. Usage: contract.sh path/to/checker (run from the repository root).
set -u
checker=${1:?usage: contract.sh CHECKER}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0
passes=0

# run NAME EXPECTED_EXIT CMD... : runs CMD, keeps stdout/stderr in $out/$err, checks the exit code.
run() {
  local name=$1 expected=$2
  shift 2
  "$@" >"$tmp/out" 2>"$tmp/err" </dev/null
  local code=$?
  out=$(cat "$tmp/out")
  err=$(cat "$tmp/err")
  if [ "$code" -ne "$expected" ]; then
    echo "FAIL $name: exit $code, expected $expected"
    echo "  stdout: ${out:0:400}"
    echo "  stderr: ${err:0:400}"
    failures=$((failures + 1))
  else
    passes=$((passes + 1))
  fi
}
# has NAME TEXT HAYSTACK : HAYSTACK contains TEXT.
has() {
  if [[ "$3" != *"$2"* ]]; then
    echo "FAIL $1: missing '$2' in:"
    echo "${3:0:600}" | sed 's/^/  /'
    failures=$((failures + 1))
  else
    passes=$((passes + 1))
  fi
}
lacks() {
  if [[ "$3" == *"$2"* ]]; then
    echo "FAIL $1: unexpected '$2'"
    failures=$((failures + 1))
  else
    passes=$((passes + 1))
  fi
}

run version 0 "$checker" --version
has version "checker 0.1.0" "$out"
run help 0 "$checker" --help
has help "audit" "$out"
run no-subcommand 2 "$checker"
run unknown-flag 2 "$checker" audit --no-default-reports seeds/ --bogus
has unknown-flag "--bogus" "$err"
run bad-fail-on 2 "$checker" audit --no-default-reports seeds/ --fail-on sometimes
run bad-format 2 "$checker" audit --no-default-reports seeds/ --format pdf

# The seeds audit: findings at or above the default --fail-on (warning) exit 1.
run seeds 1 "$checker" audit --no-default-reports seeds/
has seeds "Baiterek: milestone target moved 2023 → 2024 → 2025-12 across 2 documents" "$out"
has seeds "Baikonur Cosmodrome: status changed over time: operational (2023-11) → not-operational (2026-02), after the event of 2025-11-27" "$out"
has seeds-relative-paths "seeds/002_c429034b85c2b96c.txt:" "$out"
has seeds-summary "2 findings (0 error, 2 warning, 0 note)" "$out"
has seeds-documents "5 documents, " "$out"
lacks seeds-piped-no-color $'\e[' "$out"
run seeds-color 1 "$checker" audit --no-default-reports seeds/ --color always
has seeds-color $'\e[' "$out"
run fail-on-none 0 "$checker" audit --no-default-reports seeds/ --fail-on none
run fail-on-error 0 "$checker" audit --no-default-reports seeds/ --fail-on error
run fail-on-note 1 "$checker" audit --no-default-reports seeds/ --fail-on note
run seeds-dot-path 1 "$checker" audit --no-default-reports ./seeds
has seeds-dot-path "./seeds/000_915ac5c5f235a9a9.txt:" "$out"

# A file named twice is read once; an empty directory says so.
run twice 1 "$checker" audit --no-default-reports seeds/ seeds/000_915ac5c5f235a9a9.txt
has twice "5 documents, " "$out"
mkdir -p "$tmp/empty"
run empty-dir 0 "$checker" audit --no-default-reports "$tmp/empty"
has empty-dir "no documents found" "$err"

# Reports written to files, format by position or by extension; text still on stdout.
run outputs 1 "$checker" audit --no-default-reports seeds/ --output "$tmp/r/seeds.json" --output "$tmp/r/seeds.txt"
has outputs-stdout "2 findings" "$out"
has outputs-json '"version": 1' "$(cat "$tmp/r/seeds.json" 2>/dev/null)"
has outputs-text "Baiterek" "$(cat "$tmp/r/seeds.txt" 2>/dev/null)"
# Options before the paths: each --output/--format takes one value, the rest are paths.
run options-first 1 "$checker" audit --no-default-reports -o "$tmp/r/first.json" -f json seeds/
has options-first-stdout "2 findings" "$out"
has options-first-json '"version": 1' "$(cat "$tmp/r/first.json" 2>/dev/null)"
run json-stdout 1 "$checker" audit --no-default-reports seeds/ --format json
has json-stdout '"kind": "schedule-slip"' "$out"
run unknown-extension 2 "$checker" audit --no-default-reports seeds/ --output "$tmp/report.xyz"
has unknown-extension "cannot tell the format" "$err"

# Default reports: with no --output, the audit of one directory DIR also writes
# reports/DIR.html and reports/DIR.md (relative to the working directory), text still on stdout.
mkdir -p "$tmp/work" && cp -r seeds "$tmp/work/"
checker_abs=$(cd "$(dirname "$checker")" && pwd)/$(basename "$checker")
run default-reports 1 bash -c "cd '$tmp/work' && '$checker_abs' audit seeds/"
has default-reports-stdout "2 findings (0 error, 2 warning, 0 note)" "$out"
has default-reports-html "<svg" "$(cat "$tmp/work/reports/seeds.html" 2>/dev/null)"
has default-reports-html-link 'href="../seeds/000_915ac5c5f235a9a9.txt"' "$(cat "$tmp/work/reports/seeds.html" 2>/dev/null)"
has default-reports-md "# Fact-check report" "$(cat "$tmp/work/reports/seeds.md" 2>/dev/null)"
has default-reports-said "checker: wrote reports/seeds.html" "$err"
rm -rf "$tmp/work/reports"
run no-default-reports 1 bash -c "cd '$tmp/work' && '$checker_abs' audit seeds/ --no-default-reports"
[ ! -e "$tmp/work/reports" ] && passes=$((passes + 1)) || { echo "FAIL no-default-reports: reports/ written"; failures=$((failures + 1)); }
run explicit-output-no-default 1 bash -c "cd '$tmp/work' && '$checker_abs' audit seeds/ --output out.json"
[ ! -e "$tmp/work/reports" ] && passes=$((passes + 1)) || { echo "FAIL explicit-output-no-default: reports/ written"; failures=$((failures + 1)); }
run two-paths-no-default 1 bash -c "cd '$tmp/work' && '$checker_abs' audit seeds/ seeds/000_915ac5c5f235a9a9.txt"
[ ! -e "$tmp/work/reports" ] && passes=$((passes + 1)) || { echo "FAIL two-paths-no-default: reports/ written"; failures=$((failures + 1)); }
mkdir -p "$tmp/ro" && cp -r seeds "$tmp/ro/" && printf 'not a directory' >"$tmp/ro/reports"
run default-reports-unwritable 1 bash -c "cd '$tmp/ro' && '$checker_abs' audit seeds/"
has default-reports-unwritable "warning: default report not written: reports/seeds.html" "$err"
has default-reports-unwritable-stdout "2 findings" "$out"
run help-default-reports 0 "$checker" audit --help
has help-default-reports "--no-default-reports" "$out"

# Every format by name and by extension.
for f in sarif junit github markdown html; do
  run "format-$f" 1 "$checker" audit --no-default-reports seeds/ --format "$f"
done
run ext-all 1 "$checker" audit seeds/ --output "$tmp/x/r.sarif" --output "$tmp/x/r.xml" --output "$tmp/x/r.md" --output "$tmp/x/r.html"
has ext-sarif '"version": "2.1.0"' "$(cat "$tmp/x/r.sarif" 2>/dev/null)"
has ext-junit '<testsuites name="checker"' "$(cat "$tmp/x/r.xml" 2>/dev/null)"
has ext-md '# Fact-check report' "$(cat "$tmp/x/r.md" 2>/dev/null)"
has ext-html '<!DOCTYPE html>' "$(cat "$tmp/x/r.html" 2>/dev/null)"
run github-no-extension 2 "$checker" audit seeds/ --output "$tmp/x/r.github"
has github-no-extension "cannot tell the format" "$err"

# Missing input, skipped input: exit 2, the message names the path, the rest is still checked.
run missing-path 2 "$checker" audit --no-default-reports "$tmp/nowhere"
has missing-path "$tmp/nowhere: no such file or directory" "$err"
mkdir -p "$tmp/mixed" && cp seeds/*.txt "$tmp/mixed/" && printf 'a\0b' >"$tmp/mixed/zz-binary.txt"
run skipped-input 2 "$checker" audit --no-default-reports "$tmp/mixed"
has skipped-input "zz-binary.txt: binary file (NUL bytes), skipped" "$err"
has skipped-input-still-audited "2 findings" "$out"

# Malformed rule files: exit 2, file and place named.
cp -r rules "$tmp/rules-bad"
printf '{\n  "rules": [\n    {"id": "x",, }\n  ]\n}\n' >"$tmp/rules-bad/checks/default.json"
run bad-rules 2 "$checker" audit --no-default-reports seeds/ --rules "$tmp/rules-bad"
has bad-rules "$tmp/rules-bad/checks/default.json:3:16: invalid JSON" "$err"
run rules-check-bad 2 "$checker" rules check "$tmp/rules-bad"
has rules-check-bad "default.json:3:16" "$err"
run rules-check 0 "$checker" rules check rules
has rules-check "rules: ok (3 rules" "$out"
run rules-list 0 "$checker" rules list --rules rules
has rules-list "milestone-slip" "$out"
has rules-list "status-conflict" "$out"
run rules-missing 2 "$checker" rules check "$tmp/none"
has rules-missing "rules directory not found" "$err"

# Generic: a made-up subject nobody listed in rules/ gets its slip from the same binary.
run generic-fr 1 "$checker" audit --no-default-reports tests/fixtures/schedule-slip/vardenne/
has generic-fr "pont de Vardenne: milestone target moved 2023 → 2024 → 2025-06 across 3 documents" "$out"
run generic-en 1 "$checker" audit --no-default-reports tests/fixtures/schedule-slip/halden-bay/
has generic-en "milestone target moved 2022 → 2023-H2 → 2024-03 across 3 documents" "$out"

# All cores or one: the same bytes.
run jobs-1 1 "$checker" audit seeds/ tests/fixtures --jobs 1 --format json
one=$out
run jobs-4 1 "$checker" audit seeds/ tests/fixtures --jobs 4 --format json
if [ "$one" == "$out" ] && [ -n "$out" ]; then passes=$((passes + 1)); else echo "FAIL jobs: --jobs 1 and --jobs 4 differ"; failures=$((failures + 1)); fi

# Document text never drives the terminal: no raw ESC in the claims' text lines.
run claims-hostile 1 "$checker" audit --no-default-reports tests/fixtures/hostile/escaping/
run claims-hostile-text 0 "$checker" claims tests/fixtures/hostile/escaping/ --format text
lacks claims-hostile-text $'\e' "$out"
has claims-hostile-text "quessanne" "$out"

# Claims as JSON Lines.
run claims 0 "$checker" claims tests/fixtures/schedule-slip/vardenne/
has claims '"attribute":"milestone.opening"' "$out"
# One document record per document, then its claims (docs/claims.md).
[ "$(printf '%s\n' "$out" | grep -c '^{"record":"claim"')" -eq 3 ] && passes=$((passes + 1)) || { echo "FAIL claims: expected 3 claim records"; failures=$((failures + 1)); }
[ "$(printf '%s\n' "$out" | grep -c '^{"record":"document"')" -eq 3 ] && passes=$((passes + 1)) || { echo "FAIL claims: expected 3 document records"; failures=$((failures + 1)); }

# Baselines: record the seeds' findings, then the same audit hides them and passes.
run baseline-missing 2 "$checker" audit --no-default-reports seeds/ --baseline "$tmp/none.json"
has baseline-missing "$tmp/none.json: baseline file not found" "$err"
run baseline-needs-file 2 "$checker" audit --no-default-reports seeds/ --update-baseline
has baseline-needs-file "--update-baseline requires --baseline" "$err"
run baseline-update 0 "$checker" audit --no-default-reports seeds/ --baseline "$tmp/baseline.json" --update-baseline
has baseline-update "wrote $tmp/baseline.json (2 findings)" "$err"
has baseline-update-file '"tool": "checker"' "$(cat "$tmp/baseline.json")"
run baseline-audit 0 "$checker" audit --no-default-reports seeds/ --baseline "$tmp/baseline.json"
has baseline-audit "0 findings (0 error, 0 warning, 0 note), 2 hidden by the baseline" "$out"
lacks baseline-audit "Baiterek: milestone" "$out"
run baseline-json 0 "$checker" audit --no-default-reports seeds/ --baseline "$tmp/baseline.json" --format json
lacks baseline-json "810c8afd3c7c3c25" "$out"
run baseline-sarif 0 "$checker" audit --no-default-reports seeds/ --baseline "$tmp/baseline.json" --format sarif
lacks baseline-sarif "milestone target moved" "$out"
# Moved lines keep the ids: a baseline of a copy of the seeds, then two blank lines inserted
# after the front matter of one copied document.
mkdir -p "$tmp/moved" && cp seeds/* "$tmp/moved/"
run baseline-moved-update 0 "$checker" audit --no-default-reports "$tmp/moved" --baseline "$tmp/moved.json" --update-baseline
seed=$(ls "$tmp"/moved/002_*.txt)
awk 'NR==1 {print; next} /^---$/ && !done {print; print ""; print ""; done=1; next} {print}' "$seed" >"$tmp/seed.tmp" && mv "$tmp/seed.tmp" "$seed"
run baseline-moved-differs 1 "$checker" audit --no-default-reports "$tmp/moved"
has baseline-moved-differs "002_c429034b85c2b96c.txt:35:104" "$out"
run baseline-moved-lines 0 "$checker" audit --no-default-reports "$tmp/moved" --baseline "$tmp/moved.json"
has baseline-moved-lines "0 findings (0 error, 0 warning, 0 note), 2 hidden by the baseline" "$out"
printf '{\n  "version": 1,\n  "findings": [,]\n}\n' >"$tmp/bad-baseline.json"
run baseline-malformed 2 "$checker" audit --no-default-reports seeds/ --baseline "$tmp/bad-baseline.json"
has baseline-malformed "$tmp/bad-baseline.json:3:16: invalid JSON" "$err"

# Configuration: .checker.json found upwards from the working directory; flags win over it.
repo=$(pwd)
checker_abs=$(realpath "$checker")
mkdir -p "$tmp/proj/sub" && cp -r seeds "$tmp/proj/"
printf '// project settings\n{\n  "paths": ["seeds/"], "ignore": ["002_*"],\n  "severity": {"status-conflict": "error"}, "fail_on": "error",\n  "rules": "%s/rules"\n}\n' "$repo" >"$tmp/proj/.checker.json"
run config-print 0 bash -c "cd '$tmp/proj/sub' && '$checker_abs' config"
has config-print '"file": "'"$tmp"'/proj/.checker.json"' "$out"
has config-print '"paths": [
    "../seeds/"
  ]' "$out"
has config-print '"fail_on": "error"' "$out"
run config-audit 1 bash -c "cd '$tmp/proj/sub' && '$checker_abs' audit --no-default-reports"
has config-audit "error status-conflict change" "$out"
has config-audit "4 documents, 18 claims, 1 finding (1 error, 0 warning, 0 note)" "$out"
lacks config-audit "Baiterek" "$out"
run config-flag-wins 0 bash -c "cd '$tmp/proj/sub' && '$checker_abs' audit --no-default-reports --fail-on none"
printf '{"severity": {"status-conflict": "off", "milestone-slip": "note"}}' >"$tmp/quiet.json"
run config-flag 0 "$checker" audit --no-default-reports seeds/ --config "$tmp/quiet.json"
has config-flag "1 finding (0 error, 0 warning, 1 note)" "$out"
printf '{\n  "paths": ["seeds/"],\n  "colour": "red"\n}\n' >"$tmp/bad-config.json"
run config-unknown-key 2 "$checker" audit --no-default-reports seeds/ --config "$tmp/bad-config.json"
has config-unknown-key "$tmp/bad-config.json:/colour: unknown key 'colour'; allowed: paths, ignore, rules, severity, fail_on" "$err"
printf '{"severity": {"milestone-slip": "loud"}}' >"$tmp/bad-config.json"
run config-bad-severity 2 "$checker" config --config "$tmp/bad-config.json"
has config-bad-severity '/severity/milestone-slip: expected one of "error", "warning", "note", "off"' "$err"
printf '{\n  "paths": [,]\n}\n' >"$tmp/bad-config.json"
run config-malformed 2 "$checker" config --config "$tmp/bad-config.json"
has config-malformed "$tmp/bad-config.json:2:13: invalid JSON" "$err"
run config-missing 2 "$checker" audit --no-default-reports seeds/ --config "$tmp/nope.json"
has config-missing "$tmp/nope.json: configuration file not found" "$err"

# checker claims reads the same configuration: paths, ignore globs, rules.
run claims-config 0 bash -c "cd '$tmp/proj/sub' && '$checker_abs' claims"
has claims-config '"document":"../seeds/000_915ac5c5f235a9a9.txt"' "$out"
lacks claims-config-ignored '002_c429034b85c2b96c' "$out"
[ "$(printf '%s\n' "$out" | grep -c '^{"record":"claim"')" -eq 18 ] && passes=$((passes + 1)) || { echo "FAIL claims-config: expected the 18 claims of config-audit"; failures=$((failures + 1)); }
printf '{"ignore": ["a2.md"]}' >"$tmp/ignore-a2.json"
run claims-config-flag 0 "$checker" claims tests/fixtures/schedule-slip/vardenne/ --config "$tmp/ignore-a2.json"
[ "$(printf '%s\n' "$out" | grep -c '^{"record":"claim"')" -eq 2 ] && passes=$((passes + 1)) || { echo "FAIL claims-config-flag: expected 2 claim records"; failures=$((failures + 1)); }
lacks claims-config-flag 'a2.md' "$out"
printf '{"rules": "no-such-rules"}' >"$tmp/rules-elsewhere.json"
run claims-config-rules 2 "$checker" claims seeds/ --config "$tmp/rules-elsewhere.json"
has claims-config-rules "no-such-rules: rules directory not found" "$err"
run claims-config-bad 2 "$checker" claims seeds/ --config "$tmp/bad-config.json"
has claims-config-bad "$tmp/bad-config.json:2:13: invalid JSON" "$err"

# --quiet: no "wrote ..." lines; errors still shown.
run quiet-default-reports 1 bash -c "cd '$tmp/work' && '$checker_abs' audit seeds/ --quiet"
[ -z "$err" ] && passes=$((passes + 1)) || { echo "FAIL quiet-default-reports: stderr: $err"; failures=$((failures + 1)); }
has quiet-default-reports-written "<svg" "$(cat "$tmp/work/reports/seeds.html" 2>/dev/null)"
run quiet-baseline 0 "$checker" audit --no-default-reports seeds/ --baseline "$tmp/quiet-baseline.json" --update-baseline -q
[ -z "$err" ] && passes=$((passes + 1)) || { echo "FAIL quiet-baseline: stderr: $err"; failures=$((failures + 1)); }
run quiet-error 2 "$checker" audit --no-default-reports "$tmp/nowhere" --quiet
has quiet-error "$tmp/nowhere: no such file or directory" "$err"

# Suppression comments in a copy of a fixture corpus.
cp -r tests/fixtures/schedule-slip/vardenne "$tmp/supp" && rm -f "$tmp/supp/expected.findings"
sed -i '6i <!-- checker-disable-next-line milestone-slip reason: confirmed by the editor -->' "$tmp/supp/a2.md"
run suppress-next-line 0 "$checker" audit --no-default-reports "$tmp/supp"
has suppress-next-line "0 findings (0 error, 0 warning, 0 note), 1 suppressed by comments" "$out"
sed -i '6i <!-- checker-disable milestone-slip reason: known -->' "$tmp/supp/a3.md"
sed -i '6s/.*/<!-- checker-disable-next-line status-conflict reason: old -->/' "$tmp/supp/a2.md"
run suppress-block 0 "$checker" audit --no-default-reports "$tmp/supp"
has suppress-block "1 suppressed by comments" "$out"
has suppress-stale "warning: $tmp/supp/a2.md:6: stale suppression of status-conflict: it suppresses no finding" "$out"
has suppress-stale-stderr "checker: warning: $tmp/supp/a2.md:6: stale suppression of status-conflict" "$err"
sed -i '6s/.*/<!-- checker-disable-next-line milestone-slip -->/' "$tmp/supp/a2.md"
run suppress-no-reason 2 "$checker" audit --no-default-reports "$tmp/supp"
has suppress-no-reason "$tmp/supp/a2.md:6:1: checker-disable-next-line milestone-slip needs a reason" "$err"

echo "$passes passed, $failures failed"
[ "$failures" -eq 0 ]
