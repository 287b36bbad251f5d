// A loop across two accounts fails the build; the log names the rule and both scripts, as
// clickable path:line:col locations (the finding, then its related steps).
def log = new File(basedir, 'build.log').text
def finding = log.readLines().find { it.contains('[redirect-cycle]') }
assert finding != null : 'no redirect-cycle finding in the log'
assert finding =~ /^\[ERROR\] users\/(alice|bob)\.sieve:2:1: /
assert log =~ /(?m)^\[ERROR\] users\/alice\.sieve:2:1: /
assert log =~ /(?m)^\[ERROR\]\s+users\/bob\.sieve:2:1: /
assert log.contains('BUILD FAILURE')
def sarif = new File(basedir, 'target/sievelint.sarif').text
assert sarif.contains('"ruleId" : "redirect-cycle"')
return true
