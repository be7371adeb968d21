package org.sitegen.render;

import java.io.Writer;

/**
 * Collects one page's text. {@link java.io.StringWriter} appends to a StringBuffer, which takes a
 * lock on each of the thousands of small writes a page is made of; a page is written by one
 * thread, so a StringBuilder is enough.
 */
final class PageTextWriter extends Writer {
    private final StringBuilder text;

    PageTextWriter(int capacity) {
        this.text = new StringBuilder(capacity);
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        text.append(chars, offset, length);
    }

    @Override
    public void write(String string) {
        text.append(string);
    }

    @Override
    public void write(String string, int offset, int length) {
        text.append(string, offset, offset + length);
    }

    @Override
    public void write(int c) {
        text.append((char) c);
    }

    @Override
    public Writer append(CharSequence chars) {
        text.append(chars);
        return this;
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
