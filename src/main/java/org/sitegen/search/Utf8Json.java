package org.sitegen.search;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * An index file's JSON written straight into UTF-8 bytes: the bytes the JSON generator's text
 * (org.sitegen.json) gives once encoded, without the text. The fragment groups are the index's
 * bulk (every briefing's first 2,000 characters); through a generator into a string and then
 * into bytes, each character was copied three times. Strings are quoted as that generator quotes
 * them: {@code "} and {@code \} and control characters escaped (b, t, n, f and r after a backslash, others
 * backslash-u00XX), everything else as it is; half a surrogate pair becomes {@code ?}, as
 * {@link String#getBytes} makes it ({@code Utf8JsonProperties} holds both to it).
 */
final class Utf8Json {
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
    private byte[] bytes;
    private int size;

    Utf8Json(int capacity) {
        bytes = new byte[Math.max(16, capacity)];
    }

    /** ASCII text as it is (punctuation, names known to need no quoting). */
    Utf8Json ascii(String text) {
        room(text.length());
        for (int i = 0; i < text.length(); i++) {
            bytes[size++] = (byte) text.charAt(i);
        }
        return this;
    }

    Utf8Json ascii(char c) {
        room(1);
        bytes[size++] = (byte) c;
        return this;
    }

    /** A non-negative number. */
    Utf8Json number(int n) {
        room(10);
        if (n < 10) {
            bytes[size++] = (byte) ('0' + n);
            return this;
        }
        int digits = 0;
        for (int m = n; m > 0; m /= 10) {
            digits++;
        }
        for (int at = size + digits - 1; at >= size; at--) {
            bytes[at] = (byte) ('0' + n % 10);
            n /= 10;
        }
        size += digits;
        return this;
    }

    /** {@code text} as a quoted JSON string. */
    Utf8Json string(String text) {
        int n = text.length();
        room(n * 3 + 2); // a char takes 3 bytes at most, or 6 escaped (reserved again below)
        byte[] out = bytes;
        int at = size;
        out[at++] = '"';
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                if (c >= 0x20 && c != '"' && c != '\\') {
                    out[at++] = (byte) c;
                    continue;
                }
                size = at;
                room(6 + (n - i) * 3 + 1);
                out = bytes;
                at = escape(c, out, size);
            } else if (c < 0x800) {
                out[at++] = (byte) (0xC0 | c >> 6);
                out[at++] = (byte) (0x80 | c & 0x3F);
            } else if (!Character.isSurrogate(c)) {
                out[at++] = (byte) (0xE0 | c >> 12);
                out[at++] = (byte) (0x80 | c >> 6 & 0x3F);
                out[at++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, text.charAt(++i));
                out[at++] = (byte) (0xF0 | cp >> 18);
                out[at++] = (byte) (0x80 | cp >> 12 & 0x3F);
                out[at++] = (byte) (0x80 | cp >> 6 & 0x3F);
                out[at++] = (byte) (0x80 | cp & 0x3F);
            } else {
                out[at++] = '?'; // half a pair: what UTF-8 encoding of the generator's text made of it
            }
        }
        out[at++] = '"';
        size = at;
        return this;
    }

    /**
     * The text of valid UTF-8 {@code utf8[0, end)} as a quoted JSON string, and a '?' after it
     * when {@code halfPair} (the first half of a surrogate pair cut off): what {@link #string}
     * writes of that text, as its characters are already the bytes it would encode them to.
     */
    Utf8Json utf8String(byte[] utf8, int end, boolean halfPair) {
        room(end + 3);
        byte[] out = bytes;
        int at = size;
        out[at++] = '"';
        for (int i = 0; i < end; i++) {
            byte b = utf8[i];
            if (b >= 0x20 && b != '"' && b != '\\' || b < 0) {
                out[at++] = b;
                continue;
            }
            size = at;
            room(6 + end - i + 2);
            out = bytes;
            at = escape((char) b, out, size);
        }
        if (halfPair) {
            out[at++] = '?';
        }
        out[at++] = '"';
        size = at;
        return this;
    }

    private static int escape(char c, byte[] out, int at) {
        out[at++] = '\\';
        switch (c) {
            case '"' -> out[at++] = '"';
            case '\\' -> out[at++] = '\\';
            case '\b' -> out[at++] = 'b';
            case '\t' -> out[at++] = 't';
            case '\n' -> out[at++] = 'n';
            case '\f' -> out[at++] = 'f';
            case '\r' -> out[at++] = 'r';
            default -> {
                out[at++] = 'u';
                out[at++] = '0';
                out[at++] = '0';
                out[at++] = HEX[c >> 4];
                out[at++] = HEX[c & 0xF];
            }
        }
        return at;
    }

    private void room(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }

    /** The bytes written. */
    byte[] bytes() {
        return size == bytes.length ? bytes : Arrays.copyOf(bytes, size);
    }
}
