#!/usr/bin/env bash
# The claim store and sharded extraction, as a user runs them: the same report bytes with and
# without the store (first and second run, after a change), a bad store file rebuilt with a
# warning naming it, sharded extraction reconciled into the findings of a single audit, and bad
# claim files named by file and line. Usage: scale.sh path/to/checker (from the repository root).
set -u
checker=${1:?usage: scale.sh CHECKER}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# shellcheck source=file_checks.sh
source "$(cd "$(dirname "$0")" && pwd)/file_checks.sh"

# A corpus of its own (it gets changed): the seeds, the fixtures, and a suppression comment.
mkdir -p "$tmp/corpus"
cp -r seeds tests/fixtures "$tmp/corpus/"
sed -i '6i <!-- checker-disable-next-line milestone-slip reason: confirmed by the editor -->' \
  "$tmp/corpus/fixtures/schedule-slip/vardenne/a2.md"
sed -i '3i <!-- checker-disable-next-line value-conflict reason: stale on purpose -->' \
  "$tmp/corpus/fixtures/schedule-slip/vardenne/a1.md"
cd "$tmp/corpus"

# audit NAME ARGS... : text report to NAME.txt, JSON to NAME.json, stderr to NAME.err, exit to $rc.
audit() {
  local name=$1
  shift
  "$checker" audit "$@" --no-default-reports --format text --format json -o - -o "$tmp/$name.json" \
    >"$tmp/$name.txt" 2>"$tmp/$name.err" </dev/null
  rc=$?
}

# 1. The store: same bytes without it, on the first run and on the second.
audit plain seeds fixtures
code plain 1 $rc
audit store1 seeds fixtures --store "$tmp/claims.db"
code store-first 1 $rc
same store-first-text "$tmp/plain.txt" "$tmp/store1.txt"
same store-first-json "$tmp/plain.json" "$tmp/store1.json"
same store-first-stderr "$tmp/plain.err" "$tmp/store1.err"
audit store2 seeds fixtures --store "$tmp/claims.db"
same store-second-text "$tmp/plain.txt" "$tmp/store2.txt"
same store-second-json "$tmp/plain.json" "$tmp/store2.json"
# A changed document, and one gone: the store follows.
sed -i 's/en 2024/en 2027/' fixtures/schedule-slip/vardenne/a3.md
rm fixtures/value-conflict/sorel/d3.md
audit plain-changed seeds fixtures
audit store-changed seeds fixtures --store "$tmp/claims.db"
same store-changed-text "$tmp/plain-changed.txt" "$tmp/store-changed.txt"
same store-changed-json "$tmp/plain-changed.json" "$tmp/store-changed.json"
cmp -s "$tmp/plain.json" "$tmp/plain-changed.json"
check changed-corpus-changes-findings $((1 - $?)) "the change did not change the report: the test proves nothing"

# 1b. What the store trusts: a file whose size, modification time and inode are those it
# recorded is not read again (like make and git); a changed size is always seen. Files modified
# in the last two seconds are never recorded, so the corpus is dated back first.
find . -type f -exec touch -d '2020-01-02 03:04:05' {} +
audit stamps1 seeds fixtures --store "$tmp/stamps.db"
same stamps-first-json "$tmp/plain-changed.json" "$tmp/stamps1.json"
target=fixtures/schedule-slip/vardenne/a1.md
printf '2029' | dd of="$target" bs=1 seek="$(grep -bo 2023 "$target" | head -n 1 | cut -d: -f1)" conv=notrunc status=none
touch -d '2020-01-02 03:04:05' "$target"
audit stamps-same seeds fixtures --store "$tmp/stamps.db"
same stamps-same-size-not-read "$tmp/stamps1.json" "$tmp/stamps-same.json"
audit plain-edited seeds fixtures
cmp -s "$tmp/stamps1.json" "$tmp/plain-edited.json"
check stamps-edit-changes-findings $((1 - $?)) "the in-place edit did not change the report: the test proves nothing"
printf 'Une ligne de plus.\n' >>"$target"
touch -d '2020-01-02 03:04:05' "$target"
audit plain-longer seeds fixtures
audit stamps-longer seeds fixtures --store "$tmp/stamps.db"
same stamps-size-change-seen "$tmp/plain-longer.json" "$tmp/stamps-longer.json"
same stamps-size-change-text "$tmp/plain-longer.txt" "$tmp/stamps-longer.txt"
audit stamps-again seeds fixtures --store "$tmp/stamps.db"
same stamps-again-json "$tmp/plain-longer.json" "$tmp/stamps-again.json"
cp "$tmp/plain-longer.json" "$tmp/plain-changed.json"  # the corpus the next sections audit
cp "$tmp/plain-longer.err" "$tmp/plain-changed.err"
cp "$tmp/plain-longer.txt" "$tmp/plain-changed.txt"

