package org.sitegen.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SourceReaderTest {
    private final SourceReader reader = new SourceReader();

    private static byte[] bytes(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object part : parts) {
            if (part instanceof String s) {
                out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
            } else {
                out.write((Integer) part);
            }
        }
        return out.toByteArray();
    }

    @Test
    void decode_aRealReplacementCharacter_isText() throws Exception {
        assertThat(reader.decode(bytes("a \uFFFD b\n"))).isEqualTo("a \uFFFD b\n");
    }

    /** The fast lenient decoding with a strict fallback accepts and rejects exactly what a strict decoder does. */
    @Test
    void decode_randomBytes_asAStrictDecoder() {
        java.util.Random random = new java.util.Random(42);
        byte[][] pieces = {bytes("a"), bytes("\u00e9"), bytes("\u2019"), bytes("\uD83D\uDE00"), bytes("\uFFFD"),
                {(byte) 0x80}, {(byte) 0xC3}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF4, (byte) 0x90},
                {(byte) 0xFF}, bytes("\n")};
        for (int n = 0; n < 5000; n++) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (int k = random.nextInt(8); k > 0; k--) {
                out.writeBytes(pieces[random.nextInt(pieces.length)]);
            }
            byte[] input = out.toByteArray();
            String expected;
            try {
                expected = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(input)).toString();
            } catch (java.nio.charset.CharacterCodingException e) {
                expected = null;
            }
            String actual;
            try {
                actual = reader.decode(input);
            } catch (SourceReader.InvalidEncodingException e) {
                actual = null;
            }
            assertThat(actual).as("%s", java.util.HexFormat.of().formatHex(input))
                    .isEqualTo(expected == null ? null : expected.replace("\r", ""));
        }
    }

    @Test
    void decode_plainUtf8_isUnchanged() throws Exception {
        assertThat(reader.decode(bytes("title: Café\nУкраїна\n"))).isEqualTo("title: Café\nУкраїна\n");
    }

    @Test
    void decode_byteOrderMark_isStripped() throws Exception {
        assertThat(reader.decode(bytes(0xEF, 0xBB, 0xBF, "---\ntitle: x\n"))).isEqualTo("---\ntitle: x\n");
    }

    @Test
    void decode_crlfAndCr_becomeLf() throws Exception {
        assertThat(reader.decode(bytes("a\r\nb\rc\nd\r\r\ne\r"))).isEqualTo("a\nb\nc\nd\n\ne\n");
    }

    @Test
    void decode_bomAndCrlf_bothHandled() throws Exception {
        assertThat(reader.decode(bytes(0xEF, 0xBB, 0xBF, "---\r\n---\r\n"))).isEqualTo("---\n---\n");
    }

    @Test
    void decode_latin1Byte_reportsItsOffset() {
        SourceReader.InvalidEncodingException e = catchThrowableOfType(SourceReader.InvalidEncodingException.class,
                () -> reader.decode(bytes("caf", 0xE9, " au lait")));
        assertThat(e.offset).isEqualTo(3);
        assertThat(e).hasMessage("file is not valid UTF-8 (byte 0xE9 here, at offset 3); save it as UTF-8");
        assertThat(List.of(e.line, e.column)).containsExactly(1, 4);
    }

    @Test
    void decode_badByteAfterBomAndMultibyteChars_offsetCountsBytesFromFileStart() {
        // BOM (3 bytes) + "é" (2 bytes) + "ab" (2 bytes), then a lone continuation byte
        SourceReader.InvalidEncodingException e = catchThrowableOfType(SourceReader.InvalidEncodingException.class,
                () -> reader.decode(bytes(0xEF, 0xBB, 0xBF, "éab", 0x80, "x")));
        assertThat(e.offset).isEqualTo(7);
        assertThat(List.of(e.line, e.column)).as("columns count characters, not bytes or the BOM").containsExactly(1, 4);
    }

    @Test
    void decode_badByteOnALaterLine_reportsLineAndColumn() {
        SourceReader.InvalidEncodingException e = catchThrowableOfType(SourceReader.InvalidEncodingException.class,
                () -> reader.decode(bytes("---\ntitle: \u00c9t\u00e9\n", 0xFF, "\n")));
        assertThat(List.of(e.line, e.column)).containsExactly(3, 1);
    }

    @Test
    void decode_truncatedSequenceAtEnd_reportsItsStart() {
        SourceReader.InvalidEncodingException e = catchThrowableOfType(SourceReader.InvalidEncodingException.class,
                () -> reader.decode(bytes("ab", 0xE2, 0x82)));
        assertThat(e.offset).isEqualTo(2);
    }
}
