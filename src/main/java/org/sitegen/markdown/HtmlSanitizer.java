package org.sitegen.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.safety.Safelist;
import org.sitegen.url.UrlSchemes;

/**
 * Cleans rendered HTML to an allow-list (jsoup): the elements and attributes Markdown itself
 * produces plus common harmless inline HTML; no script, style, iframe, form, event handler or
 * style attribute, and no URL that {@link UrlSchemes#isScript} (the one scheme check: a raw
 * {@code <a href="tel:...">} keeps its link as a Markdown one does). Also says, for one piece of
 * raw HTML, what cleaning takes out of it and whether it would hide the text after it. The only
 * jsoup import. Static, so jsoup (some 80 classes) is loaded at the first body with raw HTML,
 * not every build.
 */
final class HtmlSanitizer {
    /** Attributes whose value a browser follows or loads, of those the allow-list keeps. */
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "cite");
    private static final Safelist SAFELIST = new Safelist() {
        @Override
        public boolean isSafeAttribute(String tagName, Element element, Attribute attribute) {
            return super.isSafeAttribute(tagName, element, attribute) && !isScriptUrl(attribute);
        }
    }
            // jsoup's relaxed() list, without its protocol lists: schemes are UrlSchemes' business
            .addTags("a", "b", "blockquote", "br", "caption", "cite", "code", "col", "colgroup", "dd", "div", "dl",
                    "dt", "em", "h1", "h2", "h3", "h4", "h5", "h6", "i", "img", "li", "ol", "p", "pre", "q", "small",
                    "span", "strike", "strong", "sub", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "tr",
                    "u", "ul")
            .addAttributes("a", "href", "title")
            .addAttributes("blockquote", "cite")
            .addAttributes("col", "span", "width")
            .addAttributes("colgroup", "span", "width")
            .addAttributes("img", "align", "alt", "height", "src", "title", "width")
            .addAttributes("q", "cite")
            .addAttributes("table", "summary", "width")
            .addAttributes("td", "abbr", "axis", "colspan", "rowspan", "width")
            .addAttributes("th", "abbr", "axis", "colspan", "rowspan", "scope", "width")
            .addAttributes("ul", "type")
            // and what Markdown and briefings add
            .addTags("abbr", "del", "s", "hr", "mark", "figure", "figcaption", "details", "summary", "kbd", "samp",
                    "var", "time", "ins", "section", "aside", "nav")
            .addAttributes(":all", "id", "class", "title", "lang", "dir")
            .addAttributes("a", "aria-hidden", "tabindex") // heading anchors
            .addAttributes("th", "align").addAttributes("td", "align")
            .addAttributes("time", "datetime")
            .addAttributes("ol", "start", "type");
    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings()
            .prettyPrint(false).charset("UTF-8").escapeMode(Entities.EscapeMode.base);
    /**
     * Written after a piece of raw HTML to see whether the piece swallows what follows it: an
     * unclosed {@code <style>}, {@code <xmp>}, {@code <title>}, {@code <textarea>},
     * {@code <plaintext>}, comment, quote or tag turns the rest of the body into its content.
     */
    /** Elements whose content is raw text to a browser's parser: it reads on to the end tag, or to the end. */
    private static final Set<String> RAW_TEXT = Set.of("script", "style", "xmp", "iframe", "noembed", "noframes",
            "noscript", "title", "textarea", "plaintext");
    private static final String CANARY = "site-gen-canary-3f9c";
    private static final String CANARY_HTML = "\n<p>" + CANARY + "</p>\n";

    private HtmlSanitizer() {
    }

    static String clean(String html) {
        return Jsoup.clean(readable(html), "", SAFELIST, OUTPUT);
    }

    /** jsoup's reader takes U+FFFF for the end of its input and drops the rest: a noncharacter, shown as U+FFFD. */
    private static String readable(String html) {
        return html.indexOf('\uffff') < 0 ? html : html.replace('\uffff', '\ufffd');
    }

    private static final String REMOVED = "raw HTML removed: ";

    /** What cleaning takes out of one piece of raw HTML: the {@code message} for char {@code offset} of the piece. */
    record Removal(int offset, String message) {
    }

    /** One piece of raw HTML as {@link #clean} sees it. */
    record Piece(List<Removal> removals, String hides) {
        /** Whether the piece would hide the text after it (then {@link #hides} says with what). */
        boolean hidesText() {
            return hides != null;
        }
    }

    /**
     * Reads one piece of raw HTML (a Markdown HTML block, or an inline tag or comment): what
     * {@link #clean} removes from it, and whether it would swallow the HTML that follows it.
     */
    static Piece read(String rawHtml) {
        Document shell = Document.createShell("");
        Element body = shell.body();
        body.appendChildren(Parser.htmlParser().setTrackPosition(true)
                .parseFragmentInput(readable(rawHtml) + CANARY_HTML, body, ""));
        List<Removal> removals = new ArrayList<>();
        for (Node node : body.childNodes()) {
            collectRemovals(node, rawHtml, removals);
        }
        String hider = canaryHider(body);
        return new Piece(removals, hider != null ? hider : unclosedRawText(body, rawHtml));
    }

    /**
     * An element whose content a browser reads as raw text (to its end tag, or to the end of the
     * page) that starts in the piece and does not end in it. The canary finds most; this rule is
     * for those where jsoup's parser stops earlier than a browser's ({@code <title>}, {@code <textarea>}).
     */
    private static String unclosedRawText(Element body, String rawHtml) {
        String lower = rawHtml.toLowerCase(java.util.Locale.ROOT);
        for (Element element : body.getAllElements()) {
            String name = element.normalName();
            if (RAW_TEXT.contains(name) && isFrom(element, rawHtml)
                    && lower.indexOf("</" + name, element.sourceRange().startPos()) < 0) {
                return "<" + name + ">";
            }
        }
        return null;
    }

    /** Depth first, as written: the elements, attributes and comments {@link #clean} leaves out. */
    private static void collectRemovals(Node node, String rawHtml, List<Removal> removals) {
        if (node instanceof Comment && isFrom(node, rawHtml)) {
            removals.add(new Removal(node.sourceRange().startPos(), REMOVED + "comment"));
        } else if (node instanceof Element element && isFrom(element, rawHtml)) {
            String name = element.normalName();
            if (!SAFELIST.isSafeTag(name)) {
                boolean content = element.dataNodes().stream().anyMatch(data -> !data.getWholeData().isBlank());
                removals.add(new Removal(element.sourceRange().startPos(),
                        REMOVED + "<" + name + (content ? "> element and its content" : "> tag")));
            } else {
                for (Attribute attribute : element.attributes()) {
                    int at = attribute.sourceRange().nameRange().startPos();
                    if (!SAFELIST.isSafeAttribute(name, element, attribute) && at < rawHtml.length()) {
                        removals.add(new Removal(at >= 0 ? at : element.sourceRange().startPos(),
                                isScriptUrl(attribute) ? LinkRewriter.UNSAFE_LINK + asWritten(attribute, rawHtml)
                                        : REMOVED + "'" + attribute.getKey() + "' attribute of <" + name + ">"));
                    }
                }
            }
        }
        for (Node child : node.childNodes()) {
            collectRemovals(child, rawHtml, removals);
        }
    }

    /** The attribute's value as the writer wrote it (entities and all), as Markdown links are quoted. */
    private static String asWritten(Attribute attribute, String rawHtml) {
        org.jsoup.nodes.Range value = attribute.sourceRange().valueRange();
        return value.isTracked() && value.endPos() <= rawHtml.length()
                ? rawHtml.substring(value.startPos(), value.endPos()) : attribute.getValue();
    }

    /**
     * Null when the canary stands after the piece as text of its own, else what swallowed it:
     * the element whose text or data it became, or an unclosed comment, quote or tag.
     */
    private static String canaryHider(Element body) {
        Node canary = findCanary(body);
        if (canary instanceof TextNode text && text.getWholeText().strip().equals(CANARY)) {
            return null;
        }
        if (canary instanceof TextNode || canary instanceof DataNode) {
            return "<" + parentName(canary) + ">";
        }
        if (canary instanceof Comment) {
            return "an unclosed comment";
        }
        return canary instanceof Element element ? "an unclosed <" + element.normalName() + "> tag" : "an unclosed tag or quote";
    }

    /** The first node whose text, data or attributes hold the canary, or null. */
    private static Node findCanary(Node node) {
        String own = node instanceof TextNode text ? text.getWholeText()
                : node instanceof DataNode data ? data.getWholeData()
                : node instanceof Comment comment ? comment.getData()
                : node instanceof Element element ? element.attributes().html() : "";
        if (own.contains(CANARY)) {
            return node;
        }
        for (Node child : node.childNodes()) {
            Node found = findCanary(child);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static String parentName(Node node) {
        return node.parent() instanceof Element parent ? parent.normalName() : "?";
    }

    /** Whether {@code node} starts in the piece itself (not in the canary), as written (not implied). */
    private static boolean isFrom(Node node, String rawHtml) {
        int start = node.sourceRange().startPos();
        return node.sourceRange().isTracked() && !node.sourceRange().isImplicit() && start >= 0
                && start < rawHtml.length();
    }

    private static boolean isScriptUrl(Attribute attribute) {
        return URL_ATTRIBUTES.contains(attribute.getKey()) && UrlSchemes.isScript(attribute.getValue());
    }
}
