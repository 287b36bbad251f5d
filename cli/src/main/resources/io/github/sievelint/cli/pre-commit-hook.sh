#!/bin/sh
# sievelint pre-commit hook, written by `sievelint install-hook` (sievelint @@VERSION@@).
#
# It lints what the commit records, the staged content, not the working tree: the index is
# checked out to a temporary folder and sievelint runs there in hook mode (`check --changed`) on
# the staged files, with the whole staged repository as the model of the cross-account rules, so
# a change that closes a redirect cycle with an unchanged script is refused too.
#
# `sievelint install-hook` rewrites this file; `git commit --no-verify` skips it once. Set
# SIEVELINT to the command to run instead (e.g. "java -jar /opt/sievelint-all.jar").
set -eu

jar=@@JAR@@
java=@@JAVA@@

if [ -n "${SIEVELINT:-}" ]; then
  # Split into words on purpose, so that SIEVELINT can carry arguments.
  # shellcheck disable=SC2086
  run_sievelint() { $SIEVELINT "$@"; }
elif [ -n "$jar" ] && [ -f "$jar" ]; then
  if [ ! -x "$java" ]; then
    java=java
  fi
  # The launchers' flags (bin/sievelint says why), with the young generation half the heap.
  run_sievelint() { "$java" -XX:+UseParallelGC -XX:NewRatio=1 -XX:MaxTenuringThreshold=0 -XX:TieredStopAtLevel=1 -Xlog:disable -Xlog:all=warning:stderr -Xshare:auto -jar "$jar" "$@"; }
elif command -v sievelint >/dev/null 2>&1; then
  run_sievelint() { sievelint "$@"; }
else
  echo "sievelint pre-commit hook: sievelint is not on PATH${jar:+ and $jar is gone};" \
    "install it, or set SIEVELINT to the command that runs it" >&2
  exit 2
fi

# The files this commit adds, copies, modifies or renames, one per line. git honours
# GIT_INDEX_FILE, so `git commit -a` and `git commit FILE...` are linted as committed.
files=$(git -c core.quotePath=false diff --cached --name-only --diff-filter=ACMR)
if [ -z "$files" ]; then
  exit 0
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/sievelint-hook.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
trap 'exit 2' HUP INT TERM
git checkout-index --all --prefix="$tmp/"
# Marks the top of the repository, where the search for .sievelint.yaml files stops.
mkdir -p "$tmp/.git"

saved_ifs=$IFS
IFS='
'
set -f
# shellcheck disable=SC2086
set -- $files
set +f
IFS=$saved_ifs

cd "$tmp"
status=0
run_sievelint check --changed -- "$@" || status=$?
if [ "$status" -ne 0 ]; then
  echo "sievelint: commit refused; fix the staged scripts (or commit with --no-verify to skip" \
    "this check)" >&2
fi
exit "$status"
