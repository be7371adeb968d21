package org.sitegen.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import freemarker.template.TemplateMethodModelEx;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitegen.config.SiteConfig;
import org.sitegen.url.RelativeUrls;

/**
 * {@code <@cached>} through the real template engine: a block is rendered once per key and
 * place, every page gets its own relative links, and whatever the cache cannot replay exactly
 * is rendered each time. Each case compares with the same template without the directive.
 */
class CachedDirectiveTest {
    /** An uncacheable block on two pages: recorded once (and found wanting), then rendered on each. */
    private static final int UNCACHEABLE_ON_TWO_PAGES = 3;
    @TempDir
    Path site;
    /** Counts how often a block's content is really evaluated: ${seen()} in a template. */
    private final AtomicInteger evaluations = new AtomicInteger();
    private final TemplateMethodModelEx seen = arguments -> {
        evaluations.incrementAndGet();
        return "";
    };

    @Test
    void sameKey_renderedOnce_eachPageGetsItsOwnLinks() throws Exception {
        String card = "<@cached key=b>${seen()}<a href=\"${rel('/2023/01/02/' + b + '/')}\">${b}</a> "
                + "<a href=\"${rel('/tags/china/')}\">china</a></@cached>";
        CachedDirective cached = new CachedDirective(1_000_000);

        String home = render(card, "/", "x", cached);
        String term = render(card, "/tags/china/page/2/", "x", cached);
        String day = render(card, "/2023/01/02/", "x", cached);

        assertThat(evaluations).hasValue(1);
        assertThat(home).isEqualTo("<a href=\"2023/01/02/x/index.html\">x</a> <a href=\"tags/china/index.html\">china</a>");
        assertThat(term).isEqualTo(
                "<a href=\"../../../../2023/01/02/x/index.html\">x</a> <a href=\"../../index.html\">china</a>");
        assertThat(day).isEqualTo("<a href=\"x/index.html\">x</a> <a href=\"../../../tags/china/index.html\">china</a>");
        assertSameAsUncached(card, "/tags/china/page/2/", "x");
    }

    @Test
    void differentKeysAndPlaces_areDifferentBlocks() throws Exception {
        String twoPlaces = "<@cached key=b>${seen()}1:${b}</@cached>|<@cached key=b>${seen()}2:${b}</@cached>";
        CachedDirective cached = new CachedDirective(1_000_000);

        assertThat(render(twoPlaces, "/", "x", cached)).isEqualTo("1:x|2:x");
        assertThat(render(twoPlaces, "/", "y", cached)).isEqualTo("1:y|2:y");
        assertThat(render(twoPlaces, "/a/", "x", cached)).isEqualTo("1:x|2:x");
        assertThat(evaluations).hasValue(4);
    }

    @Test
    void nestedBlocks_keepTheirLinksRelativeToEachPage() throws Exception {
        String nested = "<@cached key='outer'>${seen()}<a href=\"${rel('/a/')}\">a</a>"
                + "<@cached key='inner'>${seen()}<a href=\"${rel('/b/c/')}\">b</a></@cached></@cached>"
                + "<@cached key='inner'><a href=\"${rel('/b/c/')}\">b</a></@cached>";
        CachedDirective cached = new CachedDirective(1_000_000);

        for (String page : List.of("/", "/b/", "/x/y/z/")) {
            assertThat(render(nested, page, "", cached)).isEqualTo(render(uncached(nested), page, "", null));
        }
        assertThat(evaluations).hasValue(2 + 2 * 3); // outer and inner once; the uncached renders twice a page
    }

