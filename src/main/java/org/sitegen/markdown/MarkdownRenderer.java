package org.sitegen.markdown;

import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import org.sitegen.diag.Diagnostics;
import org.sitegen.url.RelativeUrls;

/**
 * The one Flexmark configuration: CommonMark with GFM tables, strikethrough, autolinks,
 * footnotes, typographic quotes and heading ids. Parser and renderer are immutable and shared
 * by all threads.
 */
public final class MarkdownRenderer {
    private final Parser parser;
    private final HtmlRenderer renderer;
    private final RelativeUrls urls;
    private final RawHtml rawHtml;
    private final HtmlSanitizer sanitizer = new HtmlSanitizer();

    public MarkdownRenderer(RelativeUrls urls) {
        this(urls, RawHtml.SANITIZE);
    }

    public MarkdownRenderer(RelativeUrls urls, RawHtml rawHtml) {
        this.urls = urls;
        this.rawHtml = rawHtml;
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create(),
                QuickAutolinkExtension.create(), FootnoteExtension.create(), TypographicExtension.create()));
        // GitHub's table rules: no column spans, ragged rows padded or cut to the header.
        options.set(TablesExtension.COLUMN_SPANS, false);
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
        // Typographic quotes and dashes stay entities (&ldquo;): the HTML of an English body is then
        // ASCII, which Java stores in one byte a character instead of two (100,000 bodies: ~1 GB).
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        options.set(HtmlRenderer.ESCAPE_HTML, rawHtml == RawHtml.ESCAPE);
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options)
                .nodeRendererFactory(o -> new HeadingAnchorRenderer()) // a "#" link on every heading
                .build();
    }

    /**
     * Renders one body. Relative links to other content files are rewritten to the URLs they
     * are published at; links to files that do not exist are reported with their line.
     *
     * @param body      the Markdown
     * @param document  where the body comes from and where it is published
     * @param targets   every page and file a link may point to
     */
    public RenderedBody render(String body, BodySource document, LinkTargets targets, Diagnostics diagnostics) {
        Document ast = parser.parse(body);
        new LinkRewriter(document, targets, urls, diagnostics, rawHtml != RawHtml.TRUST).rewrite(ast);
        String html = renderer.render(ast);
        if (rawHtml == RawHtml.SANITIZE && hasRawHtml(ast)) {
            html = sanitizer.clean(html); // only bodies with raw HTML pay for a second parse
        }
        String text = PlainText.ascii(ast);
        return new RenderedBody(html, firstParagraph(ast), countWords(text), headings(ast), text);
    }

    /** Headings with the ids the renderer gave them (it stores them on the nodes while rendering). */
    private static List<Heading> headings(Document ast) {
        List<Heading> headings = new java.util.ArrayList<>();
        for (Node node : ast.getDescendants()) {
            if (node instanceof com.vladsch.flexmark.ast.Heading h && h.getAnchorRefId() != null
                    && !h.getAnchorRefId().isEmpty()) {
                headings.add(new Heading(h.getLevel(), h.getAnchorRefId(), PlainText.of(h)));
            }
        }
        return List.copyOf(headings);
    }

    private static boolean hasRawHtml(Node node) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof HtmlBlockBase || child instanceof HtmlInlineBase || hasRawHtml(child)) {
                return true;
            }
        }
        return false;
    }

    private static String firstParagraph(Document ast) {
        for (Node child = ast.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Paragraph) {
                return PlainText.of(child);
            }
        }
        return "";
    }

    /** Words as a reader counts them: runs of non-space ("it's", "well-known" and a URL are one each). */
    private static int countWords(String text) {
        return text.isEmpty() ? 0 : text.split(" ").length;
    }
}
