// malformed-briefing: every broken briefing is reported at its file:line:col, the build fails,
// and the previous site (made by site-gen: it has the marker) is left exactly as it was.
import java.nio.file.Files
import java.nio.file.Path

// Path.text needs groovy-nio, which the invoker's Groovy lacks: read bytes, decode leniently.
def read = { Path p -> new String(Files.readAllBytes(p), 'UTF-8') }
Path base = basedir.toPath()
String log = read(base.resolve('build.log'))
List<String> problems = []
def check = { ok, String message -> if (!ok) problems << message } // ok: Groovy truth (a Matcher is true when it finds)

List<String> expected = [
        'content/2023/bad-date.md:3:7: error: \'date\' is not a date: "2023-02-31"; February 2023 has 28 days',
        'content/2023/2023-01-11-no-title.md:2:1: error: missing required \'title\'',
        'content/2023/2023-01-12-broken-yaml.md:4:5: error: front matter is not valid YAML:',
        'content/2023/2023-01-13-draft-maybe.md:4:8: error: \'draft\' must be true or false, not "maybe"',
        'content/2023/2023-01-14-missing-link.md:8:5: error: link target not found: missing.md',
]
expected.each { line -> check(log.contains('[ERROR] ' + line), "build.log lacks: [ERROR] ${line}") }
check(!log.contains('2023-01-10-good.md'), 'the correct briefing was reported')
int reported = (log =~ /(?m)^\[ERROR\] content\/.*: error: /).count
check(reported == expected.size(), "expected ${expected.size()} content errors, build.log has ${reported}")
check(log.contains("[ERROR] site-gen: build found ${expected.size()} errors, 0 warnings; site-output was left as it was"),
        'summary with the error count missing')
check(log.contains('BUILD FAILURE'), 'build did not fail')

// The previous site is untouched, nothing half-built is left behind
Path out = base.resolve('site-output')
check(read(out.resolve('index.html')).contains('PREVIOUS SITE'), 'site-output/index.html was replaced')
check(Files.isRegularFile(out.resolve('.site-gen-output')), 'marker file removed')
List<String> files = Files.list(out).withCloseable { s -> s.map { it.fileName.toString() }.sorted().toList() }
check(files == ['.site-gen-output', 'index.html'], "site-output changed: ${files}")
check(!Files.exists(base.resolve('.site-output.staging')), '.site-output.staging left behind')
check(!Files.exists(base.resolve('.site-output.previous')), '.site-output.previous left behind')

if (problems) {
    throw new AssertionError("malformed-briefing: ${problems.size()} problem(s):\n  " + problems.join('\n  '))
}
return true
