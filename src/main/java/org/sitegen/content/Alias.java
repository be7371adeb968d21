package org.sitegen.content;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitegen.diag.OneLine;
import org.sitegen.diag.SourcePosition;

/**
 * An old URL of a page ({@code aliases:} in front matter), published as a redirect page to it.
 *
 * @param path the site path, normalised: a folder ending in '/' ("/old/slug/": its index.html)
 *             or an HTML file ("/2015/03/17/old-post.html"), percent-escapes decoded
 * @param at   where it is written, for messages
 */
public record Alias(String path, SourcePosition at) {

    /** Why a written alias is not one; the message says what to write instead. */
    public static final class NotAnAlias extends Exception {
        NotAnAlias(String message) {
            super(message, null, false, false);
        }
    }

    /** Characters no file name may hold on Windows (the site may be copied there), besides controls. */
    private static final String RESERVED = "<>:\"|?*\\";

    /**
     * The alias {@code text} as a normalised site path: it must start with '/' and name no host
     * or scheme ("//host/x", "https://..."), no "." or ".." segment, no query or fragment; "//"
     * runs are one '/'; a last segment without a '.' is a folder ("/old/slug" is "/old/slug/",
     * as other generators write it), one ending in ".html" or ".htm" a file, anything else is
     * refused (a host would not serve it as a page).
     */
    public static String normalise(String text) throws NotAnAlias {
        String written = text.strip();
        if (written.isEmpty()) {
            throw new NotAnAlias("an alias is empty; write the old URL's path, e.g. /2015/03/17/old-post.html");
        }
        if (!written.startsWith("/")) {
            throw new NotAnAlias("alias \"" + OneLine.of(written) + "\" must be a path on this site starting with '/'"
                    + (written.contains("://") ? " (no scheme or host): write only the path" : ""));
        }
        if (written.startsWith("//")) {
            throw new NotAnAlias("alias \"" + OneLine.of(written) + "\" names a host ('//' at the start); write only "
                    + "the path on this site");
        }
        if (written.indexOf('?') >= 0 || written.indexOf('#') >= 0) {
            throw new NotAnAlias("alias \"" + OneLine.of(written) + "\" has a query or fragment; a redirect page has a "
                    + "path only");
        }
        String decoded = decode(written);
        List<String> segments = new ArrayList<>();
        for (String segment : decoded.split("/", -1)) {
            if (segment.isEmpty()) {
                continue; // "//" runs, and the leading and trailing '/'
            }
            if (segment.equals(".") || segment.equals("..")) {
                throw new NotAnAlias("alias \"" + OneLine.of(written) + "\" has a '" + segment + "' segment; write the "
                        + "path without it");
            }
            for (int i = 0; i < segment.length(); i++) {
                char c = segment.charAt(i);
                if (c < 0x20 || c == 0x7f || RESERVED.indexOf(c) >= 0) {
                    throw new NotAnAlias("alias \"" + OneLine.of(written) + "\" has a character no file name may hold: '"
                            + OneLine.of(String.valueOf(c)) + "'");
                }
            }
            if (segment.endsWith(".") || segment.endsWith(" ")) {
                throw new NotAnAlias("alias \"" + OneLine.of(written) + "\" has a segment ending in '.' or a space, "
                        + "which Windows drops from file names");
            }
            segments.add(segment);
        }
        if (segments.isEmpty()) {
            throw new NotAnAlias("alias \"/\" is the home page; an alias must be another path");
        }
        String last = segments.get(segments.size() - 1);
        String lower = last.toLowerCase(Locale.ROOT);
        boolean folder = decoded.endsWith("/") || last.indexOf('.') < 0;
        if (!folder && !lower.endsWith(".html") && !lower.endsWith(".htm")) {
            throw new NotAnAlias("alias \"" + OneLine.of(written) + "\" ends in a file that is not HTML; an alias must "
                    + "end in '/' (a folder), '.html' or '.htm', or have no extension (a folder)");
        }
        return "/" + String.join("/", segments) + (folder ? "/" : "");
    }

    /** Percent-escapes as UTF-8, as browsers send them; "%2F" (a '/' inside a segment) is refused. */
    private static String decode(String path) throws NotAnAlias {
        if (path.indexOf('%') < 0) {
            return path;
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '%') {
                int high = i + 2 < path.length() ? hex(path.charAt(i + 1)) : -1;
                int low = i + 2 < path.length() ? hex(path.charAt(i + 2)) : -1;
                int value = high < 0 || low < 0 ? -1 : high * 16 + low;
                if (value < 0 || value == '/' || value == 0) {
                    throw new NotAnAlias("alias \"" + OneLine.of(path) + "\" has a bad percent-escape at '"
                            + OneLine.of(path.substring(i, Math.min(path.length(), i + 3))) + "'");
                }
                bytes.write(value);
                i += 2;
            } else {
                byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (Character.isHighSurrogate(c) && i + 1 < path.length()) {
                    encoded = path.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                    i++;
                }
                bytes.write(encoded, 0, encoded.length);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new NotAnAlias("alias \"" + OneLine.of(path) + "\" has percent-escapes that are not UTF-8");
        }
    }

    private static int hex(char c) {
        return c < 128 ? Character.digit(c, 16) : -1;
    }

    /**
     * Whether this alias is {@code url} in other letter case ("/2015/05/21/TockingTime/" of
     * "/2015/05/21/tockingtime/"). Such an alias gets the page itself, not a redirect page: a
     * redirect there and the page would be one file where case is ignored (macOS, Windows), while
     * two copies of the page are the same bytes (the same depth, so the same relative links).
     */
    public boolean differsOnlyInCase(String url) {
        return !path.equals(url) && path.toLowerCase(Locale.ROOT).equals(url.toLowerCase(Locale.ROOT));
    }

    /** The output file: a folder's index.html, or the HTML file itself ("old/slug/index.html"). */
    public String outputPath() {
        return path.endsWith("/") ? path.substring(1) + "index.html" : path.substring(1);
    }
}
