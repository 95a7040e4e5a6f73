#!/usr/bin/env bash
# Installs what checker needs to build and test, from Debian's packages. Safe to run again:
# it installs only what is missing. Needs root (or sudo) when something is missing.
# `setup.sh --build-only`: only what building build/checker needs (a CI step that runs the
# checker, docs/ci.md), not the test tools (xmllint, Chromium, Node).
set -euo pipefail
build_only=false
case "${1:-}" in
  "") ;;
  --build-only) build_only=true ;;
  *) echo "usage: setup.sh [--build-only]" >&2; exit 2 ;;
esac

packages=(
  build-essential cmake pkg-config
  libre2-dev            # RE2: linear-time pattern matching
  libboost-dev          # Boost.Spirit X3 (header-only): value grammars
  nlohmann-json3-dev    # JSON reports and rule files
  catch2                # tests (Catch2 v2; CMake looks for it when configuring)
  libcli11-dev          # command-line flags
  libfmt-dev            # formatting, terminal colors
  libutf8proc-dev       # Unicode folding
  libsqlite3-dev        # the claim store (audit --store)
  libxxhash-dev         # content hashes: the claim store's keys
  libmimalloc-dev       # the checker binary's allocator: less memory and time than glibc's on large audits
)
if ! $build_only; then
  packages+=(
    libxml2-utils       # tests: xmllint checks the JUnit report
    time jq util-linux  # tests: peak memory (/usr/bin/time), JSON checks, setpriv (tests/cli/robustness.sh)
    chromium            # tests: renders the HTML report headless (DOM check, screenshot)
  )
  # Tests also run Node tools from npm (SARIF multitool, Ajv; see tests/tools/package.json).
  # A machine may already have Node from elsewhere: Debian's nodejs and npm only when missing.
  command -v node >/dev/null 2>&1 || packages+=(nodejs)
  command -v npm >/dev/null 2>&1 || packages+=(npm)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: all ${#packages[@]} packages present"
  exit 0
fi

echo "setup: installing ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
