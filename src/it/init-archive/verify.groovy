// After init, a refused init, a forced init and `mvn site-gen:build` (invoker.properties).
import java.nio.file.Files
import java.nio.file.Path
import java.time.LocalDate
import java.time.ZoneId

def read = { Path p -> new String(Files.readAllBytes(p), 'UTF-8') }
Path base = basedir.toPath()
String log = read(base.resolve('build.log'))
List<String> problems = []
def check = { ok, String message -> if (!ok) problems << message }

// The sample is dated today in the site's zone; the test may straddle midnight, so either day.
LocalDate today = LocalDate.now(ZoneId.of('Europe/Berlin'))
List<String> days = [today, today.minusDays(1)]*.toString()
Path sample = days.collect { base.resolve("content/${it.take(4)}/${it}-your-first-briefing.md") }.find { Files.isRegularFile(it) }
check(sample != null, "no sample briefing dated ${days}")
String samplePath = sample == null ? '?' : base.relativize(sample).toString()
List<String> written = ['pom.xml', '.gitignore', '.mvn/jvm.config', '.github/workflows/site-gen-check.yml',
                        '.github/workflows/site-gen-pages.yml', samplePath, 'content/pages/about.md']
written.each { check(Files.isRegularFile(base.resolve(it)), "${it} not written") }

// 1: what was written, and the next two commands.
check(log.contains('[INFO] Started the archive "Talks & Treaties in Zürich" in ' + base + ':'), 'no "Started" line')
check(log.contains('[INFO]   mvn site-gen:serve    preview the site at http://127.0.0.1:8080/ while you write')
        && log.contains('[INFO]   mvn site-gen:build    write the site into site-output/'), 'the next two commands')
// 2: one line naming every file, nothing written.
String refusal = "site-gen:init: nothing written, 7 files exist in ${base}: ${written.join(', ')} (-Dsite-gen.force=true overwrites them)"
check(log.readLines().count { it.startsWith('[ERROR] Failed to execute goal') && it.contains(refusal) } == 1,
        "no refusal line: ${refusal}")
// 3: forced, each file is overwritten and says so.
check(log.count('(overwritten)') == 7, 'the forced run lists 7 overwritten files')

// The pom.xml: the plugin as it was run, the settings given, the title escaped for XML.
String pom = read(base.resolve('pom.xml'))
check(pom.contains("<groupId>${pluginGroupId}</groupId>\n        <artifactId>${pluginArtifactId}</artifactId>\n        <version>${pluginVersion}</version>"),
        "pom.xml does not name ${pluginGroupId}:${pluginArtifactId}:${pluginVersion}")
check(pom.contains('<siteTitle>Talks &amp; Treaties in Zürich</siteTitle>'), 'siteTitle')
check(pom.contains('<siteUrl>https://briefings.example.net</siteUrl>') && pom.contains('<timeZone>Europe/Berlin</timeZone>'),
        'the forced run\'s settings')

// 4: the build, with the site's settings from that pom.xml.
check(log.contains('BUILD SUCCESS'), 'no build succeeded')
check(!log.contains('briefings built with the JVM\'s default settings'), 'a hint for a one-briefing archive')
Path site = base.resolve('site-output')
String day = sample == null ? '' : sample.fileName.toString().take(10).replace('-', '/')
['index.html', "${day}/your-first-briefing/index.html", 'about/index.html', 'tags/getting-started/index.html',
 'feed.xml', 'sitemap.xml'].each { check(Files.isRegularFile(site.resolve(it)), "site-output/${it} missing") }
if (Files.isRegularFile(site.resolve('index.html'))) {
    check(read(site.resolve('index.html')).contains('Talks &amp; Treaties in Zürich'), 'the site\'s title on the home page')
}

if (problems) {
    throw new AssertionError("init-archive: ${problems.size()} problem(s):\n  " + problems.join('\n  '))
}
return true