# 1c. Files the store knows, moved around: renamed, hard-linked (a file reached twice is read
# once, told apart by device and inode), named twice, deleted. Each audit through the store
# writes the bytes of the same audit without it.
mv fixtures/value-conflict/sorel/d2.md fixtures/value-conflict/sorel/d2-renamed.md
ln fixtures/schedule-slip/vardenne/a3.md fixtures/schedule-slip/vardenne/a3-link.md
audit plain-moved seeds fixtures fixtures/schedule-slip/vardenne/a3.md
audit stamps-moved seeds fixtures fixtures/schedule-slip/vardenne/a3.md --store "$tmp/stamps.db"
same stamps-moved-json "$tmp/plain-moved.json" "$tmp/stamps-moved.json"
same stamps-moved-text "$tmp/plain-moved.txt" "$tmp/stamps-moved.txt"
[ "$(grep -Eo '^[0-9]+ documents' "$tmp/plain-moved.txt")" = "$(grep -Eo '^[0-9]+ documents' "$tmp/plain-changed.txt")" ]
check hard-link-read-once $? "a hard link or a file named twice was read as another document"
rm fixtures/schedule-slip/vardenne/a3-link.md fixtures/value-conflict/sorel/d2-renamed.md
audit plain-deleted seeds fixtures
audit stamps-deleted seeds fixtures --store "$tmp/stamps.db"
same stamps-deleted-json "$tmp/plain-deleted.json" "$tmp/stamps-deleted.json"
same stamps-deleted-text "$tmp/plain-deleted.txt" "$tmp/stamps-deleted.txt"
cmp -s "$tmp/plain-moved.json" "$tmp/plain-deleted.json"
check deleted-changes-findings $((1 - $?)) "deleting a document did not change the report: the test proves nothing"
for ext in json err txt; do cp "$tmp/plain-deleted.$ext" "$tmp/plain-changed.$ext"; done  # the corpus from here on

# 2. A store file that is not one: a warning naming it, a rebuild, the same report.
printf 'not a database\n' >"$tmp/bad.db"
audit store-bad seeds fixtures --store "$tmp/bad.db"
code store-bad 1 $rc
has store-bad-warning "checker: warning: $tmp/bad.db: not an SQLite database (not a claim store); rebuilding it" "$tmp/store-bad.err"
same store-bad-json "$tmp/plain-changed.json" "$tmp/store-bad.json"
audit store-rebuilt seeds fixtures --store "$tmp/bad.db"
same store-rebuilt-stderr "$tmp/plain-changed.err" "$tmp/store-rebuilt.err"
same store-rebuilt-json "$tmp/plain-changed.json" "$tmp/store-rebuilt.json"
head -c 3000 "$tmp/claims.db" >"$tmp/cut.db"
audit store-cut seeds fixtures --store "$tmp/cut.db"
has store-cut-warning "checker: warning: $tmp/cut.db: damaged claim store" "$tmp/store-cut.err"
same store-cut-json "$tmp/plain-changed.json" "$tmp/store-cut.json"

mkdir "$tmp/dir.db"
audit store-dir seeds fixtures --store "$tmp/dir.db"
code store-dir 1 $rc
has store-dir "checker: warning: $tmp/dir.db: a directory, not a claim store; extracting without the store" "$tmp/store-dir.err"
same store-dir-json "$tmp/plain-changed.json" "$tmp/store-dir.json"
[ -d "$tmp/dir.db" ]
check store-dir-kept $? "the directory was removed"

# Bytes overwritten in the middle of a good store: whatever they hit (a page, an entry, free
# space), the findings are the same and nothing crashes.
cp "$tmp/claims.db" "$tmp/flipped.db"
size=$(stat -c %s "$tmp/flipped.db")
for at in $((size / 3)) $((size / 2)) $((size * 2 / 3)); do
  head -c 700 /dev/zero | tr '\0' 'x' | dd of="$tmp/flipped.db" bs=1 seek="$at" conv=notrunc status=none
