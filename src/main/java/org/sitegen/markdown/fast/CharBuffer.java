package org.sitegen.markdown.fast;

import java.util.Arrays;
import org.sitegen.exec.Scratch;

/**
 * A growable char array for building a body's HTML and text. A StringBuilder holding Latin-1
 * tests every char it is given for whether it still fits one byte, and copies itself to UTF-16
 * at the first curly quote (most briefings have one); here runs are plain array copies, and the
 * one String made at the end is narrowed (or not) once.
 */
public final class CharBuffer {
    /** Larger arrays are not kept from body to body by {@link #emptied}. */
    private static final int MAX_KEPT = 1 << 20;

    private char[] chars;
    private int size;

    CharBuffer(int capacity) {
        chars = new char[Math.max(16, capacity)];
    }

    /** One buffer per thread of the build scope, for {@link #emptied}. */
    public static Scratch<CharBuffer> scratch() {
        return Scratch.of(() -> new CharBuffer(16 * 1024));
    }

    /**
     * This thread's buffer of {@code buffers}, emptied, with room for {@code capacity} chars:
     * reused from body to body, as a new one for each made a tenth of a build's garbage. Its
     * text is only good until this thread asks again.
     */
    public static CharBuffer emptied(Scratch<CharBuffer> buffers, int capacity) {
        CharBuffer buffer = buffers.get();
        buffer.size = 0;
        if (buffer.chars.length < capacity || buffer.chars.length > Math.max(MAX_KEPT, capacity)) {
            buffer.chars = new char[Math.max(16, capacity)];
        }
        return buffer;
    }

    public void append(char c) {
        reserve(1)[size++] = c;
    }

    public void append(String text) {
        text.getChars(0, text.length(), reserve(text.length()), size);
        size += text.length();
    }

    public void append(char[] source, int from, int to) {
        System.arraycopy(source, from, reserve(to - from), size, to - from);
        size += to - from;
    }

    public int length() {
        return size;
    }

    /** The array, with room for {@code more} chars after {@link #length()} (for a caller that fills it, then {@link #setLength}). */
    public char[] reserve(int more) {
        if (size + more > chars.length) {
            grow(more);
        }
        return chars;
    }

    /** After filling what {@link #reserve} returned: the chars now in use. */
    public void setLength(int length) {
        size = length;
    }

    /** The array the text is in: its first {@link #length()} chars, good until the buffer is next written. */
    public char[] array() {
        return chars;
    }

    public char charAt(int index) {
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
