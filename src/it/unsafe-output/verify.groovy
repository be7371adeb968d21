// unsafe-output: site-output/ holds files site-gen did not make (no .site-gen-output marker);
// the build must refuse to replace it, say why, and leave every file as it was.
import java.nio.file.Files
import java.nio.file.Path

// Path.text needs groovy-nio, which the invoker's Groovy lacks: read bytes, decode leniently.
def read = { Path p -> new String(Files.readAllBytes(p), 'UTF-8') }
Path base = basedir.toPath()
String log = read(base.resolve('build.log'))
List<String> problems = []
def check = { ok, String message -> if (!ok) problems << message } // ok: Groovy truth (a Matcher is true when it finds)

check(log.contains('BUILD FAILURE'), 'build did not fail')
check(log =~ /\[ERROR\] site-output: error: refusing to replace this folder: it is not empty and was not created by site-gen \(no \.site-gen-output file\); empty it or choose another outputDirectory/,
        'build.log does not explain the refusal')
check(log.contains('[ERROR] site-gen: build found 1 error, 0 warnings; site-output was left as it was'), 'summary missing')

Path out = base.resolve('site-output')
check(read(out.resolve('notes.txt')) == 'MY OWN NOTES, NOT A SITE\n', 'notes.txt changed')
check(read(out.resolve('photos/holiday.txt')) == 'not a photo either\n', 'photos/holiday.txt changed')
List<String> files = Files.walk(out).withCloseable { s -> s.filter { Files.isRegularFile(it) }.map { out.relativize(it).toString() }.sorted().toList() }
check(files == ['notes.txt', 'photos/holiday.txt'], "site-output changed: ${files}")
check(!Files.exists(base.resolve('.site-output.staging')), '.site-output.staging left behind')
check(!Files.exists(base.resolve('.site-output.previous')), '.site-output.previous left behind')

if (problems) {
    throw new AssertionError("unsafe-output: ${problems.size()} problem(s):\n  " + problems.join('\n  '))
}
return true
