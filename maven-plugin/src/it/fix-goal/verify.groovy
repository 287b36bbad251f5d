// The :matches key without a wildcard is fixed to :is in place, CRLF line ends and the comment
// kept; the clean script is not rewritten; the log names the fixed file.
def log = new File(basedir, 'build.log').text
def alice = new File(basedir, 'users/alice.sieve').getText('UTF-8')
assert alice == 'require "fileinto";\r\n# filed by subject\r\nif header :is "Subject" "invoice" {\r\n  fileinto "Invoices";\r\n}\r\n'
assert new File(basedir, 'users/bob.sieve').getText('UTF-8') == 'keep;\n'
assert log.contains('sievelint: fixed users/alice.sieve')
assert log.contains('sievelint: 1 fix applied in 1 file')
assert !log.contains('matches-without-wildcard]')
assert log.contains('BUILD SUCCESS')
return true
