package org.sitegen.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.sitegen.content.Letters;
import org.sitegen.exec.Scratch;
import org.sitegen.store.StoredText;

/**
 * Text → index terms: fold, split into runs of letters and digits, drop one-letter words, and,
 * for English, stop words and the light stemmer. Chinese and Japanese, written without spaces,
 * are cut into overlapping pairs of characters (bigrams: 中国经济 → 中国 国经 经济), in every language,
 * so a word of two or more characters is found wherever it stands. Other languages are not
 * stemmed (see docs/languages.md: the client must apply the same rules, and prefix matching of
 * the word being typed covers much of what a stemmer would). The browser client (search.js)
 * analyses queries with the same rules.
 */
public final class Analyzer {
    /** English: stop words and the light stemmer. */
    public static final Analyzer ENGLISH = new Analyzer(true);
    /** Any other language: words as they are. */
    public static final Analyzer PLAIN = new Analyzer(false);

    /** Longer tokens are not words a reader types (hashes, URLs run together); skipping them keeps shards small. */
    static final int MAX_TOKEN = 30;
    /** Words so common they would match nearly every briefing; keep in sync with search.js. */
    static final Set<String> STOP_WORDS = Set.of("a", "an", "and", "are", "as", "at", "be", "been", "but", "by",
            "for", "from", "had", "has", "have", "he", "her", "his", "in", "into", "is", "it", "its", "of", "on",
            "or", "she", "that", "the", "their", "them", "they", "this", "to", "was", "were", "which", "who",
            "will", "with");
    /** Distinct words a thread remembers before it starts over; a briefing archive's vocabulary fits. */
    private static final int CACHE_LIMIT = 1 << 17;
    /** What the term cache holds for a stop word (a term is never empty). */
    private static final String NO_TERM = "";
    /**
     * word → term (or {@link #NO_TERM}), per thread of the build scope: an archive repeats the same few thousand words
     * millions of times, and a lookup is cheaper than the stop-word check and the stemmer.
     */
    private final Scratch<TermCache> terms;
    private final boolean english;

    private Analyzer(boolean english) {
        this.english = english;
        this.terms = Scratch.of(() -> new TermCache(english));
    }

    /** The analysis of a site in {@code language} (a BCP 47 tag): English for "en" and "en-…", else plain. */
    public static Analyzer forLanguage(String language) {
        String base = language == null ? "" : language.strip().toLowerCase(java.util.Locale.ROOT);
        return base.isEmpty() || base.equals("en") || base.startsWith("en-") ? ENGLISH : PLAIN;
    }

    /** Whether English stop words are dropped and the stemmer applied; "english" or "plain" in the index's manifest. */
    public boolean english() {
        return english;
    }

    /**
     * A word: {@code length} lower-cased chars of {@code chars} from {@code from}, valid during
     * the call, and {@link TermCache#hash} of them.
     */
    @FunctionalInterface
    private interface WordSink {
        void word(char[] chars, int from, int length, int hash);
    }

