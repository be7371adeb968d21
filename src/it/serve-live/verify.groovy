import java.nio.charset.StandardCharsets
import java.util.concurrent.LinkedBlockingQueue
import java.util.concurrent.TimeUnit

// The plugin version, from this IT's (filtered) pom.
String version = (new File(basedir, 'pom.xml').text =~ /<artifactId>site-gen-maven-plugin<\/artifactId>\s*<version>([^<]+)<\/version>/)[0][1]
String mvn = new File(System.getProperty('maven.home'), 'bin/mvn').path
File briefing = new File(basedir, 'content/2024/2024-01-02-talks.md')
String original = briefing.getText('UTF-8')

// The same repositories as the invoked builds: src/it/settings.xml, with the developer's local
// repository standing in for central (no network), and this IT's own local repository.
File projectRoot = basedir.parentFile.parentFile.parentFile
File settings = new File(basedir, 'serve-settings.xml')
settings.setText(new File(projectRoot, 'src/it/settings.xml').getText('UTF-8').replace('@localRepositoryUrl@',
        new File(System.getProperty('user.home'), '.m2/repository').toURI().toString()), 'UTF-8')
// The first build fails: until a build succeeds, every URL shows the problems (#21).
briefing.setText(original.replace('tags: [examplia]', 'tags: [examplia]\ndate: 2024-02-30'), 'UTF-8')
String problem = "content/2024/2024-01-02-talks.md:4:7: error: 'date' is not a date: \"2024-02-30\"; February 2024 has 29 days"
Process serve = new ProcessBuilder(mvn, '-B', '-s', settings.path, "-Dmaven.repo.local=${localRepositoryPath}",
        "org.sitegen:site-gen-maven-plugin:${version}:serve", '-Dsite-gen.port=0')
        .directory(basedir).redirectErrorStream(true).start()
def lines = new LinkedBlockingQueue<String>()
File log = new File(basedir, 'serve.log')
Thread.start {
    serve.inputStream.withReader('UTF-8') { r -> r.eachLine { line -> log << line + '\n'; lines.put(line) } }
}
def waitFor = { String what, long seconds ->
    long end = System.currentTimeMillis() + seconds * 1000
    while (System.currentTimeMillis() < end) {
        String line = lines.poll(500, TimeUnit.MILLISECONDS)
        if (line != null && line.contains(what)) return line
    }
    throw new AssertionError("no '${what}' from site-gen:serve within ${seconds} s; see ${log}")
}
try {
    waitFor('every URL shows the problems until a build succeeds', 120) // in the terminal
    String serving = waitFor('Serving http://127.0.0.1:', 30)
    String base = (serving =~ /(http:\/\/127\.0\.0\.1:\d+\/)/)[0][1]
    for (String path : ['', '2024/01/02/talks/', 'no/such/page/']) {
        HttpURLConnection c = (HttpURLConnection) new URL(base + path).openConnection()
        assert c.responseCode == 503 : "${path}: ${c.responseCode}"
        String body = c.errorStream.getText('UTF-8')
        assert body.contains('site-gen-problems') && body.contains(problem) : body
        assert body.contains('/__site-gen/live.js')
    }

    // DNS rebinding: a page of another name pointed at 127.0.0.1 gets no answer from the preview.
    URI at = URI.create(base)
    new Socket(at.host, at.port).withCloseable { socket ->
        socket.soTimeout = 30000
        socket.outputStream.write("GET /2024/01/02/talks/ HTTP/1.1\r\nHost: evil.example:${at.port}\r\n\r\n"
                .getBytes(StandardCharsets.US_ASCII))
        String answer = socket.inputStream.getText('US-ASCII')
        assert answer.startsWith('HTTP/1.1 421 ') && !answer.contains('Talks') : answer
    }

    def events = new LinkedBlockingQueue<String>()
    Thread.start {
        new URL(base + '__site-gen/events').openStream().withReader('UTF-8') { r ->
            r.eachLine { line -> if (line.startsWith('event: ') || line.startsWith('data: content/')) events.put(line) }
        }
    }
    def nextEvent = {
        String e = events.poll(60, TimeUnit.SECONDS)
        assert e != null : "no event from the server within 60 s; see ${log}"
        return e
    }
    assert nextEvent() == 'event: problems'
    assert nextEvent() == 'data: ' + problem

    Thread.sleep(300)
    briefing.setText(original, 'UTF-8')
    assert nextEvent() == 'event: reload'
    String page = new URL(base + '2024/01/02/talks/').getText('UTF-8')
    assert page.contains('Talks begin') && page.contains('/__site-gen/live.js')

    Thread.sleep(300)
    briefing.setText(original.replace('First text', 'Edited text'), 'UTF-8')
    assert nextEvent() == 'event: reload'
    assert new URL(base + '2024/01/02/talks/').getText('UTF-8').contains('Edited text')
    // the terminal says what the edit changed, not how many pages the site has
    String rebuilt = waitFor('Rebuilt in ', 30)
    assert rebuilt =~ /\[INFO\] Rebuilt in \d+\.\d\d s: [1-9]\d* of \d+ pages? changed/ : rebuilt

    briefing.setText(original.replace('tags: [examplia]', 'tags: [examplia]\ndate: 2024-02-30'), 'UTF-8')
    assert nextEvent() == 'event: problems'
    assert nextEvent() == "data: content/2024/2024-01-02-talks.md:4:7: error: 'date' is not a date: \"2024-02-30\"; February 2024 has 29 days"
    waitFor("content/2024/2024-01-02-talks.md:4:7: error: 'date' is not a date", 30) // and in the terminal
    waitFor('[ERROR] site-gen: build found 1 error, 0 warnings; still serving the last good site', 30)
    assert new URL(base + '2024/01/02/talks/').getText('UTF-8').contains('Edited text') // last good page

    briefing.setText(original.replace('First text', 'Fixed text'), 'UTF-8')
    assert nextEvent() == 'event: reload'
    assert new URL(base + '2024/01/02/talks/').getText('UTF-8').contains('Fixed text')
} finally {
    serve.destroy() // SIGTERM, as Ctrl-C: the server stops and Maven exits
    assert serve.waitFor(30, TimeUnit.SECONDS) : 'site-gen:serve did not stop within 30 s of SIGTERM'
    briefing.setText(original, 'UTF-8')
}
assert !new File(basedir, 'site-output').exists() : 'serve never writes site-output'
assert new File(basedir, 'target/site-gen-serve/index.html').isFile()
return true
