package org.sitegen.markdown;

/**
 * A Markdown body turned into HTML.
 *
 * @param html           the HTML
 * @param firstParagraph the first paragraph as plain text, one line, "" if there is none
 * @param wordCount      words of text in the body
 * @param headings       every heading with an id, in document order
 * @param text           the reader-visible text, one line (for search; footnotes and raw HTML left out)
 * @param fragmentLinks  its links to parts of pages, to check once every body is rendered
 * @param embeds         whether it has embeds ({@code ::: figure}), whose HTML the theme's templates
 *                       make: a body kept between builds is right only for the templates it was rendered with
 * @param reading        its text counted character by character, for a language read so; null when not counted
 */
public record RenderedBody(String html, String firstParagraph, int wordCount, java.util.List<Heading> headings,
                           String text, java.util.List<FragmentLink> fragmentLinks, boolean embeds, ReadingLength reading) {

    public RenderedBody {
        headings = java.util.List.copyOf(headings);
        fragmentLinks = java.util.List.copyOf(fragmentLinks);
    }

    /** A body whose text is not counted character by character. */
    public RenderedBody(String html, String firstParagraph, int wordCount, java.util.List<Heading> headings,
                        String text, java.util.List<FragmentLink> fragmentLinks, boolean embeds) {
        this(html, firstParagraph, wordCount, headings, text, fragmentLinks, embeds, null);
    }

    /** This body with its text's {@code reading} length. */
    public RenderedBody counted(ReadingLength reading) {
        return new RenderedBody(html, firstParagraph, wordCount, headings, text, fragmentLinks, embeds, reading);
    }
}
