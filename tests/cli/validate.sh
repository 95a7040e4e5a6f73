#!/usr/bin/env bash
# Validates the reports with outside tools, on the seeds and on every fixture corpus:
#   validate.sh npm-setup BUILD_DIR          installs tests/tools/ (SARIF multitool, Ajv) into BUILD_DIR/npm
#   validate.sh sarif CHECKER NPM_DIR        SARIF multitool (Sarif;Ghas rules) and the SARIF 2.1.0 schema
#   validate.sh json-schema CHECKER NPM_DIR  the JSON report against docs/json-report.schema.json
#   validate.sh junit CHECKER                xmllint parses it; one <failure> per finding
#   validate.sh html CHECKER OUT_DIR         headless chromium renders it; screenshot in OUT_DIR
#   validate.sh hostile CHECKER              every format neutralizes tests/fixtures/hostile/
# Run from the repository root. Exit 77 (a ctest skip) only when a tool cannot be had at all.
set -u
mode=${1:?usage: validate.sh MODE ...}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0
passes=0
ok() { passes=$((passes + 1)); }
# rejects NAME SCHEMA FILE: the validator must find FILE invalid (exit 1, not a crash).
rejects() {
  NODE_TOOLS="$modules" node tests/tools/validate_json.js "$2" "$3" >"$tmp/rejects.out" 2>&1
  local code=$?
  if [ "$code" -eq 1 ]; then ok; else fail "$1: validator exit $code, expected 1"; cat "$tmp/rejects.out"; fi
}
fail() { echo "FAIL $*"; failures=$((failures + 1)); }
finish() { echo "$passes passed, $failures failed"; [ "$failures" -eq 0 ]; exit $?; }
skip() { echo "SKIP: $*"; exit 77; }

corpora() {
  echo seeds/
  for f in tests/fixtures/*/*/expected.findings; do dirname "$f"; done
}
# report CHECKER FORMAT DIR > FILE: the audit's report (exit 0 or 1 are both fine here).
report() { NO_COLOR=1 "$1" audit --no-default-reports --fail-on none "$3" --format "$2"; }
# findings CHECKER DIR: how many findings the audit reports.
findings() { report "$1" text "$2" | sed -n 's/.* claims\{0,1\}, \([0-9]*\) findings\{0,1\} (.*/\1/p'; }
name_of() { basename "$1"; }

case $mode in
npm-setup)
  build=${2:?usage: validate.sh npm-setup BUILD_DIR}
  dir="$build/npm"
  command -v npm >/dev/null || { echo "npm not found: SARIF and JSON Schema validation will be skipped"; exit 0; }
  mkdir -p "$dir"
  if cmp -s tests/tools/package-lock.json "$dir/package-lock.json" && [ -d "$dir/node_modules/ajv" ]; then
    echo "npm tools already installed in $dir"
    exit 0
  fi
  cp tests/tools/package.json tests/tools/package-lock.json "$dir/"
  if (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error); then
    echo "npm tools installed in $dir"
  else
    echo "npm ci failed: SARIF and JSON Schema validation will be skipped"
  fi
  exit 0
  ;;

