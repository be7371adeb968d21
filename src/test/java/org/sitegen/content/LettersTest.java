package org.sitegen.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LettersTest {
    /** Every code point, against the Unicode categories L and N as the JDK reads them (the ASCII shortcut included). */
    @Test
    void lettersAndNumbersAreUnicodeCategoriesLAndN() {
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            int type = Character.getType(cp);
            boolean expected = type == Character.UPPERCASE_LETTER || type == Character.LOWERCASE_LETTER
                    || type == Character.TITLECASE_LETTER || type == Character.MODIFIER_LETTER
                    || type == Character.OTHER_LETTER || type == Character.DECIMAL_DIGIT_NUMBER
                    || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
            if (Letters.isLetterOrNumber(cp) != expected) {
                assertThat(Letters.isLetterOrNumber(cp)).as("U+%04X", cp).isEqualTo(expected);
            }
        }
    }
}
