#!/usr/bin/env bash
# Whole-process benchmark of `sievelint check` (docs/performance.md): generated repositories of
# 1k/10k/100k accounts, one file, the shared corpus when present, and Pigeonhole's sievec on the
# same files. Prints a Markdown table and writes it to bench/target/results.md.
#
# Environment:
#   RUNS=5                 runs per case; the median is reported
#   WARMUP=1               untimed runs first (page cache, CDS archive)
#   SIZES="1000 10000 100000"  repository sizes
#   PEER_SIZES="1000"      sizes on which sievec runs too (one process per script, so slow)
#   PEER=0                 skip sievec
#   SIEVELINT=./sievelint  the command to measure (e.g. "java -jar cli/target/sievelint-0.1.0-all.jar")
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd -P)
repo=$(cd "$here/.." && pwd -P)
runs=${RUNS:-5}
sizes=${SIZES:-1000 10000 100000}
peer_sizes=${PEER_SIZES:-1000}
work=$here/target
mkdir -p "$work/repos"
cd "$repo"
sievelint=${SIEVELINT:-$repo/sievelint}

if [ ! -x /usr/bin/time ]; then
  if [ "$(id -u)" = 0 ]; then apt-get install -y -q time >/dev/null; else
    echo "bench: /usr/bin/time is needed (apt-get install time)" >&2; exit 2; fi
fi

# The launcher builds the jar when it is missing or stale, and trains its class-data archive on
# first use; both happen here, before anything is timed.
$sievelint --version >/dev/null

# The generator lives in the analyzer's tests and needs only the JDK.
if [ ! -f "$work/gen/io/github/sievelint/testing/RepositoryGenerator.class" ]; then
  mkdir -p "$work/gen"
  javac -d "$work/gen" "$repo/analyzer/src/test/java/io/github/sievelint/testing/RepositoryGenerator.java"
fi
for n in $sizes; do
  [ -f "$work/repos/$n/sievelint.yaml" ] ||
    java -cp "$work/gen" io.github.sievelint.testing.RepositoryGenerator "$work/repos/$n" "$n" >/dev/null
done
first=$(echo $sizes | cut -d' ' -f1)
one=$(find "$work/repos/$first/users" -name '*.sieve' | sort | sed -n 1p)

# median of column $1 (1-based) over lines of "wall user sys rss"
median() { sort -n -k"$1","$1" | awk -v c="$1" '{a[NR]=$c} END {print a[int((NR+1)/2)]}'; }

# measure NAME CMD...: runs CMD $runs times (after one warm-up), records wall, CPU and peak RSS
measure() {
  local name=$1; shift
  local log=$work/time.$$
  : >"$log"
  for _ in $(seq "${WARMUP:-1}"); do "$@" >/dev/null 2>&1 || true; done
  for _ in $(seq "$runs"); do
    /usr/bin/time -f '%e %U %S %M' -a -o "$log" "$@" >/dev/null 2>&1 || true
  done
  local wall cpu rss
  # /usr/bin/time also writes "Command exited with non-zero status 1" (findings) to the log.
  grep -E '^[0-9.]+ [0-9.]+ [0-9.]+ [0-9]+$' "$log" >"$log.ok" || true
  mv "$log.ok" "$log"
  wall=$(median 1 <"$log")
  cpu=$(awk '{print $2+$3}' "$log" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  rss=$(median 4 <"$log")
  rm -f "$log"
  printf '| %s | %s | %s | %d |\n' "$name" "$wall" "$cpu" "$((rss / 1024))" | tee -a "$work/results.md"
  eval "last_wall=$wall"
}

{
  echo "sievelint benchmark, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(java -version 2>&1 | sed -n 1p)"
  echo "load before: $(cut -d' ' -f1-3 /proc/loadavg); runs per case: $runs (median)"
  echo
  echo "| case | wall s | CPU s | peak RSS MB |"
  echo "|---|---|---|---|"
} | tee "$work/results.md"

measure "sievelint, one file" $sievelint check "$one"
for n in $sizes; do
  measure "sievelint, $n accounts" $sievelint check "$work/repos/$n"
done
corpus=$repo/../shared/corpus
if [ -d "$corpus" ]; then
  count=$(find "$corpus" -type f \( -name '*.sieve' -o -name '*.siv' \) | wc -l)
  measure "sievelint, shared corpus ($count files)" $sievelint check "$corpus"
fi

peer=$repo/../shared/tools/peer-sievec
if [ "${PEER:-1}" = 1 ] && [ -x "$peer" ]; then
  "$peer" "$one" >/dev/null 2>&1 || true # installs sievec when missing
  if command -v sievec >/dev/null 2>&1; then
    mine=$last_wall
    measure "sievec (peer-sievec), one file" "$peer" "$one"
    for n in $peer_sizes; do
      list=$work/files.$n
      find "$work/repos/$n" -name '*.sieve' | sort >"$list"
      count=$(wc -l <"$list")
      runs_saved=$runs
      runs=1
      measure "sievelint, $n accounts (same run)" $sievelint check "$work/repos/$n"
      mine=$last_wall
      measure "sievec (peer-sievec), $n accounts' $count scripts" xargs -a "$list" "$peer"
      runs=$runs_saved
      echo "| ratio sievec / sievelint, $n accounts | $(awk -v a="$last_wall" -v b="$mine" 'BEGIN {printf "%.1f", a / b}') x | | |" |
        tee -a "$work/results.md"
    done
  fi
fi
echo | tee -a "$work/results.md"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$work/results.md"
