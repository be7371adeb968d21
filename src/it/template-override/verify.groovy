// template-override: templates/briefing.ftlh replaces the built-in briefing page only;
// templates/partials/time.ftlh one reusable piece; templates/partials/headExtra.ftlh adds to
// every <head>; templates/assets/extra.css is added next to the built-in assets/style.css.
import java.nio.file.Files
import java.nio.file.Path

// Path.text needs groovy-nio, which the invoker's Groovy lacks: read bytes, decode leniently.
def read = { Path p -> new String(Files.readAllBytes(p), 'UTF-8') }
Path base = basedir.toPath()
Path site = base.resolve('site-output')
String log = read(base.resolve('build.log'))
List<String> problems = []

def check = { ok, String message -> if (!ok) problems << message } // ok: Groovy truth (a Matcher is true when it finds)
def page = { String path -> site.resolve(path) }
def html = { String path -> Files.isRegularFile(page(path)) ? read(page(path)) : '' }

check(log.contains('BUILD SUCCESS'), 'build did not succeed')
check(!log.contains('[WARNING] content/'), 'unexpected content warning')

// Briefing pages come from the override
['2023/04/01/ferry-timetable/index.html', '2023/04/03/ferry-fares/index.html'].each { path ->
    String text = html(path)
    check(text.contains('<p class="custom-marker">Custom briefing template</p>'), "${path}: not rendered by templates/briefing.ftlh")
    check(!text.contains('class="site-header"'), "${path}: still has the built-in layout's header")
    check(text.contains('href="../../../../assets/extra.css"'), "${path}: no link to assets/extra.css")
    check(text.contains('| Examplia Override Test</title>'), "${path}: title not from the override")
}
check(html('2023/04/01/ferry-timetable/index.html').contains('<h1>Examplia publishes a new ferry timetable</h1>'), 'briefing.title not printed')
check(html('2023/04/01/ferry-timetable/index.html').contains('<em>Sample Islands</em>'), 'briefing.content not printed as HTML')
check(html('2023/04/03/ferry-fares/index.html').contains('<a href="../../01/ferry-timetable/index.html">new timetable</a>'),
        'source-path link not rewritten in the overridden template')

// Every other page kind still comes from the built-in theme
['index.html', 'archive/index.html', 'tags/index.html', 'tags/examplia/index.html', '2023/index.html',
 '2023/04/index.html', '2023/04/01/index.html'].each { path ->
    String text = html(path)
    check(text.contains('class="site-header"') && text.contains('<meta name="generator" content="site-gen">'),
            "${path}: not rendered by the built-in theme")
    check(!text.contains('custom-marker'), "${path}: rendered by the briefing override")
}
check(html('index.html').contains('<title>Examplia Override Test</title>'), 'home title')
// templates/partials/time.ftlh replaces that one piece wherever the built-in templates use it,
// the other pieces (card, chips, pagination) still the built-in ones; headExtra.ftlh is added
// to every <head> of the built-in layout
check(html('index.html').contains('<time class="custom-time" datetime="2023-04-03T00:00:00Z">2023-04-03</time>'),
        'home cards: the overridden partials/time.ftlh not used')
check(html('index.html').contains('<article class="card">'), 'home cards: the built-in partials/card.ftlh not used')
['index.html', 'archive/index.html', '2023/04/index.html'].each { path ->
    String text = html(path)
    check(text.contains('<meta name="custom-head" content="'), "${path}: templates/partials/headExtra.ftlh not in <head>")
    check(text.indexOf('custom-head') < text.indexOf('</head>'), "${path}: headExtra.ftlh output outside <head>")
}
check(html('index.html').contains('href="2023/04/03/ferry-fares/index.html"'), 'home does not list the briefings')

// Assets: built-in style.css from the jar, plus the archive's extra.css, byte for byte
check(Files.isRegularFile(page('assets/style.css')) && page('assets/style.css').toFile().length() > 1000,
        'built-in assets/style.css missing')
check(Files.isRegularFile(page('assets/extra.css')), 'assets/extra.css missing')
if (Files.isRegularFile(page('assets/extra.css'))) {
    check(Arrays.equals(Files.readAllBytes(page('assets/extra.css')), Files.readAllBytes(base.resolve('templates/assets/extra.css'))),
            'assets/extra.css differs from templates/assets/extra.css')
}
check(!Files.exists(page('briefing.ftlh')) && !Files.exists(page('templates')), 'templates leaked into the output')

// Crawl: every relative href/src resolves (x/ means x/index.html, #fragment stripped)
Files.walk(site).withCloseable { stream ->
    stream.filter { it.toString().endsWith('.html') }.forEach { Path file ->
        (read(file) =~ /\s(?:href|src)="([^"]*)"/).each { match ->
            String ref = match[1].replace('&amp;', '&')
            if (ref.startsWith('#') || ref ==~ /(?i)(https?|mailto):.*/) return
            String path = ref.replaceFirst(/[#?].*$/, '')
            if (path.isEmpty()) return
            Path target = file.parent.resolve(URLDecoder.decode(path.replace('+', '%2B'), 'UTF-8')).normalize()
            if (path.endsWith('/') || Files.isDirectory(target)) target = target.resolve('index.html')
            check(target.startsWith(site) && Files.isRegularFile(target), "broken link: ${site.relativize(file)}: ${ref}")
        }
    }
}

if (problems) {
    throw new AssertionError("template-override: ${problems.size()} problem(s):\n  " + problems.join('\n  '))
}
return true
