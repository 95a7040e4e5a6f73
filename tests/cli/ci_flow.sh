#!/usr/bin/env bash
# The CI setups of docs/ci.md, run as written in a temporary git repository: every line of the
# doc that starts with `checker audit` is run unchanged (see "Which lines the test runs" there).
# Also the errors of --changed-since. Usage: ci_flow.sh path/to/checker (from the repository root).
set -u
checker=$(realpath "${1:?usage: ci_flow.sh CHECKER}")
doc=$(realpath docs/ci.md)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0
passes=0
fail() { echo "FAIL $1"; failures=$((failures + 1)); }
ok() { passes=$((passes + 1)); }

# run NAME EXPECTED_EXIT CMD... : runs CMD, keeps stdout/stderr in $out/$err, checks the exit code.
run() {
  local name=$1 expected=$2
  shift 2
  "$@" >"$tmp/out" 2>"$tmp/err" </dev/null
  local code=$?
  out=$(cat "$tmp/out")
  err=$(cat "$tmp/err")
  if [ "$code" -ne "$expected" ]; then
    fail "$name: exit $code, expected $expected"
    echo "  stdout: ${out:0:600}"
    echo "  stderr: ${err:0:600}"
  else
    ok
  fi
}
has() { if [[ "$3" == *"$2"* ]]; then ok; else fail "$1: missing '$2' in:"; echo "${3:0:800}" | sed 's/^/  /'; fi; }
lacks() { if [[ "$3" != *"$2"* ]]; then ok; else fail "$1: unexpected '$2'"; fi; }

# The doc's commands, by what they do. Four lines start with `checker audit`.
mapfile -t commands < <(sed -nE 's/^[[:space:]]*(run: |- )?(checker audit .*)$/\2/p' "$doc")
[ "${#commands[@]}" -eq 4 ] && ok || fail "docs/ci.md: expected 4 'checker audit' lines, found ${#commands[@]}"
for c in "${commands[@]}"; do
  case "$c" in
    *--update-baseline*) baseline_cmd=$c ;;
    *"--format github"*) github_cmd=$c ;;
    *"--format junit"*) gitlab_cmd=$c ;;
    *merge-base*) local_cmd=$c ;;
    *) fail "docs/ci.md: a command this test does not know: $c" ;;
  esac
done
for v in baseline_cmd github_cmd gitlab_cmd local_cmd; do
  [ -n "${!v:-}" ] && ok || { fail "docs/ci.md: no command for $v"; }
done
[ "$failures" -eq 0 ] || { echo "$passes passed, $failures failed"; exit 1; }

# `checker` on PATH, as in the CI setups; git never looks above $tmp.
mkdir -p "$tmp/bin" && ln -s "$checker" "$tmp/bin/checker"
export PATH="$tmp/bin:$PATH" GIT_CEILING_DIRECTORIES="$tmp"
export GIT_AUTHOR_NAME=ci GIT_AUTHOR_EMAIL=ci@example.invalid GIT_COMMITTER_NAME=ci GIT_COMMITTER_EMAIL=ci@example.invalid
repo=$tmp/repo
# doc NAME [DIR] : runs one of the doc's commands in the repository (or DIR) through bash.
doc() { run "$1" "$2" bash -c "cd '${3:-$repo}' && ${!1}"; }
article() {  # article PATH DATE LANG TEXT
  mkdir -p "$(dirname "$repo/$1")"
  printf -- '---\ntitle: t\ndate: %s\nlang: %s\n---\n%s\n' "$2" "$3" "$4" >"$repo/$1"
}

# The main branch: a corpus with one accepted conflict (a slip, recorded in the baseline) and
# one consistent pair (1 240 m = 1,24 km).
git init -q -b main "$repo"
printf '{"paths": ["articles/"]}\n' >"$repo/.checker.json"
article articles/bridge/a1.md 2021-03-02 fr "Le pont de Vardenne doit ouvrir à la circulation en 2023, a annoncé le conseil régional."
article articles/bridge/a2.md 2022-05-10 fr "L'ouverture du pont de Vardenne est repoussée à 2024 en raison de retards sur les fondations."
article articles/viaduct/d1.md 2023-01-10 fr "Le viaduc de Sorel, long de 1 240 m, a été inauguré en 2019."
article articles/viaduct/d3.md 2023-09-15 fr "Long de 1,24 km, le viaduc de Sorel reste le plus long de la région."
git -C "$repo" add -A && git -C "$repo" commit -qm corpus
doc baseline_cmd 0
has baseline-recorded "wrote .checker-baseline.json (1 finding)" "$err"
has baseline-file '"rule": "milestone-slip"' "$(cat "$repo/.checker-baseline.json" 2>/dev/null)"
git -C "$repo" add -A && git -C "$repo" commit -qm baseline
# Later on main, an old conflict nobody recorded: a status change of a tunnel.
article articles/tunnel/a.md 2019-04-12 en "Officials said the Northgate tunnel remains fully operational despite the floods."
article articles/tunnel/b.md 2021-02-03 en "The Northgate tunnel was closed down on January 28 after cracks were found."
git -C "$repo" add -A && git -C "$repo" commit -qm tunnel
base=$(git -C "$repo" rev-parse HEAD)
export BASE=$base CI_MERGE_REQUEST_DIFF_BASE_SHA=$base

