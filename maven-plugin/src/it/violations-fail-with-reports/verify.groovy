// Each finding is logged at its level as path:line:col: message [rule-id], then the summary; the
// build fails on the violations, and the reports are written where configured, and only there.
def log = new File(basedir, 'build.log').text
assert log =~ /(?m)^\[WARNING\] users\/alice\.sieve:1:9: capability "fileinto" is required .* \[unused-require\]$/
assert log =~ /(?m)^\[ERROR\] users\/broken\.sieve:\d+:\d+: .* \[syntax-error\]$/
assert log.contains('sievelint: 2 problems (1 error, 1 warning) in 2 files (2 files checked)')
assert log.contains('sievelint: 2 violations at or above warning')
assert log.contains('BUILD FAILURE')

def sarif = new File(basedir, 'build-reports/lint.sarif')
assert sarif.isFile()
assert sarif.text.contains('"ruleId" : "unused-require"')
assert sarif.text.contains('"ruleId" : "syntax-error"')
def junit = new File(basedir, 'build-reports/sievelint-junit.xml')
assert junit.isFile()
assert junit.text.contains('<testsuite name="users/alice.sieve"')
assert !new File(basedir, 'target/sievelint.sarif').exists()
assert !new File(basedir, 'target/sievelint-checkstyle.xml').exists()
return true
