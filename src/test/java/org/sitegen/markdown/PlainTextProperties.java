package org.sitegen.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.sitegen.PropertySeed;

/** The plain-text collector does, piece by piece, what a regex does to the whole text. */
class PlainTextProperties {

    /**
     * Pieces appended one after another, and block boundaries ({@code space()}, null here) between
     * some of them, read as {@code replaceAll("\\s+", " ").strip()} of the whole (a boundary
     * counting as a space); every space written separates two words.
     */
    @Property(tries = 2000, seed = PropertySeed.VALUE)
    void collectedText_isTheWholeWithWhitespaceRunsAsOneSpace(@ForAll("pieces") List<String> pieces) {
        PlainText.Collector out = new PlainText.Collector(null, 4);
        StringBuilder whole = new StringBuilder();
        for (String piece : pieces) {
            if (piece == null) {
                out.space();
                whole.append(' ');
            } else {
                out.append(piece);
                whole.append(piece);
            }
        }
        String expected = whole.toString().replaceAll("\\s+", " ").strip();
        String text = out.text();
        assertThat(text).isEqualTo(expected);
        if (text.length() == out.length()) {
            assertThat(text.isEmpty() ? 0 : out.spaces() + 1).isEqualTo(PlainText.countWords(text));
        }
    }

    @Provide
    Arbitrary<List<String>> pieces() {
        Arbitrary<String> piece = Arbitraries.strings()
                .withChars("ab. \t\n\r\f\u000b\u00a0\u2003\u0085\u001f").ofMaxLength(12);
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(6, piece), net.jqwik.api.Tuple.of(1, Arbitraries.just(null)))
                .list().ofMaxSize(12);
    }
}
