// With failOnSeverity=error a warning does not fail the build; each finding keeps its log level.
def log = new File(basedir, 'build.log').text
assert log =~ /(?m)^\[WARNING\] users\/alice\.sieve:1:9: capability "fileinto" is required .* \[unused-require\]$/
assert log =~ /(?m)^\[INFO\] users\/bob\.sieve:1:22: sievelint directive names unknown rule .* \[unused-suppression\]$/
assert log.contains('sievelint: 2 problems (1 warning, 1 info) in 2 files (2 files checked)')
assert log.contains('BUILD SUCCESS')
return true
