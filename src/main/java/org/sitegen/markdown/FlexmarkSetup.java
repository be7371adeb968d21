package org.sitegen.markdown;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.CharSubSequence;
import java.util.List;
import org.sitegen.config.RawHtml;
import org.sitegen.markdown.fast.FastMarkdown;

/**
 * The one Flexmark configuration: CommonMark with GFM tables, strikethrough, autolinks,
 * footnotes, typographic quotes, heading ids and site-gen's embeds ({@link EmbedExtension}); with
 * {@code fast} (the default) through the speed-only twins of {@link FastMarkdown}, else through
 * Flexmark's own parts alone. In a class of its own so that tests compare the fast direct
 * renderer with exactly the HtmlRenderer {@link MarkdownRenderer} falls back to.
 */
final class FlexmarkSetup {
    private FlexmarkSetup() {
    }

    /** Levels added to every body heading when rendered ({@link MarkdownRenderer}), capped at h6. */
    static final com.vladsch.flexmark.util.data.DataKey<Integer> HEADING_SHIFT =
            new com.vladsch.flexmark.util.data.DataKey<>("SITE_GEN_HEADING_SHIFT", 0);

    static MutableDataSet options(RawHtml rawHtml) {
        return options(rawHtml, 0, true);
    }

    /**
     * @param headingShift levels added to every heading's level (a body's "#" an h2 with 1), capped at 6
     * @param fast         Flexmark's tables and autolinks through {@link FastMarkdown}'s twins
     */
    static MutableDataSet options(RawHtml rawHtml, int headingShift, boolean fast) {
        MutableDataSet options = new MutableDataSet();
        options.set(HEADING_SHIFT, headingShift);
        // the hostless-link rule runs on what the autolinker found: the fast one calls it on each
        // node it linked in, after Flexmark's own it looks at every node
        options.set(Parser.EXTENSIONS, fast
                ? List.of(FastMarkdown.tables(), StrikethroughExtension.create(),
                        FastMarkdown.autolinks(HostlessLinks::keepAsText), FootnoteExtension.create(),
                        TypographicExtension.create(), EmbedExtension.create())
                : List.of(TablesExtension.create(), StrikethroughExtension.create(), AutolinkExtension.create(),
                        new HostlessLinks(), FootnoteExtension.create(), TypographicExtension.create(),
                        EmbedExtension.create()));
        // GitHub's table rules: no column spans, ragged rows padded or cut to the header.
        options.set(TablesExtension.COLUMN_SPANS, false);
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
        // Typographic quotes and dashes stay entities (&ldquo;): the HTML of an English body is then
        // ASCII, which Java stores in one byte a character instead of two: the rendered bodies,
        // held until their pages are written, take half the memory.
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        options.set(HtmlRenderer.ESCAPE_HTML, rawHtml == RawHtml.ESCAPE);
        return options;
    }

    static Parser parser(DataHolder options) {
        return parser(options, true);
    }

    /** @param fast the inline parser and core block parsers through {@link FastMarkdown}'s twins */
    static Parser parser(DataHolder options, boolean fast) {
        return fast ? FastMarkdown.parser(options) : Parser.builder(options).build();
    }

    /**
     * Parses {@code markdown} held in a char array rather than the String: Flexmark reads its
     * input one {@code charAt} at a time, and a String's charAt is a chain of calls under the
     * quick JIT large archives use when the text is UTF-16 (any curly quote makes it so), where
     * an array read is one instruction (docs/performance.md, finding 12).
     */
    @SuppressWarnings("deprecation") // CharSubSequence.of over an array: the fast read this is for (see above)
    static Document parse(Parser parser, String markdown) {
        return parse(parser, markdown.toCharArray());
    }

    /** {@link #parse(Parser, String)} of a body's characters, which Flexmark keeps: not to be changed after. */
    static Document parse(Parser parser, char[] chars) {
        return parser.parse(CharSubSequence.of(chars, 0, chars.length));
    }

    /** A heading's level as rendered: shifted by {@link #HEADING_SHIFT}, at most 6. */
    static int renderedLevel(int level, int shift) {
        return Math.min(6, level + shift);
    }

    static HtmlRenderer htmlRenderer(DataHolder options) {
        return HtmlRenderer.builder(options)
                .nodeRendererFactory(o -> new HeadingAnchorRenderer(HEADING_SHIFT.get(o))) // a "#" link on every heading
                .build();
    }
}
