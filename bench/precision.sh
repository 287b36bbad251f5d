#!/usr/bin/env bash
# The precision review (docs/precision.md, issue #18): lints ../shared/corpus with ./sievelint as a
# user would, joins the findings with docs/precision/marks.tsv and sievec's verdicts, writes one
# review file per rule to bench/target/precision/ and the table to docs/precision.md.
#
#   bench/precision.sh                   review; prints the table and the unmarked warnings and errors
#   bench/precision.sh --check           also exit 1 while a warning or error is unmarked or false
#   bench/precision.sh --info-sample 10  read 10 infos per rule instead of 5
#   bench/precision.sh --no-sievec       skip peer-sievec: only sievec's first error of a script counts
#
# Without ../shared/corpus it says so and exits 0. Nothing of this runs in `mvn verify`.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd -P)
repo=$(cd "$here/.." && pwd -P)
cd "$repo"
if [ ! -f ../shared/corpus/verdicts.tsv ]; then
  echo "precision: no ../shared/corpus/verdicts.tsv here, so no corpus to review; nothing done"
  exit 0
fi

# The launcher builds the CLI jar when it is missing or stale. The review itself needs only that
# jar (analyzer, Jackson), so its classes are compiled with javac, not in the JMH module's build.
./sievelint --version >/dev/null
jar=$(ls cli/target/sievelint-*-all.jar | head -n 1)
src=bench/src/main/java/io/github/sievelint/bench/precision
classes=bench/target/precision-classes
stamp=$classes/.built
if [ ! -f "$stamp" ] || [ "$jar" -nt "$stamp" ] || [ -n "$(find "$src" -newer "$stamp" -print -quit)" ]; then
  rm -rf "$classes"
  mkdir -p "$classes"
  javac --release 17 -encoding UTF-8 -cp "$jar" -d "$classes" "$src"/*.java
  touch "$stamp"
fi
exec java -cp "$classes:$jar" io.github.sievelint.bench.precision.PrecisionReview --root "$repo" "$@"
