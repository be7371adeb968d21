package org.sitegen.render;

import org.sitegen.config.SiteConfig;
import org.sitegen.markdown.ReadingLength;

/**
 * A briefing's length and reading time as its page shows them: words at {@value #WORDS_PER_MINUTE}
 * a minute; in a language read character by character (message {@code text.countCharacters},
 * Chinese), each Chinese or Japanese character counts as a word read at
 * {@value #CHARACTERS_PER_MINUTE} a minute, the rest as words. Such a language's bodies are
 * counted ({@link #count}) when rendered, and the count kept with them.
 */
public final class ReadingTime {
    private static final int WORDS_PER_MINUTE = 220;
    /** Chinese and Japanese are read character by character, at about this many a minute. */
    private static final int CHARACTERS_PER_MINUTE = 400;

    private ReadingTime() {
    }

    /** Whether pages in {@code language} (with the archive's own messages) count characters: its bodies are then {@link #count}ed. */
    public static boolean countsCharacters(SiteConfig config, String language) {
        return countsCharacters(org.sitegen.i18n.Messages.load(language, config.templatesDir(), config::displayPath,
                config.displayPath(config.projectDir().resolve("pom.xml"))));
    }

    static boolean countsCharacters(org.sitegen.i18n.Messages messages) {
        return "yes".equals(messages.format("text.countCharacters"));
    }

    /** The characters and words of a body's plain text, as a language read character by character counts them. */
    public static ReadingLength count(String text) {
        int characters = 0;
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (org.sitegen.search.Analyzer.isCjk(cp)) {
                characters++;
                inWord = false;
            } else if (Character.isLetterOrDigit(cp)) {
                words += inWord ? 0 : 1;
                inWord = true;
            } else {
                inWord = false;
            }
        }
        return new ReadingLength(characters, words);
    }

    /** {words, minutes of reading, at least 1} of a body of {@code words} words. */
    static int[] ofWords(int words) {
        return new int[] {words, Math.max(1, (words + WORDS_PER_MINUTE / 2) / WORDS_PER_MINUTE)};
    }

    /** {words, minutes of reading, at least 1} of a body counted character by character. */
    static int[] of(ReadingLength length) {
        int characters = length.characters();
        int words = length.words();
        return new int[] {characters + words,
                Math.max(1, Math.round((float) characters / CHARACTERS_PER_MINUTE + (float) words / WORDS_PER_MINUTE))};
    }
}
