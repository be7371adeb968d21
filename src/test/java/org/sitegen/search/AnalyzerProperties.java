package org.sitegen.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.sitegen.PropertySeed;

/** The hand-written word scanner splits exactly as the client's {@code [\p{L}\p{N}]+} does. */
class AnalyzerProperties {
    private static final Pattern CLIENT_WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    @Property(tries = 1000, seed = PropertySeed.VALUE)
    void wordsAreTheRegexRuns(@ForAll("mixedText") String text) {
        List<String> expected = new ArrayList<>();
        Matcher m = CLIENT_WORD.matcher(Folding.fold(text));
        while (m.find()) {
            if (m.group().length() >= 2 && m.group().length() <= Analyzer.MAX_TOKEN) {
                expected.add(m.group());
            }
        }
        assertThat(Analyzer.words(text)).isEqualTo(expected);
    }

    /** ASCII, Latin, Cyrillic, Greek, CJK, digits of other scripts, roman numerals, fractions, marks, emoji, punctuation. */
    @Provide
    Arbitrary<String> mixedText() {
        Arbitrary<Character> pieces = Arbitraries.oneOf(
                Arbitraries.chars().range(' ', '~'),
                Arbitraries.chars().range('\u00a0', '\u024f'),
                Arbitraries.chars().range('\u0370', '\u04ff'),
                Arbitraries.chars().range('\u0660', '\u0669'),
                Arbitraries.chars().range('\u2150', '\u218f'),
                Arbitraries.chars().range('\u0300', '\u036f'),
                Arbitraries.chars().range('\u4e00', '\u4e2f'),
                Arbitraries.chars().range('\u2000', '\u206f'),
                Arbitraries.chars().with('\ud83d', '\ude00', '\ud835', '\udfce'));
        return pieces.list().ofMaxSize(80).map(cs -> {
            StringBuilder s = new StringBuilder();
            cs.forEach(s::append);
            return s.toString();
        });
    }
}
