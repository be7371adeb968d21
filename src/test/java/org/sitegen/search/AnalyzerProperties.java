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
    private static final Pattern CJK = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]");
    private static final Pattern CJK_OR_NOT = Pattern.compile(
            "[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]+|[^\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]+");

    /**
     * The reference: fold the whole text, then the client's regex. The analyzer folds piece by
     * piece between whitespace and takes a fast path for ASCII pieces; it must not tell.
     */
    private static List<String> referenceWords(String text) {
        List<String> expected = new ArrayList<>();
        Matcher m = CLIENT_WORD.matcher(Folding.fold(text));
        while (m.find()) {
            // the client's split of a run into Chinese/Japanese and other parts, by regex
            Matcher part = CJK_OR_NOT.matcher(m.group());
            while (part.find()) {
                if (CJK.matcher(part.group()).find()) {
                    int[] chars = part.group().codePoints().toArray();
                    if (chars.length == 1) {
                        expected.add(part.group());
                    }
                    for (int i = 0; i + 1 < chars.length; i++) {
                        expected.add(new String(chars, i, 2));
                    }
                } else if (part.group().length() >= 2 && part.group().length() <= Analyzer.MAX_TOKEN) {
                    expected.add(part.group());
                }
            }
        }
        return expected;
    }

    @Property(tries = 1000, seed = PropertySeed.VALUE)
    void wordsAreTheRegexRuns(@ForAll("mixedText") String text) {
        assertThat(Analyzer.words(text)).isEqualTo(referenceWords(text));
    }

    /** Terms are the reference words without stop words, stemmed: the per-thread term cache changes nothing. */
    @Property(tries = 1000, seed = PropertySeed.VALUE)
    void termsAreTheStemmedNonStopWords(@ForAll("mixedText") String text) {
        List<String> expected = referenceWords(text).stream()
                .filter(w -> !Analyzer.STOP_WORDS.contains(w)).map(Stemmer::stem).toList();
        assertThat(Analyzer.terms(text)).isEqualTo(expected);
        assertThat(Analyzer.terms(text)).as("again, from the cache").isEqualTo(expected);
    }

    /**
     * A text kept as UTF-8 (the bodies' {@code StoredText}) is analysed from its bytes: the same
     * terms as its decoded text's, whatever the script, half surrogate pairs (kept as '?') and
     * bytes that are not UTF-8 at all (decoded as a decoder does).
     */
    @Property(tries = 1000, seed = PropertySeed.VALUE)
    void termsOfUtf8_areThoseOfTheDecodedText(@ForAll("mixedText") String text,
                                              @ForAll("bytes") byte[] noise, @ForAll boolean withNoise) {
        byte[] utf8 = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        if (withNoise) { // random bytes spliced in: not valid UTF-8
            byte[] spliced = java.util.Arrays.copyOf(utf8, utf8.length + noise.length);
            System.arraycopy(noise, 0, spliced, utf8.length / 2, noise.length);
            System.arraycopy(utf8, utf8.length / 2, spliced, utf8.length / 2 + noise.length, utf8.length - utf8.length / 2);
            utf8 = spliced;
        }
        org.sitegen.store.StoredText stored = new org.sitegen.store.StoredText.InMemoryUtf8(utf8);
        for (Analyzer analyzer : List.of(Analyzer.ENGLISH, Analyzer.PLAIN)) {
            List<String> fromBytes = new ArrayList<>();
            analyzer.eachTerm(stored, fromBytes::add);
            assertThat(fromBytes).isEqualTo(analyzer.termsOf(stored.load()));
            List<String> compact = new ArrayList<>();
            analyzer.eachTerm(org.sitegen.store.StoredText.compact(text), compact::add);
            assertThat(compact).isEqualTo(analyzer.termsOf(text));
        }
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(6);
    }

    /**
     * ASCII (with whitespace and whole words, some of them stop words or stemmable), Latin,
     * Cyrillic, Greek (final sigma), CJK, digits of other scripts, roman numerals, fractions,
     * marks, emoji, punctuation.
     */
    @Provide
    Arbitrary<String> mixedText() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                chars(Arbitraries.chars().range(' ', '~')),
                chars(Arbitraries.chars().with('\t', '\n', '\r', '\u000b', '\f', '\u001f', '\u0085', '\u2028')),
                Arbitraries.strings().withChars("aeiostnrdgATES").ofMinLength(1).ofMaxLength(9).map(w -> w + " "),
                Arbitraries.strings().withChars("\u03a3\u03a3\u0391\u03c3.'\u00ad \u0130\u212a").ofMaxLength(5),
                chars(Arbitraries.chars().range('\u00a0', '\u024f')),
                chars(Arbitraries.chars().range('\u0370', '\u04ff')),
                chars(Arbitraries.chars().range('\u0660', '\u0669')),
                chars(Arbitraries.chars().range('\u2150', '\u218f')),
                chars(Arbitraries.chars().range('\u0300', '\u036f')),
                chars(Arbitraries.chars().range('\u4e00', '\u4e2f')),
                chars(Arbitraries.chars().range('\u2000', '\u206f')),
                chars(Arbitraries.chars().with('\ud83d', '\ude00', '\ud835', '\udfce')));
        return pieces.list().ofMaxSize(80).map(ps -> String.join("", ps));
    }

    private static Arbitrary<String> chars(Arbitrary<Character> chars) {
        return chars.map(String::valueOf);
    }
}
