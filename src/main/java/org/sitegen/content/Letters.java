package org.sitegen.content;

/** Which characters make up words, for every stage that looks at words. */
public final class Letters {
    private Letters() {
    }

    /**
     * Whether {@code codePoint} is a letter or a number (Unicode categories L and N, as the
     * search client's {@code [\p{L}\p{N}]}).
     */
    public static boolean isLetterOrNumber(int codePoint) {
        if (codePoint < 0x80) { // most text: no Unicode tables
            return codePoint >= 'a' && codePoint <= 'z' || codePoint >= 'A' && codePoint <= 'Z'
                    || codePoint >= '0' && codePoint <= '9';
        }
        if (Character.isLetter(codePoint)) {
            return true;
        }
        int type = Character.getType(codePoint);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }
}
