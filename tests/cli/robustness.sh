#!/usr/bin/env bash
# Bad inputs, one block per row of docs/robustness.md: each runs the binary under `timeout` (no
# hang) and /usr/bin/time (peak memory), and checks the exit code (never a signal), the message
# naming the file and place, and that a good corpus beside the bad input is still checked and
# reported. Large inputs are made here, in a temporary directory, never committed.
# Usage: robustness.sh CHECKER (run from the repository root).
set -u
checker=$(realpath "${1:?usage: robustness.sh CHECKER}")
rules=$(pwd)/rules
tmp=$(mktemp -d)
chmod 755 "$tmp"  # the unreadable-file rows run the binary as nobody
trap 'chmod -R u+rwx "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT
cd "$tmp" || exit 1
failures=0
passes=0
fail() { echo "FAIL $*"; failures=$((failures + 1)); }
ok() { passes=$((passes + 1)); }

# guard NAME EXPECTED_EXIT SECONDS MAX_MB CMD... : runs CMD with a time limit and measures its
# peak RSS; fails on a hang (timeout), a signal (exit >= 128), another exit code, or more memory.
# Under AddressSanitizer (tests/cli/sanitizers.sh sets ASAN_OPTIONS) a run takes several times
# the memory and time of the release build the bounds are written for: they are scaled there.
mem_scale=1 time_scale=1
if [ -n "${ASAN_OPTIONS:-}" ]; then mem_scale=8 time_scale=4; fi
guard() {
  local name=$1 expected=$2 secs=$(($3 * time_scale)) mb=$(($4 * mem_scale))
  shift 4
  timeout -k 5 "$secs" /usr/bin/time -f '%e %M' -o "$tmp/.rss" "$@" >"$tmp/.out" 2>"$tmp/.err" </dev/null
  code=$?
  out=$(head -c 200000 "$tmp/.out")
  err=$(head -c 200000 "$tmp/.err")
  local kb seconds
  read -r seconds kb < <(tail -n 1 "$tmp/.rss" 2>/dev/null)
  printf 'measured %-22s %6s s %6s MB  exit %s\n' "$name" "$seconds" "$((${kb:-0} / 1024))" "$code"
  if [ "$code" -eq 124 ] || [ "$code" -eq 137 ]; then
    fail "$name: no answer within ${secs}s (hang?)"
  elif [ "$code" -ge 128 ]; then
    fail "$name: killed by signal $((code - 128))"
  elif [ "$code" -ne "$expected" ]; then
    fail "$name: exit $code, expected $expected"
    echo "  stderr: ${err:0:600}"
  else
    ok
  fi
  if [[ "$kb" =~ ^[0-9]+$ ]] && [ "$kb" -gt $((mb * 1024)) ]; then
    fail "$name: peak RSS $((kb / 1024)) MB over the bound of $mb MB"
  else
    ok
  fi
}
has() { if [[ "$3" == *"$2"* ]]; then ok; else fail "$1: missing '${2:0:300}' in:"; echo "${3:0:800}" | sed 's/^/  /'; fi; }
lacks() { if [[ "$3" != *"$2"* ]]; then ok; else fail "$1: unexpected '$2'"; fi; }

# The good corpus put beside every bad input: three articles whose bridge opening slips.
good_finding="pont de Vardenne: milestone target moved 2023 → 2024 → 2025-06 across 3 documents"
fixture=$OLDPWD/tests/fixtures/schedule-slip/vardenne
corpus() { rm -rf "$1" && mkdir -p "$1" && cp "$fixture"/a1.md "$fixture"/a2.md "$fixture"/a3.md "$1/"; }
# audit NAME DIR [ARGS]: the audit of DIR with a bad input in it: exit 2, the good finding still there.
audit() {
  local name=$1 dir=$2
  shift 2
  guard "$name" 2 60 200 "$checker" audit --no-default-reports --rules "$rules" "$dir" "$@"
  has "$name-rest-checked" "$good_finding" "$out"
  has "$name-summary" "input(s) skipped" "$out"
}

# --- empty file
corpus empty && : >empty/empty.txt && printf -- '---\ndate: 2024\n---\n\n' >empty/only-front-matter.md
audit empty empty
has empty "checker: skipped empty/empty.txt: empty file, skipped" "$err"
has empty-front-matter "checker: skipped empty/only-front-matter.md: no text after the front matter, skipped" "$err"

