package org.sitegen.render;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.sitegen.html.Html;

/**
 * Collects one page as UTF-8 bytes while the template writes it. Collecting chars instead cost
 * three extra passes over every page: widening the builder to UTF-16 at the first curly quote,
 * trying to narrow it again in toString(), then encoding the string (docs/performance.md,
 * finding 25). A page is written by one
 * thread, so nothing here is synchronized (unlike {@link java.io.StringWriter}).
 */
final class Utf8PageWriter extends Writer {
    private byte[] bytes;
    private int size;
    /** A high surrogate that ended the last write, waiting for its low half (0: none). */
    private char pendingHigh;

    Utf8PageWriter(int capacity) {
        bytes = new byte[capacity];
    }

    /** A text whose UTF-8 is known ({@link #encoded}): written as those bytes when this very string is written. */
    private String encodedText;
    private byte[] encodedUtf8;

    /** Empties the writer for the next page, keeping its buffer. */
    Utf8PageWriter reset() {
        size = 0;
        pendingHigh = 0;
        encodedText = null;
        encodedUtf8 = null;
        return this;
    }

    /**
     * Says that {@code utf8} is {@code text}'s UTF-8 (and {@code text} is whole: decoded from
     * those bytes, no half surrogate pair): a body kept as UTF-8, which the page prints as it is.
     * Known by identity, for the string the body's markup hands the template.
     */
    void encoded(String text, byte[] utf8) {
        encodedText = text;
        encodedUtf8 = utf8;
    }

