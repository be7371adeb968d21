package org.sitegen.render;

import java.util.Random;

/** Seeded random strings over a chosen alphabet, for tests that compare two implementations. */
public final class RandomText {
    private RandomText() {
    }

    /** Up to {@code maxLength - 1} characters drawn from {@code alphabet} (lone surrogates included). */
    public static String of(Random random, String alphabet, int maxLength) {
        StringBuilder text = new StringBuilder();
        for (int k = random.nextInt(maxLength); k > 0; k--) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }
}
