#!/usr/bin/env bash
# The claim store keeps each document's claims apart from the small record every audit reads, and
# reads them only for the groups it reconciles again; the claims of a clean group's findings come
# with the findings. Each change here must make it read or reconcile what changed, never serve
# what it kept: a later audit through the store writes the same bytes and exit code as one
# without it after a document's claim moves from a group to another, after a document is deleted,
# after a file is renamed, and after the rules change.
# Usage: store_deferred.sh path/to/checker (from the repository root).
set -u
checker=${1:?usage: store_deferred.sh CHECKER}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# shellcheck source=file_checks.sh
source "$(cd "$(dirname "$0")" && pwd)/file_checks.sh"

mkdir -p "$tmp/corpus"
cp -r seeds tests/fixtures "$tmp/corpus/"
cp -r rules "$tmp/rules"
cd "$tmp/corpus"

h1=fixtures/value-conflict/heights/h1.md
conflict='Kellan tower: measure.height is 2.9972 m in fixtures/value-conflict/heights/h1.md but 3.4 m'
pair first
pair second
has second-conflict "$conflict" "$tmp/second.txt"

# h1's height becomes a length: its claim leaves the tower's height group (h2's claim, kept back
# in the store, stays there alone) for a length group; the conflict goes. And back.
sed -i 's/ tall\./ long./' "$h1"
pair moved
lacks moved-conflict-gone 'Kellan tower: measure.height' "$tmp/moved-plain.txt"
has moved-length 'measure.length' "$tmp/moved-plain.json"
sed -i 's/ long\./ tall./' "$h1"
pair moved-back
has moved-back-conflict "$conflict" "$tmp/moved-back-plain.txt"

# A document deleted: its conflict goes, and every later document moves up one place.
mv "$h1" "$tmp/h1.md"
pair deleted
lacks deleted-conflict-gone 'Kellan tower: measure.height' "$tmp/deleted-plain.txt"
mv "$tmp/h1.md" "$h1"
pair deleted-back
has deleted-back-conflict "$conflict" "$tmp/deleted-back-plain.txt"

# A file renamed (same bytes): the findings name the new path.
mv "$h1" fixtures/value-conflict/heights/h0.md
pair renamed
has renamed-path 'measure.height is 2.9972 m in fixtures/value-conflict/heights/h0.md' "$tmp/renamed-plain.txt"

# Other rules: value conflicts become errors.
sed -i 's/"kind": "value-conflict", "severity": "warning"/"kind": "value-conflict", "severity": "error"/' \
  "$tmp/rules/checks/default.json"
pair rules --rules "$tmp/rules"
has rules-error 'error value-conflict' "$tmp/rules-plain.txt"
pair rules-again --rules "$tmp/rules"

finish store_deferred