sarif)
  checker=${2:?}; npm_dir=${3:?}
  modules="$npm_dir/node_modules"
  [ -d "$modules/@microsoft/sarif-multitool" ] || skip "SARIF multitool not installed in $npm_dir (npm unavailable?)"
  multitool=$(node -p "require('$(cd "$modules" && pwd)/@microsoft/sarif-multitool')")
  [ -x "$multitool" ] || chmod u+x "$multitool" 2>/dev/null
  schema=$(find "$modules/@microsoft" -name 'sarif-2.1.0.json' | head -1)
  [ -n "$schema" ] || { fail "no sarif-2.1.0.json schema in $modules/@microsoft"; finish; }
  # multitool_counts FILE: "<errors> <warnings> <1 if it ran>" from the log it writes (it exits 0
  # even when the file breaks its rules, so the log is what tells).
  multitool_counts() {
    "$multitool" validate "$1" --rule-kind "Sarif;Ghas" -o "$tmp/validation.sarif" --log ForceOverwrite >"$tmp/mt.out" 2>&1
    node -e '
      const l = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
      const r = l.runs.flatMap((run) => run.results || []);
      const n = (lv) => r.filter((x) => (x.level || "warning") === lv).length;
      console.log(n("error"), n("warning"), (l.runs[0].invocations || []).every((i) => i.executionSuccessful) ? 1 : 0);
    ' "$tmp/validation.sarif" 2>/dev/null || echo "? ? 0"
  }
  files=()
  while read -r dir; do
    out="$tmp/$(name_of "$dir").sarif"
    report "$checker" sarif "$dir" >"$out"
    files+=("$out")
    read -r errors warnings executed <<<"$(multitool_counts "$out")"
    echo "$dir: multitool $errors error(s), $warnings warning(s)"
    if [ "$errors" = 0 ] && [ "$executed" = 1 ]; then ok; else fail "$dir: multitool: $errors $warnings $executed"; cat "$tmp/mt.out"; fi
    expected=$(findings "$checker" "$dir")
    got=$(grep -c '"ruleId"' "$out")
    [ "$got" = "$expected" ] && ok || fail "$dir: $got SARIF results, expected $expected findings"
  done < <(corpora)
  # The multitool check can fail: a relative helpUri breaks SARIF1005.
  sed 's|"helpUri": "[^"]*"|"helpUri": "rules/kinds/x.md"|' "$tmp/seeds.sarif" >"$tmp/relative.sarif"
  read -r errors _ _ <<<"$(multitool_counts "$tmp/relative.sarif")"
  [ "$errors" -gt 0 ] 2>/dev/null && ok || fail "multitool found no error in a SARIF log with relative helpUri"
  # ...and the GitHub Advanced Security rules run too: a result message without text breaks GH1015.
  node -e '
    const fs = require("fs");
    const log = JSON.parse(fs.readFileSync(process.argv[1], "utf8"));
    for (const r of log.runs[0].results) delete r.message.text;
    fs.writeFileSync(process.argv[2], JSON.stringify(log));
  ' "$tmp/seeds.sarif" "$tmp/no-text.sarif"
  multitool_counts "$tmp/no-text.sarif" >/dev/null
  grep -q "error GH1015" "$tmp/mt.out" && ok || fail "multitool did not apply the Ghas rules (no GH1015)"
  if NODE_TOOLS="$modules" node tests/tools/validate_json.js "$schema" "${files[@]}" >"$tmp/schema.out"; then ok
  else fail "SARIF 2.1.0 schema:"; cat "$tmp/schema.out"; fi
  # The schema check can fail: a result without a message is rejected.
  sed 's/"message": {/"massage": {/' "$tmp/seeds.sarif" >"$tmp/broken.sarif"
  rejects broken-sarif "$schema" "$tmp/broken.sarif"
  finish
  ;;

json-schema)
  checker=${2:?}; npm_dir=${3:?}
  modules="$npm_dir/node_modules"
  [ -d "$modules/ajv" ] || skip "Ajv not installed in $npm_dir (npm unavailable?)"
  files=()
  while read -r dir; do
    report "$checker" json "$dir" >"$tmp/$(name_of "$dir").json"
    files+=("$tmp/$(name_of "$dir").json")
  done < <(corpora)
  if NODE_TOOLS="$modules" node tests/tools/validate_json.js docs/json-report.schema.json "${files[@]}"; then ok
  else fail "JSON report schema"; fi
  # The schema can fail: an unknown severity and a missing summary are rejected.
  sed 's/"severity": "warning"/"severity": "fatal"/' "$tmp/seeds.json" >"$tmp/bad-severity.json"
  rejects bad-severity docs/json-report.schema.json "$tmp/bad-severity.json"
  sed 's/"summary"/"summery"/' "$tmp/seeds.json" >"$tmp/no-summary.json"
  rejects no-summary docs/json-report.schema.json "$tmp/no-summary.json"
  finish
  ;;

junit)
  checker=${2:?}
  command -v xmllint >/dev/null || skip "xmllint not found (apt-get install libxml2-utils)"
  while read -r dir; do
    out="$tmp/$(name_of "$dir").xml"
    report "$checker" junit "$dir" >"$out"
    if xmllint --noout "$out"; then ok; else fail "$dir: JUnit XML does not parse"; fi
    expected=$(findings "$checker" "$dir")
    got=$(xmllint --xpath 'count(//testcase/failure)' "$out")
    [ "$got" = "$expected" ] && ok || fail "$dir: $got <failure> elements, expected $expected"
    cases=$(xmllint --xpath 'count(//testsuite)' "$out")
    [ "$cases" = 1 ] && ok || fail "$dir: $cases test suites, expected 1"
  done < <(corpora)
  finish
  ;;

