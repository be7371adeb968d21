package org.sitegen.url;

import java.util.Locale;
import java.util.Set;

/**
 * The one scheme check of site-gen. Every URL a page or feed gets in an {@code href} or
 * {@code src} passes {@link #isScript} first: Markdown links, images, reference definitions,
 * angle-bracket and bare autolinks (in bodies, tables and footnotes), the attributes of raw HTML
 * (through the sanitiser) and the front matter's source links. A script URL
 * ({@code javascript:}, {@code vbscript:}, {@code livescript:}) runs when followed, and a
 * {@code data:} URL is a document or image of the writer's making on the site's origin, so all
 * four are refused; every other scheme ({@code http}, {@code mailto}, {@code tel}, {@code irc}...)
 * is published as written.
 *
 * <p>The URL is read as a browser reads it: case does not matter and whitespace and control
 * characters before the colon are skipped ({@code " Java\tScript:"} is {@code javascript:}).
 * Browsers skip only tabs and line breaks inside a scheme; skipping every control character
 * (as old browsers did) refuses more, never less. Entities are the caller's part: it passes the
 * URL decoded, as the browser will see it after reading the attribute ({@code &#106;avascript:}
 * in Markdown arrives here as {@code javascript:}).
 */
public final class UrlSchemes {
    private static final Set<String> SCRIPT = Set.of("javascript", "vbscript", "livescript", "data");

    private UrlSchemes() {
    }

    /** Whether a browser would run {@code url}, or show it as a document of its own (data:). */
    public static boolean isScript(CharSequence url) {
        String scheme = schemeOf(url);
        return scheme != null && SCRIPT.contains(scheme);
    }

    /** Whether {@code url} is a web address: its scheme is http or https. */
    public static boolean isWeb(CharSequence url) {
        String scheme = schemeOf(url);
        return "http".equals(scheme) || "https".equals(scheme);
    }

    /**
     * Whether {@code url} leads off the site by itself: it has a scheme, or starts with "//" (the
     * page's scheme, another host). Every other URL is a path on the site, resolved against a page.
     */
    public static boolean isAbsolute(CharSequence url) {
        return schemeOf(url) != null || url.toString().startsWith("//");
    }

    /**
     * The lower-case scheme of {@code url} as a browser reads it, or null when it has none (a
     * relative URL: the first character that is not skipped is not a letter, or a character
     * that cannot be in a scheme, such as '/', '?' or '#', comes before any ':').
     */
    public static String schemeOf(CharSequence url) {
        StringBuilder scheme = null;
        for (int i = 0, n = url.length(); i < n; i++) {
            char c = url.charAt(i);
            if (c <= ' ' || c == '\u007f') {
                continue;
            }
            if (c == ':') {
                return scheme == null ? null : scheme.toString().toLowerCase(Locale.ROOT);
            }
            boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            if (scheme == null) {
                if (!letter) {
                    return null;
                }
                scheme = new StringBuilder(12);
            } else if (!letter && !(c >= '0' && c <= '9') && c != '+' && c != '-' && c != '.') {
                return null;
            }
            scheme.append(c);
        }
        return null;
    }
}
