package org.sitegen.markdown.fast;

import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import org.sitegen.exec.Scratch;

/**
 * The HTML text {@link DirectHtmlRenderer} writes, laid out in lines exactly as Flexmark's
 * HtmlWriter lays out ours (no indentation, leading spaces of a line trimmed, {@link #line()}
 * ends a line only if it has text). Where that layout has subtleties this class does not
 * reproduce (a line that would start with whitespace, a blank line, a line ending in
 * whitespace) it gives up with {@link DirectHtmlRenderer.Unsupported} and Flexmark renders the body.
 */
final class HtmlLines {
    private static final Scratch<CharBuffer> BUFFERS = CharBuffer.scratch();

    private final CharBuffer out;
    private final SourceChars source;
    private int lineStart;

    HtmlLines(int capacity, SourceChars source) {
        out = CharBuffer.emptied(BUFFERS, capacity);
        this.source = source;
    }

    /** Ends the current line, unless it is empty. */
    void line() {
        if (out.length() > lineStart) {
            endLine();
        }
    }

    /** Markup as is ({@code <p>}, an entity, "\n" for a soft break). */
    void raw(CharSequence text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                requireLineText();
                endLine();
            } else {
                append(c);
            }
        }
    }

    /** Text with &amp;, &lt;, &gt; and &quot; escaped, as Flexmark's {@code Escaping.escapeHtml(text, false)}. */
    void text(CharSequence text) {
        String string = text.toString();
        text(string.toCharArray(), 0, string.length());
    }

    /**
     * A text node's characters as {@link #text(CharSequence)} writes them, after Flexmark's
     * {@code unescape()} (backslash escapes, entities, CR LF) when they hold anything to unescape
     * (almost never: then whole runs are copied straight from the source).
     */
    void markdownText(BasedSequence chars) {
        if (source.isSlice(chars)) {
            char[] a = source.chars();
            int from = chars.getStartOffset();
            int to = chars.getEndOffset();
            if (!needsUnescape(a, from, to)) {
                text(a, from, to);
                return;
            }
        }
        text(Escaping.normalizeEOL(chars.unescape()));
    }

    /**
     * {@code text.unescape()}: Flexmark's looks for a backslash or an ampersand with a regular
     * expression over the sequence, a call per character; a link's URL rarely holds either.
     */
    static String unescaped(BasedSequence text) {
        String plain = text.toString();
        return plain.indexOf('\\') < 0 && plain.indexOf('&') < 0 ? plain : text.unescape();
    }

    private static boolean needsUnescape(char[] a, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = a[i];
            if (c == '\\' || c == '&' || c == '\r') {
                return true;
            }
        }
        return false;
    }

    /** {@link #text(CharSequence)} of a[from, to): the runs between special characters appended whole. */
    private void text(char[] a, int from, int to) {
        int run = from;
        for (int i = from; i < to; i++) {
            char c = a[i];
            if (c == '&' || c == '<' || c == '>' || c == '"' || c == '\n') {
                appendRun(a, run, i);
                run = i + 1;
                switch (c) {
                    case '&' -> append("&amp;");
                    case '<' -> append("&lt;");
                    case '>' -> append("&gt;");
                    case '"' -> append("&quot;");
                    default -> {
                        requireLineText();
                        endLine();
                    }
                }
            }
        }
        appendRun(a, run, to);
    }

    /** Only a run's first character can start a line: the rest follow it. */
    private void appendRun(char[] a, int from, int to) {
        if (from < to) {
            checkLineStart(a[from]);
            out.append(a, from, to);
        }
    }

    private void append(String markup) {
        checkLineStart(markup.charAt(0));
        out.append(markup);
    }

    private void append(char c) {
        checkLineStart(c);
        out.append(c);
    }

    /** Flexmark trims whitespace at the start of a line; rather than imitate its notion of whitespace, give up. */
    private void checkLineStart(char c) {
        if (out.length() == lineStart && (c <= ' ' || Character.isWhitespace(c) || Character.isSpaceChar(c))) {
            throw DirectHtmlRenderer.Unsupported.INSTANCE;
        }
    }

    /** An explicit line break on an empty line would be a blank line, which Flexmark collapses by its own rules. */
    private void requireLineText() {
        if (out.length() == lineStart) {
            throw DirectHtmlRenderer.Unsupported.INSTANCE;
        }
    }

    private void endLine() {
        char last = out.charAt(out.length() - 1);
        if (last == ' ' || last == '\t' || Character.isWhitespace(last) || Character.isSpaceChar(last)) {
            throw DirectHtmlRenderer.Unsupported.INSTANCE; // trailing whitespace: not worth modelling
        }
        out.append('\n');
        lineStart = out.length();
    }

    /** The HTML as {@code output} makes it of the chars; every block ends its line, so the last line is complete. */
    <T> T result(DirectHtmlRenderer.Output<T> output) {
        return output.of(out.array(), out.length());
    }

    /** The HTML; every block ends its line, so the last line is complete. */
    @Override
    public String toString() {
        return out.toString();
    }
}
