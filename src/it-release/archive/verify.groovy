// After site-gen:init, `mvn site-gen:check` and `mvn site-gen:build` (invoker.properties) from an
// empty local repository: the archive init wrote builds, and the plugin was taken from the release
// repository only.
import java.nio.file.Files
import java.nio.file.Path

def read = { Path p -> new String(Files.readAllBytes(p), 'UTF-8') }
Path base = basedir.toPath()
Path site = base.resolve('site-output')
String log = read(base.resolve('build.log'))
List<String> problems = []
def check = { ok, String message -> if (!ok) problems << message }

check(log.contains('[INFO] Started the archive "My Briefings" in '), 'init did not start the archive')
check(read(base.resolve('pom.xml')).contains("<artifactId>${pluginArtifactId}</artifactId>\n        <version>${pluginVersion}</version>"),
        "the pom.xml init wrote does not name ${pluginArtifactId} ${pluginVersion}")
// The archive as init writes it has no siteUrl (README): that one warning, nothing else.
check(log.contains('[WARNING] pom.xml: warning: siteUrl is not set'), 'no siteUrl warning')
check(log.contains('[INFO] site-gen: check found 0 errors, 1 warning'), 'check did not report 0 errors, 1 warning')
check(log.contains('BUILD SUCCESS'), 'build did not succeed')
check(log =~ /Wrote \d+ pages .* to site-output/, 'no summary line from the build')
List<Path> samples = Files.exists(site) ? Files.walk(site).withCloseable { s ->
    s.filter { it.toString().endsWith('/your-first-briefing/index.html') }.toList() } : []
check(samples.size() == 1, "the sample briefing's page: ${samples}")
['index.html', 'about/index.html', 'tags/getting-started/index.html', 'search/index.html', 'assets/style.css'].each {
    check(Files.isRegularFile(site.resolve(it)), "site-output/${it} missing")
}
if (samples.size() == 1) {
    String page = read(samples[0])
    check(page.contains('<title>Your first briefing — My Briefings</title>'), 'briefing page title')
    check(page.contains('href="../../../../about/index.html"'), 'link to the about page not rewritten')
}

// Every file of org.sitegen in the local repository came from sitegen-release (the resolver
// records a file's repository in _remote.repositories), and the plugin's jar is among them.
Path local = localRepositoryPath.toPath()
Path sitegen = local.resolve(pluginGroupId.replace('.', '/'))
List<Path> records = Files.exists(sitegen)
        ? Files.walk(sitegen).withCloseable { s -> s.filter { it.fileName.toString() == '_remote.repositories' }.toList() }
        : []
check(!records.isEmpty(), "nothing of ${pluginGroupId} in the local repository ${local}")
records.each { Path record ->
    read(record).readLines().findAll { it.contains('>') }.each { line ->
        check(line.endsWith('>sitegen-release='), "${local.relativize(record)}: ${line} (not from sitegen-release)")
    }
}
Path versionDir = sitegen.resolve(pluginArtifactId).resolve(pluginVersion)
check(Files.exists(versionDir) && Files.list(versionDir).withCloseable { s -> s.anyMatch { it.fileName.toString().endsWith('.jar') } },
        "the plugin jar was not resolved into ${versionDir}")

if (problems) {
    throw new AssertionError("release-it: ${problems.size()} problem(s):\n  " + problems.join('\n  '))
}
println "release-it: site built with the plugin from the release repository only"
return true
