#!/bin/sh
# Makes the `pre-commit` program available to PreCommitIT, which drives real commits through it.
# Run by the build (exec-maven-plugin, pre-integration-test) with one argument: the file to write
# the outcome to, which the test reads to say why it skips.
#
# pre-commit found: nothing to do. Missing, and running as root with apt-get (CI on Debian):
# install the Debian package. Otherwise the tests skip, and the file says why. This never fails
# the build: a missing tool is a skipped test, not a broken one.
set -u
status_file=$1
mkdir -p "$(dirname "$status_file")"

say() {
  echo "$*" > "$status_file"
  echo "ensure-pre-commit: $*"
}

if command -v pre-commit >/dev/null 2>&1; then
  say "found $(pre-commit --version 2>&1)"
  exit 0
fi
if [ "$(id -u)" != 0 ]; then
  say "SKIP: pre-commit is not installed, and only root may install it here; install it (apt-get install pre-commit, or pipx install pre-commit) to run the pre-commit end-to-end tests"
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  say "SKIP: pre-commit is not installed and there is no apt-get to install it with; install pre-commit to run the pre-commit end-to-end tests"
  exit 0
fi

echo "ensure-pre-commit: installing the Debian package pre-commit"
log=$(dirname "$status_file")/ensure-pre-commit.log
export DEBIAN_FRONTEND=noninteractive
# The package lists may be missing (slim images) or stale: update them when the first try fails.
installed=yes
if ! apt-get install -y --no-install-recommends pre-commit > "$log" 2>&1; then
  apt-get update >> "$log" 2>&1 || true
  apt-get install -y --no-install-recommends pre-commit >> "$log" 2>&1 || installed=no
fi
if command -v pre-commit >/dev/null 2>&1; then
  say "installed $(pre-commit --version 2>&1)"
elif [ "$installed" = yes ]; then
  say "SKIP: apt-get installed pre-commit, but it is not on PATH ($PATH); the pre-commit end-to-end tests need it"
else
  tail -n 5 "$log"
  say "SKIP: apt-get install pre-commit failed (see $log); the pre-commit end-to-end tests need it"
fi
exit 0
