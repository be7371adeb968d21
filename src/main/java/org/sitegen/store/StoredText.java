package org.sitegen.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;

/**
 * A rendered body's HTML or plain text, wherever it is kept: on the heap, in the build's spool
 * file when the archive is too large for that ({@link TextStore}), or still in the file of the
 * build cache it was kept in ({@link #inFile}).
 */
public interface StoredText {
    /** The text (read from the spool each time for spooled text: hold it only while it is needed). */
    String load();

    /** The text as UTF-8 (for text kept as bytes: those bytes, not decoded and encoded again). */
    default byte[] utf8() {
        return load().getBytes(StandardCharsets.UTF_8);
    }

    /** Text kept on the heap. */
    static StoredText of(String text) {
        return new InMemory(text);
    }

    /**
     * Text kept on the heap in the smaller of its forms: ASCII as the string it is (one byte a
     * character), any other as its UTF-8 bytes. A rendered body with one curly quote is a string
     * of two bytes a character; its UTF-8 is about half that. At 10,000 briefings the bodies' HTML
     * and text held as strings were most of a cold build's live heap (~280 MB of ~360), and filled
     * the old generation into a full collection near the build's end.
     */
    static StoredText compact(String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        if (utf8.length == text.length() || !Utf8.carries(text, utf8)) {
            return new InMemory(text); // ASCII; or half a surrogate pair, which UTF-8 cannot carry (it became '?')
        }
        return new InMemoryUtf8(utf8);
    }

    /**
     * {@code chars[from, to)} kept as {@link #compact(String)} keeps its string, made straight
     * from the chars: a body's HTML as its renderer wrote it, without a string made first and
     * encoded with the JDK encoder's scratch array of three bytes a char
     * (docs/performance.md, twenty-second session's utf8body section).
     */
    static StoredText compact(char[] chars, int from, int to) {
        int length = Utf8.length(chars, from, to);
        if (length == to - from || length < 0) {
            return new InMemory(new String(chars, from, to - from)); // ASCII; or half a surrogate pair
        }
        byte[] utf8 = new byte[length];
        Utf8.encode(chars, from, to, utf8);
        return new InMemoryUtf8(utf8);
    }

    /**
     * Text that is {@code length} bytes of UTF-8 at {@code at} in {@code file}, read when asked
     * for. The file must not change while the text is in use: open it before reading what it
     * holds, and replace it only by renaming another file over it (the channel keeps reading
     * what it opened).
     */
    static StoredText inFile(FileChannel file, long at, int length) {
        return new InFile(file, at, length);
    }

    /** Text on the heap; equal when the text is (previews compare page data between builds). */
    record InMemory(String text) implements StoredText {
        @Override
        public String load() {
            return text;
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /** Text on the heap as UTF-8 (not changed by anyone: {@link #utf8} hands out the array itself); equal when the text is. */
    record InMemoryUtf8(byte[] bytes) implements StoredText {
        @Override
        public String load() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        @Override
        public byte[] utf8() {
            return bytes;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof InMemoryUtf8 that && java.util.Arrays.equals(bytes, that.bytes);
        }

        @Override
        public int hashCode() {
            return java.util.Arrays.hashCode(bytes);
        }

        @Override
        public String toString() {
            return load();
        }
    }

    /** Text in a file: its position and length in bytes. Equal when it is the same range of the same open file. */
    record InFile(FileChannel file, long at, int length) implements StoredText {
        @Override
        public String load() {
            return new String(utf8(), StandardCharsets.UTF_8);
        }

        @Override
        public byte[] utf8() {
            ByteBuffer buffer = ByteBuffer.allocate(length);
            try {
                while (buffer.hasRemaining()) { // positional: threads read at once, nothing moves
                    if (file.read(buffer, at + buffer.position()) < 0) {
                        throw new IOException("it ended early");
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read a kept body: " + e.getMessage(), e);
            }
            return buffer.array();
        }

        @Override
        public String toString() {
            return load();
        }
    }
}
