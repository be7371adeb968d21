package org.sitegen.markdown;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Safelist;

/**
 * Cleans rendered HTML to an allow-list (jsoup): the elements and attributes Markdown itself
 * produces plus common harmless inline HTML; no script, style, iframe, form or event handler,
 * and links only to http(s), mailto, relative paths and fragments. The only jsoup import.
 * Static, so jsoup (some 80 classes) is loaded at the first body with raw HTML, not every build.
 */
final class HtmlSanitizer {
    // A base URI lets jsoup judge relative links; preserveRelativeLinks keeps them relative.
    private static final String BASE = "https://site-gen.invalid/";
    private static final Safelist SAFELIST = Safelist.relaxed()
            .addTags("abbr", "del", "s", "hr", "mark", "figure", "figcaption", "details", "summary", "kbd", "samp",
                    "var", "time", "ins", "section", "aside", "nav")
            .addAttributes(":all", "id", "class", "title", "lang", "dir")
            .addAttributes("a", "aria-hidden", "tabindex") // heading anchors
            .addAttributes("th", "align").addAttributes("td", "align")
            .addAttributes("time", "datetime")
            .addAttributes("ol", "start", "type")
            .addProtocols("a", "href", "http", "https", "mailto", "#")
            .addProtocols("img", "src", "http", "https")
            .preserveRelativeLinks(true);
    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings()
            .prettyPrint(false).charset("UTF-8").escapeMode(Entities.EscapeMode.base);

    private HtmlSanitizer() {
    }

    static String clean(String html) {
        return Jsoup.clean(html, BASE, SAFELIST, OUTPUT);
    }
}
