package org.sitegen.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
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
}
