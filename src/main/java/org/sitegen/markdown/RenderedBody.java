package org.sitegen.markdown;

import org.sitegen.store.StoredText;

/**
 * A Markdown body turned into HTML.
 *
 * @param markup         the HTML, on the heap in its compact form ({@link StoredText#compact}): the
 *                       direct renderer's chars are made UTF-8 once, never a string first
 * @param lead           the HTML's {@link LeadParagraph#opening}
 * @param firstParagraph the first paragraph as plain text, one line, "" if there is none
 * @param wordCount      words of text in the body
 * @param headings       every heading with an id, in document order
 * @param plainText      the reader-visible text, one line (for search; footnotes and raw HTML left out), kept
 *                       as the HTML is
 * @param fragmentLinks  its links to parts of pages, to check once every body is rendered
 * @param embeds         whether it has embeds ({@code ::: figure}), whose HTML the theme's templates
 *                       make: a body kept between builds is right only for the templates it was rendered with
 * @param reading        its text counted character by character, for a language read so; null when not counted
 */
public record RenderedBody(StoredText markup, String lead, String firstParagraph, int wordCount,
                           java.util.List<Heading> headings, StoredText plainText,
                           java.util.List<FragmentLink> fragmentLinks, boolean embeds, ReadingLength reading) {

    public RenderedBody {
        headings = java.util.List.copyOf(headings);
        fragmentLinks = java.util.List.copyOf(fragmentLinks);
    }

    /** A body whose text is not counted character by character, its HTML given as a string. */
    public RenderedBody(String html, String firstParagraph, int wordCount, java.util.List<Heading> headings,
                        String text, java.util.List<FragmentLink> fragmentLinks, boolean embeds) {
        this(StoredText.compact(html), LeadParagraph.opening(html), firstParagraph, wordCount, headings,
                StoredText.compact(text), fragmentLinks, embeds, null);
    }

    /** The HTML as a string (decoded when it is kept as UTF-8). */
    public String html() {
        return markup.load();
    }

    /** The text as a string (decoded when it is kept as UTF-8). */
    public String text() {
        return plainText.load();
    }

    /** This body with its text's {@code reading} length. */
    public RenderedBody counted(ReadingLength reading) {
        return new RenderedBody(markup, lead, firstParagraph, wordCount, headings, plainText, fragmentLinks, embeds,
                reading);
    }
}
