#!/usr/bin/env bash
# The claim store's findings per (subject, family) group, as a user sees them: a later audit
# through the store writes the same bytes and exit code as one without it when a document's own
# claims change (its group gains or loses a finding), when another document that names the subject
# changes (the overdue check reads its date), when the rules change, and under other options.
# Usage: store_findings.sh path/to/checker (from the repository root).
set -u
checker=${1:?usage: store_findings.sh CHECKER}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# shellcheck source=file_checks.sh
source "$(cd "$(dirname "$0")" && pwd)/file_checks.sh"

mkdir -p "$tmp/corpus"
cp -r seeds tests/fixtures "$tmp/corpus/"
cp -r rules "$tmp/rules"
cp -r rules "$tmp/pristine-rules"
cd "$tmp/corpus"

overdue='tunnel de Ferlac: milestone target 2022 had passed by 2023-05-17'
t1=fixtures/schedule-slip/ferlac-overdue/t1.md
t2=fixtures/schedule-slip/ferlac-overdue/t2.md

pair first
pair second
has second-overdue "$overdue" "$tmp/second.txt"

# A document's own claims change: its group loses the overdue finding, then gains it back.
sed -i 's/en 2022/en 2024/' "$t1"
pair own-change
lacks own-change-lost 'tunnel de Ferlac: milestone target' "$tmp/own-change-plain.txt"
sed -i 's/en 2024/en 2022/' "$t1"
pair own-change-back
has own-change-back-gained "$overdue" "$tmp/own-change-back-plain.txt"

# Another document changes: t2 has no claim in the group, but its date decides the overdue
# finding. Dated before the target, it no longer shows the target passed; dated after, again.
sed -i 's/^date: 2023-05-17/date: 2021-05-17/' "$t2"
pair other-change
lacks other-change-lost 'tunnel de Ferlac: milestone target' "$tmp/other-change-plain.txt"
sed -i 's/^date: 2021-05-17/date: 2024-02-01/' "$t2"
pair other-change-later
has other-change-later-gained 'tunnel de Ferlac: milestone target 2022 had passed by 2024-02-01' \
  "$tmp/other-change-later-plain.txt"
# The document that named the subject is gone: so is the finding.
mv "$t2" "$tmp/t2.md"
pair other-gone
lacks other-gone-lost 'tunnel de Ferlac: milestone target' "$tmp/other-gone-plain.txt"

# Other rules: the milestone rule's severity raised, and its overdue check turned off.
sed -i 's/"id": "milestone-slip", "kind": "schedule-slip", "severity": "warning"/"id": "milestone-slip", "kind": "schedule-slip", "severity": "error"/' \
  "$tmp/rules/checks/default.json"
pair rules-severity --rules "$tmp/rules"
cmp -s "$tmp/other-gone-plain.txt" "$tmp/rules-severity-plain.txt"
check rules-severity-changes-findings $((1 - $?)) "the rules' change did not change the report: the test proves nothing"
sed -i 's/"overdue": true/"overdue": false/' "$tmp/rules/checks/default.json"
mv "$tmp/t2.md" "$t2"  # back: with the overdue check on, it would raise the finding again
pair rules-overdue --rules "$tmp/rules"
lacks rules-overdue-off 'had passed by' "$tmp/rules-overdue-plain.txt"

# Other options, on the store the last run left: what fails the run and what a rule's severity is.
pair fail-on-error --fail-on error
pair fail-on-none --fail-on none
printf '{"severity": {"value-conflict": "off", "status-conflict": "note"}}\n' >.checker.json
pair config-severity
cmp -s "$tmp/fail-on-none-plain.txt" "$tmp/config-severity-plain.txt"
check config-severity-changes-findings $((1 - $?)) "the configuration did not change the report: the test proves nothing"
rm .checker.json
pair back-to-default

# Rules read through a linked folder: a change behind the link is a change of the rules.
mkdir -p "$tmp/linked"
cp -r "$tmp/pristine-rules/lang" "$tmp/pristine-rules/entities" "$tmp/linked/"
cp -r "$tmp/pristine-rules/checks" "$tmp/checks-real"
ln -s "$tmp/checks-real" "$tmp/linked/checks"
pair linked-before --rules "$tmp/linked"
sed -i 's/"id": "milestone-slip", "kind": "schedule-slip", "severity": "warning"/"id": "milestone-slip", "kind": "schedule-slip", "severity": "error"/' \
  "$tmp/checks-real/default.json"
pair linked-after --rules "$tmp/linked"
has linked-after-raised 'error schedule-slip' "$tmp/linked-after-plain.txt"

finish store_findings
