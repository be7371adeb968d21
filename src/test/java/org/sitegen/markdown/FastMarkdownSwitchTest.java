package org.sitegen.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitegen.config.RawHtml;
import org.sitegen.content.FrontMatterSplitter;
import org.sitegen.diag.Diagnostics;
import org.sitegen.url.RelativeUrls;

/**
 * The fastMarkdown switch changes nothing but speed: every body of the test fixtures, the bad-input
 * catalogue and content/, and every example of the CommonMark spec, renders to the same HTML,
 * text, headings, links and diagnostics through site-gen's speed-only code (markdown.fast) as
 * through Flexmark's own parser and renderer. (The golden sites, built both ways:
 * FastMarkdownSiteTest.)
 */
class FastMarkdownSwitchTest {
    private static final BodySource DOC = new BodySource("content/2023/a.md", "2023/a.md", 1, "/2023/02/19/a/");
    private static final LinkTargets TARGETS = new LinkTargets(
            Map.of("2023/a.md", "/2023/02/19/a/", "2022/b.md", "/2022/06/10/b/", "pages/about.md", "/about/"),
            Set.of("2023/map.png", "files/report.pdf"));

    static Stream<String> bodies() throws IOException {
        List<String> bodies = new ArrayList<>();
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src/test/resources")),
                Files.walk(Path.of("content")))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
                try {
                    bodies.add(new FrontMatterSplitter().split(text).body());
                } catch (FrontMatterSplitter.UnclosedFrontMatterException e) {
                    bodies.add(text);
                }
            }
        }
        assertThat(bodies).hasSizeGreaterThan(100);
        return bodies.stream();
    }

    /** Every example of the CommonMark spec 0.30 (the flexmark-test-specs artifact; a tab is "→" there). */
    static Stream<String> commonMarkExamples() throws IOException {
        String spec;
        try (var in = FastMarkdownSwitchTest.class.getResourceAsStream("/spec.0.30.txt")) {
            spec = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String fence = "`".repeat(32);
        List<String> examples = new ArrayList<>();
        for (int at = spec.indexOf(fence + " example\n"); at >= 0; at = spec.indexOf(fence + " example\n", at + 1)) {
            int start = spec.indexOf('\n', at) + 1;
            examples.add(spec.substring(start, spec.indexOf("\n.\n", start) + 1).replace('→', '\t'));
        }
        assertThat(examples).hasSizeGreaterThan(600);
        return examples.stream();
    }

    @ParameterizedTest
    @MethodSource("bodies")
    void everyFixtureBody_rendersTheSame_fastOrNot(String body) {
        for (RawHtml policy : RawHtml.values()) {
            assertSame(body, policy, 0);
        }
        assertSame(body, RawHtml.SANITIZE, 1);
    }

    @ParameterizedTest
    @MethodSource("commonMarkExamples")
    void everyCommonMarkExample_rendersTheSame_fastOrNot(String markdown) {
        assertSame(markdown, RawHtml.SANITIZE, 0);
    }

    /**
     * The direct renderer's HTML is kept as UTF-8 made straight from its chars, the same as the
     * string Flexmark's renderer makes would be kept: characters beyond the Basic Multilingual
     * Plane, entities for half a surrogate pair and for nothing, a paragraph at the start or not.
     */
    @ParameterizedTest
    @ValueSource(strings = {"\u201cQuoted\u201d \ud83d\ude00 caf\u00e9 \ud835\udfce\n\nmore\n",
        "half &#xD83D; pair &#55357; \ud83d\ude00\n", "# Title \u00e9\n\n- a \u2014 b\n", "plain ASCII only\n",
        "low half &#xDE00; and &#0; &#x110000;\n", "\u00e9"})
    void aBody_isKeptAsTheFlexmarkRenderersStringWouldBe(String markdown) {
        assertSame(markdown, RawHtml.SANITIZE, 0);
        RenderedBody fast = renderer(RawHtml.SANITIZE, 0, true).render(markdown, DOC, TARGETS, new Diagnostics());
        String html = fast.html();
        assertThat(fast.markup()).isEqualTo(org.sitegen.store.StoredText.compact(html));
        assertThat(fast.lead()).isEqualTo(LeadParagraph.opening(html));
        assertThat(fast.markup().utf8()).isEqualTo(html.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertSame(String markdown, RawHtml policy, int headingShift) {
        Diagnostics fastProblems = new Diagnostics();
        Diagnostics plainProblems = new Diagnostics();
        RenderedBody fast = renderer(policy, headingShift, true).render(markdown, DOC, TARGETS, fastProblems);
        RenderedBody plain = renderer(policy, headingShift, false).render(markdown, DOC, TARGETS, plainProblems);
        assertThat(fast.html()).as("html (%s, shift %d) of %s", policy, headingShift, markdown).isEqualTo(plain.html());
        assertThat(fast).as("the rest (%s, shift %d) of %s", policy, headingShift, markdown).isEqualTo(plain);
        assertThat(fastProblems.sorted()).as("diagnostics of %s", markdown).isEqualTo(plainProblems.sorted());
    }

    private static final Map<String, MarkdownRenderer> RENDERERS = new java.util.concurrent.ConcurrentHashMap<>();

    private static MarkdownRenderer renderer(RawHtml policy, int headingShift, boolean fast) {
        return RENDERERS.computeIfAbsent(policy + "/" + headingShift + "/" + fast, key -> new MarkdownRenderer(
                new RelativeUrls(false), policy, EmbedRenderer.NONE, headingShift, fast));
    }
}
