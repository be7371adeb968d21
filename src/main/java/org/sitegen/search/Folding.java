package org.sitegen.search;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Case and diacritic folding shared by the index and the browser client (templates/assets/search.js
 * implements the same steps), so "Zürich", "ZURICH" and "zurich" are one term. Letters that do not
 * decompose under NFD (ß, æ, ø...) get an explicit ASCII spelling.
 */
public final class Folding {
    private Folding() {
    }

    public static String fold(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK
                    || Character.getType(c) == Character.COMBINING_SPACING_MARK
                    || Character.getType(c) == Character.ENCLOSING_MARK) {
                continue;
            }
            out.append(switch (c) {
                case 'ß' -> "ss";
                case 'æ' -> "ae";
                case 'œ' -> "oe";
                case 'ø' -> "o";
                case 'ł' -> "l";
                case 'đ' -> "d";
                case 'ı' -> "i";
                default -> String.valueOf(c);
            });
        }
        return out.toString();
    }
}
