// The consumer's build passed its tests; here: the example is the README's, and SLF4J said nothing.
def log = new File(basedir, 'build.log').text
assert log.contains('Tests run: 2, Failures: 0, Errors: 0, Skipped: 0') : 'the consumer tests did not run'
def warnings = log.readLines().findAll { it.contains('SLF4J') }
assert warnings.isEmpty() : "SLF4J warnings in the consumer's build:\n" + warnings.join('\n')

def readme = new File(projectDir, 'README.md').text
def section = readme.substring(readme.indexOf('## Use as a library'))
def m = section =~ /(?s)```java\n(.*?)```/
assert m.find() : 'no java example in the README section "Use as a library"'
def trimmed = { String text -> text.readLines()*.trim().findAll { it } }
def example = trimmed(m.group(1))
def source = trimmed(new File(basedir, 'src/main/java/ReadmeExample.java').text)
def imports = example.findAll { it.startsWith('import ') }
def statements = example.findAll { !it.startsWith('import ') }
assert Collections.indexOfSubList(source, imports) >= 0 : 'the imports differ from the README example'
assert Collections.indexOfSubList(source, statements) >= 0 : 'the code differs from the README example'
true
