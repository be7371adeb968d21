package org.sitegen.markdown;

import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import org.sitegen.diag.Diagnostics;
import org.sitegen.url.RelativeUrls;

/**
 * Markdown bodies to HTML and the text facts pages need (summary, words, headings), with the
 * Flexmark configuration of {@link FlexmarkSetup}. Bodies of the usual kinds are rendered by
 * {@link DirectHtmlRenderer}, the rest by Flexmark's HtmlRenderer, with the same HTML. Parser and
 * renderers are immutable and shared by all threads.
 */
public final class MarkdownRenderer {
    private final Parser parser;
    private final HtmlRenderer renderer;
    private final DirectHtmlRenderer directRenderer;
    private final RelativeUrls urls;
    private final RawHtml rawHtml;

    public MarkdownRenderer(RelativeUrls urls) {
        this(urls, RawHtml.SANITIZE);
    }

    public MarkdownRenderer(RelativeUrls urls, RawHtml rawHtml) {
        this.urls = urls;
        this.rawHtml = rawHtml;
        MutableDataSet options = FlexmarkSetup.options(rawHtml);
        this.parser = FlexmarkSetup.parser(options);
        this.renderer = FlexmarkSetup.htmlRenderer(options);
        this.directRenderer = new DirectHtmlRenderer(options);
    }

    /**
     * Renders one body. Relative links to other content files are rewritten to the URLs they
     * are published at; links to files that do not exist are reported with their line. A body
     * over one of the {@link BodyLimits} is reported and not parsed.
     *
     * @param body      the Markdown
     * @param document  where the body comes from and where it is published
     * @param targets   every page and file a link may point to
     */
    public RenderedBody render(String body, BodySource document, LinkTargets targets, Diagnostics diagnostics) {
        char[] chars = body.toCharArray();
        if (!BodyLimits.check(chars, document, diagnostics)) {
            return new RenderedBody("", "", 0, List.of(), "", List.of()); // reported: the build fails
        }
        Document ast = FlexmarkSetup.parse(parser, chars);
        BodyPositions positions = new BodyPositions(document, ast.getChars());
        LinkRewriter links = new LinkRewriter(document, positions, targets, urls, diagnostics, rawHtml != RawHtml.TRUST);
        links.rewrite(ast);
        SourceChars source = new SourceChars(ast);
        String html;
        try {
            html = directRenderer.render(ast, source); // it renders no raw HTML, so nothing to sanitize
        } catch (DirectHtmlRenderer.Unsupported e) {
            // only bodies with raw HTML pay for jsoup's parses
            boolean sanitize = rawHtml == RawHtml.SANITIZE && hasRawHtml(ast);
            if (sanitize) {
                RawHtmlGuard.check(ast, positions, diagnostics);
            }
            html = renderer.render(ast);
            if (sanitize) {
                html = HtmlSanitizer.clean(html);
            }
        }
        PlainText.Counted text = PlainText.ascii(ast, source);
        return new RenderedBody(html, firstParagraph(ast, source), text.words(), headings(ast, source), text.text(),
                links.fragmentLinks());
    }

    /** Headings with the ids the renderer gave them (it stores them on the nodes while rendering). */
    private static List<Heading> headings(Document ast, SourceChars source) {
        List<Heading> headings = new java.util.ArrayList<>();
        addHeadings(ast, source, headings);
        return List.copyOf(headings);
    }

    /** Headings are blocks, in blocks: the inline nodes that make up most of a tree need no visit. */
    private static void addHeadings(Node parent, SourceChars source, List<Heading> headings) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof com.vladsch.flexmark.ast.Heading h) {
                if (h.getAnchorRefId() != null && !h.getAnchorRefId().isEmpty()) {
                    headings.add(new Heading(h.getLevel(), h.getAnchorRefId(), PlainText.of(h, source)));
                }
            } else if (node instanceof Block && !(node instanceof Paragraph)) {
                addHeadings(node, source, headings);
            }
        }
    }

    private static boolean hasRawHtml(Node node) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof HtmlBlockBase || child instanceof HtmlInlineBase || hasRawHtml(child)) {
                return true;
            }
        }
        return false;
    }

    private static String firstParagraph(Document ast, SourceChars source) {
        for (Node child = ast.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Paragraph) {
                return PlainText.of(child, source);
            }
        }
        return "";
    }
}