    @Override
    public void write(String text) {
        if (text == encodedText) {
            append(encodedUtf8);
            return;
        }
        if (text.isEmpty()) {
            return;
        }
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8); // the JDK's encoder: a plain copy for ASCII
        if (mayHaveHalfPairAtAnEnd(utf8) && hasHalfPairAtAnEnd(text)) {
            write(text.toCharArray(), 0, text.length()); // a pair might be split across writes
            return;
        }
        append(utf8);
    }

    /**
     * Whether the UTF-8 of a non-empty text may be that of one with half a surrogate pair at an
     * end: the encoder makes such a half '?', so a text whose bytes neither start nor end with
     * '?' has none (asked first: reading a string's first and last chars costs more).
     */
    private static boolean mayHaveHalfPairAtAnEnd(byte[] utf8) {
        return utf8[0] == '?' || utf8[utf8.length - 1] == '?';
    }

    /**
     * Whether {@code text} starts or ends with a surrogate: a pair may then be split between it
     * and the text written before or after, which String.getBytes would not join.
     */
    static boolean hasHalfPairAtAnEnd(String text) {
        return !text.isEmpty()
                && (Character.isSurrogate(text.charAt(0)) || Character.isSurrogate(text.charAt(text.length() - 1)));
    }

    /**
     * Writes {@code text} HTML-escaped as {@link HtmlEscapingFormat} escapes it, in one pass over
     * its UTF-8 bytes: the five escaped characters are ASCII, and no byte of a multi-byte UTF-8
     * sequence is, so they can be found in the bytes the page needs anyway (for an ASCII string,
     * a plain copy), instead of in a char array made first.
     */
    void writeEscaped(String text) throws java.io.IOException {
        if (text.isEmpty()) {
            return;
        }
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        if (mayHaveHalfPairAtAnEnd(utf8) && hasHalfPairAtAnEnd(text)) {
            HtmlEscapingFormat.escape(text.toCharArray(), this); // a pair might be split across writes
            return;
        }
        flushPending();
        int run = 0;
        for (int i = 0, n = utf8.length; i < n; i++) {
            byte b = utf8[i];
            // the escaped characters are '"' to '>': two tests for nearly every byte (those of
            // letters and of spaces, and the negative ones of characters other than ASCII)
            if (b <= '>' && b >= '"') {
                String entity = Html.entity((char) b);
                if (entity != null) {
                    append(utf8, run, i);
                    append(entity);
                    run = i + 1;
                }
            }
        }
        append(utf8, run, utf8.length);
    }

    /** Text already encoded, from a string that neither starts nor ends with half a surrogate pair. */
    void writeUtf8(byte[] encoded) {
        append(encoded);
    }

    private void append(byte[] encoded, int from, int to) {
        ensure(to - from);
        System.arraycopy(encoded, from, bytes, size, to - from);
        size += to - from;
    }

    /** An ASCII string (an entity). */
    private void append(String ascii) {
        ensure(ascii.length());
        for (int i = 0; i < ascii.length(); i++) {
            bytes[size++] = (byte) ascii.charAt(i);
        }
    }

    @Override
    public void write(String text, int offset, int length) {
        write(text.substring(offset, offset + length));
    }

    @Override
    public void write(int c) {
        write(new char[] {(char) c}, 0, 1);
    }

    /**
     * Encodes chars[offset, offset + length). A high surrogate at the end waits for the low one
     * of the next write; any other lone surrogate becomes '?', as String.getBytes makes it.
     */
    @Override
    public void write(char[] chars, int offset, int length) {
        ensure(length * 3 + 4);
        int end = offset + length;
        int i = offset;
        if (pendingHigh != 0 && i < end) {
            char high = pendingHigh;
            pendingHigh = 0;
            if (Character.isLowSurrogate(chars[i])) {
                putCodePoint(Character.toCodePoint(high, chars[i++]));
            } else {
                bytes[size++] = '?';
            }
        }
        while (i < end) {
            i = ascii(chars, i, end);
            if (i < end) {
                i = nonAscii(chars, i, end);
            }
        }
    }

    /**
     * Copies the ASCII run starting at {@code i}; returns where it ends. Array and index in
     * locals: the quick JIT large archives use reloads fields on every pass of a loop.
     */
    private int ascii(char[] chars, int i, int end) {
        byte[] out = bytes;
        int at = size;
        char c;
        while (i < end && (c = chars[i]) < 0x80) {
            out[at++] = (byte) c;
            i++;
        }
        size = at;
        return i;
    }

    /** Encodes the one non-ASCII char (or surrogate pair) at {@code i}; returns the index after it. */
    private int nonAscii(char[] chars, int i, int end) {
        char c = chars[i];
        if (c < 0x800) {
            bytes[size++] = (byte) (0xC0 | c >> 6);
            bytes[size++] = (byte) (0x80 | c & 0x3F);
        } else if (Character.isHighSurrogate(c)) {
            if (i + 1 < end && Character.isLowSurrogate(chars[i + 1])) {
                putCodePoint(Character.toCodePoint(c, chars[i + 1]));
                return i + 2;
            } else if (i + 1 == end) {
                pendingHigh = c;
            } else {
                bytes[size++] = '?';
            }
        } else if (Character.isLowSurrogate(c)) {
            bytes[size++] = '?';
        } else {
            bytes[size++] = (byte) (0xE0 | c >> 12);
            bytes[size++] = (byte) (0x80 | c >> 6 & 0x3F);
            bytes[size++] = (byte) (0x80 | c & 0x3F);
        }
        return i + 1;
    }

    private void putCodePoint(int cp) {
        bytes[size++] = (byte) (0xF0 | cp >> 18);
        bytes[size++] = (byte) (0x80 | cp >> 12 & 0x3F);
        bytes[size++] = (byte) (0x80 | cp >> 6 & 0x3F);
        bytes[size++] = (byte) (0x80 | cp & 0x3F);
    }

    private void append(byte[] encoded) {
        flushPending();
        ensure(encoded.length);
        System.arraycopy(encoded, 0, bytes, size, encoded.length);
        size += encoded.length;
    }

    private void flushPending() {
        if (pendingHigh != 0) {
            pendingHigh = 0;
            ensure(1);
            bytes[size++] = '?';
        }
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    /**
     * Ends the page (a high surrogate still waiting for its low half becomes '?') and returns
     * its length: the page is then the first that many bytes of {@link #buffer()}.
     */
    int finish() {
        flushPending();
        return size;
    }

    /** The buffer the page is in; read it after {@link #finish()}, which may still grow it. */
    byte[] buffer() {
        return bytes;
    }
}
