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
        try {
            Files.write(partial, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw named(e, partial);
        }
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
        } catch (IOException e) {
            throw named(e, partial);
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * {@code e} naming the file it failed on (a full disk fails a write with a bare "No space left
     * on device", which the build's error must place in the cache, not the site); the partial
     * file is deleted, as it would be ignored.
     */
    private static IOException named(IOException e, Path partial) {
        if (e instanceof java.nio.file.FileSystemException) {
            return e;
        }
        try {
            Files.deleteIfExists(partial);
        } catch (IOException ignored) {
            // left: a partial file is never read
        }
        return org.sitegen.output.WriteFailure.naming(e, partial);
    }

    /** The contents of a file {@link #replaceChecked} wrote, without its checksum; null when damaged or truncated. */
    static Reader checked(byte[] bytes) {
        return checked(bytes, bytes.length);
    }

    /** {@link #checked} of the first {@code length} bytes of {@code bytes}. */
    static Reader checked(byte[] bytes, int length) {
        if (length < 4 || length > bytes.length) {
            return null;
        }
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        crc.update(bytes, 0, length - 4);
        if ((int) crc.getValue() != java.nio.ByteBuffer.wrap(bytes, length - 4, 4).getInt()) {
            return null;
        }
        return new Reader(bytes, 0, length - 4);
    }

    /** Starts a cache file: its format (name and version) and the cache's key (settings and engine). */
    static void writeHeader(java.io.DataOutputStream out, String format, String key) throws IOException {
        writeString(out, format);
        writeString(out, key);
    }

    /** Whether a cache file starts as {@link #writeHeader} wrote it for this format and key (else it is not to be trusted). */
    static boolean hasHeader(Reader in, String format, String key) throws IOException {
        return in.readString().equals(format) && in.readString().equals(key);
    }

    /** Text of any length (writeUTF stops at 64 KB, which a segment's shard list may pass at 100,000 briefings). */
    static void writeString(java.io.DataOutputStream out, String text) throws IOException {
        byte[] utf8 = bytesOf(text);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    /** A byte UTF-8 never uses: the text after it is UTF-16 units ({@link #bytesOf}). */
    private static final byte UNITS = (byte) 0xFF;

    /**
     * {@code text} as a state file keeps it: UTF-8, but for text with half a surrogate pair (a
     * search shard's key is the first UTF-16 unit of its words, half of a character beyond the
     * Basic Multilingual Plane), which UTF-8 cannot carry ({@code getBytes} wrote '?', and the
     * next build looked for another shard): {@link #UNITS}, then its units, two bytes each.
     */
    static byte[] bytesOf(String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        if (org.sitegen.store.Utf8.carries(text, utf8)) {
            return utf8; // ASCII ('?' is also what half a pair became), or whole pairs only
        }
        byte[] units = new byte[1 + 2 * text.length()];
        units[0] = UNITS;
        for (int i = 0; i < text.length(); i++) {
            units[1 + 2 * i] = (byte) (text.charAt(i) >> 8);
            units[2 + 2 * i] = (byte) text.charAt(i);
        }
        return units;
    }

    /** The text {@link #bytesOf} made of {@code length} bytes of {@code bytes} from {@code from}. */
    static String textOf(byte[] bytes, int from, int length) {
        if (length == 0 || bytes[from] != UNITS) {
            return new String(bytes, from, length, StandardCharsets.UTF_8);
        }
        char[] units = new char[(length - 1) / 2];
        for (int i = 0; i < units.length; i++) {
            units[i] = (char) ((bytes[from + 1 + 2 * i] & 0xff) << 8 | bytes[from + 2 + 2 * i] & 0xff);
        }
        return new String(units);
    }

    /** Text already in UTF-8, as {@link #writeString} writes it. */
    static void writeBytes(java.io.DataOutputStream out, byte[] utf8) throws IOException {
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    /**
     * Reads in place what a {@link java.io.DataOutputStream} and {@link #writeString} wrote, as
     * {@link java.io.DataInputStream} would, from an array and an index: every state file is read
     * whole first, and a stream over it took a lock and a call per byte. Reading past the end
     * throws {@link java.io.EOFException}, as the stream did, so a truncated entry is a damaged one.
     */
    static final class Reader {
        private final byte[] bytes;
        private final int end;
        private int at;

        /** The bytes of {@code bytes} from {@code from} up to {@code to}. */
        Reader(byte[] bytes, int from, int to) {
            java.util.Objects.checkFromToIndex(from, to, bytes.length);
            this.bytes = bytes;
            this.at = from;
            this.end = to;
        }

        /** Where the next byte is read from, in the array. */
        int position() {
            return at;
        }

        /** How many bytes are left. */
        int available() {
            return end - at;
        }

        private int take(int count) throws java.io.EOFException {
            if (count < 0 || count > end - at) {
                throw new java.io.EOFException();
            }
            int from = at;
            at += count;
            return from;
        }

        int readUnsignedByte() throws IOException {
            return bytes[take(1)] & 0xff;
        }

        boolean readBoolean() throws IOException {
            return bytes[take(1)] != 0;
        }

        int readInt() throws IOException {
            int i = take(4);
            return (bytes[i] & 0xff) << 24 | (bytes[i + 1] & 0xff) << 16 | (bytes[i + 2] & 0xff) << 8
                    | bytes[i + 3] & 0xff;
        }

        long readLong() throws IOException {
            return (long) readInt() << 32 | readInt() & 0xffffffffL;
        }

        /** The next {@code count} bytes, copied. */
        byte[] readBytes(int count) throws IOException {
            int from = take(count);
            return java.util.Arrays.copyOfRange(bytes, from, from + count);
        }

        void skip(int count) throws IOException {
            take(count);
        }

        /** A string {@link #writeString} wrote; a length beyond what is left means a damaged file. */
        String readString() throws IOException {
            int length = readLength();
            return textOf(bytes, take(length), length);
        }

        /**
         * A string {@link #writeString} wrote that is ASCII by its making (a fingerprint's hex
         * digits): taken byte for byte, without looking for characters of several bytes. Were it
         * not ASCII, it would only differ from what it is compared with.
         */
        String readAscii() throws IOException {
            int length = readLength();
            return new String(bytes, take(length), length, StandardCharsets.ISO_8859_1);
        }

        /** The length in bytes of the string {@link #writeString} wrote next (to skip it); beyond what is left means a damaged file. */
        int readLength() throws IOException {
            int length = readInt();
            if (length < 0 || length > end - at) {
                throw new IOException("damaged");
            }
            return length;
        }
    }

    /**
     * A byte buffer whose bytes are read in place (a body cache file is megabytes: no copies).
     * Used by one thread at a time, so its writes take no lock: {@link java.io.DataOutputStream}
     * writes an int as four one-byte writes, each of which locked the ByteArrayOutputStream.
     */
    static final class Buffer extends java.io.ByteArrayOutputStream {
        Buffer(int size) {
            super(size);
        }

        byte[] array() {
            return buf;
        }

        @Override
        public void write(int b) {
            if (count == buf.length) {
                grow(count + 1);
            }
            buf[count++] = (byte) b;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            java.util.Objects.checkFromIndexSize(offset, length, bytes.length);
            if (length > buf.length - count) {
                grow(count + length);
            }
            System.arraycopy(bytes, offset, buf, count, length);
            count += length;
        }

        /** Room for {@code needed} bytes: at least twice the room there was, as ByteArrayOutputStream grows. */
        private void grow(int needed) {
            if (needed < 0) {
                throw new OutOfMemoryError("a state file beyond 2 GB");
            }
            buf = java.util.Arrays.copyOf(buf, Math.max(needed, (int) Math.min(Integer.MAX_VALUE - 8, 2L * buf.length)));
        }
    }
}
