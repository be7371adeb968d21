package org.sitegen.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Text → index terms: fold, split into runs of letters and digits, drop one-letter words and
 * stop words, stem. The browser client analyses queries with the same rules.
 */
public final class Analyzer {
    /** Longer tokens are not words a reader types (hashes, URLs run together); skipping them keeps shards small. */
    static final int MAX_TOKEN = 30;
    /** Words so common they would match nearly every briefing; keep in sync with search.js. */
    static final Set<String> STOP_WORDS = Set.of("a", "an", "and", "are", "as", "at", "be", "been", "but", "by",
            "for", "from", "had", "has", "have", "he", "her", "his", "in", "into", "is", "it", "its", "of", "on",
            "or", "she", "that", "the", "their", "them", "they", "this", "to", "was", "were", "which", "who",
            "will", "with");

    private Analyzer() {
    }

    /** The folded words of {@code text}, before stop words and stemming (what prefix matching sees). */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        forEachWord(text, words::add);
        return words;
    }

    /** The index terms of {@code text}, in order, with repeats. */
    public static List<String> terms(String text) {
        List<String> terms = new ArrayList<>();
        forEachTerm(text, terms::add);
        return terms;
    }

    /** Hands each index term of {@code text} to {@code terms}, in order, with repeats. */
    public static void forEachTerm(String text, Consumer<String> terms) {
        forEachWord(text, w -> {
            if (!STOP_WORDS.contains(w)) {
                terms.accept(Stemmer.stem(w));
            }
        });
    }

    /**
     * The runs of letters and digits (Unicode categories L and N, as the client's
     * {@code [\p{L}\p{N}]+}) of the folded text, 2 to {@link #MAX_TOKEN} chars long. A loop, not a
     * regex: this runs over every word of every briefing.
     */
    private static void forEachWord(String text, Consumer<String> words) {
        String folded = Folding.fold(text);
        int n = folded.length();
        int i = 0;
        while (i < n) {
            int cp = folded.codePointAt(i);
            if (!isWordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            do {
                i += Character.charCount(cp);
            } while (i < n && isWordChar(cp = folded.codePointAt(i)));
            int length = i - start;
            if (length >= 2 && length <= MAX_TOKEN) {
                words.accept(folded.substring(start, i));
            }
        }
    }

    private static boolean isWordChar(int cp) {
        if (cp < 0x80) {
            return (cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9') || (cp >= 'A' && cp <= 'Z');
        }
        if (Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }
}
