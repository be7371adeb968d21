// A newcomer's first hour, as the README tells it, with what goes wrong on the way: a typo'd
// year, a file name that disagrees with its date, a link to a heading that is not there; then
// only the colours changed, and a second taxonomy whose terms must be searchable in the browser.
// Every step is a real `mvn site-gen:…` run in this folder, using the pom.xml site-gen:init wrote.
import java.nio.file.Files
import java.nio.file.Path
import java.util.concurrent.TimeUnit

Path base = basedir.toPath()
def read = { Path p -> new String(Files.readAllBytes(p), 'UTF-8') }
def write = { String path, String text ->
    Path file = base.resolve(path)
    Files.createDirectories(file.parent)
    Files.write(file, text.getBytes('UTF-8'))
}
List<String> problems = []
def check = { ok, String message -> if (!ok) problems << message }

// The invoked builds' repositories (src/it/settings.xml), with the developer's local repository
// standing in for central, and this IT's own local repository holding the plugin under test.
File projectRoot = basedir.parentFile.parentFile.parentFile
File settings = new File(basedir, 'walkthrough-settings.xml')
settings.setText(new File(projectRoot, 'src/it/settings.xml').getText('UTF-8').replace('@localRepositoryUrl@',
        new File(System.getProperty('user.home'), '.m2/repository').toURI().toString()), 'UTF-8')
String mvnPath = new File(System.getProperty('maven.home'), 'bin/mvn').path
int step = 0
/** Runs `mvn ARGS` here as the writer would; returns [exit code, output]. */
def mvn = { String... args ->
    step++
    List<String> command = [mvnPath, '-B', '-s', settings.path, "-Dmaven.repo.local=${localRepositoryPath}".toString()]
    command.addAll(args)
    Process process = new ProcessBuilder(command).directory(basedir).redirectErrorStream(true).start()
    String output = process.inputStream.getText('UTF-8')
    check(process.waitFor(300, TimeUnit.SECONDS), "step ${step} (${args.join(' ')}) did not end")
    Files.write(base.resolve("walkthrough-${step}.log"), output.getBytes('UTF-8'))
    return [process.exitValue(), output]
}

// 1 (invoked): site-gen:init. 2: a briefing started with site-gen:new, its year mistyped (2052
// for 2025); the writer fills it in and takes it out of draft.
def (int newExit, String newLog) = mvn('site-gen:new', '-Dsite-gen.title=Ceasefire talks resume in Doha',
        '-Dsite-gen.date=2052-03-14')
String typo = 'content/2052/2052-03-14-ceasefire-talks-resume-in-doha.md'
check(newExit == 0 && Files.isRegularFile(base.resolve(typo)), "site-gen:new wrote no ${typo}:\n${newLog}")
String started = Files.isRegularFile(base.resolve(typo)) ? read(base.resolve(typo)) : ''
check(started.contains('title: "Ceasefire talks resume in Doha"') && started.contains('draft: true'),
        'site-gen:new scaffolds the title and starts as a draft')
write(typo, started.replace('draft: true', 'draft: false')
        .replace('The news in one paragraph: what happened, who, where, when.',
                'Negotiators met again in Doha on Friday after a two-week pause.'))
// Two more, written by hand: a file name that says the 10th for a briefing dated the 11th, and
// a link to a heading of another briefing that is spelled differently there.
write('content/2025/2025-03-10-port-strike-ends.md', '''---
title: "Port strike ends after nine days"
date: 2025-03-11 09:00 +00:00
tags: [labour]
---

Dock workers returned on Tuesday. See the [background](2025-03-12-shipping-backlog.md#what-caused-the-delay).
''')
write('content/2025/2025-03-12-shipping-backlog.md', '''---
title: "Shipping backlog will take weeks to clear"
date: 2025-03-12 10:00 +00:00
tags: [labour, shipping]
topics: [Grain exports, Black Sea]
---

Ships are queueing outside the harbour.

## What caused the backlog

Nine days without loading.
''')

// 3: check reports all three, each with file:line:column, and ends with one line of counts.
def (int checkExit, String checkLog) = mvn('site-gen:check')
check(checkExit != 0, 'check passed an archive with an error')
[
    "[ERROR] ${typo}:3:7: error: 'date' 2052-03-14 is more than a year ahead, so the briefing would stay unpublished until then; fix the year, or add 'scheduled: true' if this is intended",
    "[WARNING] content/2025/2025-03-10-port-strike-ends.md:3:7: warning: 'date' is 2025-03-11 but the file name says 2025-03-10; the front matter's date is used (URL and archives): make them agree",
    "[WARNING] content/2025/2025-03-10-port-strike-ends.md:7:43: warning: #what-caused-the-delay matches no heading of 2025/2025-03-12-shipping-backlog.md, so the link opens at the top of the page",
    // the archive's pom.xml has one taxonomy: the briefing's topics are not lost without a word
    "[WARNING] content/2025/2025-03-12-shipping-backlog.md:5:1: warning: 'topics' is not one of the configured taxonomies (tags), so its terms are not published; add it to <taxonomies> or remove it",
    '[ERROR] site-gen: check found 1 error, 3 warnings',
].each { String line -> check(checkLog.contains(line), "check did not report: ${line}") }

