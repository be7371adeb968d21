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
        if (isAscii(lower)) {
            return lower; // most text: nothing to decompose (and no per-character work)
        }
        String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK) {
                continue;
            }
            switch (c) {
                case 'ß' -> out.append("ss");
                case 'æ' -> out.append("ae");
                case 'œ' -> out.append("oe");
                case 'ø' -> out.append('o');
                case 'ł' -> out.append('l');
                case 'đ' -> out.append('d');
                case 'ı' -> out.append('i');
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0x7f) {
                return false;
            }
        }
        return true;
    }
}
