package org.sitegen.markdown;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The markers Flexmark's renderer writes around each embed's content, and their replacement by
 * the embeds' HTML. Markers, rather than the template's HTML at once, so that the body's raw
 * HTML is sanitised with the embed's content and the template's own HTML is not: the theme's
 * markup (a button, data attributes) is trusted, the writer's is not. The marker characters are
 * private-use ones, which {@link Embeds#check} refuses in a body with embeds.
 */
final class EmbedOutput {
    static final char OPEN = '\uE000';
    static final char END = '\uE001';
    static final char CLOSE = '\uE002';

    private EmbedOutput() {
    }

    static String open(int index) {
        return OPEN + Integer.toString(index) + END;
    }

    static String close(int index) {
        return CLOSE + Integer.toString(index) + END;
    }

    /** Turns embed {@code index} with its content into HTML. */
    @FunctionalInterface
    interface Expansion {
        String html(int index, String content);
    }

    /** {@code html} with each marked embed replaced by its HTML, innermost first (its HTML is its parent's content). */
    static String expand(String html, Expansion expansion) {
        StringBuilder out = new StringBuilder(html.length() + 256);
        Deque<StringBuilder> open = new ArrayDeque<>();
        Deque<Integer> indices = new ArrayDeque<>();
        StringBuilder current = out;
        for (int i = 0; i < html.length(); i++) {
            char c = html.charAt(i);
            if (c == OPEN || c == CLOSE) {
                int end = html.indexOf(END, i);
                int index = Integer.parseInt(html, i + 1, end, 10);
                i = end;
                if (c == OPEN) {
                    open.push(current);
                    indices.push(index);
                    current = new StringBuilder();
                } else {
                    if (indices.isEmpty() || indices.pop() != index) {
                        throw new IllegalStateException("embed markers out of order");
                    }
                    String content = current.toString().strip();
                    current = open.pop();
                    current.append(expansion.html(index, content)); // the marker's line break follows
                }
            } else {
                current.append(c);
            }
        }
        if (!open.isEmpty()) {
            throw new IllegalStateException("embed markers out of order");
        }
        return out.toString();
    }
}