# --- binary file (a NUL in the first 8 KiB)
corpus binary && { printf '\x7fELF\x02\x01\x01\0\0\0'; head -c 3000 /dev/zero; } >binary/program.txt
printf '\xff\xfeL\0e\0 \0p\0o\0n\0t\0\n\0' >binary/utf16.txt
audit binary binary
has binary "checker: skipped binary/program.txt: binary file (NUL bytes), skipped" "$err"
has binary-utf16 "checker: skipped binary/utf16.txt: UTF-16 text (byte order mark), not supported: convert it to UTF-8; skipped" "$err"

# --- invalid UTF-8: a bad byte, overlong forms, truncated sequences, a surrogate
corpus utf8
printf 'Ligne un.\nab \xff cd\n' >utf8/bad-byte.txt
printf 'Ligne un.\nslash \xc0\xaf here\n' >utf8/overlong-2.txt
printf 'slash \xe0\x80\xaf here\n' >utf8/overlong-3.txt
printf 'euro \xe2\x82 cut\n' >utf8/truncated-mid.txt
printf 'euro at the end \xe2\x82' >utf8/truncated-end.txt
printf 'surrogate \xed\xa0\x80 here\n' >utf8/surrogate.txt
audit utf8 utf8
has utf8-bad-byte "checker: skipped utf8/bad-byte.txt:2:4: invalid UTF-8 at byte 13, file skipped" "$err"
has utf8-overlong-2 "checker: skipped utf8/overlong-2.txt:2:7: invalid UTF-8 at byte 16, file skipped" "$err"
has utf8-overlong-3 "checker: skipped utf8/overlong-3.txt:1:7: invalid UTF-8 at byte 6, file skipped" "$err"
has utf8-truncated-mid "checker: skipped utf8/truncated-mid.txt:1:6: invalid UTF-8 at byte 5, file skipped" "$err"
has utf8-truncated-end "checker: skipped utf8/truncated-end.txt:1:17: invalid UTF-8 at byte 16, file skipped" "$err"
has utf8-surrogate "checker: skipped utf8/surrogate.txt:1:11: invalid UTF-8 at byte 10, file skipped" "$err"

