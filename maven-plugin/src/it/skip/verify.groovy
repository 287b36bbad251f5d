// -Dsievelint.skip=true: the goal says it skipped, lints nothing and writes no report.
def log = new File(basedir, 'build.log').text
assert log.contains('sievelint: skipped (sievelint.skip)')
assert !log.contains('[syntax-error]')
assert log.contains('BUILD SUCCESS')
assert !new File(basedir, 'target/sievelint.sarif').exists()
return true
