// The distribution archive, unpacked into a directory of its own, runs from an empty working directory
// and gives the records src/test/resources/samples-expected/ holds: for the seed page, then for all of samples/ (which
// also shows that the CoreNLP model files it ships are all the pipeline loads).
import groovy.json.JsonSlurper
import java.util.concurrent.TimeUnit

def run = { File dir, Map env, List<String> command ->
    def pb = new ProcessBuilder(command).directory(dir).redirectErrorStream(false)
    pb.environment().putAll(env)
    def p = pb.start()
    def out = new StringBuilder(), err = new StringBuilder()
    p.consumeProcessOutput(out, err)
    assert p.waitFor(600, TimeUnit.SECONDS) : "still running: $command"
    p.waitForProcessOutput()
    [p.exitValue(), out.toString(), err.toString()]
}

def archive = new File(buildDir, 'communique-dist.tar.gz')
assert archive.isFile() : "no distribution archive: $archive"
def unpacked = new File(basedir, 'unpacked')
unpacked.mkdirs()
def (untar, _, untarErr) = run(unpacked, [:], ['tar', 'xzf', archive.absolutePath])
assert untar == 0 : untarErr
def homes = unpacked.listFiles()
assert homes.length == 1 && homes[0].name.startsWith('communique-') : "one top directory expected: $homes"
def lib = new File(homes[0], 'lib').list() as List
assert lib.any { it.startsWith('communique-') } && lib.any { it.startsWith('slf4j-nop-') } : lib
assert !lib.any { it.startsWith('spark-') || it.startsWith('jakarta.servlet-api') || it.endsWith('-models.jar') } : lib

def empty = new File(basedir, 'empty')
empty.mkdirs()
def seed = new File(projectDir, 'samples/seed-000.txt').absolutePath
def launcher = new File(homes[0], 'bin/communique').absolutePath
def env = [JAVA_HOME: System.getProperty('java.home'), JAVA_OPTS: '-Xmx2g']
def (status, out, err) = run(empty, env, [launcher, 'extract', '-q', seed])
assert status == 0 : "exit $status: $err"
assert !err.contains('SLF4J') && !err.contains('Exception') : err
def expected = { String id -> new JsonSlurper().parse(new File(projectDir, "src/test/resources/samples-expected/${id}.json")) }
assert new JsonSlurper().parseText(out.readLines()[0]) == expected('seed-000') : out
assert empty.list().length == 0 : "the run wrote into its working directory: ${empty.list()}"

def (sstatus, samples, serr) = run(empty, env, [launcher, 'extract', '-q', new File(projectDir, 'samples').absolutePath])
assert sstatus == 0 : "exit $sstatus: $serr"
def records = samples.readLines().collect { new JsonSlurper().parseText(it) }
assert records.size() == new File(projectDir, 'src/test/resources/samples-expected').list().length : samples
records.each { assert it == expected(it.id) : "record ${it.id} differs from src/test/resources/samples-expected" }

def (bstatus, _b, berr) = run(empty, env, [launcher, 'bench', '--limit', '1', '--warmup', '0', seed])
assert bstatus == 2 && berr.contains('--skip-default') : berr

def (vstatus, version, verr) = run(empty, env, [launcher, '--version'])
assert vstatus == 0 && version.contains(homes[0].name - 'communique-') : version + verr
true