    @Test
    void relResultNotPrintedAsItIs_isRenderedOnEveryPage() throws Exception {
        for (String block : List.of(
                "<@cached key='k'>${seen()}${rel('/a/b/')?length}</@cached>",
                "<@cached key='k'>${seen()}${rel('/a/b/')?url}</@cached>",
                "<@cached key='k'>${seen()}<#assign unused = rel('/a/b/')>x</@cached>",
                "<@cached key='k'>${seen()}${rel('/a/b/')}${rel('/a/b/')?substring(1)}</@cached>")) {
            CachedDirective cached = new CachedDirective(1_000_000);
            evaluations.set(0);
            String top = render(block, "/", "", cached);
            String deep = render(block, "/x/y/", "", cached);
            assertThat(evaluations).as(block).hasValue(UNCACHEABLE_ON_TWO_PAGES);
            assertThat(top).isEqualTo(render(uncached(block), "/", "", null));
            assertThat(deep).isEqualTo(render(uncached(block), "/x/y/", "", null));
        }
    }

    @Test
    void markersInTheContentItself_cannotBeMistakenForLinks() throws Exception {
        String block = "<@cached key='k'>${seen()}${b}<a href=\"${rel('/a/')}\">a</a></@cached>";
        CachedDirective cached = new CachedDirective(1_000_000);
        String fake = CachedDirective.MARK + "0" + CachedDirective.END;

        assertThat(render(block, "/", fake, cached)).isEqualTo(fake + "<a href=\"a/index.html\">a</a>");
        assertThat(render(block, "/x/", fake, cached)).isEqualTo(fake + "<a href=\"../a/index.html\">a</a>");
        assertThat(evaluations).hasValue(UNCACHEABLE_ON_TWO_PAGES);
    }

    /** Texts are kept encoded for pages; curly quotes, emoji and halves of pairs at their edges print as uncached. */
    @Test
    void nonAsciiTextAndHalfPairsAtTheEdges_printAsUncached() throws Exception {
        String block = "<@cached key=b>${b}<a href=\"${rel('/a/')}\">\u201cx\u201d \ud83d\ude00</a>${b}</@cached>${b}";
        for (String b : List.of("\u00e9t\u00e9", "\ud83d", "\ude00", "x\ud83d", "\ude00x", "\ud83d\ude00")) {
            CachedDirective cached = new CachedDirective(1_000_000);
            for (String page : List.of("/", "/x/y/", "/a/")) {
                assertThat(render(block, page, b, cached)).as(b).isEqualTo(render(uncached(block), page, b, null));
            }
        }
    }

    @Test
    void linkThatEscapingChanges_isRenderedOnEveryPage() throws Exception {
        String block = "<@cached key='k'>${seen()}<a href=\"${rel('/a&b/')}\">a</a></@cached>";
        CachedDirective cached = new CachedDirective(1_000_000);

        assertThat(render(block, "/x/", "", cached)).isEqualTo("<a href=\"../a&amp;b/index.html\">a</a>");
        assertThat(render(block, "/", "", cached)).isEqualTo("<a href=\"a&amp;b/index.html\">a</a>");
        assertThat(evaluations).hasValue(UNCACHEABLE_ON_TWO_PAGES);
    }

    @Test
    void cacheFull_blocksAreRenderedEachTimeWithTheSameOutput() throws Exception {
        String block = "<@cached key=b>${seen()}<a href=\"${rel('/t/' + b + '/')}\">${b}</a></@cached>";
        CachedDirective cached = new CachedDirective(30); // room for one block

        for (String page : List.of("/", "/p/q/")) {
            for (String key : List.of("first", "second")) {
                assertThat(render(block, page, key, cached)).isEqualTo(render(uncached(block), page, key, null));
            }
        }
        assertThat(evaluations).hasValue(1 + 2 + 4); // "first" kept; "second" each time; uncached each time
    }

