package org.sitegen.search;

/**
 * A deliberately light English stemmer: plurals, "-ing" and "-ed", a final silent "e" and the
 * doubled consonant they leave ("stopped" → "stop"). Light because the browser client must apply
 * exactly the same rules (templates/assets/search.js) and because prefix matching of the word
 * being typed covers what a heavier stemmer would. Input is already folded (lower case, ASCII-ish).
 */
public final class Stemmer {
    private Stemmer() {
    }

    public static String stem(String word) {
        if (word.length() <= 3 || !isAsciiWord(word)) {
            return word;
        }
        String w = word;
        boolean verbal = false;
        if (w.endsWith("ies") && w.length() > 4) {
            w = w.substring(0, w.length() - 3) + "y";
        } else if (w.endsWith("sses")) {
            w = w.substring(0, w.length() - 2);
        } else if (w.endsWith("ss") || w.endsWith("us") || w.endsWith("is")) {
            return w;
        } else if (w.endsWith("s")) {
            w = w.substring(0, w.length() - 1);
        } else if (w.endsWith("ing") && w.length() >= 6) {
            w = w.substring(0, w.length() - 3);
            verbal = true;
        } else if (w.endsWith("ed") && w.length() >= 5 && w.charAt(w.length() - 3) != 'e') {
            w = w.substring(0, w.length() - 2);
            verbal = true;
        }
        if (w.endsWith("e") && w.length() > 3) {
            w = w.substring(0, w.length() - 1);
        }
        if (verbal && w.length() > 3) {
            char last = w.charAt(w.length() - 1);
            if (last == w.charAt(w.length() - 2) && "bdgmnprt".indexOf(last) >= 0) {
                w = w.substring(0, w.length() - 1);
            }
        }
        return w;
    }

    /** Only a-z words are stemmed: English rules make no sense for other scripts or for numbers. */
    private static boolean isAsciiWord(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }
}
