package org.sitegen.feed;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitegen.url.UrlSchemes;

/**
 * Makes a rendered body's relative links absolute for feeds: pages use relative links (so the
 * site works from file://), but a feed reader shows the body away from the page, where
 * "../../x/index.html" or "map.png" would resolve against the feed's URL, or nothing. Works on
 * the renderer's own output, whose attributes are always double-quoted; text inside the body
 * cannot match because the renderer escapes its quotes. A link to a page's {@code index.html}
 * (what relative links end in, for file://) becomes the page's URL ending in '/', the one form
 * feeds use for a page (its entry's link and id).
 */
public final class AbsoluteLinks {
    private static final Pattern ATTRIBUTE = Pattern.compile("\\b(href|src)=\"([^\"]*)\"");

    private AbsoluteLinks() {
    }

    /** {@code html} with every relative href/src resolved against {@code pageUrl} (absolute, ending in '/'). */
    public static String resolve(String html, String pageUrl) {
        URI base = URI.create(pageUrl);
        Matcher m = ATTRIBUTE.matcher(html);
        StringBuilder out = new StringBuilder(html.length() + 256);
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + "=\"" + absolute(base, m.group(2)) + "\""));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** ".../y/index.html#what" as ".../y/#what": a page by its folder URL, as its feed entry names it. */
    private static String folderForm(String url) {
        int end = url.length();
        for (char c : new char[] {'?', '#'}) {
            int at = url.indexOf(c);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        String index = "/index.html";
        return url.startsWith(index, end - index.length())
                ? url.substring(0, end - index.length() + 1) + url.substring(end) : url;
    }

    private static String absolute(URI base, String value) {
        if (value.isEmpty() || UrlSchemes.isAbsolute(value)) {
            return value;
        }
        try {
            // the value is HTML-escaped ("&amp;"); URI syntax never needs '&' unescaped to resolve
            String resolved = base.resolve(new URI(value.replace("&amp;", "&"))).toString();
            return folderForm(resolved).replace("&", "&amp;");
        } catch (URISyntaxException | IllegalArgumentException e) {
            return value; // not a URI we understand: leave it as the author wrote it
        }
    }
}