# The whole corpus with the baseline: the tunnel is reported.
run full-audit 1 bash -c "cd '$repo' && checker audit --no-default-reports --baseline .checker-baseline.json"
has full-audit "Northgate tunnel" "$out"
has full-audit "1 finding (0 error, 1 warning, 0 note), 1 hidden by the baseline" "$out"

# A branch changes one document: the viaduct's length now disagrees with the older article.
git -C "$repo" switch -q -c edit
sed -i 's/1,24 km/1 420 m/' "$repo/articles/viaduct/d3.md"
git -C "$repo" commit -qam "viaduct length"

# GitHub Actions: annotations on standard output, SARIF in a file; the new conflict fails the step.
doc github_cmd 1
has github-annotation "::warning file=articles/viaduct/d3.md,line=6," "$out"
has github-annotation-other-claim "articles/viaduct/d1.md:6:" "$out"
[ "$(grep -c '^::' <<<"$out")" -eq 1 ] && ok || fail "github: expected exactly one annotation"
lacks github-no-old-conflict "Northgate" "$out"
lacks github-no-baselined "Vardenne" "$out"
sarif=$(cat "$repo/checker.sarif" 2>/dev/null)
has github-sarif '"uri": "articles/viaduct/d3.md"' "$sarif"
lacks github-sarif-no-old-conflict "Northgate" "$sarif"
lacks github-no-progress-when-piped "documents, " "$err"

# GitLab CI: one failed test case, the changed document in it; the text report in the log.
doc gitlab_cmd 1
junit=$(cat "$repo/checker-junit.xml" 2>/dev/null)
[ "$(grep -c '<failure ' <<<"$junit")" -eq 1 ] && ok || fail "gitlab: expected one <failure> in checker-junit.xml"
has gitlab-junit "articles/viaduct/d3.md:6:" "$junit"
lacks gitlab-junit-no-old-conflict "Northgate" "$junit"
has gitlab-log "viaduc de Sorel" "$out"
has gitlab-log-summary "1 finding (0 error, 1 warning, 0 note), 2 outside the changed documents" "$out"

# On a developer's machine, against the fork point of the branch.
doc local_cmd 1
has local "1 finding (0 error, 1 warning, 0 note), 2 outside the changed documents" "$out"

# Working-tree changes count: nothing differs from HEAD, then an untracked article reopens the
# tunnel (its claim joins the old conflict, which is then reported).
run head-unchanged 0 bash -c "cd '$repo' && checker audit --no-default-reports --changed-since HEAD"
has head-unchanged "0 findings (0 error, 0 warning, 0 note), 3 outside the changed documents" "$out"
article articles/tunnel/c.md 2021-06-01 en "The Northgate tunnel remains fully operational, the operator said."
run untracked 1 bash -c "cd '$repo' && checker audit --no-default-reports --changed-since HEAD"
has untracked "articles/tunnel/c.md:6:" "$out"
has untracked "Northgate tunnel" "$out"
rm "$repo/articles/tunnel/c.md"

# From a subdirectory, paths as the user gives them (git prints them from the top).
run subdirectory 1 bash -c "cd '$repo/articles/viaduct' && checker audit --no-default-reports --changed-since '$base' . ../tunnel"
has subdirectory "./d3.md:6:" "$out"
lacks subdirectory-old "Northgate" "$out"

mkdir -p "$tmp/plain" && cp -r "$repo/articles" "$tmp/plain/"
# Documents outside the work tree never count as changed: a warning says so.
run outside-work-tree 0 bash -c "cd '$repo' && checker audit --no-default-reports --changed-since HEAD articles/viaduct '$tmp/plain/articles/tunnel'"
has outside-work-tree "checker: warning: --changed-since HEAD: 2 documents are outside the git work tree $repo and never count as changed" "$err"
run inside-work-tree 0 bash -c "cd '$repo' && checker audit --no-default-reports --changed-since HEAD articles/viaduct"
lacks inside-work-tree "outside the git work tree" "$err"

# Errors: exit 2 and a message naming the revision.
run unknown-rev 2 bash -c "cd '$repo' && checker audit --no-default-reports --changed-since no-such-branch"
has unknown-rev "checker: --changed-since no-such-branch: unknown revision" "$err"
run no-shell 2 bash -c "cd '$repo' && checker audit --no-default-reports --changed-since 'main;touch pwned'"
has no-shell "unknown revision" "$err"
[ ! -e "$repo/pwned" ] && ok || fail "no-shell: the revision reached a shell"
run option-like 2 bash -c "cd '$repo' && checker audit --no-default-reports --changed-since=--output=x"
has option-like "expected a git revision" "$err"
run not-a-repo 2 bash -c "cd '$tmp/plain' && checker audit --no-default-reports articles --changed-since main"
has not-a-repo "checker: --changed-since main: the working directory is not inside a git work tree" "$err"
mkdir -p "$tmp/nogit"
run git-missing 2 env PATH="$tmp/nogit" "$checker" audit --no-default-reports "$repo/articles" --changed-since main
has git-missing "checker: --changed-since main: git: not found on PATH" "$err"
run with-update-baseline 2 bash -c "cd '$repo' && checker audit --changed-since main --baseline b.json --update-baseline"
has with-update-baseline "--update-baseline excludes --changed-since" "$err"

echo "$passes passed, $failures failed"
[ "$failures" -eq 0 ]
