#!/usr/bin/env bash
# The cost of the progress line and of --changed-since on a bigger corpus: the seeds and the
# fixture corpora copied N times (default 20) into a git repository with one commit, one
# document edited after it. Prints the best of three wall times for: standard error piped (no
# progress), standard error on a pseudo-terminal (script(1), progress shown), --quiet on the
# terminal, and --changed-since HEAD; checks that the JSON reports are the same bytes. Not a test.
# Usage: bash bench/progress.sh [build/checker] [copies]
set -eu
checker=$(realpath "${1:-build/checker}")
copies=${2:-20}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/repo/corpus"
for i in $(seq "$copies"); do
  mkdir -p "$tmp/repo/corpus/$i" && cp -r seeds tests/fixtures "$tmp/repo/corpus/$i/"
done
find "$tmp/repo/corpus" -name expected.findings -delete
export GIT_AUTHOR_NAME=b GIT_AUTHOR_EMAIL=b@example.invalid GIT_COMMITTER_NAME=b GIT_COMMITTER_EMAIL=b@example.invalid
git -C "$tmp/repo" init -q && git -C "$tmp/repo" add -A && git -C "$tmp/repo" commit -qm corpus
sed -i 's/1 420 m/1 430 m/' "$tmp/repo/corpus/1/fixtures/value-conflict/sorel/d2.md"
documents=$(find "$tmp/repo/corpus" -name '*.md' -o -name '*.txt' | wc -l)
cd "$tmp/repo"
audit="'$checker' audit corpus --no-default-reports --fail-on none --format json"
best() {  # best NAME SHELL-COMMAND : best of three wall times
  local b="" s e t
  for _ in 1 2 3; do
    s=$(date +%s.%N); bash -c "$2"; e=$(date +%s.%N)
    t=$(echo "$e - $s" | bc -l)
    if [ -z "$b" ] || [ "$(echo "$t < $b" | bc -l)" = 1 ]; then b=$t; fi
  done
  printf '%-28s %.3f s\n' "$1" "$b"
}
echo "$documents documents"
best "piped (no progress)" "$audit >piped.json 2>/dev/null"
best "terminal (progress)" "script -qec \"$audit >tty.json\" /dev/null >tty.txt"
best "terminal, --quiet" "script -qec \"$audit --quiet >quiet.json\" /dev/null >/dev/null"
best "--changed-since HEAD" "$audit --changed-since HEAD >changed.json 2>/dev/null"
cmp -s piped.json tty.json && cmp -s piped.json quiet.json && echo "reports: same bytes with and without progress"
echo "progress updates shown: $(tr '\r' '\n' <tty.txt | grep -c 'documents, ')"
echo "findings: $(grep -c '"kind":' piped.json) in the whole corpus, $(grep -c '"kind":' changed.json) with --changed-since HEAD"
