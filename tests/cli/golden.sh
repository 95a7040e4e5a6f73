#!/usr/bin/env bash
# Golden reports of the seeds audit, one per format. `golden.sh check CHECKER` compares;
# `golden.sh update CHECKER` rewrites tests/golden/ (an explicit step, reviewed in the diff).
set -u
mode=${1:?usage: golden.sh check|update CHECKER}
checker=${2:?usage: golden.sh check|update CHECKER}
dir=tests/golden
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
for format in text json sarif junit github markdown html; do
  case $format in
    text) ext=txt ;; junit) ext=xml ;; markdown) ext=md ;; *) ext=$format ;;
  esac
  NO_COLOR=1 "$checker" audit seeds/ --no-default-reports --format "$format" >"$tmp/seeds.$ext"
  code=$?
  if [ "$code" -ne 1 ]; then echo "audit seeds/ --format $format exited $code, expected 1"; status=1; fi
  if [ "$mode" = update ]; then
    mkdir -p "$dir" && cp "$tmp/seeds.$ext" "$dir/seeds.$ext" && echo "updated $dir/seeds.$ext"
  elif ! diff -u "$dir/seeds.$ext" "$tmp/seeds.$ext"; then
    echo "golden $dir/seeds.$ext differs (run: bash tests/cli/golden.sh update build/checker)"
    status=1
  else
    echo "golden $dir/seeds.$ext matches"
  fi
done
exit $status
