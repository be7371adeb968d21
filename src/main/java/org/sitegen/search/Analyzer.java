package org.sitegen.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text → index terms: fold, split into runs of letters and digits, drop one-letter words and
 * stop words, stem. The browser client analyses queries with the same rules.
 */
public final class Analyzer {
    /** Longer tokens are not words a reader types (hashes, URLs run together); skipping them keeps shards small. */
    static final int MAX_TOKEN = 30;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
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
        Matcher m = WORD.matcher(Folding.fold(text));
        while (m.find()) {
            String w = m.group();
            if (w.length() >= 2 && w.length() <= MAX_TOKEN) {
                words.add(w);
            }
        }
        return words;
    }

    /** The index terms of {@code text}, in order, with repeats. */
    public static List<String> terms(String text) {
        List<String> terms = new ArrayList<>();
        for (String w : words(text)) {
            if (!STOP_WORDS.contains(w)) {
                terms.add(Stemmer.stem(w));
            }
        }
        return terms;
    }
}
