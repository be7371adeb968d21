package org.sitegen.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An append-only temporary file of texts, read back by position. Writes and reads are positional
 * (pwrite/pread), so threads share it without locking beyond reserving a range. The file is
 * deleted when closed (and lives in the system's temporary folder should the process die).
 */
final class TextSpool implements AutoCloseable {
    private final FileChannel channel;
    private long end;

    TextSpool(Path folder) throws IOException {
        Path file = Files.createTempFile(folder, "site-gen-bodies", ".spool");
        this.channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE,
                StandardOpenOption.DELETE_ON_CLOSE);
    }

    StoredText put(String text) {
        return put(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A text's UTF-8. */
    StoredText put(byte[] bytes) {
        long at;
        synchronized (this) {
            at = end;
            end += bytes.length;
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        try {
            while (buffer.hasRemaining()) {
                channel.write(buffer, at + buffer.position());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the body spool: " + e.getMessage(), e);
        }
        return new Spooled(this, at, bytes.length);
    }

    private byte[] read(long at, int length) {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        try {
            while (buffer.hasRemaining()) {
                if (channel.read(buffer, at + buffer.position()) < 0) {
                    throw new IOException("the body spool ended early");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the body spool: " + e.getMessage(), e);
        }
        return buffer.array();
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    /** A text in the spool: its position and length in bytes. Equal when it is the same range of the same spool. */
    private record Spooled(TextSpool spool, long at, int length) implements StoredText {
        @Override
        public String load() {
            return new String(spool.read(at, length), StandardCharsets.UTF_8);
        }

        @Override
        public byte[] utf8() {
            return spool.read(at, length);
        }

        @Override
        public String toString() {
            return load();
        }
    }
}
