package org.sitegen.markdown.fast;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.BulletListItem;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.OrderedListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.ParagraphItemContainer;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicQuotes;
import com.vladsch.flexmark.ext.typographic.TypographicSmarts;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.renderer.HeaderIdGenerator;
import com.vladsch.flexmark.parser.ListOptions;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NonRenderingInline;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import org.sitegen.url.UrlSchemes;

/**
 * Renders the Markdown that briefings are made of (paragraphs, headings, lists, quotes,
 * emphasis, links, tables, typographic quotes, entities) straight into a char array, with exactly the
 * HTML of markdown's Flexmark HtmlRenderer. Flexmark's renderer goes through
 * handler maps, attribute providers and a line-formatting appendable for every node, which made
 * rendering cost as much as parsing (docs/performance.md, finding 8). Any other node (raw HTML, code, images, footnotes, references...) or
 * layout corner makes this renderer give up with {@link Unsupported}; the caller then lets
 * Flexmark render the body, so output never depends on which renderer ran.
 */
public final class DirectHtmlRenderer {

    /** This body needs Flexmark's renderer. Thrown without a stack trace: it is a normal outcome. */
    public static final class Unsupported extends RuntimeException {
        static final Unsupported INSTANCE = new Unsupported();

        private Unsupported() {
            super(null, null, false, false);
        }
    }

    private final DataHolder options;
    private final ListOptions listOptions;
    private final String softBreak;
    private final String hardBreak;

    /** How headings are written: markdown's heading renderer decides, this renderer follows. */
    public interface Headings {
        /** The level a heading written with {@code level} '#'s is rendered at. */
        int renderedLevel(int level);

        /** What follows a heading's text, for the heading with {@code id}. */
        String anchor(String id);
    }

    private final Headings headings;

    public DirectHtmlRenderer(DataHolder options, Headings headings) {
        if (!TablesExtension.CLASS_NAME.get(options).isEmpty() || TablesExtension.COLUMN_SPANS.get(options)
                || !HtmlRenderer.RENDER_HEADER_ID.get(options) || !HtmlRenderer.UNESCAPE_HTML_ENTITIES.get(options)) {
            throw new IllegalArgumentException("options this renderer does not reproduce");
        }
        this.options = options;
        this.listOptions = ListOptions.get(options);
        this.softBreak = HtmlRenderer.SOFT_BREAK.get(options);
        this.hardBreak = HtmlRenderer.HARD_BREAK.get(options);
        this.headings = headings;
    }

    /**
     * The HTML of {@code document}, and heading ids stored on its headings as Flexmark's renderer does.
     *
     * @throws Unsupported when the body holds something only Flexmark's renderer renders
     */
    public String render(Document document, SourceChars source) {
        return render(document, source, (chars, length) -> new String(chars, 0, length));
    }

    /**
     * {@link #render(Document, SourceChars)}, the HTML handed to {@code output} as the chars it
     * was written in, for a caller that keeps it in another form than a string.
     */
    public <T> T render(Document document, SourceChars source, Output<T> output) {
        new HeaderIdGenerator(options).generateIds(document);
        HtmlLines html = new HtmlLines(document.getTextLength() + document.getTextLength() / 4 + 16, source);
        renderChildren(document, html);
        return html.result(output);
    }

    /** What a body's HTML is made into, from the renderer's chars. */
    @FunctionalInterface
    public interface Output<T> {
        /** @param chars the HTML is its first {@code length} chars, good only during this call */
        T of(char[] chars, int length);
    }

