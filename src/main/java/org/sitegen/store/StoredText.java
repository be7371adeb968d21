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
