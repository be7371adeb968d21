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
        String wanted = lettersAndDigits(summary);
        if (wanted.isEmpty()) {
            return false;
        }
        int start = 0;
        while (start < html.length() && html.charAt(start) <= ' ') {
            start++;
        }
        if (!html.startsWith("<p", start)) {
            return false;
        }
        int end = html.indexOf("</p>", start);
        String first = html.substring(start, end < 0 ? html.length() : end);
        return startsWithLettersAndDigits(withoutEntities(withoutTags(first)), wanted);
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

    /** Whether the letters and digits of {@code text} begin with {@code wanted}; reads no further than needed. */
    private static boolean startsWithLettersAndDigits(String text, String wanted) {
        int w = 0;
        for (int i = 0; i < text.length() && w < wanted.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (Letters.isLetterOrNumber(c)) {
                if (c != wanted.codePointAt(w)) {
                    return false;
                }
                w += Character.charCount(c);
            }
        }
        return w == wanted.length();
    }

    /** Without every {@code <...>}; a '<' with no '>' after it stays. */
    private static String withoutTags(String html) {
        StringBuilder out = new StringBuilder(html.length());
        int i = 0;
        while (i < html.length()) {
            char c = html.charAt(i);
            int close = c == '<' ? html.indexOf('>', i) : -1;
            if (close < 0) {
                out.append(c);
                i++;
            } else {
                i = close + 1;
            }
        }
        return out.toString();
    }

    /** Without every {@code &name;} or {@code &#123;} (a run of [#A-Za-z0-9] between '&' and ';'). */
    private static String withoutEntities(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int end = text.charAt(i) == '&' ? entityEnd(text, i + 1) : -1;
            if (end < 0) {
                out.append(text.charAt(i++));
            } else {
                i = end;
            }
        }
        return out.toString();
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

    /** The letters and digits (Unicode categories L and N) of {@code text}. */
    private static String lettersAndDigits(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (Letters.isLetterOrNumber(c)) {
                out.appendCodePoint(c);
            }
        }
        return out.toString();
    }
}
