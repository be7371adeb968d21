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
import org.sitegen.config.RawHtml;
import org.sitegen.diag.Diagnostics;
import org.sitegen.markdown.fast.DirectHtmlRenderer;
import org.sitegen.markdown.fast.SourceChars;
import org.sitegen.store.StoredText;
import org.sitegen.url.RelativeUrls;

/**
 * Markdown bodies to HTML and the text facts pages need (summary, words, headings), with the
 * Flexmark configuration of {@link FlexmarkSetup}. With the speed-only code on (the default; see
 * {@link org.sitegen.markdown.fast.FastMarkdown}), bodies of the usual kinds are rendered by
 * {@link DirectHtmlRenderer}, the rest by Flexmark's HtmlRenderer, with the same HTML; with it off,
 * every body is parsed and rendered by Flexmark's own parts. Parser and renderers are immutable
 * and shared by all threads.
 */
public final class MarkdownRenderer {
    private final Parser parser;
    /**
     * For {@link #typographic}: the typographic extension of bodies and nothing else (its text
     * has no markup left): a parse with every extension would do far more work for the same text.
     */
    private static final Parser TYPOGRAPHIC_ONLY = Parser.builder(new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(com.vladsch.flexmark.ext.typographic.TypographicExtension.create())))
            .build();
    private final HtmlRenderer renderer;
    private final DirectHtmlRenderer directRenderer;
    private final RelativeUrls urls;
    private final RawHtml rawHtml;
    private final EmbedRenderer embeds;
    private final int headingShift;

    public MarkdownRenderer(RelativeUrls urls) {
        this(urls, RawHtml.SANITIZE);
    }

    public MarkdownRenderer(RelativeUrls urls, RawHtml rawHtml) {
        this(urls, rawHtml, EmbedRenderer.NONE);
    }

    /** @param embeds renders the embeds of bodies ({@code ::: figure ...}): the theme's templates */
    public MarkdownRenderer(RelativeUrls urls, RawHtml rawHtml, EmbedRenderer embeds) {
        this(urls, rawHtml, embeds, 0);
    }

    /** @param headingShift levels added to every body heading (the headingShift setting), capped at h6 */
    public MarkdownRenderer(RelativeUrls urls, RawHtml rawHtml, EmbedRenderer embeds, int headingShift) {
        this(urls, rawHtml, embeds, headingShift, true);
    }

    /** @param fast with the speed-only code (the fastMarkdown build option); the HTML is the same either way */
    public MarkdownRenderer(RelativeUrls urls, RawHtml rawHtml, EmbedRenderer embeds, int headingShift, boolean fast) {
        this.urls = urls;
        this.rawHtml = rawHtml;
        this.embeds = embeds;
        this.headingShift = headingShift;
        MutableDataSet options = FlexmarkSetup.options(rawHtml, headingShift, fast);
        this.parser = FlexmarkSetup.parser(options, fast);
        this.renderer = FlexmarkSetup.htmlRenderer(options);
        this.directRenderer = fast ? new DirectHtmlRenderer(options, HeadingAnchorRenderer.headings(headingShift))
                : null;
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
            return new RenderedBody("", "", 0, List.of(), "", List.of(), false); // reported: the build fails
        }
        Document ast = directRenderer != null ? FlexmarkSetup.parse(parser, chars) : parser.parse(body);
        BodyPositions positions = new BodyPositions(document, ast.getChars());
        // only bodies with an embed pay for them: the parser marks those
        boolean hasEmbeds = EmbedExtension.PRESENT.get(ast);
        java.util.Set<EmbedBlock> renderable = hasEmbeds ? checkEmbeds(chars, ast, positions, diagnostics) : null;
        LinkRewriter links = new LinkRewriter(document, positions, targets, urls, diagnostics, rawHtml != RawHtml.TRUST);
        links.rewrite(ast);
        SourceChars source = new SourceChars(ast);
        // embeds are Flexmark's renderer's (through EmbedExtension), never the direct one's
        Html direct = hasEmbeds || directRenderer == null ? null : direct(ast, source); // it renders no raw HTML, so nothing to sanitize
        if (direct != null) {
            PlainText.Counted text = PlainText.ascii(ast, source);
            return new RenderedBody(direct.markup(), direct.lead(), firstParagraph(ast, source), text.words(),
                    headings(ast, source, positions, diagnostics), text.text(), links.fragmentLinks(), false, null);
        }
        // only bodies with raw HTML pay for jsoup's parses
        boolean sanitize = rawHtml == RawHtml.SANITIZE && hasRawHtml(ast);
        if (sanitize) {
            RawHtmlGuard.check(ast, positions, diagnostics);
        }
        java.util.List<EmbedBlock> written = new java.util.ArrayList<>();
        if (hasEmbeds) {
            ast.set(EmbedExtension.WRITTEN, written);
        }
        String html = renderer.render(ast);
        if (sanitize) {
            html = HtmlSanitizer.clean(html);
        }
        if (hasEmbeds) {
            html = expandEmbeds(html, written, renderable, document, positions, diagnostics);
        }
        PlainText.Counted text = PlainText.ascii(ast, source);
        return new RenderedBody(StoredText.compact(html), LeadParagraph.opening(html), firstParagraph(ast, source),
                text.words(), headings(ast, source, positions, diagnostics), text.text(), links.fragmentLinks(),
                hasEmbeds, null);
    }

    private Html direct(Document ast, SourceChars source) {
        try {
            return directRenderer.render(ast, source, Html::of);
        } catch (DirectHtmlRenderer.Unsupported e) {
            return null;
        }
    }

    /** The direct renderer's HTML as a {@link RenderedBody} keeps it, made from its chars without a string of it all. */
    private record Html(StoredText markup, String lead) {
        static Html of(char[] chars, int length) {
            return new Html(StoredText.compact(chars, 0, length), LeadParagraph.opening(chars, length));
        }
    }

    /**
     * Checks every embed of a body that has some ({@link Embeds#check}); returns those that can
     * be rendered. The characters that mark embeds in the rendered HTML ({@link EmbedOutput}) may
     * not stand in such a body.
     */
    private static java.util.Set<EmbedBlock> checkEmbeds(char[] chars, Document ast, BodyPositions positions,
                                                         Diagnostics diagnostics) {
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] == EmbedOutput.OPEN || chars[i] == EmbedOutput.END || chars[i] == EmbedOutput.CLOSE) {
                diagnostics.error(positions.at(i), String.format(java.util.Locale.ROOT, "U+%04X is a private-use "
                        + "character site-gen reserves in bodies with embeds; remove it", (int) chars[i]));
                return java.util.Set.of();
            }
        }
        java.util.Set<EmbedBlock> renderable = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (EmbedBlock embed : Embeds.all(ast)) {
            if (Embeds.check(embed, positions, diagnostics)) {
                renderable.add(embed);
            }
        }
        return renderable;
    }

    /**
     * Each embed's HTML from its template, in place of its markers; an embed with errors (the
     * build fails on them) keeps its content, so that no text of the body is lost in check.
     */
    private String expandEmbeds(String html, java.util.List<EmbedBlock> written, java.util.Set<EmbedBlock> renderable,
                                BodySource document, BodyPositions positions, Diagnostics diagnostics) {
        return EmbedOutput.expand(html, (index, content) -> {
            EmbedBlock block = written.get(index);
            if (!renderable.contains(block)) {
                return content;
            }
            java.util.Map<String, String> attributes = new java.util.LinkedHashMap<>();
            block.attributes().forEach((name, attribute) -> attributes.put(name, attribute.value()));
            EmbedRenderer.Embed embed = new EmbedRenderer.Embed(block.name(), java.util.Collections.unmodifiableMap(attributes),
                    content, document.sitePath(), block.name().equals("video") ? Embeds.video(attributes) : null,
                    positions.at(block.nameOffset()));
            try {
                return embeds.render(embed);
            } catch (EmbedRenderer.Failure failure) {
                diagnostics.error(failure.at(), failure.getMessage() + " (rendering the " + block.name() + " embed at "
                        + embed.at() + ")");
                return "";
            }
        });
    }

    /**
     * A line of plain text (a title, a summary from front matter) with the typographic treatment
     * bodies get: curly quotes and apostrophes, dashes for {@code --} and {@code ---}, an
     * ellipsis for {@code ...}, guillemets for {@code <<} and {@code >>}; by the same Flexmark
     * extension, so a title reads like its body. Nothing else of Markdown applies: every other
     * character that Markdown would read as markup is escaped first, so the text comes back as
     * written (runs of whitespace as one space). Text with none of those characters is returned
     * as it is, without parsing.
     */
    public String typographic(String text) {
        if (!mayChange(text)) {
            return text;
        }
        String apostrophes = apostrophesOnly(text);
        return apostrophes != null ? apostrophes : typographicByParse(text);
    }

    /** {@link #typographic} by the typographic extension, for text it may change. */
    static String typographicByParse(String text) {
        Document ast = FlexmarkSetup.parse(TYPOGRAPHIC_ONLY, escapeMarkup(text));
        SourceChars source = new SourceChars(ast);
        StringBuilder out = new StringBuilder(text.length());
        for (Node child = ast.getFirstChild(); child != null; child = child.getNext()) {
            String block = PlainText.of(child, source);
            if (!block.isEmpty()) {
                out.append(out.isEmpty() ? "" : " ").append(block);
            }
        }
        return out.toString();
    }

    /**
     * The typeset text when the only thing the typographic extension would change in it is
     * apostrophes between two ASCII letters ("Afghanistan's"), each a right single quote; null
     * otherwise (then it is parsed). Only for one line of ASCII with single spaces between words,
     * which the parse gives back as written; TypographicQuickTest holds it to the parse.
     */
    static String apostrophesOnly(String text) {
        int n = text.length();
        if (n == 0 || text.charAt(0) == ' ' || text.charAt(n - 1) == ' ') {
            return null;
        }
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < ' ' || c > '~' || c == '"' || c == '<' || c == '>' || c == '-' && i + 1 < n && text.charAt(i + 1) == '-'
                    || c == ' ' && text.charAt(i + 1) == ' ' || c == '.' && i + 2 < n && text.charAt(i + 2) == '.') {
                return null; // ". ." and "..." both have a '.' two chars on
            }
            if (c == '\'' && (i == 0 || i + 1 == n || !isAsciiLetter(text.charAt(i - 1))
                    || !isAsciiLetter(text.charAt(i + 1)))) {
                return null;
            }
        }
        return text.replace('\'', '\u2019');
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** Whether the typographic extension would change anything in {@code text}. */
    private static boolean mayChange(String text) {
        return text.indexOf('\'') >= 0 || text.indexOf('"') >= 0 || text.contains("--") || text.contains("...")
                || text.contains(". .") || text.contains("<<") || text.contains(">>");
    }

    /**
     * {@code text} with every ASCII punctuation character backslash-escaped except those the
     * typographic extension reads (quotes, '-', '.', and '<' or '>' doubled), and those escaped
     * too where they would start a block at the beginning of a line (a list item, a block quote);
     * and without indentation (a code block).
     */
    static String escapeMarkup(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        boolean lineStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (lineStart && (c == ' ' || c == '\t')) {
                continue; // indentation would make a code block; the line break already separates
            }
            boolean doubled = (c == '<' || c == '>') && (i + 1 < text.length() && text.charAt(i + 1) == c
                    || i > 0 && text.charAt(i - 1) == c);
            boolean typographic = c == '"' || c == '\'' || c == '-' || c == '.' || doubled;
            boolean blockStart = lineStart && (c == '>' || c == '-' && startsListOrRule(text, i));
            if (c < 128 && isAsciiPunctuation(c) && (!typographic || blockStart)) {
                out.append('\\');
            }
            out.append(c);
            if (c == '\n' || c == '\r') {
                lineStart = true;
            } else if (c != ' ' && c != '\t') {
                lineStart = false;
                // "1." or "1)" at the start of a line is a list item: its '.' is escaped too
                if (Character.isDigit(c)) {
                    int j = i + 1;
                    while (j < text.length() && Character.isDigit(text.charAt(j))) {
                        j++;
                    }
                    if (j < text.length() && text.charAt(j) == '.' && isLineStart(text, i)) {
                        out.append(text, i + 1, j).append('\\').append('.');
                        i = j;
                    }
                }
            }
        }
        return out.toString();
    }

    /** A '-' at the start of a line that begins a list item ("- x") or is a rule or underline ("---"). */
    private static boolean startsListOrRule(String text, int at) {
        if (at + 1 >= text.length() || text.charAt(at + 1) == ' ' || text.charAt(at + 1) == '\t'
                || text.charAt(at + 1) == '\n' || text.charAt(at + 1) == '\r') {
            return true;
        }
        for (int i = at; i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r'; i++) {
            char c = text.charAt(i);
            if (c != '-' && c != ' ' && c != '\t') {
                return false;
            }
        }
        return true;
    }

    private static boolean isLineStart(String text, int at) {
        for (int i = at - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                return true;
            }
            if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiPunctuation(char c) {
        return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~';
    }

    /**
     * Headings with the ids the renderer gave them (it stores them on the nodes while rendering)
     * and their levels as rendered; a heading that skips a level below the page's title (its h1)
     * or the heading before it is a warning at its line: the page's outline would have a gap.
     */
    private List<Heading> headings(Document ast, SourceChars source, BodyPositions positions, Diagnostics diagnostics) {
        List<Heading> headings = new java.util.ArrayList<>();
        addHeadings(ast, source, headings, new int[] {1}, positions, diagnostics);
        return List.copyOf(headings);
    }

    /**
     * Headings are blocks, in blocks: the inline nodes that make up most of a tree need no visit.
     *
     * @param previous the level of the heading before, 1 (the page's title) at first
     */
    private void addHeadings(Node parent, SourceChars source, List<Heading> headings, int[] previous,
                             BodyPositions positions, Diagnostics diagnostics) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof com.vladsch.flexmark.ast.Heading h) {
                int level = FlexmarkSetup.renderedLevel(h.getLevel(), headingShift);
                if (level > previous[0] + 1) {
                    warnOfSkippedLevel(h, level, previous[0], positions, diagnostics);
                }
                previous[0] = level;
                if (h.getAnchorRefId() != null && !h.getAnchorRefId().isEmpty()) {
                    headings.add(new Heading(level, h.getAnchorRefId(), PlainText.of(h, source)));
                }
            } else if (node instanceof Block && !(node instanceof Paragraph)) {
                addHeadings(node, source, headings, previous, positions, diagnostics);
            }
        }
    }

    private void warnOfSkippedLevel(com.vladsch.flexmark.ast.Heading heading, int level, int previous,
                                    BodyPositions positions, Diagnostics diagnostics) {
        int marks = previous + 1 - headingShift; // the '#'s that make the level wanted
        String after = previous == 1 ? "right under the page's title (<h1>)" : "after an <h" + previous + ">";
        String fix = marks >= 1 ? "make it '" + "#".repeat(marks) + "'" : "lower headingShift";
        diagnostics.warning(positions.at(heading.getStartOffset()), "heading level skipped: this heading is an <h"
                + level + "> " + after + ", so the page's outline has a gap; " + fix);
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