    @Test
    void withoutRelativeLinks_rendersTheBlockAsItIs() throws Exception {
        write("t.ftlh", "<@cached key='k'>${seen()}<a href=\"${rel('/a/')}\">a</a></@cached>");
        CachedDirective cached = new CachedDirective(1_000_000);
        Map<String, Object> model = new HashMap<>(Map.of("seen", seen, "cached", cached,
                "rel", new AbsoluteLinkFunction("https://example.org", false)));
        TemplateEngine engine = new TemplateEngine(config());

        assertThat(page(engine, "t.ftlh", model)).isEqualTo("<a href=\"https://example.org/a/index.html\">a</a>");
        page(engine, "t.ftlh", model);
        assertThat(evaluations).hasValue(2);
    }

    @Test
    void withoutKey_isATemplateError() throws Exception {
        assertThatThrownBy(() -> render("<@cached>x</@cached>", "/", "", new CachedDirective(100)))
                .isInstanceOfSatisfying(TemplateEngine.TemplateProblem.class, p -> assertThat(p.getMessage())
                        .contains("cached takes one parameter, key"));
    }

    @Test
    void rel_linksFromThePage_toASitePath_givenAsAnyString() throws Exception {
        assertThat(render("${rel('/tags/x/')} ${rel(b)} ${rel('/a/' + 'b.png')}", "/2023/05/a/", "/2023/", null))
                .isEqualTo("../../../tags/x/index.html ../../index.html ../../../a/b.png");
    }

    @ParameterizedTest
    @ValueSource(strings = {"${rel()}", "${rel('/a/', '/b/')}", "${rel(2023)}"})
    void rel_withoutExactlyOnePath_isATemplateError(String template) {
        assertThatThrownBy(() -> render(template, "/", "", null))
                .isInstanceOfSatisfying(TemplateEngine.TemplateProblem.class, p -> assertThat(p.getMessage())
                        .contains("rel() takes one site path, e.g. rel('/tags/')"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"${rel('tags/')}", "${rel('')}"})
    void rel_ofAPathNotFromTheSiteTop_isATemplateError(String template) {
        assertThatThrownBy(() -> render(template, "/", "", null))
                .isInstanceOfSatisfying(TemplateEngine.TemplateProblem.class, p -> assertThat(p.getMessage())
                        .contains("rel() takes a site path starting with '/'"));
    }

    private void assertSameAsUncached(String template, String page, String b) throws Exception {
        assertThat(render(template, page, b, new CachedDirective(1_000_000)))
                .isEqualTo(render(uncached(template), page, b, null));
    }

    /** The template without the directive: what a cached block must print. */
    private static String uncached(String template) {
        return template.replaceAll("<@cached key=[^>]*>", "").replace("</@cached>", "");
    }

    private String render(String template, String page, String b, CachedDirective cached) throws Exception {
        String name = "t" + Integer.toHexString(template.hashCode()) + ".ftlh";
        write(name, template);
        Map<String, Object> model = new HashMap<>();
        model.put("seen", seen);
        model.put("b", b);
        model.put("rel", new RelativeLinkFunction(new RelativeUrls(false), page));
        if (cached != null) {
            model.put("cached", cached);
        }
        return page(engine(), name, model);
    }

    /** The page {@code engine} renders from template {@code name}, as text. */
    private static String page(TemplateEngine engine, String name, Map<String, Object> model) throws Exception {
        StringBuilder page = new StringBuilder();
        engine.render(name, model, (bytes, length) -> page.append(new String(bytes, 0, length, StandardCharsets.UTF_8)));
        return page.toString();
    }

    private TemplateEngine engine;

    /** One engine (one template cache) per test, as one build has. */
    private TemplateEngine engine() throws IOException {
        if (engine == null) {
            engine = new TemplateEngine(config());
        }
        return engine;
    }

    private SiteConfig config() {
        return SiteConfig.builder(site).outputDir(site.resolve("out")).siteTitle("T")
                .zone(java.time.ZoneId.of("UTC")).pageSize(4).taxonomies(List.of("tags")).threads(1)
                .now(java.time.Instant.EPOCH).build();
    }

    private void write(String name, String text) throws IOException {
        Path file = site.resolve("templates").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
