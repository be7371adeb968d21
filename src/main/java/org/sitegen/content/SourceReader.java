package org.sitegen.content;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a source file strictly as UTF-8 (so a Latin-1 file is reported, not silently
 * garbled), drops a byte order mark and turns CRLF and CR line endings into {@code \n}.
 */
public final class SourceReader {

    /** Thrown for bytes that are not UTF-8, at the line and column (in characters) of the first bad byte. */
    public static final class InvalidEncodingException extends Exception {
        public final long offset;
        public final int line;
        public final int column;

        InvalidEncodingException(long offset, int line, int column, String message) {
            super(message);
            this.offset = offset;
            this.line = line;
            this.column = column;
        }

        /** The first bad byte is at {@code offset}: its line, and its column counted in the characters before it. */
        static InvalidEncodingException at(byte[] bytes, int offset) {
            int line = 1;
            int column = 1;
            boolean bom = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF;
            for (int i = bom ? 3 : 0; i < offset; i++) { // an editor shows no byte order mark
                if (bytes[i] == '\n') {
                    line++;
                    column = 1;
                } else if ((bytes[i] & 0xC0) != 0x80) { // a UTF-8 continuation byte is part of the character before
                    column++;
                }
            }
            return new InvalidEncodingException(offset, line, column, String.format(java.util.Locale.ROOT,
                    "file is not valid UTF-8 (byte 0x%02X here, at offset %d); save it as UTF-8", bytes[offset] & 0xFF,
                    offset));
        }
    }

    /**
     * The text of {@code file}'s {@code bytes}, or empty after reporting (at the first bad byte's
     * line and column) why they are not UTF-8.
     */
    java.util.Optional<String> decode(SourceFile file, byte[] bytes, org.sitegen.diag.Diagnostics diagnostics) {
        try {
            return java.util.Optional.of(decode(bytes));
        } catch (InvalidEncodingException e) {
            diagnostics.error(org.sitegen.diag.SourcePosition.of(file.displayPath(), e.line, e.column), e.getMessage());
            return java.util.Optional.empty();
        }
    }

    public String decode(byte[] bytes) throws InvalidEncodingException {
        // The JDK's lenient decoding is much cheaper than a CharsetDecoder (docs/performance.md,
        // finding 15); it marks bad
        // bytes with U+FFFD, so only a text holding one (bad bytes, or a real U+FFFD) is decoded
        // again strictly, to report the error or to prove the file right.
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') >= 0) {
            text = strict(bytes);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static String strict(byte[] bytes) throws InvalidEncodingException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        String text;
        try {
            text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                    || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
                throw new InvalidEncodingException(0, 1, 1, "file is UTF-16 (it starts with a UTF-16 byte order mark); "
                        + "save it as UTF-8");
            }
            throw InvalidEncodingException.at(bytes, firstBadByte(bytes));
        }
        return text;
    }

    /** Decoding again byte by byte would be slow; a failure is rare, so scan once to find it. */
    private static int firstBadByte(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        java.nio.charset.CoderResult result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : bytes.length;
    }
}
