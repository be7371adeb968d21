package org.sitegen.markdown;

/**
 * A Markdown body turned into HTML.
 *
 * @param html           the HTML
 * @param firstParagraph the first paragraph as plain text, one line, "" if there is none
 * @param wordCount      words of text in the body
 * @param headings       every heading with an id, in document order
 * @param text           the reader-visible text, one line (for search; footnotes and raw HTML left out)
 */
public record RenderedBody(String html, String firstParagraph, int wordCount, java.util.List<Heading> headings,
                           String text) {

    public RenderedBody {
        headings = java.util.List.copyOf(headings);
    }
}
