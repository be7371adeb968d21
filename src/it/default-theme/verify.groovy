// default-theme: no templates/ folder, so every page comes from the theme inside the plugin jar.
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
def exists = { String path -> check(Files.isRegularFile(page(path)), "missing ${path}") }

check(log.contains('BUILD SUCCESS'), 'build did not succeed')
check(Files.isRegularFile(site.resolve('.site-gen-output')), 'site-output has no .site-gen-output marker')
check(!Files.exists(base.resolve('.site-output.staging')), '.site-output.staging left behind')
check(!Files.exists(base.resolve('.site-output.previous')), '.site-output.previous left behind')
check(log =~ /Wrote 34 pages \(1 archive, 4 briefing, 4 day, 3 home, 4 month, 1 notfound, 1 page, 2 review, 1 search, 1 taxonomy, 6 term, 4 week, 2 year\) and copied 1 file in .* to site-output/,
        'summary line missing or different')

// Time: a page per ISO week with briefings (2023-01-02 is a Monday, week 1), a review per year
['2023/w01/index.html', '2023/w11/index.html', '2024/w08/index.html', '2024/w18/index.html',
 '2023/review/index.html', '2024/review/index.html'].each(exists)
check(html('2023/01/02/harbour-reopens/index.html').contains('href="../../../w01/index.html">Week 1 of 2023</a>'),
        'a briefing page does not link to its week')
check(html('2024/review/index.html').contains('<svg class="timeline__chart"'), 'a year review has no month chart')

// Search: the page, its script and the index (manifest, one fragment per briefing)
['search/index.html', 'assets/search.js', 'search/index.js', 'search/d/0.js'].each(exists)
check(!Files.exists(page('search/d/1.js')), 'four briefings fit one search document file (8 per file)')
check(html('index.html').contains('action="search/index.html"'), 'home header has no search form to search/index.html')

// Home, paginated by -Dsite-gen.pageSize=2 (4 briefings -> 2 pages, numbered from the oldest: page/1 the
// two oldest, the front page the two newest, also written at page/2, the newest page's number)
['index.html', 'page/1/index.html', 'page/2/index.html'].each(exists)
check(!Files.exists(page('page/3/index.html')), 'page/3 should not exist with 4 briefings and pageSize 2')
check(html('index.html').contains('<title>Examplia Test Briefings</title>'), 'home title is not the configured siteTitle')
check(html('index.html').contains('href="page/1/index.html"'), 'home does not link to page 1 (the older page)')
check(html('page/1/index.html').contains('Examplia announces a florin reform'), 'page 1 lacks the third-newest briefing')
check(html('page/2/index.html').contains('The northern rail link opens'), 'page 2 (the newest) lacks the second-newest briefing')

// Every briefing at /yyyy/mm/dd/slug/
Map<String, String> briefings = [
        '2023/01/02/harbour-reopens'   : 'Examplia\u2019s northern harbour reopens', // the body's typography
        '2023/03/15/florin-reform'     : 'Examplia announces a florin reform',
        '2024/02/20/rail-link-opens'   : 'The northern rail link opens',
        '2024/05/01/budget-vote'       : 'Parliament of Examplia votes the budget', // date from the file name
]
briefings.each { path, title ->
    exists("${path}/index.html")
    check(html("${path}/index.html").contains("<title>${title} — Examplia Test Briefings</title>"),
            "${path}: <title> is not '${title} — Examplia Test Briefings'")
}

// Taxonomy, terms, merged spellings, term pagination
['tags/index.html', 'tags/examplia/index.html', 'tags/examplia/page/1/index.html', 'tags/economy/index.html',
 'tags/transport/index.html', 'tags/united-states/index.html'].each(exists)
String us = html('tags/united-states/index.html')
check(us.contains('northern harbour reopens') && us.contains('florin reform'),
        "tags/united-states/ should list both 'United States' and 'united-states' briefings")
check(!Files.exists(page('tags/united-states/page/2/index.html')), 'united-states has 2 briefings: one page')
check(html('tags/index.html').contains('href="united-states/index.html"'), 'tags index does not link to united-states')
check(html('tags/examplia/index.html').contains('href="page/1/index.html"'), 'tag examplia does not link to its page 1')
// The merge warning names the file, line and column of the spelling that was merged
// (which spelling wins a 1:1 tie is the engine's business; accept either).
check(log.contains("[WARNING] content/2023/2023-03-15-florin-reform.md:7:5: warning: 'united-states' in 'tags' is merged with 'United States' (both are /tags/united-states/)")
        || log.contains("[WARNING] content/2023/2023-01-02-harbour-reopens.md:4:29: warning: 'United States' in 'tags' is merged with 'united-states' (both are /tags/united-states/)"),
        'merge warning with file:line:col missing from build.log')

// Date archives and the standalone page
['archive/index.html', '2023/index.html', '2024/index.html', '2023/01/index.html', '2023/03/index.html',
 '2024/02/index.html', '2024/05/index.html', '2023/01/02/index.html', '2023/03/15/index.html',
 '2024/02/20/index.html', '2024/05/01/index.html', 'about/index.html'].each(exists)
check(html('about/index.html').contains('fictional test content about the Republic of Examplia'), 'about page body missing')
check(html('about/index.html').contains('<title>About this test archive — Examplia Test Briefings</title>'), 'about page title')

