# Checks on files for the CLI tests that compare runs (sourced by scale.sh, store_findings.sh and
# store_deferred.sh):
# each counts a pass or prints "FAIL NAME: …" and counts a failure; `finish LABEL` prints the
# counts and fails the script when one failed.
failures=0
passes=0

check() {  # check NAME CONDITION-EXIT-CODE MESSAGE
  if [ "$2" -ne 0 ]; then
    echo "FAIL $1: $3"
    failures=$((failures + 1))
  else
    passes=$((passes + 1))
  fi
}
same() {  # same NAME FILE FILE
  cmp -s "$2" "$3"
  check "$1" $? "$2 and $3 differ: $(diff "$2" "$3" | head -5)"
}
has() {  # has NAME TEXT FILE
  grep -qF -- "$2" "$3"
  check "$1" $? "missing '$2' in $3: $(head -c 400 "$3")"
}
lacks() {  # lacks NAME TEXT FILE
  ! grep -qF -- "$2" "$3"
  check "$1" $? "unexpected '$2' in $3"
}
code() {  # code NAME EXPECTED ACTUAL
  [ "$2" -eq "$3" ]
  check "$1" $? "exit $3, expected $2"
}
finish() {  # finish LABEL
  echo "$1: $passes passed, $failures failed"
  [ "$failures" -eq 0 ]
}
# pair NAME ARGS...: the same audit of seeds and fixtures (in the current directory) without the
# store (NAME-plain.*) and through $tmp/claims.db (NAME.*), text and JSON reports, standard error
# and exit code compared byte for byte. Needs $checker and $tmp.
pair() {
  local name=$1
  shift
  "$checker" audit seeds fixtures "$@" --no-default-reports --format text --format json -o - -o "$tmp/$name-plain.json" \
    >"$tmp/$name-plain.txt" 2>"$tmp/$name-plain.err" </dev/null
  local plain_rc=$?
  "$checker" audit seeds fixtures "$@" --store "$tmp/claims.db" --no-default-reports --format text --format json \
    -o - -o "$tmp/$name.json" >"$tmp/$name.txt" 2>"$tmp/$name.err" </dev/null
  local rc=$?
  [ "$plain_rc" -eq "$rc" ]
  check "$name-exit" $? "exit $rc through the store, $plain_rc without"
  same "$name-text" "$tmp/$name-plain.txt" "$tmp/$name.txt"
  same "$name-json" "$tmp/$name-plain.json" "$tmp/$name.json"
  same "$name-stderr" "$tmp/$name-plain.err" "$tmp/$name.err"
}
