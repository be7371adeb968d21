package org.sitegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitegen.BadInputCatalogueTest.utf8;
import static org.sitegen.BadInputCatalogueTest.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitegen.content.Slugs;
import org.sitegen.diag.Diagnostic;
import org.sitegen.pipeline.BuildReport;

/**
 * The "must build safely" part of the bad-input catalogue: hostile titles, tags, slugs, file
 * names and bodies (src/test/resources/bad/safe/, plus names generated here that Windows could
 * not check out) are published, escaped or sanitised, and land inside the output folder under
 * safe names.
 */
class HostileInputBuildsSafelyTest {
    // Slugs, and the generator's own files (index.html, 404.html, robots.txt, search shards such as _0431.js,
    // the theme's icons favicon.svg and apple-touch-icon.png: no content here has an image).
    private static final Pattern SAFE_SEGMENT = Pattern.compile(
            "[a-z0-9_-]+(\\.(html|css|js|xml|txt|svg|png))?|\\.site-gen-output");

    @TempDir
    static Path project;
    static BuildReport report;
    static Map<String, byte[]> site;

    @BeforeAll
    static void build() throws Exception {
        try (Stream<Path> list = Files.list(BadInputCatalogueTest.BAD.resolve("safe"))) {
            for (Path file : list.toList()) {
                write(project, "content/" + file.getFileName(), Files.readAllBytes(file));
            }
        }
        // File names that would break a Windows checkout of this repository are made here.
        write(project, "content/con.md", utf8("---\ntitle: Named con\ndate: 2023-02-01\n---\nx\n"));
        write(project, "content/2023-02-02-LPT1.md", utf8("---\ntitle: Named LPT1\n---\nx\n"));
        write(project, "content/aux/index.md", utf8("---\ntitle: Bundle aux\ndate: 2023-02-03\n---\nx\n"));
        write(project, "content/pages/prn.md", utf8("---\ntitle: Page prn\n---\nx\n"));
        write(project, "content/2023-02-04-back\\slash.md", utf8("---\ntitle: Backslash name\n---\nx\n"));
        write(project, "content/2023-02-05-" + "very-long-name-".repeat(15) + ".md",
                utf8("---\ntitle: Long name\n---\nx\n"));
        try {
            report = new SiteGenerator().build(BadInputCatalogueTest.config(project));
        } catch (org.sitegen.diag.BuildFailedException e) {
            throw new AssertionError("hostile input must build safely:\n"
                    + String.join("\n", BadInputCatalogueTest.lines(e)), e);
        }
        site = SiteTrees.read(project.resolve("site-output"));
        if (Boolean.getBoolean("bad.print")) {
            report.warnings().forEach(System.out::println);
            site.keySet().forEach(System.out::println);
        }
    }

    @Test
    void everyPathSegment_isASafeSlug() {
        for (String path : site.keySet()) {
            for (String segment : path.split("/")) {
                assertThat(segment).as(path).matches(SAFE_SEGMENT);
                String stem = segment.replaceFirst("\\.[a-z]+$", "");
                assertThat(stem.getBytes(StandardCharsets.UTF_8).length).as(path).isLessThanOrEqualTo(Slugs.MAX_LENGTH);
                assertThat(Slugs.isDeviceName(segment)).as(path).isFalse();
            }
        }
    }