# --- BOM, CRLF, lone CR: the same article read the same way, metadata and places included.
# Each variant replaces one article of the good corpus; the finding must be byte-identical.
corpus plain
guard eol-plain 1 60 200 "$checker" audit --no-default-reports --rules "$rules" plain
plain_report=${out//plain\//X/}
has eol-plain "$good_finding" "$out"
corpus bom && { printf '\xef\xbb\xbf'; cat "$fixture/a1.md"; } >bom/a1.md
guard bom 1 60 200 "$checker" audit --no-default-reports --rules "$rules" bom
has bom "2023 planned bom/a1.md:6:4 (reported 2021-03-02)" "$out"
[ "${out//bom\//X/}" == "$plain_report" ] && ok || fail "bom: report differs from the plain corpus"
corpus crlf && sed 's/$/\r/' "$fixture/a2.md" >crlf/a2.md
guard crlf 1 60 200 "$checker" audit --no-default-reports --rules "$rules" crlf
has crlf "2024 postponed crlf/a2.md:6:3 (reported 2022-05-10)" "$out"
[ "${out//crlf\//X/}" == "$plain_report" ] && ok || fail "crlf: report differs from the plain corpus"
corpus cr && tr '\n' '\r' <"$fixture/a3.md" >cr/a3.md
guard lone-cr 1 60 200 "$checker" audit --no-default-reports --rules "$rules" cr
has lone-cr "2025-06 planned cr/a3.md:6:42 (reported 2023-11-20)" "$out"
[ "${out//cr\//X/}" == "$plain_report" ] && ok || fail "lone-cr: report differs from the plain corpus"
# A byline date on a CR-ended line is found as on an LF-ended one.
corpus crbyline && printf 'Le 20/11/2023\rNouveau retard pour le pont de Vardenne. Le pont ouvrira finalement en juin 2025.\r' >crbyline/a3.md
guard lone-cr-byline 1 60 200 "$checker" audit --no-default-reports --rules "$rules" crbyline
has lone-cr-byline "2025-06 planned crbyline/a3.md:2:42 (reported 2023-11-20)" "$out"

# --- NUL bytes past the first 8 KiB (earlier ones make a binary file, above)
corpus nul && { head -c 9000 /dev/zero | tr '\0' 'a'; printf '\nab\0cd\n'; } >nul/late.txt
audit nul nul
has nul "checker: skipped nul/late.txt:2:3: NUL byte at byte 9003, file skipped" "$err"

# --- a 100 MB single line: over the document limit, refused unread (memory stays small)
corpus line && head -c 100000000 /dev/zero | tr '\0' 'a' >line/huge.txt
guard line-100mb 2 60 60 "$checker" audit --no-default-reports --rules "$rules" line
has line-100mb "checker: skipped line/huge.txt: file is 100000000 bytes, over the 16 MiB limit for one document, skipped" "$err"
has line-100mb-rest-checked "$good_finding" "$out"
# ... and in a JSON Lines file: the long line is skipped, the next line is read.
{ printf '{"text": "'; head -c 17000000 /dev/zero | tr '\0' 'a'; printf '"}\n{"id": "next", "text": "Le pont de Lignebonne ouvrira en 2026.", "date": "2024-01-01", "lang": "fr"}\n'; } >line/long.jsonl
rm line/huge.txt
audit line-jsonl line
has line-jsonl "checker: skipped line/long.jsonl:1: line is 17000012 bytes, over the 16 MiB limit for one document, line skipped" "$err"
has line-jsonl-next "4 documents, 4 claims" "$out"
# A 12 MB line of prose, under the limit, is checked within time and memory bounds.
corpus prose && yes 'Le chantier du port avance et les ouvriers travaillent sans relâche depuis 2021.' |
  head -c 12000000 | tr '\n' ' ' >prose/long.txt
guard line-12mb 1 90 400 "$checker" audit --no-default-reports --rules "$rules" prose
has line-12mb "4 documents" "$out"
has line-12mb-rest-checked "$good_finding" "$out"

# --- a 5 MB "word"
corpus word && head -c 5000000 /dev/zero | tr '\0' 'a' >word/word.txt
guard word-5mb 1 60 300 "$checker" audit --no-default-reports --rules "$rules" word
has word-5mb "4 documents, 3 claims" "$out"
has word-5mb-rest-checked "$good_finding" "$out"

# --- 100 000 numbers and dates in one document
corpus numbers
awk 'BEGIN { printf "---\nlang: fr\ndate: 2024\n---\n"; for (i = 1; i <= 100000; i++)
  printf "%d km2 le %d mars %d ", (i * 7) % 99991, i % 28 + 1, 1900 + i % 200; print "" }' >numbers/numbers.txt
guard numbers 1 120 600 "$checker" audit --no-default-reports --rules "$rules" numbers
has numbers "4 documents, 100003 claims" "$out"
has numbers-rest-checked "$good_finding" "$out"

# --- 10 000 tiny files
corpus tiny && mkdir -p tiny/many
awk 'BEGIN { for (i = 1; i <= 10000; i++) { f = sprintf("tiny/many/f%05d.txt", i);
  printf "Le pont %d ouvrira en 2023.\n", i >f; close(f) } }'
guard tiny-10000 1 120 300 "$checker" audit --no-default-reports --rules "$rules" tiny
has tiny-10000 "10003 documents, 10003 claims" "$out"
has tiny-10000-rest-checked "$good_finding" "$out"

# --- a deep directory tree: 1 000 levels are walked; past PATH_MAX a file cannot be opened
corpus deep
levels=$(printf 'd/%.0s' $(seq 1 1000))
mkdir -p "deep/$levels" && printf 'Le pont de Profondeur ouvrira en 2023.\n' >"deep/${levels}doc.txt"
# 2 045 levels: the directory's path fits in PATH_MAX (4 096 bytes), the file's does not.
far="$levels$levels$(printf 'd/%.0s' $(seq 1 45))"
mkdir -p "deep/$far" && (cd "deep/$far" && printf 'Le pont de Trop ouvrira en 2023.\n' >doc.txt)
audit deep deep
has deep-found "4 documents, 4 claims" "$out"
has deep-too-long "checker: skipped deep/${far}doc.txt: cannot stat: File name too long, skipped" "$err"

# --- a symbolic link loop (and a link back to the parent, which is not followed)
corpus links && ln -s loop.txt links/loop.txt && ln -s .. links/up && ln -s gone.md links/dangling.md
audit links links
has links-loop "checker: skipped links/loop.txt: broken symbolic link: Too many levels of symbolic links, skipped" "$err"
has links-dangling "checker: skipped links/dangling.md: broken symbolic link: No such file or directory, skipped" "$err"
has links-up-not-followed "3 documents" "$out"
guard links-explicit 2 20 100 "$checker" audit --no-default-reports --rules "$rules" links/loop.txt
has links-explicit "checker: skipped links/loop.txt: Too many levels of symbolic links" "$err"

