# Checks on files for the CLI tests that compare runs (sourced by scale.sh and store_findings.sh):
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
