// A clean repository passes, and the default reports land in target/.
def log = new File(basedir, 'build.log').text
assert log.contains('sievelint: no problems in 2 files checked')
assert log.contains('BUILD SUCCESS')

def sarif = new File(basedir, 'target/sievelint.sarif')
assert sarif.isFile()
assert sarif.text.contains('"version" : "2.1.0"') || sarif.text.contains('"version":"2.1.0"')
def checkstyle = new File(basedir, 'target/sievelint-checkstyle.xml')
assert checkstyle.isFile()
assert checkstyle.text.contains('<checkstyle version="4.3">')
assert log.contains('sievelint: wrote target/sievelint.sarif')
return true
