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
}