done
audit store-flipped seeds fixtures --store "$tmp/flipped.db"
code store-flipped 1 $rc
same store-flipped-json "$tmp/plain-changed.json" "$tmp/store-flipped.json"
same store-flipped-text "$tmp/plain-changed.txt" "$tmp/store-flipped.txt"
has store-flipped-warning "checker: warning: $tmp/flipped.db: damaged claim store" "$tmp/store-flipped.err"

# 3. Sharding: names first (every shard's discovered phrases), then claims, then one reconcile.
find seeds fixtures -type f \( -name '*.txt' -o -name '*.md' -o -name '*.jsonl' \) | LC_ALL=C sort >"$tmp/files"
split -n l/3 -d "$tmp/files" "$tmp/shard."
printf '%s\n' "$tmp"/shard.0? | xargs -P 3 -I{} sh -c "xargs -a {} '$checker' claims --format phrases > {}.phrases"
check shard-phrases $? "a phrase shard failed"
phrases=()
for p in "$tmp"/shard.0?.phrases; do phrases+=(--phrases "$p"); done
printf '%s\n' "$tmp"/shard.0? | xargs -P 3 -I{} sh -c "xargs -a {} '$checker' claims ${phrases[*]} > {}.claims"
check shard-claims $? "a claims shard failed"
audit sharded --claims "$tmp"/shard.0?.claims
# shellcheck disable=SC2046
audit single $(cat "$tmp/files")
code single 1 $rc
same sharded-text "$tmp/single.txt" "$tmp/sharded.txt"
same sharded-json "$tmp/single.json" "$tmp/sharded.json"
same sharded-stderr "$tmp/single.err" "$tmp/sharded.err"
has sharded-suppressed "1 suppressed by comments" "$tmp/sharded.txt"
has sharded-stale "stale suppression of value-conflict" "$tmp/sharded.txt"

# A name introduced in one shard binds claims in another only through --phrases.
mkdir -p names
printf -- '---\ndate: 2021-03-02\nlang: fr\n---\nLe pont de Vardenne doit ouvrir à la circulation en 2023.\n' >names/a.md
printf -- '---\ndate: 2022-03-02\nlang: fr\n---\nVardenne doit ouvrir à la circulation en 2025.\n' >names/b.md
"$checker" claims names/b.md --format text >"$tmp/b-alone.txt"
has names-alone "(no subject) milestone.opening = 2025" "$tmp/b-alone.txt"
"$checker" claims names/a.md --format phrases >"$tmp/a.phrases"
"$checker" claims names/b.md --format phrases >"$tmp/b.phrases"
"$checker" claims names/a.md --phrases "$tmp/a.phrases" --phrases "$tmp/b.phrases" >"$tmp/a.claims"
"$checker" claims names/b.md --phrases "$tmp/a.phrases" --phrases "$tmp/b.phrases" >"$tmp/b.claims"
audit names-sharded --claims "$tmp/a.claims" "$tmp/b.claims"
audit names-single names/a.md names/b.md
code names-single 1 $rc
same names-sharded-json "$tmp/names-single.json" "$tmp/names-sharded.json"
has names-slip "milestone target moved 2023 → 2025" "$tmp/names-sharded.txt"

# 4. Bad claim files: file and line, exit 2, the rest still reconciled.
{ head -n 3 "$tmp/shard.00.claims"; echo '{"record": "claim", oops'; } >"$tmp/broken.claims"
audit broken --claims "$tmp/broken.claims"
code broken 2 $rc
has broken-line "checker: skipped $tmp/broken.claims:4: not a JSON object" "$tmp/broken.err"
has broken-truncated "claim records but 0 follow (a truncated file?)" "$tmp/broken.err"
tail -n 1 "$tmp/shard.00.claims" >"$tmp/orphan.claims"
audit orphan --claims "$tmp/orphan.claims"
code orphan 2 $rc
has orphan "$tmp/orphan.claims:1: a claim record without a good document record before it" "$tmp/orphan.err"
head -n 2 "$tmp/shard.00.claims" | sed 's/"unit":"[^"]*",//' >"$tmp/field.claims"
audit field --claims "$tmp/field.claims"
code field 2 $rc
has field "$tmp/field.claims:2: bad claim record: exact.value.unit: missing" "$tmp/field.err"
audit missing --claims "$tmp/nowhere.claims"
code missing 2 $rc
has missing "$tmp/nowhere.claims: cannot read the claim file" "$tmp/missing.err"
"$checker" audit --claims "$tmp/shard.00.claims" --store "$tmp/x.db" >/dev/null 2>"$tmp/both.err"
code claims-and-store 2 $?
has claims-and-store "excludes" "$tmp/both.err"

finish scale
