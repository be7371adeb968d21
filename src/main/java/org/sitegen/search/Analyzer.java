package org.sitegen.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    /** What the term cache holds for a stop word (a term is never empty). */
    private static final String NO_TERM = "";
    /** Distinct words a thread remembers before it starts over; a briefing archive's vocabulary fits. */
    private static final int CACHE_LIMIT = 1 << 17;
    /**
     * word → term (or {@link #NO_TERM}), per thread: an archive repeats the same few thousand words
     * millions of times, and a lookup is cheaper than the stop-word check and the stemmer.
     */
    private static final ThreadLocal<Map<String, String>> TERMS = ThreadLocal.withInitial(HashMap::new);

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
        Map<String, String> cache = TERMS.get();
        forEachWord(text, word -> {
            String term = cache.get(word);
            if (term == null) {
                if (cache.size() >= CACHE_LIMIT) {
                    cache.clear();
                }
                term = STOP_WORDS.contains(word) ? NO_TERM : Stemmer.stem(word);
                cache.put(word, term);
            }
            if (term != NO_TERM) {
                terms.accept(term);
            }
        });
    }

    /**
     * The runs of letters and digits (Unicode categories L and N, as the client's
     * {@code [\p{L}\p{N}]+}) of the folded text, 2 to {@link #MAX_TOKEN} chars long.
     * <p>
     * Folding (lower case, then NFD without marks) looks at neighbouring characters only within a
     * run of non-whitespace (Greek final sigma, combining marks), so the text is folded piece by
     * piece between ASCII whitespace and control characters, and the pieces that are all ASCII
     * (nearly all of them) take a fast path that lower-cases and splits in one loop over a
     * char array. A loop, not a regex: this runs over every word of every briefing.
     */
    private static void forEachWord(String text, Consumer<String> words) {
        char[] chars = text.toCharArray(); // one bulk copy: String.charAt per char costs more
        int n = chars.length;
        int i = 0;
        while (i < n) {
            if (chars[i] <= ' ') {
                i++;
                continue;
            }
            int start = i;
            boolean ascii = true;
            for (; i < n && chars[i] > ' '; i++) {
                ascii &= chars[i] < 0x80;
            }
            if (ascii) {
                asciiWords(chars, start, i, words);
            } else {
                foldedWords(Folding.fold(new String(chars, start, i - start)), words);
            }
        }
    }

    /** The words of ASCII chars[from, to), lower-cased. */
    private static void asciiWords(char[] chars, int from, int to, Consumer<String> words) {
        int i = from;
        while (i < to) {
            if (!isAsciiWordChar(chars[i])) {
                i++;
                continue;
            }
            int start = i;
            boolean upper = false;
            for (; i < to && isAsciiWordChar(chars[i]); i++) {
                upper |= chars[i] <= 'Z' && chars[i] >= 'A';
            }
            int length = i - start;
            if (length >= 2 && length <= MAX_TOKEN) {
                words.accept(upper ? lowerCase(chars, start, length) : new String(chars, start, length));
            }
        }
    }

    private static String lowerCase(char[] chars, int start, int length) {
        char[] lower = new char[length];
        for (int k = 0; k < length; k++) {
            char c = chars[start + k];
            lower[k] = c <= 'Z' && c >= 'A' ? (char) (c + ('a' - 'A')) : c;
        }
        return new String(lower);
    }

    private static boolean isAsciiWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
    }

    /** The words of already folded text, any script. */
    private static void foldedWords(String folded, Consumer<String> words) {
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
            return isAsciiWordChar((char) cp);
        }
        if (Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }
}
