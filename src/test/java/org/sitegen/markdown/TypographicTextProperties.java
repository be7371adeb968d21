package org.sitegen.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.sitegen.PropertySeed;
import org.sitegen.diag.Diagnostics;
import org.sitegen.url.RelativeUrls;

/**
 * Titles and summaries get the typographic treatment of bodies (issue #25) and nothing else of
 * Markdown: whatever the text, only quotes, dashes, ellipses and guillemets change, and a
 * paragraph of ordinary prose reads exactly as the body's first paragraph does.
 */
class TypographicTextProperties {
    private static final MarkdownRenderer MARKDOWN = new MarkdownRenderer(new RelativeUrls(false));

    /** Typographic characters back to what a writer types. */
    private static String folded(String text) {
        return text.replace('\u2018', '\'').replace('\u2019', '\'').replace('\u201c', '"').replace('\u201d', '"')
                .replace("\u2014", "---").replace("\u2013", "--").replace("\u2026", "...").replace("\u00ab", "<<")
                .replace("\u00bb", ">>");
    }

    /**
     * Whitespace runs as one space, none at the ends (text that needs no typography is returned
     * untouched, other text as Markdown reads it: whitespace does not matter in a page's HTML);
     * ". . ." as Flexmark reads it.
     */
    private static String asWritten(String text) {
        return text.replaceAll("\\s+", " ").strip().replace(". . .", "...");
    }

    @Property(tries = 3000, seed = PropertySeed.VALUE)
    void anyText_keepsEveryCharacter_butTheTypographicOnes(@ForAll("texts") String text) {
        assertThat(asWritten(folded(MARKDOWN.typographic(text)))).isEqualTo(asWritten(text));
    }

    /** Prose (no markup) as a title, and as a body's first paragraph: the same text. */
    @Property(tries = 1000, seed = PropertySeed.VALUE)
    void prose_readsAsTheBodysFirstParagraph(@ForAll("prose") String text) {
        RenderedBody body = MARKDOWN.render(text, new BodySource("x.md", "x.md", 1, "/x/"),
                new LinkTargets(java.util.Map.of(), java.util.Set.of()), new Diagnostics());
        assertThat(asWritten(MARKDOWN.typographic(text))).isEqualTo(body.firstParagraph());
    }

    @Example
    void examples() {
        assertThat(MARKDOWN.typographic("China's \"lethal\" aid -- and more...")).isEqualTo(
                "China\u2019s \u201clethal\u201d aid \u2013 and more\u2026");
        assertThat(MARKDOWN.typographic("- 1. *not* a list, [no](link) <b>tag</b> &amp; 'q'"))
                .isEqualTo("- 1. *not* a list, [no](link) <b>tag</b> &amp; \u2018q\u2019");
        String plain = "No quotes here";
        assertThat(MARKDOWN.typographic(plain)).isSameAs(plain);
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars("ab1 .-'\"<>*_`[]()!#&;\\/|~=+:\n\t\u00e9").ofMaxLength(24);
    }

    @Provide
    Arbitrary<String> prose() {
        return Arbitraries.strings().withChars("abcXY .,-'\"?").ofMinLength(1).ofMaxLength(30)
                .filter(t -> !t.isBlank() && !t.strip().startsWith("-"));
    }
}
