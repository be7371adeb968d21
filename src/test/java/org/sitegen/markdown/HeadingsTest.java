package org.sitegen.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitegen.config.RawHtml;
import org.sitegen.diag.Diagnostics;
import org.sitegen.url.RelativeUrls;

/** Table-of-contents extraction and the "#" links on headings. */
class HeadingsTest {
    private static final BodySource DOC = new BodySource("content/2023/a.md", "2023/a.md", 6, "/2023/02/19/a/");
    private final MarkdownRenderer renderer = new MarkdownRenderer(new RelativeUrls(false));

    private RenderedBody render(String body) {
        return renderer.render(body, DOC, new LinkTargets(Map.of(), Set.of()), new Diagnostics());
    }

    @Test
    void headings_inDocumentOrder_withRenderedIdsAndPlainText() {
        RenderedBody body = render("Intro.\n\n## The *balloon*\n\ntext\n\n### “Quotes” & more\n\n## The balloon\n\n"
                + "#### Deep\n");
        assertThat(body.headings()).containsExactly(
                new Heading(2, "the-balloon", "The balloon"),
                new Heading(3, "quotes--more", "“Quotes” & more"),
                new Heading(2, "the-balloon-1", "The balloon"),
                new Heading(4, "deep", "Deep"));
        for (Heading h : body.headings()) {
            assertThat(body.html()).contains("id=\"" + h.id() + "\"");
        }
    }

    /** Headings inside quotes, list items and footnotes count too, in document order. */
    @Test
    void headings_nestedInBlocks_foundInOrder() {
        RenderedBody body = render("## Top\n\n> ## Quoted\n>\n> > ### Deeper\n\n- ## Listed\n- item\n\n"
                + "1. one\n\n   ### In item\n\nText[^1].\n\n[^1]: Note\n\n    ## In note\n\n## Last\n");
        assertThat(body.headings()).extracting(Heading::text)
                .containsExactly("Top", "Quoted", "Deeper", "Listed", "In item", "In note", "Last");
    }

    @Test
    void headings_getAnchorLinkAfterTheirText_hiddenFromAssistiveTechnology() {
        assertThat(render("## What changes\n").html()).isEqualTo("<h2 id=\"what-changes\">What changes "
                + "<a class=\"heading-anchor\" href=\"#what-changes\" aria-hidden=\"true\" tabindex=\"-1\">#</a></h2>\n");
    }

    @Test
    void anchorLinks_doNotChangeWordCountOrSummary() {
        RenderedBody body = render("## One two\n\nThree four five.\n");
        assertThat(body.wordCount()).isEqualTo(5);
        assertThat(body.firstParagraph()).isEqualTo("Three four five.");
    }

    @Test
    void noHeadings_emptyList() {
        assertThat(render("Just a paragraph.\n").headings()).isEmpty();
    }

    /**
     * headingShift 1: a body's "#" is an h2 under the page's h1, "######" stays an h6; ids do not
     * change. Flexmark's renderer (a body with an image) and the direct one shift alike.
     */
    @Test
    void headingShift_rendersEveryLevelOneDown_cappedAtH6_idsKept() {
        MarkdownRenderer shifted = new MarkdownRenderer(new RelativeUrls(false), RawHtml.SANITIZE, EmbedRenderer.NONE, 1);
        String body = "# Top\n\n## Sub\n\n###### Six\n";
        Diagnostics problems = new Diagnostics();
        RenderedBody direct = shifted.render(body, DOC, new LinkTargets(Map.of(), Set.of()), problems);
        RenderedBody flexmark = shifted.render(body + "\n![x](http://example.org/x.png)\n", DOC,
                new LinkTargets(Map.of(), Set.of()), problems);
        String expected = "<h2 id=\"top\">Top" + HeadingAnchorRenderer.anchor("top") + "</h2>\n"
                + "<h3 id=\"sub\">Sub" + HeadingAnchorRenderer.anchor("sub") + "</h3>\n"
                + "<h6 id=\"six\">Six" + HeadingAnchorRenderer.anchor("six") + "</h6>\n";
        assertThat(direct.html()).isEqualTo(expected);
        assertThat(flexmark.html()).startsWith(expected).contains("<img");
        assertThat(direct.headings()).containsExactly(new Heading(2, "top", "Top"), new Heading(3, "sub", "Sub"),
                new Heading(6, "six", "Six"));
        // one warning: the same heading, rendered twice (diagnostics are a set)
        assertThat(problems.sorted()).extracting(Object::toString).containsExactly(
                "content/2023/a.md:10:1: warning: heading level skipped: this heading is an <h6> after an <h3>, so the "
                        + "page's outline has a gap; make it '###'");
    }

    /** Without a shift, "#" then "##" is no skip; "##" then "####" is, at the heading's line. */
    @Test
    void skippedLevels_warned_notOtherwise() {
        Diagnostics problems = new Diagnostics();
        renderer.render("# One\n\n## Two\n\n### Three\n\n## Two again\n\n> #### In a quote\n", DOC,
                new LinkTargets(Map.of(), Set.of()), problems);
        assertThat(problems.sorted()).extracting(Object::toString).containsExactly(
                "content/2023/a.md:14:3: warning: heading level skipped: this heading is an <h4> after an <h2>, so the "
                        + "page's outline has a gap; make it '###'");
    }
}
