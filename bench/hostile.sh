#!/usr/bin/env bash
# The "one hostile file never sinks a run" check of issue #16, rerunnable: a folder holding the
# shared corpus (when ../shared is there; it is never copied into the project) and hostile files of
# every kind: 100,000 nested not / anyof / blocks / string lists, long variable names, a
# catastrophic regex guard, escape sequences, an escaping include, random bytes, an image, Latin-1,
# text garbage, a symbolic-link loop and a dangling link. Checks one run of each of --jobs 1 and 2:
# exit 0 or 1, nothing on standard error, no internal error, identical SARIF, no raw ESC in the text
# report, the escaping include flagged; prints the times.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd -P)
repo=$(cd "$here/.." && pwd -P)
sievelint=${SIEVELINT:-$repo/sievelint}
work=$here/target/hostile
rm -rf "$work"
mkdir -p "$work/bad"
if [ -d "$repo/../shared/corpus" ]; then
  cp -r "$repo/../shared/corpus" "$work/corpus"
else
  echo "hostile: no ../shared/corpus; checking the hostile files alone" >&2
fi
python3 - "$work/bad" <<'PY'
import os, random, struct, sys, zlib
os.chdir(sys.argv[1])
n = 100000
open('not.sieve', 'w').write('if ' + 'not ' * n + 'true { keep; }\n')
open('anyof.sieve', 'w').write('if ' + 'anyof(' * n + 'true' + ')' * n + ' { keep; }\n')
open('blocks.sieve', 'w').write('if true { ' * n + 'keep;' + ' }' * n + '\n')
open('lists.sieve', 'w').write('keep ' + '[' * n + '"a"\n')
open('vars.sieve', 'w').write('require "variables";\nset "a" "${' + 'a.' * n + 'b}";\n'
                              'set "b" "' + '${' * n + 'x' + '}' * n + '";\n')
open('regex.sieve', 'w').write('require ["regex","vacation"];\nif header :regex "auto-submitted" "'
                               + '(a*)*' * 30 + 'b" { stop; }\nvacation "x";\n')
open('esc.sieve', 'w').write('foo \x1b[31mRED\x1b[0m;\nif header :is "subject" "\x1b]0;pwned\x07" { keep; }\n')
open('include.sieve', 'w').write('require "include";\ninclude :personal "../../../../etc/passwd";\n')
random.seed(7)
open('random.sieve', 'wb').write(bytes(random.randrange(256) for _ in range(300)))
png = b'\x89PNG\r\n\x1a\n' + struct.pack('>I', 13) + b'IHDR' + struct.pack('>IIBBBBB', 16, 16, 8, 2, 0, 0, 0)
png += zlib.compress(bytes(random.randrange(256) for _ in range(3000)))
open('image.sieve', 'wb').write(png)
open('latin1.sieve', 'wb').write(b'# caf\xe9\nrequire "fileinto";\nfileinto "caf\xe9";\n')
open('garbage.sieve', 'w').write('\n'.join('this is not { sieve ] at ( all %d' % i for i in range(2000)))
PY
ln -s .. "$work/bad/loop"
ln -s /nonexistent "$work/bad/dangling.sieve"
cd "$work"
status=0
for jobs in 1 2; do
  start=$(date +%s.%N)
  code=0
  "$sievelint" check --jobs "$jobs" --format sarif --output "jobs$jobs.sarif" \
    --report text=report.txt . 2>"jobs$jobs.err" || code=$?
  end=$(date +%s.%N)
  printf 'hostile: --jobs %s: exit %s in %.2f s\n' "$jobs" "$code" "$(echo "$end - $start" | bc)"
  if [ "$code" -gt 1 ] || [ -s "jobs$jobs.err" ]; then
    echo "hostile: FAIL: exit $code, standard error:" >&2
    cat "jobs$jobs.err" >&2
    status=1
  fi
done
cmp -s jobs1.sarif jobs2.sarif || { echo "hostile: FAIL: --jobs 1 and 2 differ" >&2; status=1; }
if grep -q '"ruleId" : "internal-error"\|"ruleId": "internal-error"' jobs1.sarif; then
  echo "hostile: FAIL: an internal error" >&2
  status=1
fi
grep -q 'include-outside-root' jobs1.sarif || { echo "hostile: FAIL: the escaping include" >&2; status=1; }
if grep -q $'\x1b' report.txt; then echo "hostile: FAIL: a raw ESC in the text report" >&2; status=1; fi
[ "$status" = 0 ] && echo "hostile: ok ($(grep -c '"ruleId"' jobs1.sarif) findings)"
exit "$status"
