package org.sitegen.markdown;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.typographic.TypographicQuotes;
import com.vladsch.flexmark.ext.typographic.TypographicSmarts;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import org.sitegen.exec.Scratch;
import org.sitegen.markdown.fast.CharBuffer;
import org.sitegen.markdown.fast.SourceChars;
import org.sitegen.store.StoredText;

/**
 * The reader-visible text of a Markdown tree, for summaries and word counts: typographic
 * quotes and dashes as rendered, backslash escapes and entities as the characters they stand
 * for, inline code kept, footnote markers and raw HTML left out, line breaks and block
 * boundaries as spaces.
 */
final class PlainText {
    /** Flexmark writes typographic quotes, dashes and ellipses as these entities. */
    private static final java.util.Map<String, String> ENTITIES = java.util.Map.of(
            "&ndash;", "\u2013", "&mdash;", "\u2014", "&hellip;", "\u2026", "&rsquo;", "\u2019",
            "&lsquo;", "\u2018", "&ldquo;", "\u201c", "&rdquo;", "\u201d", "&laquo;", "\u00ab",
            "&raquo;", "\u00bb", "&apos;", "'");

    private PlainText() {
    }


    /** The ASCII stand-ins for typographic characters, for text kept only for search and counting. */
    private static final java.util.Map<String, String> ASCII = java.util.Map.of(
            "&ndash;", "-", "&mdash;", "-", "&hellip;", "...", "&rsquo;", "'", "&lsquo;", "'", "&ldquo;", "\"",
            "&rdquo;", "\"", "&laquo;", "\"", "&raquo;", "\"", "&apos;", "'");

    /** The text with typographic quotes and dashes as a reader sees them (summaries, headings). */
    static String of(Node node, SourceChars source) {
        Collector out = new Collector(source, node.getTextLength());
        append(node, out, ENTITIES);
        return out.text();
    }

    /**
     * The text with typographic characters as plain ASCII ones: for search and word counts,
     * where they do not matter, and an ASCII string takes half the memory.
     */
    static Counted ascii(Node node, SourceChars source) {
        Collector out = new Collector(source, node.getTextLength());
        append(node, out, ASCII);
        return out.counted();
    }

    /** Plain text, kept as a body's text is ({@link StoredText#compact}), and the number of words in it ({@link #countWords}). */
    record Counted(StoredText text, int words) {
    }

    /** Words as a reader counts them in {@link #of} or {@link #ascii} text: runs of non-space, one space apart. */
    static int countWords(String text) {
        if (text.isEmpty()) {
            return 0;
        }
        int words = 1;
        for (int space = text.indexOf(' '); space >= 0; space = text.indexOf(' ', space + 1)) {
            words++;
        }
        return words;
    }

    /**
     * Collects text with runs of whitespace as one space and none at the ends, as it arrives:
     * what {@code replaceAll("\\s+", " ").strip()} did to the whole, without a second pass.
     */
    static final class Collector {
        private static final Scratch<CharBuffer> BUFFERS = CharBuffer.scratch();
        private final CharBuffer out;
        private final SourceChars source;
        private boolean pendingSpace;
        /** Spaces written between words. */
        private int spaces;

        /** @param capacity the node's source length: its text is seldom longer (markup is left out) */
        Collector(SourceChars source, int capacity) {
            this.source = source;
            this.out = CharBuffer.emptied(BUFFERS, capacity);
        }

        /** A node's characters: straight from the source array when they are a slice of it. */
        void append(BasedSequence chars) {
            if (source.isSlice(chars)) {
                append(source.chars(), chars.getStartOffset(), chars.getEndOffset());
            } else {
                append((CharSequence) chars);
            }
        }

        /** Whether a node's characters hold a backslash (then they need unescaping; seldom). */
        boolean hasBackslash(BasedSequence chars) {
            if (source.isSlice(chars)) {
                char[] a = source.chars();
                for (int i = chars.getStartOffset(), end = chars.getEndOffset(); i < end; i++) {
                    if (a[i] == '\\') {
                        return true;
                    }
                }
                return false;
            }
            return chars.indexOf('\\') >= 0;
        }

        void append(CharSequence text) {
            String string = text.toString();
            append(string.toCharArray(), 0, string.length());
        }

        /**
         * a[from, to), whitespace runs as one pending space: one loop writing straight into the
         * buffer (a copy per word cost more than the words; one compare rejects most chars).
         */
        private void append(char[] a, int from, int to) {
            char[] buffer = out.reserve(to - from + 1); // the chars, and one pending space before them
            int size = out.length();
            boolean pending = pendingSpace;
            for (int i = from; i < to; i++) {
                char c = a[i];
                if (c <= ' ' && isRegexSpace(c)) {
                    pending = size > 0;
                } else {
                    if (pending) {
                        buffer[size++] = ' ';
                        spaces++;
                        pending = false;
                    }
                    buffer[size++] = c;
                }
            }
            out.setLength(size);
            pendingSpace = pending;
        }

        /** Spaces written between words so far. */
        int spaces() {
            return spaces;
        }

        void space() {
            pendingSpace = out.length() > 0;
        }

        int length() {
            return out.length();
        }

        String text() {
            return out.toString().strip(); // strip() also drops Unicode spaces at the ends, as before
        }

        /**
         * {@link #text()} kept straight from the chars (no string of it made first when nothing
         * is stripped, the usual case), and its words: every ' ' the collector wrote separates
         * two, unless strip() took some away.
         */
        Counted counted() {
            char[] chars = out.array();
            int to = out.length();
            if (to == 0 || !Character.isWhitespace(chars[0]) && !Character.isWhitespace(chars[to - 1])) {
                return new Counted(StoredText.compact(chars, 0, to), to == 0 ? 0 : spaces + 1);
            }
            String text = text();
            return new Counted(StoredText.compact(text), countWords(text));
        }
    }

    /** The characters of the regex class {@code \\s}: space, \\t, \\n, \\x0B, \\f, \\r. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static void append(Node node, Collector out, java.util.Map<String, String> typographic) {
        if (node instanceof Footnote || node instanceof FootnoteBlock || node instanceof HtmlInline
                || node instanceof HtmlBlock) {
            return;
        }
        if (node instanceof Text) {
            // a backslash escape ("\\*") is a Text node of both characters: the reader sees the second
            BasedSequence chars = node.getChars();
            if (out.hasBackslash(chars)) {
                out.append(chars.unescape());
            } else {
                out.append(chars);
            }
            return;
        }
        if (node instanceof Code && node.getFirstChild() == null) {
            out.append(node.getChars());
            return;
        }
        if (node instanceof HtmlEntity) {
            out.append(node.getChars().unescape()); // "&amp;" is read as "&"
            return;
        }
        if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
            out.space();
            return;
        }
        if (node instanceof TypographicSmarts smarts) {
            out.append(typographic.getOrDefault(smarts.getTypographicText(), smarts.getTypographicText()));
            return;
        }
        boolean quotes = node instanceof TypographicQuotes;
        if (quotes) {
            String opening = ((TypographicQuotes) node).getTypographicOpening();
            out.append(typographic.getOrDefault(opening, opening));
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            append(child, out, typographic);
        }
        if (quotes) {
            String closing = ((TypographicQuotes) node).getTypographicClosing();
            out.append(typographic.getOrDefault(closing, closing));
        }
        if (node instanceof Block) {
            out.space();
        }
    }
}