// No siteUrl: robots.txt and 404.html, but no feeds or sitemap, and one warning saying so
exists('robots.txt')
check(read(page('robots.txt')) == 'User-agent: *\nDisallow:\n', 'robots.txt without siteUrl should have no Sitemap line')
exists('404.html')
// no noindex: hosts send it with status 404; like every page it has a description (Lighthouse's SEO audits)
check(!html('404.html').contains('noindex') && html('404.html').contains('<meta name="description" content="This page of'),
        '404.html says noindex or has no description')
check(html('404.html').contains('name="q"') && html('404.html').contains('action="search/index.html"'),
        '404.html has no search form pointing at /search/')
check(!Files.exists(page('feed.xml')) && !Files.exists(page('sitemap.xml')), 'feed.xml or sitemap.xml written without siteUrl')
check((log =~ /\[WARNING\] pom\.xml: warning: siteUrl is not set/).size() == 1, 'expected exactly one siteUrl warning')
check(html('2023/03/15/florin-reform/index.html').contains('class="related"'), 'briefing page has no related briefings')

// Built-in theme assets come from the plugin jar
exists('assets/style.css')
check(page('assets/style.css').toFile().length() > 1000, 'assets/style.css looks empty')
// and the icons and print stylesheet every page links (so no browser asks for a missing /favicon.ico)
['assets/favicon.svg', 'assets/apple-touch-icon.png', 'assets/print.css'].each(exists)
check(html('index.html').contains('<link rel="icon" href="assets/favicon.svg" type="image/svg+xml">')
        && html('index.html').contains('<link rel="stylesheet" href="assets/print.css" media="print">'),
        'index.html does not link the icon and print.css')

// The image next to the briefing is copied, and the <img src> leads to it from the briefing's folder
exists('2023/harbour-map.png')
check(Arrays.equals(Files.readAllBytes(page('2023/harbour-map.png')),
        Files.readAllBytes(base.resolve('content/2023/harbour-map.png'))), 'copied image differs from the source')
def img = html('2023/01/02/harbour-reopens/index.html') =~ /<img src="([^"]+)" alt="Map of the harbour"/
boolean imgFound = img.find()
check(imgFound, 'no <img> for the harbour map')
if (imgFound) {
    Path target = page('2023/01/02/harbour-reopens').resolve(img.group(1)).normalize()
    check(target == page('2023/harbour-map.png'), "img src ${img.group(1)} resolves to ${target}, not the copied image")
}

// Links by source path become the other briefing's relative URL (fragment kept)
String rail = html('2024/02/20/rail-link-opens/index.html')
check(rail.contains('<a href="../../../../2023/01/02/harbour-reopens/index.html">reopened last year</a>'),
        'link ../2023/2023-01-02-harbour-reopens.md not rewritten to the briefing URL')
check(rail.contains('<a href="../../../../2023/03/15/florin-reform/index.html#what-changes">florin reform</a>'),
        'link with #fragment not rewritten')
check(html('2023/03/15/florin-reform/index.html').contains('id="what-changes"'), 'heading anchor what-changes missing')
check(html('2024/05/01/budget-vote/index.html').contains('href="../../../02/20/rail-link-opens/index.html">rail link</a>'),
        'same-folder link not rewritten')
check(!(rail + html('2024/05/01/budget-vote/index.html')).contains('.md"'), 'a .md link was left in the output')

// Crawl: every relative href/src of every page leads to a file of the site
int pages = 0
int links = 0
Files.walk(site).withCloseable { stream ->
    stream.filter { it.toString().endsWith('.html') }.sorted().forEach { Path file ->
        pages++
        String text = read(file)
        (text =~ /\s(?:href|src)="([^"]*)"/).each { match ->
            String ref = match[1].replace('&amp;', '&')
            String where = "${site.relativize(file)}: ${ref}"
            if (ref.startsWith('#') || ref ==~ /(?i)(https?|mailto):.*/) {
                return
            }
            check(!ref.startsWith('/'), "site-absolute link (breaks file:// and sub-paths): ${where}")
            check(!(ref ==~ /^[a-zA-Z][a-zA-Z0-9+.-]*:.*/), "unexpected scheme: ${where}")
            String path = ref.replaceFirst(/[#?].*$/, '')
            if (path.isEmpty()) {
                return
            }
            links++
            path = URLDecoder.decode(path.replace('+', '%2B'), 'UTF-8')
            Path target = file.parent.resolve(path).normalize()
            if (path.endsWith('/') || Files.isDirectory(target)) {
                target = target.resolve('index.html')
            }
            check(target.startsWith(site), "link leaves the site: ${where}")
            check(Files.isRegularFile(target), "broken link: ${where}")
        }
    }
}
check(pages == 34, "expected 34 HTML pages (24, 4 weeks, 2 year reviews, the front pages' copies at page/N/ of home and a term, 404.html and search), found ${pages}")
check(links > 300, "crawl found only ${links} links")
println "default-theme: crawled ${links} relative links in ${pages} pages"

if (problems) {
    throw new AssertionError("default-theme: ${problems.size()} problem(s):\n  " + problems.join('\n  '))
}
return true