    @Test
    void nothingIsWrittenOutsideTheOutputFolder() throws IOException {
        try (Stream<Path> list = Files.list(project)) {
            assertThat(list.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("content", "site-output", ".site-output.lock");
        }
    }

    @Test
    void noPage_containsScriptHandlersOrScriptUrls() {
        site.forEach((path, bytes) -> {
            String text = new String(bytes, StandardCharsets.UTF_8);
            if (!path.endsWith(".png")) { // the theme's touch icon, binary; every other file is text
                assertThat(text).as(path).doesNotContain("\u0000");
            }
            if (path.endsWith(".html")) {
                assertSafeHtml(path, text);
            }
        });
    }

    /** Parsed as a browser would (jsoup): no active elements, no event handlers, no script URLs. */
    static void assertSafeHtml(String path, String html) {
        for (Element element : Jsoup.parse(html).getAllElements()) {
            if (element.normalName().equals("script")) { // only the theme's own search client, never inline code
                assertThat(element.attr("src")).as(path + ": " + element).endsWith("assets/search.js");
                assertThat(element.data()).as(path + ": " + element).isEmpty();
                continue;
            }
            assertThat(element.normalName()).as(path).isNotIn("script", "iframe", "object", "embed", "style",
                    "base", "frame", "frameset", "applet");
            if (element.normalName().equals("form")) { // only the theme's own search forms, never from content
                String action = element.attr("action");
                assertThat(action.endsWith("search/index.html") || path.equals("search/index.html")
                        && action.equals("index.html")).as(path + ": " + element).isTrue();
            }
            if (element.normalName().equals("meta")) {
                assertThat(element.hasAttr("http-equiv")).as(path + ": " + element).isFalse();
            }
            for (Attribute attribute : element.attributes()) {
                assertThat(attribute.getKey().toLowerCase(Locale.ROOT)).as(path + ": " + element).doesNotStartWith("on");
                if (element.normalName().equals("meta") && attribute.getKey().equals("content")
                        && (element.attr("name") + element.attr("property")).matches(".*(description|title)")) {
                    continue; // a summary for readers and crawlers, not a URL (http-equiv is refused above)
                }
                String value = attribute.getValue().replaceAll("[\\x00-\\x20]", "").toLowerCase(Locale.ROOT);
                assertThat(value).as(path + ": " + element)
                        .doesNotStartWith("javascript:").doesNotStartWith("vbscript:").doesNotStartWith("data:")
                        .doesNotContain("javascript:");
            }
        }
    }

    @Test
    void hostileTitle_isEscapedInTitleHeadingAndListings() {
        String page = page("2023/01/01/title-hostile/index.html");
        // escaped as text, after the typography bodies get (curly quotes, "--" as an en dash)
        assertThat(page).contains("<title>&lt;/title&gt;&lt;script&gt;alert(\u2018title\u2019)&lt;/script&gt; "
                + "\u201cquoted\u201d \u2018single\u2019 \u2013&gt; &lt;!\u2013 &amp; more");
        assertThat(page.split("</title>", -1)).as("one closing title tag").hasSize(2);
        // in the home listing, on whichever of its pages holds it (they are numbered from the oldest)
        assertThat(site.keySet().stream().filter(path -> path.equals("index.html") || path.matches("page/\\d+/index.html"))
                .map(HostileInputBuildsSafelyTest::page)).anyMatch(home -> home.contains("&lt;/title&gt;&lt;script&gt;"));
        assertThat(page).contains("href=\"https://example.org/?q=&quot;&gt;&lt;script&gt;");
    }

    @Test
    void safeMarkupInBodies_survivesSanitising() {
        String page = page("2023/01/02/body-raw-html/index.html");
        assertThat(page).contains("<p>Before.</p>", "<p>After.</p>", "<b>bold</b>", "raw js link");
    }

    @Test
    void scriptLinks_areReplacedAndReportedAsWarnings() {
        assertThat(report.warnings().stream().map(Diagnostic::toString))
                .contains("content/body-script-links.md:5:1: warning: unsafe link removed (script or data URL): "
                        + "javascript:alert('md')");
        String page = page("2023/01/03/body-script-links/index.html");
        assertThat(page).contains("<a href=\"#\">plain</a>", "<a href=\"#\">entity</a>");
    }

    @Test
    void bomAndCrlf_work() {
        String page = page("2023/01/05/bom-crlf/index.html");
        assertThat(page).contains("<h1 id=\"briefing-title\">BOM and CRLF</h1>").doesNotContain("\r", "\uFEFF");
        assertThat(site).containsKey("tags/crlf/index.html");
    }

    @Test
    void tabAfterTheColon_isFine() {
        assertThat(page("2023/01/06/tabs-in-values/index.html")).contains(">Tabbed title</h1>");
        assertThat(site).containsKeys("tags/tabs/index.html", "tags/values/index.html");
    }

    @Test
    void hostileSlugs_becomeHarmlessSlugs() {
        assertThat(site).containsKeys(
                "2023/01/07/etc-passwd/index.html",
                "2023/01/08/etc-passwd/index.html",
                "2023/01/09/c-windows-system32-cmd-exe/index.html",
                
                "2023/01/12/only-symbols/index.html");
        assertThat(site.keySet()).anyMatch(p -> p.startsWith("2023/01/11/segment00-segment01-"));
        assertThat(report.warnings().stream().map(Diagnostic::toString)).contains(
                "content/slug-traversal.md:4:7: warning: 'slug' \"../../etc/passwd\" holds folder separators or '..', "
                        + "which one URL segment cannot; published as \"etc-passwd\"",
                "content/slug-windows-path.md:4:7: warning: 'slug' \"C:\\Windows\\System32\\..\\cmd.exe\" holds folder "
                        + "separators or '..', which one URL segment cannot; published as \"c-windows-system32-cmd-exe\"");
    }

    @Test
    void deviceNames_areSuffixed_inDerivedSlugsAndTags() {
        assertThat(site).containsKeys(
                "2023/02/01/con-1/index.html",
                "2023/02/02/lpt1-1/index.html",
                "2023/02/03/aux-1/index.html",
                "prn-1/index.html",
                "tags/con-1/index.html", "tags/nul-1/index.html", "tags/com1-1/index.html", "tags/lpt9-1/index.html");
    }

    @Test
    void hostileTagsAndNames_stayInside() {
        assertThat(site).containsKeys("tags/etc-passwd/index.html", "tags/root/index.html", "tags/win/index.html",
                "2023/02/04/back-slash/index.html");
    }

    @Test
    void tagsDifferingInCase_areOneTag() {
        String page = page("tags/iran/index.html");
        assertThat(page).contains("Iran upper", "Iran lower");
        assertThat(report.warnings().stream().map(Diagnostic::toString)).anyMatch(w -> w.contains("is merged with"));
    }

    private static String page(String path) {
        assertThat(site).containsKey(path);
        return new String(site.get(path), StandardCharsets.UTF_8);
    }

}