    private void renderChildren(Node parent, HtmlLines html) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            render(child, html);
        }
    }

    /** Exact classes, most frequent first: a subclass may have a renderer of its own in Flexmark. */
    private void render(Node node, HtmlLines html) {
        Class<?> type = node.getClass();
        if (type == Text.class) {
            html.markdownText(node.getChars());
        } else if (type == Paragraph.class) {
            paragraph((Paragraph) node, html);
        } else if (type == TypographicSmarts.class) {
            html.raw(((TypographicSmarts) node).getTypographicText());
        } else if (type == SoftLineBreak.class) {
            html.raw(softBreak);
        } else if (type == Heading.class) {
            heading((Heading) node, html);
        } else if (type == BulletListItem.class || type == OrderedListItem.class) {
            listItem((ListItem) node, html);
        } else if (type == Link.class) {
            link((Link) node, html);
        } else if (type == Emphasis.class) {
            inline("em", node, html);
        } else if (type == StrongEmphasis.class) {
            inline("strong", node, html);
        } else if (type == TypographicQuotes.class) {
            quotes((TypographicQuotes) node, html);
        } else if (type == BulletList.class) {
            indentedBlock("<ul>", "</ul>", node, html);
        } else if (type == OrderedList.class) {
            orderedList((OrderedList) node, html);
        } else if (type == BlockQuote.class) {
            indentedBlock("<blockquote>", "</blockquote>", node, html);
        } else if (type == HardLineBreak.class) {
            html.raw(hardBreak);
        } else if (type == HtmlEntity.class) {
            html.text(node.getChars().unescape());
        } else if (type == TableCell.class) {
            tableCell((TableCell) node, html);
        } else if (type == TableRow.class) {
            lineBlock("<tr>", "</tr>", node, html);
        } else if (type == TableHead.class) {
            lineBlock("<thead>", "</thead>", node, html);
        } else if (type == TableBody.class) {
            lineBlock("<tbody>", "</tbody>", node, html);
        } else if (type == TableBlock.class) {
            indentedBlock("<table>", "</table>", node, html);
        } else if (type != TableSeparator.class) {
            throw Unsupported.INSTANCE;
        }
    }

    private void paragraph(Paragraph node, HtmlLines html) {
        if (node.getFirstChildAnyNot(NonRenderingInline.class) == null) {
            return;
        }
        if (node.getParent() instanceof ParagraphItemContainer container
                && container.isParagraphWrappingDisabled(node, listOptions, options)) {
            renderChildren(node, html);
        } else {
            lineBlock("<p>", "</p>", node, html);
        }
    }

    /** What markdown's heading renderer writes (see {@link Headings}). */
    private void heading(Heading node, HtmlLines html) {
        String id = node.getAnchorRefId();
        if (id == null || id.isEmpty()) {
            throw Unsupported.INSTANCE; // Flexmark writes such headings without the "#" link
        }
        int level = headings.renderedLevel(node.getLevel());
        html.line();
        html.raw("<h" + level + " id=\"");
        html.raw(attribute(id));
        html.raw("\">");
        renderChildren(node, html);
        html.raw(headings.anchor(id));
        html.raw("</h" + level + ">");
        html.line();
    }

    private void listItem(ListItem node, HtmlLines html) {
        if (!node.getMarkerSuffix().isEmpty()) {
            throw Unsupported.INSTANCE;
        }
        lineBlock("<li>", "</li>", node, html);
    }

    private void orderedList(OrderedList node, HtmlLines html) {
        int start = node.getStartNumber();
        String open = listOptions.isOrderedListManualStart() && start != 1 ? "<ol start=\"" + start + "\">" : "<ol>";
        indentedBlock(open, "</ol>", node, html);
    }

    private void link(Link node, HtmlLines html) {
        BasedSequence url = node.getUrl();
        // Flexmark's renderer leaves out the <a> of a URL starting "javascript:" (its SUPPRESSED_LINKS);
        // such URLs reach here only with rawHtml=trust, and any script URL goes to Flexmark's renderer.
        if (url.isEmpty() || UrlSchemes.isScript(url) || node.getTitle().isNotNull()) {
            throw Unsupported.INSTANCE; // empty href, Flexmark's suppressed links, title attributes
        }
        html.raw("<a href=\"");
        html.raw(attribute(HtmlLines.unescaped(url)));
        html.raw("\">");
        renderChildren(node, html);
        html.raw("</a>");
    }

    private void quotes(TypographicQuotes node, HtmlLines html) {
        if (node.getTypographicOpening() != null) {
            html.raw(node.getTypographicOpening());
        }
        renderChildren(node, html);
        if (node.getTypographicClosing() != null) {
            html.raw(node.getTypographicClosing());
        }
    }

    private void tableCell(TableCell node, HtmlLines html) {
        String tag = node.isHeader() ? "th" : "td";
        html.raw("<" + tag);
        if (node.getAlignment() != null) {
            html.raw(" align=\"" + node.getAlignment().name().toLowerCase(java.util.Locale.ROOT) + "\"");
        }
        html.raw(">");
        renderChildren(node, html);
        html.raw("</" + tag + ">");
    }

    private void inline(String tag, Node node, HtmlLines html) {
        html.raw("<" + tag + ">");
        renderChildren(node, html);
        html.raw("</" + tag + ">");
    }

    /** Flexmark's {@code tagLine}: the element starts and ends a line, its content stays on the tag's line. */
    private void lineBlock(String open, String close, Node node, HtmlLines html) {
        html.line();
        html.raw(open);
        renderChildren(node, html);
        html.raw(close);
        html.line();
    }

    /** Flexmark's {@code tagIndent}: the tags on lines of their own (indentation is zero). */
    private void indentedBlock(String open, String close, Node node, HtmlLines html) {
        html.line();
        html.raw(open);
        html.line();
        renderChildren(node, html);
        html.line();
        html.raw(close);
        html.line();
    }

    /** Flexmark's {@code Escaping.escapeHtml(value, true)}, which leaves values without [&<>"] as they are. */
    private static CharSequence attribute(CharSequence value) {
        for (int i = 0, n = value.length(); i < n; i++) {
            char c = value.charAt(i);
            if (c == '&' || c == '<' || c == '>' || c == '"') {
                return Escaping.escapeHtml(value, true);
            }
        }
        return value;
    }
}
