package org.sitegen.markdown.fast;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The buffer holds what a StringBuilder given the same appends holds, across its growth steps. */
class CharBufferTest {

    @Test
    void randomAppends_sameAsStringBuilder() {
        Random random = new Random(3);
        String alphabet = "ab <&\u00e9\u201c\u2014\ud83d\ude00";
        for (int n = 0; n < 500; n++) {
            CharBuffer ours = new CharBuffer(random.nextInt(4));
            StringBuilder reference = new StringBuilder();
            for (int k = random.nextInt(60); k > 0; k--) {
                String piece = org.sitegen.render.RandomText.of(random, alphabet, 30);
                switch (random.nextInt(3)) {
                    case 0 -> {
                        ours.append(piece);
                        reference.append(piece);
                    }
                    case 1 -> {
                        int from = random.nextInt(piece.length() + 1);
                        ours.append(piece.toCharArray(), from, piece.length());
                        reference.append(piece, from, piece.length());
                    }
                    default -> {
                        char c = alphabet.charAt(random.nextInt(alphabet.length()));
                        ours.append(c);
                        reference.append(c);
                    }
                }
                assertThat(ours.length()).isEqualTo(reference.length());
            }
            assertThat(ours.toString()).isEqualTo(reference.toString());
            for (int i = 0; i < reference.length(); i++) {
                assertThat(ours.charAt(i)).isEqualTo(reference.charAt(i));
            }
        }
    }
}
