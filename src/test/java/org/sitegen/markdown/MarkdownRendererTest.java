package org.sitegen.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitegen.diag.Diagnostic;
import org.sitegen.diag.Diagnostics;
import org.sitegen.url.RelativeUrls;

class MarkdownRendererTest {
    private static final BodySource DOC = new BodySource("content/2023/a.md", "2023/a.md", 6, "/2023/02/19/a/");
    private static final LinkTargets TARGETS = new LinkTargets(
            Map.of("2023/a.md", "/2023/02/19/a/", "2022/b.md", "/2022/06/10/b/", "pages/about.md", "/about/"),
            Set.of("2023/map.png", "2022/data set.csv", "files/report.pdf", "2023/100% #1?.png"));

    private final MarkdownRenderer renderer = new MarkdownRenderer(new RelativeUrls(false));
    private final MarkdownRenderer prettyRenderer = new MarkdownRenderer(new RelativeUrls(true));
    private final Diagnostics diagnostics = new Diagnostics();

    private RenderedBody render(String body) {
        return renderer.render(body, DOC, TARGETS, diagnostics);
    }

    private List<String> messages() {
        return diagnostics.sorted().stream().map(Diagnostic::toString).toList();
    }

    @Test
    void render_table_isHtmlTable() {
        String html = render("| a | b |\n|---|---|\n| 1 | 2 |\n").html();
        assertThat(html).isEqualTo("<table>\n<thead>\n<tr><th>a</th><th>b</th></tr>\n</thead>\n"
                + "<tbody>\n<tr><td>1</td><td>2</td></tr>\n</tbody>\n</table>\n");
    }

