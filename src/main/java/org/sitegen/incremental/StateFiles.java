package org.sitegen.incremental;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The build state's files, each replaced whole or not at all: written beside it first, then
 * moved over it, so a build killed while writing one leaves the last one as it was.
 */
final class StateFiles {
    private StateFiles() {
    }

    /** Replaces {@code file} with {@code lines}, UTF-8, one per line. */
    static void replace(Path file, Iterable<? extends CharSequence> lines) throws IOException {
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        Files.write(partial, lines, StandardCharsets.UTF_8);
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * Ends {@code bytes} with their CRC-32C and replaces {@code file} with them, whole or not at
     * all; {@link #checked} reads them back.
     */
    static void replaceChecked(Path file, Buffer bytes) throws IOException {
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        crc.update(bytes.array(), 0, bytes.size());
        new java.io.DataOutputStream(bytes).writeInt((int) crc.getValue());
        Files.createDirectories(file.getParent());
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try (java.io.OutputStream stream = Files.newOutputStream(partial)) {
            stream.write(bytes.array(), 0, bytes.size());
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The contents of a file {@link #replaceChecked} wrote, without its checksum; null when damaged or truncated. */
    static java.io.DataInputStream checked(byte[] bytes) {
        if (bytes.length < 4) {
            return null;
        }
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        crc.update(bytes, 0, bytes.length - 4);
        if ((int) crc.getValue() != java.nio.ByteBuffer.wrap(bytes, bytes.length - 4, 4).getInt()) {
            return null;
        }
        return new java.io.DataInputStream(new java.io.ByteArrayInputStream(bytes, 0, bytes.length - 4));
    }

    /** Starts a cache file: its format (name and version) and the cache's key (settings and engine). */
    static void writeHeader(java.io.DataOutputStream out, String format, String key) throws IOException {
        writeString(out, format);
        writeString(out, key);
    }

    /** Whether a cache file starts as {@link #writeHeader} wrote it for this format and key (else it is not to be trusted). */
    static boolean hasHeader(java.io.DataInputStream in, String format, String key) throws IOException {
        return readString(in).equals(format) && readString(in).equals(key);
    }

    /** Text of any length (writeUTF stops at 64 KB, which a segment's shard list may pass at 100,000 briefings). */
    static void writeString(java.io.DataOutputStream out, String text) throws IOException {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    /** Text already in UTF-8, as {@link #writeString} writes it. */
    static void writeBytes(java.io.DataOutputStream out, byte[] utf8) throws IOException {
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    /** A string {@link #writeString} wrote; a length beyond what is left means a damaged file. */
    static String readString(java.io.DataInputStream in) throws IOException {
        return new String(in.readNBytes(readLength(in)), StandardCharsets.UTF_8);
    }

    /** The length in bytes of the string {@link #writeString} wrote next (to skip it); beyond what is left means a damaged file. */
    static int readLength(java.io.DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > in.available()) {
            throw new IOException("damaged");
        }
        return length;
    }

    /** A byte buffer whose bytes are read in place (a body cache file is megabytes: no copies). */
    static final class Buffer extends java.io.ByteArrayOutputStream {
        Buffer(int size) {
            super(size);
        }

        byte[] array() {
            return buf;
        }
    }
}
