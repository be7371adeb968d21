package org.sitegen.store;

/** Whether a text's UTF-8 is the text: what the build's own files and stores may keep as UTF-8. */
public final class Utf8 {
    private Utf8() {
    }

    /**
     * Whether {@code utf8}, {@code text.getBytes(UTF_8)}, gives {@code text} back. It does unless
     * the text holds half a surrogate pair, which UTF-8 cannot carry ({@code getBytes} writes '?'
     * for it): a search shard's key is the first UTF-16 unit of its words, half of a character
     * beyond the Basic Multilingual Plane.
     */
    public static boolean carries(String text, byte[] utf8) {
        return !hasQuestionMark(utf8) || wellFormed(text);
    }

    private static boolean hasQuestionMark(byte[] utf8) {
        for (byte b : utf8) {
            if (b == '?') {
                return true;
            }
        }
        return false;
    }

    /** Whether every surrogate of {@code text} is half of a whole pair. */
    private static boolean wellFormed(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The length of the UTF-8 of {@code chars[from, to)}, or -1 when it holds half a surrogate
     * pair (which UTF-8 cannot carry).
     */
    public static int length(char[] chars, int from, int to) {
        int length = to - from;
        for (int i = from; i < to; i++) {
            char c = chars[i];
            if (c >= 0x80) {
                if (c < 0x800) {
                    length++;
                } else if (!Character.isSurrogate(c)) {
                    length += 2;
                } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(chars[i + 1])) {
                    length += 2; // four bytes for the pair's two chars
                    i++;
                } else {
                    return -1;
                }
            }
        }
        return length;
    }

    /** Writes the UTF-8 of {@code chars[from, to)}, which holds no half surrogate pair, into {@code out} from 0. */
    public static void encode(char[] chars, int from, int to, byte[] out) {
        int at = 0;
        for (int i = from; i < to; i++) {
            char c = chars[i];
            if (c < 0x80) {
                out[at++] = (byte) c;
            } else if (c < 0x800) {
                out[at++] = (byte) (0xC0 | c >> 6);
                out[at++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c)) {
                int cp = Character.toCodePoint(c, chars[++i]);
                out[at++] = (byte) (0xF0 | cp >> 18);
                out[at++] = (byte) (0x80 | cp >> 12 & 0x3F);
                out[at++] = (byte) (0x80 | cp >> 6 & 0x3F);
                out[at++] = (byte) (0x80 | cp & 0x3F);
            } else {
                out[at++] = (byte) (0xE0 | c >> 12);
                out[at++] = (byte) (0x80 | c >> 6 & 0x3F);
                out[at++] = (byte) (0x80 | c & 0x3F);
            }
        }
    }
}