    /** The folded words of {@code text}, before stop words and stemming (what prefix matching sees). */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        forEachWord(text, new char[text.length()], (chars, from, length, hash) -> words.add(new String(chars, from, length)));
        return words;
    }

    /** The English index terms of {@code text}, in order, with repeats. */
    public static List<String> terms(String text) {
        return ENGLISH.termsOf(text);
    }

    /** The index terms of {@code text} in this analysis, in order, with repeats. */
    public List<String> termsOf(String text) {
        List<String> out = new ArrayList<>();
        eachTerm(text, out::add);
        return out;
    }

    /** Hands each English index term of {@code text} to {@code terms}, in order, with repeats. */
    public static void forEachTerm(String text, Consumer<String> terms) {
        ENGLISH.eachTerm(text, terms);
    }

    /** Hands each index term of {@code text} in this analysis to {@code consumer}, in order, with repeats. */
    public void eachTerm(String text, Consumer<String> consumer) {
        forEachTerm(text, terms.get(), consumer);
    }

    /**
     * {@link #eachTerm(String, Consumer)} of {@code text.load()}, read from its UTF-8 when it is
     * kept as such: the same terms without decoding the whole text into a String and copying it
     * into a char array (a body is ~6,000 characters, two bytes each once it holds one curly quote).
     */
    public void eachTerm(StoredText text, Consumer<String> consumer) {
        if (text instanceof StoredText.InMemory string) {
            eachTerm(string.text(), consumer);
            return;
        }
        forEachTerm(text.utf8(), terms.get(), consumer);
    }

    static void forEachTerm(String text, TermCache cache, Consumer<String> terms) {
        forEachWord(text, cache.chars(text.length()), (chars, from, length, hash) -> {
            String term = cache.term(chars, from, length, hash);
            if (term != NO_TERM) {
                terms.accept(term);
            }
        });
    }

    /** The index terms of UTF-8 text in {@code cache}'s analysis (as {@link #forEachTerm(String, TermCache, Consumer)} of it decoded). */
    static void forEachTerm(byte[] utf8, TermCache cache, Consumer<String> terms) {
        forEachWord(utf8, (chars, from, length, hash) -> {
            String term = cache.term(chars, from, length, hash);
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
     * char array. A loop, not a regex: this runs over every word of every briefing; and words are
     * handed on as ranges of an array, not Strings, as most are only looked up in the term cache.
     */
    private static void forEachWord(String text, char[] chars, WordSink words) {
        int n = text.length();
        text.getChars(0, n, chars, 0); // one bulk copy (String.charAt per char costs more), into the thread's buffer
        char[] lower = new char[MAX_TOKEN];
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
                asciiWords(chars, start, i, lower, words);
            } else {
                foldedWords(Folding.fold(new String(chars, start, i - start)).toCharArray(), words);
            }
        }
    }

    /**
     * {@link #forEachWord(String, char[], WordSink)} of UTF-8 text decoded, without decoding it: the
     * whitespace and control characters the text is cut at are single bytes of UTF-8 (every
     * byte of a longer character is 0x80 or more), so the pieces are the same; an all-ASCII piece
     * is split straight from the bytes, any other decoded alone (a decoder never takes an ASCII
     * byte into another character, even where the bytes are not valid UTF-8) and folded as before.
     */
    private static void forEachWord(byte[] utf8, WordSink words) {
        char[] lower = new char[MAX_TOKEN];
        int n = utf8.length;
        int i = 0;
        while (i < n) {
            byte b = utf8[i];
            if (b >= 0 && b <= ' ') {
                i++;
                continue;
            }
            int start = i;
            boolean ascii = true;
            for (; i < n && ((b = utf8[i]) < 0 || b > ' '); i++) {
                ascii &= b >= 0;
            }
            if (ascii) {
                asciiWords(utf8, start, i, lower, words);
            } else {
                foldedWords(Folding.fold(new String(utf8, start, i - start, java.nio.charset.StandardCharsets.UTF_8))
                        .toCharArray(), words);
            }
        }
    }

    /** The words of ASCII bytes[from, to), lower-cased into {@code lower}. */
    private static void asciiWords(byte[] bytes, int from, int to, char[] lower, WordSink words) {
        char[] table = ASCII_WORD_CHARS;
        int i = from;
        while (i < to) {
            if (table[bytes[i]] == 0) {
                i++;
                continue;
            }
            int start = i;
            int hash = 0;
            for (char l; i < to && (l = table[bytes[i]]) != 0; i++) {
                if (i - start < MAX_TOKEN) {
                    lower[i - start] = l;
                }
                hash = 31 * hash + l;
            }
            int length = i - start;
            if (length >= 2 && length <= MAX_TOKEN) {
                words.word(lower, 0, length, hash);
            }
        }
    }

    /** For each ASCII char: itself lower-cased when it is a letter or digit, else 0 (one load, not six compares). */
    private static final char[] ASCII_WORD_CHARS = new char[128];

    static {
        for (char c = 0; c < 128; c++) {
            boolean upper = c >= 'A' && c <= 'Z';
            ASCII_WORD_CHARS[c] = upper ? (char) (c + ('a' - 'A')) : Letters.isLetterOrNumber(c) ? c : '\0';
        }
    }

    /** The words of ASCII chars[from, to), lower-cased (into {@code lower} when they need it). */
    private static void asciiWords(char[] chars, int from, int to, char[] lower, WordSink words) {
        char[] table = ASCII_WORD_CHARS;
        int i = from;
        while (i < to) {
            if (table[chars[i]] == 0) {
                i++;
                continue;
            }
            int start = i;
            boolean upper = false;
            int hash = 0; // of the lower-cased word, as TermCache hashes it: worked out while scanning
            for (char c, l; i < to && (l = table[c = chars[i]]) != 0; i++) {
                upper |= l != c;
                hash = 31 * hash + l;
            }
            int length = i - start;
            if (length >= 2 && length <= MAX_TOKEN) {
                if (upper) {
                    for (int k = 0; k < length; k++) {
                        lower[k] = table[chars[start + k]];
                    }
                    words.word(lower, 0, length, hash);
                } else {
                    words.word(chars, start, length, hash);
                }
            }
        }
    }

    /** The words of already folded text, any script; Chinese and Japanese runs as bigrams. */
    private static void foldedWords(char[] folded, WordSink words) {
        int n = folded.length;
        int i = 0;
        while (i < n) {
            int cp = Character.codePointAt(folded, i);
            if (!Letters.isLetterOrNumber(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            // a run of letters and digits, cut where it goes into or out of Chinese or Japanese
            int start = i;
            boolean cjk = isCjk(cp);
            do {
                i += Character.charCount(cp);
            } while (i < n && Letters.isLetterOrNumber(cp = Character.codePointAt(folded, i)) && isCjk(cp) == cjk);
            if (cjk) {
                bigrams(folded, start, i, words);
                continue;
            }
            int length = i - start;
            if (length >= 2 && length <= MAX_TOKEN) {
                words.word(folded, start, length, TermCache.hash(folded, start, length));
            }
        }
    }

    /** Each pair of neighbouring characters of folded[from, to); a character alone, itself. */
    private static void bigrams(char[] folded, int from, int to, WordSink words) {
        int first = from;
        int second = first + Character.charCount(Character.codePointAt(folded, first));
        if (second >= to) {
            words.word(folded, first, to - first, TermCache.hash(folded, first, to - first));
            return;
        }
        while (second < to) {
            int end = second + Character.charCount(Character.codePointAt(folded, second));
            words.word(folded, first, end - first, TermCache.hash(folded, first, end - first));
            first = second;
            second = end;
        }
    }

    /**
     * Han, Hiragana or Katakana: scripts written without spaces between words (as search.js's
     * \p{Script=Han} and the others). Korean is written with spaces, so Hangul is not.
     */
    public static boolean isCjk(int cp) {
        if (cp < 0x2E80) {
            return false; // every letter before the CJK radicals: no lookup for Latin, Cyrillic, Arabic...
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }

    /**
     * word → term, looked up by the word's chars where they lie, so a word seen before (nearly
     * every word) costs no String: open addressing over parallel arrays, emptied when full.
     */
    static final class TermCache {
        private final boolean english;
        /** The text being split, copied out of its String ({@link #chars}). */
        private char[] text = new char[0];
        private char[][] words = new char[1 << 12][];
        private String[] terms = new String[1 << 12];
        private int[] hashes = new int[1 << 12];
        private int size;

        TermCache() {
            this(true);
        }

        TermCache(boolean english) {
            this.english = english;
        }

        /** A buffer of at least {@code length} chars, this thread's (a copy of every text analysed was most of the analysis's garbage). */
        char[] chars(int length) {
            if (text.length < length) {
                text = new char[Math.max(length, Math.min(text.length * 2, 1 << 20))];
            }
            return text;
        }

        /** Words remembered. */
        int size() {
            return size;
        }

        /** The term of the word chars[from, from + length), whose {@link #hash} is {@code hash}. */
        String term(char[] chars, int from, int length, int hash) {
            int mask = words.length - 1;
            for (int i = hash * 0x9E3779B9 >>> 12 & mask; ; i = i + 1 & mask) {
                char[] word = words[i];
                if (word == null) {
                    return add(i, new String(chars, from, length), hash);
                }
                if (hashes[i] == hash && sameChars(word, chars, from, length)) {
                    return terms[i];
                }
            }
        }

        String term(char[] chars, int from, int length) {
            return term(chars, from, length, hash(chars, from, length));
        }

        static int hash(char[] chars, int from, int length) {
            int hash = 0;
            for (int k = from; k < from + length; k++) {
                hash = 31 * hash + chars[k];
            }
            return hash;
        }

        /** A plain loop: Arrays.equals on ranges measured slower here, for words this short, under the quick JIT. */
        private static boolean sameChars(char[] word, char[] chars, int from, int length) {
            if (word.length != length) {
                return false;
            }
            for (int k = 0; k < length; k++) {
                if (word[k] != chars[from + k]) {
                    return false;
                }
            }
            return true;
        }

        private String add(int slot, String word, int hash) {
            String term = !english ? word : STOP_WORDS.contains(word) ? NO_TERM : Stemmer.stem(word);
            char[] chars = word.toCharArray();
            if (size >= CACHE_LIMIT) {
                clear(words.length);
                put(chars, term, hash);
            } else if ((size + 1) * 2 > words.length) {
                grow();
                put(chars, term, hash);
            } else {
                set(slot, chars, term, hash);
            }
            return term;
        }

        private void put(char[] word, String term, int hash) {
            int mask = words.length - 1;
            int i = hash * 0x9E3779B9 >>> 12 & mask;
            while (words[i] != null) {
                i = i + 1 & mask;
            }
            set(i, word, term, hash);
        }

        private void set(int slot, char[] word, String term, int hash) {
            words[slot] = word;
            terms[slot] = term;
            hashes[slot] = hash;
            size++;
        }

        private void grow() {
            char[][] oldWords = words;
            String[] oldTerms = terms;
            int[] oldHashes = hashes;
            clear(oldWords.length * 2);
            for (int i = 0; i < oldWords.length; i++) {
                if (oldWords[i] != null) {
                    put(oldWords[i], oldTerms[i], oldHashes[i]);
                }
            }
        }

        private void clear(int capacity) {
            words = new char[capacity][];
            terms = new String[capacity];
            hashes = new int[capacity];
            size = 0;
        }
    }
}
