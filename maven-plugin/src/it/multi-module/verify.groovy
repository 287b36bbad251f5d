// No script is linted twice: the parent's default source folder skips the modules' folders (one
// module is named by its folder, the other by its pom file), and each module lints its own.
def log = new File(basedir, 'build.log').text
def findings = log.readLines().findAll { it.contains('[unused-require]') }
assert findings.size() == 3 : findings.join('\n')
assert findings.count { it.startsWith('[WARNING] shared/common.sieve:1:9: ') } == 1
assert findings.count { it.startsWith('[WARNING] alice.sieve:1:9: ') } == 1
assert findings.count { it.startsWith('[WARNING] before.sieve:1:9: ') } == 1
assert log.count('sievelint: 1 problem (1 warning) in 1 file (1 file checked)') == 3
assert log.contains('BUILD SUCCESS')

// The files each module's SARIF report has results for.
def uris = { String module ->
  def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, module + 'target/sievelint.sarif'))
  sarif.runs[0].results.collect { it.locations[0].physicalLocation.artifactLocation.uri }
}
assert uris('') == ['shared/common.sieve']
assert uris('users/') == ['alice.sieve']
assert uris('global/') == ['before.sieve']
return true