// 4: the writer fixes the year, keeps the other two as warned, changes only the colours in
// templates/assets/custom.css, and adds the second taxonomy to the pom.xml.
String fixed = 'content/2025/2025-03-14-ceasefire-talks-resume-in-doha.md'
write(fixed, read(base.resolve(typo)).replace('date: 2052-03-14', 'date: 2025-03-14'))
Files.delete(base.resolve(typo))
Files.delete(base.resolve('content/2052'))
write('templates/assets/custom.css', ':root {\n  --accent: #8a1538;\n}\n')
String pom = read(base.resolve('pom.xml'))
check(pom.contains('<siteTitle>Harbour Desk</siteTitle>'), 'the pom.xml init wrote names the site')
write('pom.xml', pom.replace('<siteTitle>Harbour Desk</siteTitle>',
        '<siteTitle>Harbour Desk</siteTitle>\n          <taxonomies>tags, topics</taxonomies>'))

def (int buildExit, String buildLog) = mvn('site-gen:build')
check(buildExit == 0, "the fixed archive did not build:\n${buildLog}")
check(!buildLog.contains("'topics'"), 'topics still reported as unconfigured')
check(buildLog =~ /\[INFO\] Wrote \d+ pages \(.*\) and copied 0 files in /, 'no closing line with counts')

// 5: still styled: the whole built-in stylesheet, then custom.css, on every page.
Path site = base.resolve('site-output')
String style = read(site.resolve('assets/style.css'))
check(style.length() > 10000 && style.contains('.site-header {'), 'the built-in stylesheet is not published whole')
check(read(site.resolve('assets/custom.css')).contains('--accent: #8a1538;'), 'custom.css not published')
int pages = 0
Files.walk(site).filter { it.toString().endsWith('.html') }.each { Path page ->
    String html = read(page)
    List<String> sheets = (html =~ /<link rel="stylesheet" href="([^"]*)">/).collect { it[1].replaceFirst(/^(\.\.\/)*/, '') }
    check(sheets.first() == 'assets/style.css' && sheets.last() == 'assets/custom.css', "${site.relativize(page)}: ${sheets}")
    pages++
}
check(pages > 10, "only ${pages} pages")
check(Files.isRegularFile(site.resolve('topics/black-sea/index.html')), 'no page for the topic Black Sea')
String briefing = read(site.resolve('2025/03/12/shipping-backlog/index.html'))
check(briefing.contains('Black Sea') && briefing.contains('shipping'), 'the briefing page lost its topics or its tags')

// 6: in Chromium, from file:// as a writer opens it: the second taxonomy's terms are found by a
// query and offered as a filter.
String chromium = System.getProperty('sitegen.chromium') ?: ['chromium', 'chromium-browser', 'google-chrome']
        .collectMany { name -> System.getenv('PATH').split(File.pathSeparator).collect { new File(it, name) } }
        .find { it.canExecute() }?.path
check(chromium != null, 'no Chromium on PATH (apt-get install -y chromium), nor -Dsitegen.chromium')
def searchPage = { String query ->
    Path profile = Files.createTempDirectory('walkthrough-chromium')
    Process browser = new ProcessBuilder(chromium, '--headless', '--no-sandbox', '--disable-gpu', '--no-first-run',
            '--disable-background-networking', '--disable-dev-shm-usage', "--user-data-dir=${profile}".toString(),
            '--virtual-time-budget=10000', '--dump-dom', site.resolve('search/index.html').toUri().toString() + query)
            .redirectError(ProcessBuilder.Redirect.DISCARD).start()
    String dom = browser.inputStream.getText('UTF-8')
    check(browser.waitFor(120, TimeUnit.SECONDS), "Chromium did not end on ${query}")
    return dom
}
if (chromium != null) {
    String byWord = searchPage('?q=grain')
    check(byWord.contains('1 briefing found for \u201cgrain\u201d'), 'a query for a topic finds nothing')
    check(byWord.contains('Shipping backlog will take weeks to clear'), 'the query does not show the briefing')
    String byFilter = searchPage('?tag=topics/black-sea')
    check(byFilter.contains('<option value="topics/black-sea">Black Sea (1)</option>'), 'Black Sea is not a filter')
    check(byFilter.contains('filed under Black Sea') && byFilter.contains('Shipping backlog will take weeks to clear'),
            'the topic filter does not find the briefing')
}

if (problems) {
    throw new AssertionError("newcomer-walkthrough: ${problems.size()} problem(s):\n  " + problems.join('\n  '))
}
return true
