// No script is linted twice: the parent's default source folder skips the modules' folders (one
// module is named by its folder, the other by its pom file), and each module lints its own.
def log = new File(basedir, 'build.log').text
def findings = log.readLines().findAll { it.contains('[vacation-missing-days]') }
assert findings.size() == 3 : findings.join('\n')
assert findings.count { it.startsWith('[WARNING] shared/common.sieve:2:1: ') } == 1
assert findings.count { it.startsWith('[WARNING] alice.sieve:2:1: ') } == 1
assert findings.count { it.startsWith('[WARNING] before.sieve:2:1: ') } == 1
assert log.count('sievelint: 1 problem (1 warning) in 1 file (1 file checked)') == 3
assert log.contains('BUILD SUCCESS')

def parent = new File(basedir, 'target/sievelint.sarif').text
assert parent.contains('shared/common.sieve')
assert !parent.contains('alice.sieve') && !parent.contains('before.sieve')
assert new File(basedir, 'users/target/sievelint.sarif').text.contains('"uri" : "alice.sieve"')
assert new File(basedir, 'global/target/sievelint.sarif').text.contains('"uri" : "before.sieve"')
return true