html)
  checker=${2:?}; out_dir=${3:?}
  browser=$(command -v chromium || command -v chromium-browser) || skip "chromium not found (apt-get install chromium)"
  mkdir -p "$out_dir"
  flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking
         --disable-component-update --disable-sync --user-data-dir="$tmp/profile")
  for dir in seeds/ tests/fixtures/status-conflict/*/ tests/fixtures/value-conflict/*/; do
    [ -f "$dir/expected.findings" ] || [ "$dir" = seeds/ ] || continue
    name=$(name_of "$dir")
    page="$tmp/$name.html"
    report "$checker" html "$dir" >"$page"
    timeout 120 "$browser" "${flags[@]}" --dump-dom "file://$(cd "$tmp" && pwd)/$name.html" >"$tmp/$name.dom" 2>/dev/null
    expected=$(findings "$checker" "$dir")
    got=$(grep -o '<section class="finding"' "$tmp/$name.dom" | wc -l)
    [ "$got" = "$expected" ] && ok || fail "$dir: rendered $got findings, expected $expected"
    svgs=$(grep -o '<svg class="timeline"' "$tmp/$name.dom" | wc -l)
    [ "$svgs" = "$expected" ] && ok || fail "$dir: rendered $svgs timelines, expected $expected"
    grep -qi '<script' "$tmp/$name.dom" && fail "$dir: a <script> element" || ok
  done
  timeout 120 "$browser" "${flags[@]}" --screenshot="$out_dir/seeds.png" --window-size=1280,2000 \
    "file://$(cd "$tmp" && pwd)/seeds.html" >/dev/null 2>&1
  [ -s "$out_dir/seeds.png" ] && { echo "screenshot: $out_dir/seeds.png"; ok; } || fail "no screenshot"
  finish
  ;;

hostile)
  checker=${2:?}
  dir=tests/fixtures/hostile/escaping/
  esc=$'\e'
  rlo=$'\u202e'
  for format in text json sarif junit github markdown html; do
    report "$checker" "$format" "$dir" >"$tmp/h.$format"
    grep -q "$esc" "$tmp/h.$format" && fail "$format: raw ESC" || ok
    grep -q "Quessanne" "$tmp/h.$format" && ok || fail "$format: the finding is missing"
    case $format in
      text|markdown|html|junit) grep -q "$rlo" "$tmp/h.$format" && fail "$format: raw U+202E" || ok ;;
    esac
  done
  grep -qi '<script' "$tmp/h.html" && fail "html: raw <script>" || ok
  grep -q '&lt;script&gt;alert(1)&lt;/script&gt;' "$tmp/h.html" && ok || fail "html: escaped script missing"
  grep -q '<b>&amp;</b>' "$tmp/h.html" && fail "html: raw <b> from the document" || ok
  grep -q -- '--&gt;' "$tmp/h.html" && ok || fail "html: --> not escaped"
  grep -q '\[U+202E\]' "$tmp/h.html" && ok || fail "html: bidi override not shown"
  grep -qi '<script' "$tmp/h.markdown" && fail "markdown: raw <script>" || ok
  grep -q '&lt;b&gt;&amp;amp;&lt;/b&gt;' "$tmp/h.markdown" && ok || fail "markdown: HTML not escaped"
  if command -v xmllint >/dev/null; then
    xmllint --noout "$tmp/h.junit" && ok || fail "junit: does not parse"
    grep -q ']]>' "$tmp/h.junit" && fail "junit: raw ]]>" || ok
  fi
  # One workflow command per finding; a document's own "::error" never starts a line, and its
  # "%0A" is escaped so the runner cannot turn it into a line break.
  [ "$(wc -l <"$tmp/h.github")" = 1 ] && ok || fail "github: expected 1 line"
  [ "$(grep -c '^::' "$tmp/h.github")" = 1 ] && ok || fail "github: expected 1 command"
  grep -q 'faux %250A' "$tmp/h.github" && ok || fail "github: % not escaped"
  grep -q '^::warning file=tests/fixtures/hostile/escaping/b.md,line=6,col=3,' "$tmp/h.github" && ok \
    || fail "github: annotation not at the newest claim"
  grep -q "$rlo" "$tmp/h.github" && fail "github: raw U+202E" || ok
  finish
  ;;

*)
  echo "unknown mode $mode"
  exit 2
  ;;
esac
