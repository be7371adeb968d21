package org.sitegen.diag;

import java.util.Locale;

/**
 * Quoted text made safe for a log line. A message quotes what a contributor wrote (a title, a
 * file name, a URL); a newline in it would start a new line of the log, where a CI runner reads
 * {@code ::error::…} or {@code ::set-output …} as a command of its own, and bidirectional controls
 * would make the line read other than it is. Every such character is written as a visible escape.
 */
public final class OneLine {
    private OneLine() {
    }

    public static String of(String text) {
        int i = 0;
        while (i < text.length() && !needsEscape(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 8).append(text, 0, i);
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (needsEscape(c)) {
                        out.append(String.format(Locale.ROOT, "U+%04X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /**
     * C0 and C1 controls and DEL; the Unicode line and paragraph separators; the bidirectional
     * embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069).
     */
    private static boolean needsEscape(char c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029'
                || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069');
    }
}
