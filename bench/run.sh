#!/usr/bin/env bash
# Whole-process benchmark of `sievelint check` (docs/performance.md): generated repositories of
# several shapes and sizes, one file, the shared corpus when present, check-sieve on the same files
# of each 10k repository when present, and Pigeonhole's sievec. Prints a Markdown table and writes
# it to bench/target/results.md.
#
# Environment:
#   RUNS=5                 runs per case; the median is reported
#   WARMUP=1               untimed runs first (page cache, CDS archive)
#   SHAPES="bench issue"   generator shapes: bench issue big findings redirects chains global
#   SIZES="10000 100000 300000"  repository sizes (accounts); 1000 works too
#   CHECK_SIEVE=path       check-sieve to compare with (default: check-sieve on PATH; none: skipped)
#   PEER_SIZES="1000"      sizes on which sievec runs too (one process per script, so slow)
#   PEER=0                 skip sievec
#   SIEVELINT=./sievelint  the command to measure (e.g. "java -jar cli/target/sievelint-0.1.0-all.jar")
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd -P)
repo=$(cd "$here/.." && pwd -P)
runs=${RUNS:-5}
shapes=${SHAPES:-bench issue}
sizes=${SIZES:-10000 100000 300000}
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

# The generator lives in the analyzer's tests and needs only the JDK; a repository older than the
# generator is written again.
generator=$repo/analyzer/src/test/java/io/github/sievelint/testing/RepositoryGenerator.java
class=$work/gen/io/github/sievelint/testing/RepositoryGenerator.class
if [ ! -f "$class" ] || [ "$generator" -nt "$class" ]; then
  mkdir -p "$work/gen"
  javac -d "$work/gen" "$generator"
fi
# generate SHAPE N: bench/target/repos/SHAPE/N
generate() {
  local dir=$work/repos/$1/$2
  if [ ! -f "$dir/sievelint.yaml" ] || [ "$class" -nt "$dir/sievelint.yaml" ]; then
    rm -rf "$dir"
    java -cp "$work/gen" io.github.sievelint.testing.RepositoryGenerator "$dir" "$2" --shape "$1" >/dev/null
  fi
}
first_shape=$(echo $shapes | cut -d' ' -f1)
rm -rf "$work"/repos/[0-9]* # the layout before shapes: repos/N
for shape in $shapes; do
  for n in $sizes; do generate "$shape" "$n"; done
done
# The one-file case: a script inside a 1,000-account repository (checked within its model).
generate "$first_shape" 1000
one=$(find "$work/repos/$first_shape/1000/users" -name '*.sieve' | sort | sed -n 1p)

check_sieve=${CHECK_SIEVE:-$(command -v check-sieve || true)}

# median of column $1 (1-based) over lines of "wall user sys rss"
median() { sort -n -k"$1","$1" | awk -v c="$1" '{a[NR]=$c} END {print a[int((NR+1)/2)]}'; }

# measure NAME CMD...: runs CMD $runs times (after the warm-up), records wall, CPU and peak RSS
measure() {
  local name=$1; shift
  local log=$work/time.$$
  : >"$log"
  for _ in $(seq "${WARMUP:-1}"); do "$@" >/dev/null 2>&1 || true; done
  for _ in $(seq "$runs"); do
    /usr/bin/time -f '%e %U %S %M %x' -a -o "$log" "$@" >/dev/null 2>"$log.err" || true
  done
  local wall cpu rss
  # /usr/bin/time also writes "Command exited with non-zero status 1" (findings) to the log.
  grep -E '^[0-9.]+ [0-9.]+ [0-9.]+ [0-9]+ [0-9]+$' "$log" >"$log.ok" || true
  mv "$log.ok" "$log"
  # Exit 1 means findings; 2 and more, a run that did not do the work (a usage or config error):
  # its time would mean nothing, so the case says why instead.
  local failed
  failed=$(awk '$5 >= 2 {print $5; exit}' "$log")
  if [ -n "$failed" ]; then
    printf '| %s | failed (exit %s): %s | | | |\n' "$name" "$failed" \
      "$(tail -n 1 "$log.err" | cut -c1-160)" | tee -a "$work/results.md"
    rm -f "$log" "$log.err"
    last_wall=0
    return
  fi
  rm -f "$log.err"
  wall=$(median 1 <"$log")
  cpu=$(awk '{print $2+$3}' "$log" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  rss=$(median 4 <"$log")
  rm -f "$log"
  printf '| %s | %s | %s | %s | %d |\n' "$name" "$wall" "$cpu" \
    "$(awk -v c="$cpu" -v w="$wall" 'BEGIN {printf "%.2f", (w > 0) ? c / w : 0}')" "$((rss / 1024))" |
    tee -a "$work/results.md"
  last_wall=$wall
}

# note TEXT: a line of the table with only its first cell
note() { echo "| $1 | | | | |" | tee -a "$work/results.md"; }

{
  echo "sievelint benchmark, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(java -version 2>&1 | sed -n 1p)"
  echo "load before: $(cut -d' ' -f1-3 /proc/loadavg); runs per case: $runs (median)"
  echo
  echo "| case | wall s | CPU s | CPU/wall | peak RSS MB |"
  echo "|---|---|---|---|---|"
} | tee "$work/results.md"

measure "sievelint, one file (in the $first_shape 1000-account repository)" $sievelint check "$one"
for shape in $shapes; do
  declare -A wall_of=()
  for n in $sizes; do
    dir=$work/repos/$shape/$n
    measure "sievelint, $shape, $n accounts ($(du -sb "$dir" | awk '{printf "%.0f", $1 / 1e6}') MB)" \
      $sievelint check "$dir"
    wall_of[$n]=$last_wall
  done
  if [ -n "${wall_of[10000]:-}" ] && [ -n "${wall_of[100000]:-}" ]; then
    note "time(100k) / time(10k), $shape: $(awk -v a="${wall_of[100000]}" -v b="${wall_of[10000]}" 'BEGIN {printf "%.1f", a / b}')"
  fi
  # check-sieve (syntax only) on the same files, one process per 2,000 files, in the same run.
  if [ -n "$check_sieve" ] && [ -x "$check_sieve" ] && [ -n "${wall_of[10000]:-}" ]; then
    list=$work/files.$shape.10000
    find "$work/repos/$shape/10000" -name '*.sieve' | sort >"$list"
    measure "check-sieve, $shape, 10000 accounts' $(wc -l <"$list") scripts" \
      xargs -a "$list" -n 2000 "$check_sieve"
    note "ratio sievelint / check-sieve, $shape, 10000 accounts: $(awk -v a="${wall_of[10000]}" -v b="$last_wall" 'BEGIN {printf "%.2f", a / b}')"
  fi
  unset wall_of
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
      generate "$first_shape" "$n"
      list=$work/files.$n
      find "$work/repos/$first_shape/$n" -name '*.sieve' | sort >"$list"
      count=$(wc -l <"$list")
      runs_saved=$runs
      runs=1
      measure "sievelint, $first_shape, $n accounts (same run)" $sievelint check "$work/repos/$first_shape/$n"
      mine=$last_wall
      measure "sievec (peer-sievec), $n accounts' $count scripts" xargs -a "$list" "$peer"
      runs=$runs_saved
      note "ratio sievec / sievelint, $n accounts: $(awk -v a="$last_wall" -v b="$mine" 'BEGIN {printf "%.1f", a / b}') x"
    done
  fi
fi
echo | tee -a "$work/results.md"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$work/results.md"
