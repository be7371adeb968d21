// After an import, the same import again, and `mvn site-gen:build` (invoker.properties).
import java.nio.file.Files
import java.nio.file.Path

def read = { Path p -> new String(Files.readAllBytes(p), 'UTF-8') }
Path base = basedir.toPath()
String log = read(base.resolve('build.log'))
List<String> problems = []
def check = { ok, String message -> if (!ok) problems << message }

// 1: the posts, a pom.xml naming this plugin with the old site's settings, the report.
['content/2019/2019-05-06-first.md', 'content/2019/2019-05-07-second.md', 'pom.xml', 'import-report.txt'].each {
    check(Files.isRegularFile(base.resolve(it)), "${it} not written")
}
check(log.contains('[INFO] Imported 2 posts and 0 pages from the jekyll archive ' + base.resolve('old-blog') + ': 3 files written, 0 not overwritten;'),
        'no "Imported" line for the first run')
String pom = read(base.resolve('pom.xml'))
check(pom.contains("<artifactId>${pluginArtifactId}</artifactId>") && pom.contains('<siteTitle>An old blog</siteTitle>')
        && pom.contains('<siteUrl>https://old.example.org</siteUrl>') && pom.contains('<taxonomy>categories</taxonomy>'),
        'the pom.xml\'s settings')
String first = read(base.resolve('content/2019/2019-05-06-first.md'))
check(first.contains('Hello, see 2019-05-07-second.md and [the next](2019-05-07-second.md).'), 'links to the second post')
check(first.contains('aliases:\n  - "/news/2019/05/06/first.html"'), 'the old URL as an alias')
// 2: nothing overwritten, each file said.
check(log.contains('[INFO] Imported 2 posts and 0 pages from the jekyll archive ' + base.resolve('old-blog') + ': 0 files written, 2 not overwritten;'),
        'no "Imported" line for the second run')
check(log.contains('[WARNING] content/2019/2019-05-06-first.md: warning: exists already: not overwritten (-Dsite-gen.overwrite=true overwrites it)'),
        'the refusal of the first post')
// 3: the build.
check(log.contains('BUILD SUCCESS'), 'no build succeeded')
Path site = base.resolve('site-output')
['2019/05/06/first/index.html', '2019/05/07/second/index.html', 'categories/news/index.html'].each {
    check(Files.isRegularFile(site.resolve(it)), "site-output/${it} missing")
}
if (!problems.isEmpty()) {
    throw new AssertionError(problems.join('\n'))
}
return true
