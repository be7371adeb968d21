package org.sitegen.store;

/**
 * A rendered body's HTML or plain text, wherever it is kept: on the heap, or in the build's
 * spool file when the archive is too large for that ({@link TextStore}).
 */
public interface StoredText {
    /** The text (read from the spool each time for spooled text: hold it only while it is needed). */
    String load();

    /** Text kept on the heap. */
    static StoredText of(String text) {
        return new InMemory(text);
    }

    /** Text on the heap; equal when the text is (previews compare page data between builds). */
    record InMemory(String text) implements StoredText {
        @Override
        public String load() {
            return text;
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
