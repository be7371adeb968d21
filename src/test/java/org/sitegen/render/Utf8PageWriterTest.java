package org.sitegen.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Utf8PageWriterTest {

    /**
     * Text written in random pieces through every write method, pairs split across writes
     * included, gives the bytes String.getBytes gives for the whole (lone surrogates as '?').
     */
    @Test
    void anyPiecesOfAnyText_encodeAsTheWholeString() {
        Random random = new Random(11);
        String alphabet = "ab<&?\n\u00e9\u00ff\u0100\u201c\u2028\uffff\ud83d\ude00\ud835\udfce";
        Utf8PageWriter reused = new Utf8PageWriter(4);
        for (int n = 0; n < 3000; n++) {
            String whole = RandomText.of(random, alphabet, 60);
            Utf8PageWriter out = n % 2 == 0 ? new Utf8PageWriter(4) : reused.reset(); // as pages reuse theirs
            int at = 0;
            while (at < whole.length()) {
                int end = Math.min(whole.length(), at + 1 + random.nextInt(6));
                switch (random.nextInt(4)) {
                    case 0 -> out.write(whole.substring(at, end));
                    case 1 -> out.write(whole.toCharArray(), at, end - at);
                    case 2 -> out.write("xx" + whole.substring(at, end) + "yy", 2, end - at);
                    default -> {
                        for (int i = at; i < end; i++) {
                            out.write(whole.charAt(i));
                        }
                    }
                }
                at = end;
            }
            int length = out.finish();
            assertThat(java.util.Arrays.copyOf(out.buffer(), length)).as(whole).isEqualTo(whole.getBytes(StandardCharsets.UTF_8));
        }
    }

    /**
     * A string whose UTF-8 the page was told (a body kept as UTF-8) is written as those bytes,
     * after a half pair waiting from the write before ('?', as encoding the string would give);
     * an equal string that is not that one is encoded, and a reset page forgets the bytes. (The
     * bytes told here differ from the text's only to show which were written.)
     */
    @Test
    void aStringWhoseUtf8IsKnown_isWrittenAsThoseBytes_thatStringOnly() {
        String body = new String("<p>\u201cx\u201d</p>".getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        byte[] told = "TOLD".getBytes(StandardCharsets.UTF_8);
        Utf8PageWriter out = new Utf8PageWriter(4);
        out.encoded(body, told);
        out.write("\ud83d");
        out.write(body);
        out.write(new String(body)); // equal, another string
        assertThat(new String(java.util.Arrays.copyOf(out.buffer(), out.finish()), StandardCharsets.UTF_8))
                .isEqualTo("?TOLD" + body);

        out.reset().write(body);
        assertThat(java.util.Arrays.copyOf(out.buffer(), out.finish())).isEqualTo(body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void reset_forgetsThePageSoFar_andAHalfPairWaitingAtItsEnd() {
        Utf8PageWriter out = new Utf8PageWriter(4);
        out.write("a long page, longer than the first buffer \ud83d");
        out.reset().write("\ude00b");
        int length = out.finish();
        assertThat(java.util.Arrays.copyOf(out.buffer(), length)).isEqualTo("?b".getBytes(StandardCharsets.UTF_8));
    }
}
