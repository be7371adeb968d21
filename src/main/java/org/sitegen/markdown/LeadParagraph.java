package org.sitegen.markdown;

import org.sitegen.content.Letters;

/**
 * Whether a briefing's summary only repeats the opening of its body's first paragraph (the
 * usual case when front matter gives no summary, and common when it does), so a page can skip
 * the summary rather than show the same words twice. Compared on letters and digits only, so
 * typographic quotes, markup and entities do not count.
 */
public final class LeadParagraph {
    private LeadParagraph() {
    }

    /**
     * True when {@code html}, leading whitespace aside, starts with a paragraph whose letters and
     * digits (tags and entities dropped) begin with all of the summary's letters and digits.
     */
    public static boolean repeats(String summary, String html) {
        int start = 0;
        while (start < html.length() && html.charAt(start) <= ' ') {
            start++;
        }
        if (!html.startsWith("<p", start)) {
            return false;
        }
        int end = html.indexOf("</p>", start);
        // the summary's letters and digits against the paragraph's one by one, as they come
        // (every title and summary of the archive, every build: no copies of either)
        Paragraph paragraph = new Paragraph(withoutTags(html.substring(start, end < 0 ? html.length() : end)));
        boolean wanted = false;
        for (int i = 0; i < summary.length(); ) {
            int c = summary.codePointAt(i);
            i += Character.charCount(c);
            if (Letters.isLetterOrNumber(c)) {
                wanted = true;
                if (paragraph.nextLetterOrDigit() != c) {
                    return false;
                }
            }
        }
        return wanted;
    }

    /**
     * A paragraph's text without its entities ({@code &name;}, {@code &#123;}), read a code point
     * at a time: the characters either side of an entity make one code point when they are the
     * two halves of a surrogate pair, as in the text with the entity taken out.
     */
    private static final class Paragraph {
        private final String text;
        private int at;

        Paragraph(String text) {
            this.text = text;
        }

        /** The next letter or digit, or -1 at the end. */
        int nextLetterOrDigit() {
            for (int c = nextCodePoint(); c >= 0; c = nextCodePoint()) {
                if (Letters.isLetterOrNumber(c)) {
                    return c;
                }
            }
            return -1;
        }

        private int nextCodePoint() {
            int c = nextChar();
            if (c >= 0 && Character.isHighSurrogate((char) c)) {
                int mark = at;
                int low = nextChar();
                if (low >= 0 && Character.isLowSurrogate((char) low)) {
                    return Character.toCodePoint((char) c, (char) low);
                }
                at = mark;
            }
            return c;
        }

        private int nextChar() {
            while (at < text.length()) {
                int end = text.charAt(at) == '&' ? entityEnd(text, at + 1) : -1;
                if (end < 0) {
                    return text.charAt(at++);
                }
                at = end;
            }
            return -1;
        }
    }

    /**
     * The part of {@code html} that {@link #repeats} reads: up to the end of the first {@code
     * </p>} (all of it when there is none), so {@code repeats(s, opening(html)) == repeats(s,
     * html)}. A body kept from the last build keeps only this on the heap until its page needs the rest.
     */
    public static String opening(String html) {
        int end = html.indexOf("</p>");
        return end < 0 ? html : html.substring(0, end + "</p>".length());
    }

    /** {@link #opening(String)} of the HTML that is {@code html[0, length)}. */
    static String opening(char[] html, int length) {
        for (int i = 0; i + 4 <= length; i++) {
            if (html[i] == '<' && html[i + 1] == '/' && html[i + 2] == 'p' && html[i + 3] == '>') {
                return new String(html, 0, i + 4);
            }
        }
        return new String(html, 0, length);
    }

    /** Without every {@code <...>}; a '<' with no '>' after it stays (and so does the rest: no '>' follows). */
    private static String withoutTags(String html) {
        StringBuilder out = null;
        int i = 0;
        while (i < html.length()) {
            int open = html.indexOf('<', i);
            int close = open < 0 ? -1 : html.indexOf('>', open);
            if (close < 0) {
                break;
            }
            out = out == null ? new StringBuilder(html.length()) : out;
            out.append(html, i, open);
            i = close + 1;
        }
        return out == null ? html : out.append(html, i, html.length()).toString();
    }

    /** The index after the ';' that closes an entity whose name starts at {@code from}, or -1. */
    private static int entityEnd(String text, int from) {
        int i = from;
        while (i < text.length() && isEntityChar(text.charAt(i))) {
            i++;
        }
        return i > from && i < text.length() && text.charAt(i) == ';' ? i + 1 : -1;
    }

    private static boolean isEntityChar(char c) {
        return c == '#' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
}