    /**
     * One renderer shares its table pre-processor between bodies and each thread reuses its HTML
     * and text buffers from body to body: many different bodies rendered by one renderer on four
     * threads, in any order, give each exactly what a fresh renderer gives it alone.
     */
    @Test
    void render_manyBodiesOnSeveralThreads_eachAsAFreshRendererRendersIt() throws Exception {
        List<String> bodies = new java.util.ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String table = i % 3 == 0 ? "" : "| h" + i + " | :-: |\n|:--|:-:|\n| " + "x".repeat(i % 7 + 1) + " | " + i + " |\n";
            bodies.add("# Heading " + i + "\n\n" + "Text \u201cquoted\u201d ".repeat(i % 40 + 1) + "\n\n" + table
                    + "\n- item " + i + "\n- second\n\n" + "Closing words. ".repeat(200 - i) + "\n");
        }
        List<String> alone = bodies.stream()
                .map(b -> new MarkdownRenderer(new RelativeUrls(false)).render(b, DOC, TARGETS, new Diagnostics()))
                .map(r -> r.html() + "|" + r.text() + "|" + r.firstParagraph() + "|" + r.wordCount()).toList();
        try (org.sitegen.exec.Parallel parallel = new org.sitegen.exec.Parallel(4)) {
            List<Integer> order = new java.util.ArrayList<>(java.util.stream.IntStream.range(0, bodies.size()).boxed().toList());
            java.util.Collections.shuffle(order, new java.util.Random(7));
            List<String> shared = parallel.map(order, i -> {
                RenderedBody r = renderer.render(bodies.get(i), DOC, TARGETS, new Diagnostics());
                return r.html() + "|" + r.text() + "|" + r.firstParagraph() + "|" + r.wordCount();
            });
            for (int k = 0; k < order.size(); k++) {
                assertThat(shared.get(k)).as("body %d", order.get(k)).isEqualTo(alone.get(order.get(k)));
            }
        }
        assertThat(alone.get(1)).contains("<table>").contains("<th align=\"left\">h1</th>");
    }

    @Test
    void render_raggedTableRow_isPaddedAndCut() {
        String html = render("| a | b |\n|---|---|\n| 1 |\n| 1 | 2 | 3 |\n").html();
        assertThat(html).contains("<tr><td>1</td><td></td></tr>").contains("<tr><td>1</td><td>2</td></tr>")
                .doesNotContain("3");
    }

    @Test
    void render_strikethrough_isDel() {
        assertThat(render("a ~~b~~ c\n").html()).isEqualTo("<p>a <del>b</del> c</p>\n");
    }

    @Test
    void render_footnote_isReferenceAndNoteList() {
        String html = render("Claim[^1].\n\n[^1]: The note.\n").html();
        assertThat(html).contains("<p>Claim<sup id=\"fnref-1\"><a class=\"footnote-ref\" href=\"#fn-1\">1</a></sup>.</p>")
                .contains("<div class=\"footnotes\">")
                .contains("<li id=\"fn-1\">\n<p>The note.</p>")
                .contains("<a href=\"#fnref-1\" class=\"footnote-backref\">&#8617;</a>");
    }

    @Test
    void render_quotesAndDashes_areTypographic() {
        assertThat(render("It's \"quoted\" -- done...\n").html())
                .isEqualTo("<p>It&rsquo;s &ldquo;quoted&rdquo; &ndash; done&hellip;</p>\n");
        // entities keep the HTML ASCII (one byte a character in memory); the summary has the characters
        assertThat(render("It's \"quoted\" -- done...\n").firstParagraph()).isEqualTo("It\u2019s \u201cquoted\u201d \u2013 done\u2026");
        assertThat(render("It's \"quoted\" -- done...\n").text()).isEqualTo("It's \"quoted\" - done...");
    }

    @Test
    void render_firstParagraphWithQuotesAndFootnote_keepsQuotesDropsMarker() {
        RenderedBody body = render("He said \"no\" -- twice[^1].\n\n[^1]: A note.\n");
        assertThat(body.firstParagraph()).isEqualTo("He said \u201cno\u201d \u2013 twice.");
    }

    @Test
    void render_wordCount_countsRunsOfNonSpace() {
        assertThat(render("It's a well-known site: https://example.com/a-b\n").wordCount()).isEqualTo(5);
    }

    @Test
    void render_heading_hasId() {
        assertThat(render("## Zurich Talks Resume\n").html())
                .isEqualTo("<h2 id=\"zurich-talks-resume\">Zurich Talks Resume <a class=\"heading-anchor\" "
                        + "href=\"#zurich-talks-resume\" aria-hidden=\"true\" tabindex=\"-1\">#</a></h2>\n");
    }

    @Test
    void render_bareUrls_areAutolinked() {
        assertThat(render("See https://example.com and www.example.org now.\n").html())
                .isEqualTo("<p>See <a href=\"https://example.com\">https://example.com</a> and "
                        + "<a href=\"http://www.example.org\">www.example.org</a> now.</p>\n");
        assertThat(diagnostics.sorted()).isEmpty();
    }

    /** Issue 21 item 6: a scheme without a host is no link (the page's HTML checker and readers agree). */
    @Test
    void render_bareSchemeWithoutHost_staysText() {
        assertThat(render("Type http:// then the site, e.g. https://example.com.\n").html())
                .isEqualTo("<p>Type http:// then the site, e.g. <a href=\"https://example.com\">https://example.com</a>.</p>\n");
        assertThat(diagnostics.sorted()).isEmpty();
    }

    @Test
    void render_linkToOtherMarkdownWithFragment_isRelativePageUrl() {
        assertThat(render("[x](../2022/b.md#part)\n").html())
                .isEqualTo("<p><a href=\"../../../../2022/06/10/b/index.html#part\">x</a></p>\n");
        assertThat(prettyRenderer.render("[x](../2022/b.md#part)\n", DOC, TARGETS, diagnostics).html())
                .isEqualTo("<p><a href=\"../../../../2022/06/10/b/#part\">x</a></p>\n");
        assertThat(diagnostics.sorted()).isEmpty();
    }

    @Test
    void render_linkToPageAndDotSegments_isResolved() {
        assertThat(render("[a](./../pages/about.md) [self](a.md)\n").html())
                .isEqualTo("<p><a href=\"../../../../about/index.html\">a</a> <a href=\"index.html\">self</a></p>\n");
        assertThat(diagnostics.sorted()).isEmpty();
    }

    @Test
    void render_referenceLinkToMarkdown_isRewritten() {
        assertThat(render("See [b][ref].\n\n[ref]: ../2022/b.md\n").html())
                .isEqualTo("<p>See <a href=\"../../../../2022/06/10/b/index.html\">b</a>.</p>\n");
    }

    @Test
    void render_linksToAssets_areRewritten() {
        assertThat(render("![map](map.png) [pdf](../files/report.pdf) [csv](../2022/data%20set.csv)\n").html())
                .isEqualTo("<p><img src=\"../../../map.png\" alt=\"map\" /> "
                        + "<a href=\"../../../../files/report.pdf\">pdf</a> "
                        + "<a href=\"../../../../2022/data%20set.csv\">csv</a></p>\n");
        assertThat(diagnostics.sorted()).isEmpty();
    }

    @Test
    void render_linkToAssetWithUrlSpecialCharacters_staysEncoded() {
        assertThat(render("![x](100%25%20%231%3F.png#top)\n").html())
                .isEqualTo("<p><img src=\"../../../100%25%20%231%3F.png#top\" alt=\"x\" /></p>\n");
        assertThat(diagnostics.sorted()).isEmpty();
    }

    @Test
    void render_linkToMissingFile_isErrorAtFileLineAndColumn() {
        RenderedBody body = render("Intro\n\nSee [the map](nope.md#x) and\n  ![img](missing.png)\n");
        assertThat(messages()).containsExactly(
                "content/2023/a.md:8:5: error: link target not found: nope.md#x",
                "content/2023/a.md:9:3: error: link target not found: missing.png");
        assertThat(body.html()).contains("<a href=\"nope.md#x\">the map</a>");
    }

    @Test
    void render_linkClimbingOutOfContent_isError() {
        render("x\n[out](../../outside.md)\n");
        assertThat(messages()).containsExactly(
                "content/2023/a.md:7:1: error: link points outside the content folder: ../../outside.md");
    }

    @Test
    void render_absoluteExternalFragmentMailtoLinks_areUntouched() {
        String html = render("[a](/tags/) [b](https://e.com/x.md) [c](#top) [d](mailto:a@b.example) "
                + "[e](ftp://h/x) [g](?q=1)\n").html();
        assertThat(html).isEqualTo("<p><a href=\"/tags/\">a</a> <a href=\"https://e.com/x.md\">b</a> "
                + "<a href=\"#top\">c</a> <a href=\"mailto:a@b.example\">d</a> <a href=\"ftp://h/x\">e</a> "
                + "<a href=\"?q=1\">g</a></p>\n");
        assertThat(diagnostics.sorted()).isEmpty();
    }

    @Test
    void render_firstParagraph_isOneLineAfterHeading() {
        RenderedBody body = render("# Title\n\nFirst line\nsecond   line\nthird.\n\nNext paragraph.\n");
        assertThat(body.firstParagraph()).isEqualTo("First line second line third.");
    }

    @Test
    void render_noParagraph_firstParagraphEmpty() {
        assertThat(render("# Only a heading\n").firstParagraph()).isEmpty();
        assertThat(render("").firstParagraph()).isEmpty();
    }

    @Test
    void render_firstParagraphWithMarkup_isPlainText() {
        assertThat(render("Talks in **Zurich** and [Geneva](https://g.example) ~~ended~~.\n").firstParagraph())
                .isEqualTo("Talks in Zurich and Geneva ended.");
    }

    /** The count kept while collecting the text equals counting the spaces of the finished text. */
    @Test
    void render_wordCount_isTheSpacesOfTheTextPlusOne_forAnyBody() {
        java.util.Random random = new java.util.Random(5);
        String[] pieces = {"word", " ", "\n", "\n\n", "# ", "- ", "> ", "*em*", "\"q\"", "--", "\u2003", "\u00a0",
                "\t", "`c d`", "[l](https://e.org)", "<b>x</b>", "a\\", "1. ", "|a|b|\n|-|-|\n"};
        for (int n = 0; n < 2000; n++) {
            StringBuilder body = new StringBuilder();
            for (int k = random.nextInt(25); k > 0; k--) {
                body.append(pieces[random.nextInt(pieces.length)]);
            }
            RenderedBody rendered = render(body.toString());
            assertThat(rendered.wordCount()).as(body.toString()).isEqualTo(PlainText.countWords(rendered.text()));
        }
    }

    @Test
    void render_wordCount_countsTextOfAllBlocks() {
        assertThat(render("one two\n\nthree\n\n# four\n\nfive\n").wordCount()).isEqualTo(5);
        assertThat(render("Talks in **Zurich** resume, 2023.\n\n- item one\n- item two\n").wordCount()).isEqualTo(9);
        assertThat(render("").wordCount()).isZero();
    }

    @Test
    void render_linkToFolderWithoutIndex_isReported() {
        render("See [x](nothere/).\n");
        assertThat(messages()).containsExactly("content/2023/a.md:6:5: error: link target not found: nothere/");
    }
}