# --- unreadable inputs: a FIFO (opening it would block), a file and a directory without
# permissions. Root reads everything, so as root those two run the binary as nobody (setpriv).
corpus fifo && mkfifo fifo/pipe.txt
audit fifo fifo
has fifo "checker: skipped fifo/pipe.txt: a FIFO (not a regular file), skipped" "$err"
guard fifo-explicit 2 20 100 "$checker" audit --no-default-reports --rules "$rules" fifo/pipe.txt
has fifo-explicit "checker: skipped fifo/pipe.txt: a FIFO (not a regular file), skipped" "$err"
as_user=()
if [ "$(id -u)" -eq 0 ]; then
  if command -v setpriv >/dev/null; then as_user=(setpriv --reuid=65534 --regid=65534 --clear-groups); fi
fi
if [ "$(id -u)" -ne 0 ] || [ ${#as_user[@]} -gt 0 ]; then
  corpus perm && cp "$fixture/a1.md" perm/locked.md && mkdir -p perm/closed && cp "$fixture/a2.md" perm/closed/
  # Copies that nobody can reach wherever the repository is checked out (/root is 700).
  cp "$checker" checker-copy && cp -r "$rules" rules-copy && chmod -R a+rX checker-copy rules-copy perm
  chmod 000 perm/locked.md perm/closed
  guard unreadable 2 60 200 "${as_user[@]}" "$tmp/checker-copy" audit --no-default-reports --rules "$tmp/rules-copy" perm
  has unreadable-file "checker: skipped perm/locked.md: cannot open: Permission denied, skipped" "$err"
  has unreadable-dir "checker: skipped perm/closed: cannot open directory: Permission denied, skipped" "$err"
  has unreadable-rest-checked "$good_finding" "$out"
else
  echo "note: running as root without setpriv: the permission rows are not checked"
fi

# --- names with spaces and non-ASCII letters are kept as given; a name that is not UTF-8 is skipped
corpus names && mv names/a2.md "names/l'article n°2 — été.md" && cp "$fixture/a1.md" "names/$(printf 'bad\xffname.md')"
guard names 2 60 200 "$checker" audit --no-default-reports --rules "$rules" names --format json --output names.json --output names.txt
has names "checker: skipped names/bad\\xFFname.md: file name is not valid UTF-8, skipped" "$err"
has names-kept "names/l'article n°2 — été.md:6:3" "$(cat names.txt)"
has names-json-valid "names/l'article n°2 — été.md" "$(jq -r '.findings[0].claims[].document' names.json 2>&1)"

# --- malformed and unterminated front matter; an impossible date in metadata
corpus meta
printf -- '---\ntitle: x\nno colon here\n---\nTexte.\n' >meta/malformed.md
printf -- '---\ntitle: x\ndate: 2024\n' >meta/unterminated.md
printf -- '---\ntitle: x\ndate: 2025-02-30\n---\nTexte.\n' >meta/impossible.md
printf '{"text": "Texte.", "date": "2023-13"}\n' >meta/impossible.jsonl
audit meta meta
has meta-malformed "checker: skipped meta/malformed.md:3:1: front matter: expected 'key: value', found 'no colon here'" "$err"
has meta-unterminated "checker: skipped meta/unterminated.md:1:1: front matter: the block opened by '---' on line 1 is never closed" "$err"
has meta-impossible "checker: skipped meta/impossible.md:3:1: date '2025-02-30' is not a valid YYYY, YYYY-MM or YYYY-MM-DD date" "$err"
has meta-impossible-jsonl "checker: skipped meta/impossible.jsonl:1: date '2023-13' is not a valid YYYY, YYYY-MM or YYYY-MM-DD date, line skipped" "$err"

# --- JSON Lines: a broken line, a `text` that is not a string, a line without `text`
corpus jsonl
printf '%s\n' '{"id": "good", "text": "Le pont de Lignebonne ouvrira en 2026.", "date": "2024-01-01", "lang": "fr"}' \
  '{"id": "broken", "text": "Le pont' '{"id": "number", "text": 42}' '{"id": "none", "title": "t"}' \
  '{"id": "blank", "text": " \n "}' >jsonl/c.jsonl
audit jsonl jsonl
has jsonl-broken "checker: skipped jsonl/c.jsonl:2: not a JSON object, line skipped" "$err"
has jsonl-not-string "checker: skipped jsonl/c.jsonl:3:/text: 'text' must be a string, found number, line skipped" "$err"
has jsonl-no-text "checker: skipped jsonl/c.jsonl:4: missing string field 'text', line skipped" "$err"
has jsonl-empty-text "checker: skipped jsonl/c.jsonl:5:/text: empty 'text', line skipped" "$err"
has jsonl-good-line "4 documents, 4 claims" "$out"

# --- rule files: a bad rules directory stops the audit before the corpus is read (exit 2)
corpus rulecorpus
bad_rules() { rm -rf "$1" && cp -r "$rules" "$1"; }
rules_run() {  # rules_run NAME DIR SECONDS MAX_MB
  guard "$1" 2 "$3" "$4" "$checker" audit --no-default-reports --rules "$2" rulecorpus
  lacks "$1-not-audited" "$good_finding" "$out"
}
bad_rules r-json && printf '{\n  "rules": [\n    {"id": "x",, }\n  ]\n}\n' >r-json/checks/default.json
rules_run rules-invalid-json r-json 20 100
has rules-invalid-json "checker: rules: r-json/checks/default.json:3:16: invalid JSON" "$err"
bad_rules r-types && sed -i 's/"severity": "warning",/"severity": 3,/; s/"overdue": true/"overdue": "yes"/' r-types/checks/default.json
rules_run rules-wrong-types r-types 20 100
has rules-wrong-types "checker: rules: r-types/checks/default.json:/rules/0/severity: 'severity' must be a non-empty string, found 3" "$err"
has rules-wrong-types-param "checker: rules: r-types/checks/default.json:/rules/0/params/overdue: must be true or false" "$err"
bad_rules r-kind && sed -i 's/"kind": "schedule-slip"/"kind": "schedule-slide"/' r-kind/checks/default.json
rules_run rules-unknown-kind r-kind 20 100
has rules-unknown-kind "checker: rules: r-kind/checks/default.json:/rules/0/kind: unknown kind \"schedule-slide\" (allowed: schedule-slip, status-conflict, value-conflict)" "$err"
# Cues are literal phrases (quoted for RE2, which is linear-time anyway): regex syntax is text.
bad_rules r-regex && sed -i 's/"cues": \["inflation"\]/"cues": ["inflation", "(a+)+$", ".*", "(?=x)", "\\\\1", "(x*)*y"]/' r-regex/lang/fr.json
printf -- '---\nlang: fr\ndate: 2024\n---\n%s y\n' "$(head -c 30000 /dev/zero | tr '\0' 'a')" >rulecorpus/aaaa.txt
guard rules-regex-literal 1 30 200 "$checker" audit --no-default-reports --rules r-regex rulecorpus
has rules-regex-literal "4 documents, 3 claims, 1 finding" "$out"
rm rulecorpus/aaaa.txt
# A cue list too large for RE2's memory limit: named, with the attribute's pointer and the limit.
bad_rules r-mem
marker='"cues": ["inflation"]'
{ awk -v m="$marker" '{ i = index($0, m) } i { printf "%s", substr($0, 1, i - 1) "\"cues\": [\"inflation\", \""; exit } { print }' "$rules/lang/fr.json"
  head -c 12000000 /dev/zero | tr '\0' 'a'
  awk -v m="$marker" 'seen { print } !seen && (i = index($0, m)) { print "\"]" substr($0, i + length(m)); seen = 1 }' "$rules/lang/fr.json"
} >r-mem/lang/fr.json
rules_run rules-re2-memory r-mem 60 1500
has rules-re2-memory "checker: rules: r-mem/lang/fr.json:/: cannot compile the pack's phrase lists: /attributes/" "$err"
has rules-re2-memory-limit "pattern too large - compile failed (2 phrases; RE2's memory limit is 64 MiB)" "$err"
# A huge rule file: refused unread, naming the limit.
bad_rules r-huge && { printf '{"entities": [\n'; head -c 20000000 /dev/zero | tr '\0' ' '; printf ']}\n'; } >r-huge/entities/huge.json
rules_run rules-huge r-huge 20 100
has rules-huge "checker: rules: r-huge/entities/huge.json: file is 20000018 bytes, over the 16 MiB limit for a rule file" "$err"

echo "$passes passed, $failures failed"
[ "$failures" -eq 0 ]
