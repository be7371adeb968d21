package org.sitegen.markdown;

import java.util.Arrays;

/**
 * A growable char array for building a body's HTML and text. A StringBuilder holding Latin-1
 * tests every char it is given for whether it still fits one byte, and copies itself to UTF-16
 * at the first curly quote (most briefings have one); here runs are plain array copies, and the
 * one String made at the end is narrowed (or not) once.
 */
final class CharBuffer {
    private char[] chars;
    private int size;

    CharBuffer(int capacity) {
        chars = new char[Math.max(16, capacity)];
    }

    void append(char c) {
        if (size == chars.length) {
            grow(1);
        }
        chars[size++] = c;
    }

    void append(String text) {
        int length = text.length();
        if (size + length > chars.length) {
            grow(length);
        }
        text.getChars(0, length, chars, size);
        size += length;
    }

    void append(char[] source, int from, int to) {
        int length = to - from;
        if (size + length > chars.length) {
            grow(length);
        }
        System.arraycopy(source, from, chars, size, length);
        size += length;
    }

    int length() {
        return size;
    }

    /** The array, with room for {@code more} chars after {@link #length()}, for a caller that fills it (then {@link #setLength}). */
    char[] reserve(int more) {
        if (size + more > chars.length) {
            grow(more);
        }
        return chars;
    }

    /** After filling what {@link #reserve} returned: the chars now in use. */
    void setLength(int length) {
        size = length;
    }

    char charAt(int index) {
        return chars[index];
    }

    private void grow(int more) {
        chars = Arrays.copyOf(chars, Math.max(chars.length * 2, size + more));
    }

    @Override
    public String toString() {
        return new String(chars, 0, size);
    }
}
