package org.sitegen.markdown;

import org.sitegen.diag.Diagnostics;
import org.sitegen.diag.SourcePosition;

/**
 * The limits a body must keep before Flexmark parses it, checked in one pass over its
 * characters. Flexmark recurses once per level of nesting (5,000 nested {@code >} or list
 * markers, or a link title of about 1,250 characters read by a recursive regular expression,
 * overflow a thread's stack), and its autolinker re-reads a whole word for every quote or
 * dotted part in it (quadratic). Each limit sits far above what prose needs and far below
 * where the cost or the stack runs out; a body over one is reported at its line and column and
 * is not parsed.
 */
final class BodyLimits {
    /** Characters of Markdown in one body (front matter has its own limit). */
    static final int MAX_BODY_CHARS = 1024 * 1024;
    /** Containers ({@code >}, list items) on one line, and inline markup open at one point. */
    static final int MAX_NESTING = 100;
    /**
     * Characters of one link title, link destination in {@code <...>} or HTML comment inside a
     * paragraph: Flexmark reads each with a regular expression that recurses once a character.
     */
    static final int MAX_SPAN = 1000;
    /**
     * Quotes, '&', "](" and '.'/'-'/'+' after a letter or digit, in one word (no space or line
     * break). A link whose destination closes before any space ({@code [text](https://a.b/c)}) is
     * read once, and its destination is no text for the autolinker: neither its "](" nor what is in
     * its destination counts. Chinese and Japanese put no spaces between words, so a list of such
     * links is one long word (yihui.org's song list: about 20 links in a line).
     */
    static final int MAX_WORD_PARTS = 64;
    /**
     * Lines of a block quote without a break. The Markdown library joins a quoted paragraph's lines
     * (each without its '>') into one text in time that grows with the square of their number,
     * so one hostile body of them would hold a build for minutes.
     */
    static final int MAX_QUOTED_LINES = 1000;
    /**
     * Different lengths of backtick runs in one paragraph. Each run looks ahead for a closing run of
     * its own length, so runs of k lengths cost k passes over the paragraph (cmark's "backticks"
     * test: time growing as n^1.5); real text uses one or two lengths.
     */
    static final int MAX_BACKTICK_LENGTHS = 32;

    /** The ASCII characters the scan looks at inside a line; it skips all others with this one test. */
    private static final boolean[] MARKUP = new boolean[128];

    static {
        for (char c : "\\[]<*_~\"' &.-+`".toCharArray()) {
            MARKUP[c] = true;
        }
    }

    private BodyLimits() {
    }

    /**
     * Reports the first breach of each limit in {@code body}.
     *
     * @return whether the body keeps every limit (and may be parsed)
     */
    static boolean check(char[] body, BodySource source, Diagnostics diagnostics) {
        if (body.length > MAX_BODY_CHARS) {
            diagnostics.error(SourcePosition.of(source.displayPath(), source.bodyFirstLine(), 1),
                    "body is larger than " + MAX_BODY_CHARS + " characters (" + body.length
                            + " here); split it into several briefings");
            return false;
        }
        return new Scan(body, source, diagnostics).run();
    }

    /** One pass; the position is kept as line and column so a breach is reported where it is. */
    private static final class Scan {
        private final char[] body;
        private final BodySource source;
        private final Diagnostics diagnostics;
        private boolean ok = true;
        private boolean nestingReported;
        private boolean spanReported;
        private boolean wordReported;
        private boolean closersReported;
        private boolean quotedRunReported;
        private boolean backticksReported;

        Scan(char[] body, BodySource source, Diagnostics diagnostics) {
            this.body = body;
            this.source = source;
            this.diagnostics = diagnostics;
        }

        boolean run() {
            // locals, not fields: the quick JIT (C1) reads a field again at every use in a loop
            final char[] body = this.body;
            final boolean[] markup = MARKUP;
            int n = body.length;
            int line = 0; // in the body
            int lineStart = 0;
            int inline = 0; // inline markup open in this paragraph: brackets and emphasis openers
            int closersLeft = 0; // emphasis closers in this paragraph that found nothing open
            char fence = 0; // the character of the open code fence, 0 outside one
            int spanScannedTo = -1; // a link's destination and title, or a comment, were read up to here
            int destinationScannedTo = -1; // link destinations were looked at up to here, to see whether they close
            int closedDestinationEnd = -1; // the ')' of the last link destination found closed
            int wordStart = 0;
            int wordParts = 0;
            int quotedRun = 0; // lines of a block quote since its last break
            java.util.BitSet backtickLengths = new java.util.BitSet(); // in this paragraph
            boolean paragraphOpen = false; // the line before holds text: an indented line continues it
            boolean listOpen = false; // an indented line may belong to a list item, not be code
            int i = 0;
            while (i < n) {
                // A line: its container prefix first.
                int depth = 0;
                boolean quoted = false;
                boolean listMarker = false;
                int deepAt = -1; // where the line went past the limit
                int indent = 0;
                int j = i;
                while (j < n) {
                    char c = body[j];
                    if (c == ' ') {
                        indent++;
                    } else if (c == '\t') {
                        indent += 4;
                    } else if (c == '>' || isListMarker(j)) {
                        quoted |= c == '>';
                        listMarker |= c != '>';
                        depth += 1 + indent / 2; // a nested list needs two columns a level
                        indent = 0;
                        if (depth > MAX_NESTING && deepAt < 0) {
                            deepAt = j;
                        }
                        if (c != '>') {
                            while (body[j] >= '0' && body[j] <= '9') {
                                j++;
                            }
                        }
                    } else {
                        break;
                    }
                    j++;
                }
                if (fence == 0 && deepAt >= 0) {
                    nesting(line, deepAt - i + 1, "quotes and list items are nested " + depth + " deep here");
                }
                int end = j;
                while (end < n && body[end] != '\n') {
                    end++;
                }
                if (fence == 0) {
                    quotedRun = quoted && j < end ? quotedRun + 1 : 0; // a line of only '>' breaks the quote's paragraph
                    if (quotedRun > MAX_QUOTED_LINES && !quotedRunReported) {
                        quotedRunReported = true;
                        fail(line, 1, "a block quote runs more than " + MAX_QUOTED_LINES + " lines without a break here; "
                                + "end its paragraphs with a line holding only '>'");
                    }
                }
                char first = j < n ? body[j] : 0;
                boolean blank = j == end || j + 1 == end && first == '\r';
                listOpen = listMarker || listOpen && (blank || depth > 0 || indent > 0 || paragraphOpen);
                // At the top level a line indented 4 columns is code (or a paragraph's continuation), never a fence.
                boolean topLevelIndent = depth == 0 && !listOpen && indent >= 4;
                boolean fenceLine = (first == '`' || first == '~') && j + 2 < n && body[j + 1] == first
                        && body[j + 2] == first && (fence == 0 || fence == first) && !topLevelIndent;
                if (fenceLine) {
                    fence = fence == 0 ? first : 0;
                }
                // An indented code block, where Markdown reads no markup: at the top level only, as
                // inside a list item the same indent may be a paragraph of the item.
                boolean indentedCode = !blank && topLevelIndent && !paragraphOpen;
                if (fenceLine || fence != 0 || indentedCode) {
                    i = end + 1;
                    line++;
                    lineStart = i;
                    wordStart = i;
                    wordParts = 0;
                    continue;
                }
                if (blank || listMarker) {
                    // a blank line ends the paragraph and whatever it left open; a list item starts a block
                    inline = 0;
                    closersLeft = 0;
                    backtickLengths.clear();
                }
                paragraphOpen = !blank;
                for (int k = j; k < end; k++) {
                    char c = body[k];
                    if (c >= 128 || !markup[c]) {
                        continue; // nearly every character: a letter, a digit, a comma...
                    }
                    if (c == ' ') { // the commonest of the rest: a word ends (a space is no word part)
                        wordStart = k + 1;
                        wordParts = 0;
                        continue;
                    }
                    switch (c) {
                        case '\\' -> {
                            k++; // an escaped character is text
                            continue;
                        }
                        case '[' -> inline++;
                        case ']' -> {
                            inline = Math.max(0, inline - 1);
                            if (k > spanScannedTo && k + 1 < n && (body[k + 1] == '(' || body[k + 1] == ':')) {
                                spanScannedTo = linkTitle(k + 2, line, lineStart);
                            }
                            if (k + 1 < n && body[k + 1] == '(' && k > destinationScannedTo) {
                                int close = closingParenthesis(k + 2, end);
                                destinationScannedTo = Math.max(k + 1, Math.abs(close));
                                if (close >= 0) {
                                    closedDestinationEnd = close;
                                }
                            }
                        }
                        case '<' -> {
                            if (k > j && k > spanScannedTo && startsWith("<!--", k)) { // at a line's start: an HTML block
                                spanScannedTo = comment(k, line, lineStart);
                            }
                        }
                        case '*', '_', '~', '"' -> {
                            int levels = flanking(k);
                            if (inline + levels < 0) {
                                closersLeft -= inline + levels;
                                if (closersLeft > MAX_NESTING && !closersReported) {
                                    closersReported = true;
                                    fail(line, k - lineStart + 1, "more than " + MAX_NESTING + " closing emphasis "
                                            + "marks with nothing to close in one paragraph; escape them (\\*) "
                                            + "(Markdown's parser looks back over the paragraph for each)");
                                }
                            }
                            inline = Math.max(0, inline + levels);
                        }
                        case '`' -> {
                            int run = 1;
                            while (k + run < end && body[k + run] == '`') {
                                run++;
                            }
                            backtickLengths.set(run);
                            if (backtickLengths.cardinality() > MAX_BACKTICK_LENGTHS && !backticksReported) {
                                backticksReported = true;
                                fail(line, k - lineStart + 1, "backtick runs of more than " + MAX_BACKTICK_LENGTHS
                                        + " different lengths in one paragraph; escape them (\\`) or use a code block "
                                        + "(Markdown's parser looks ahead through the paragraph for each length)");
                            }
                            k += run - 1;
                        }
                        default -> {
                        }
                    }
                    if (k > closedDestinationEnd && isWordPart(k)) {
                        if (++wordParts > MAX_WORD_PARTS && !wordReported) {
                            wordReported = true;
                            fail(line, wordStart - lineStart + 1, "a word holds more than " + MAX_WORD_PARTS
                                    + " quotes, '&', '](' or '.', '-', '+' after a letter or "
                                    + "digit; put spaces in it (Markdown's parser reads such a word again for each of them)");
                        }
                    }
                    if (inline > MAX_NESTING) {
                        nesting(line, k - lineStart + 1, "brackets, emphasis and quotes are nested more than "
                                + MAX_NESTING + " deep here");
                    }
                }
                i = end + 1;
                line++;
                lineStart = i;
                wordStart = i;
                wordParts = 0;
            }
            return ok;
        }

        /** '-', '+', '*' followed by a space, tab or line end; or 1-9 digits, then '.' or ')' and the same. */
        private boolean isListMarker(int at) {
            char c = body[at];
            int next = at + 1;
            if (c >= '0' && c <= '9') {
                while (next < body.length && next - at < 10 && Character.isDigit(body[next])) {
                    next++;
                }
                if (next >= body.length || body[next] != '.' && body[next] != ')') {
                    return false;
                }
                next++;
            } else if (c != '-' && c != '+' && c != '*') {
                return false;
            }
            return next >= body.length || body[next] == ' ' || body[next] == '\t'
                    || body[next] == '\n' || body[next] == '\r';
        }

        /**
         * +length for a delimiter run that may only open (text after it, space or start before
         * it), -length for one that may only close, 0 otherwise; counted at its first character.
         */
        private int flanking(int at) {
            char c = body[at];
            if (at > 0 && body[at - 1] == c) {
                return 0;
            }
            int end = at;
            while (end < body.length && body[end] == c) {
                end++;
            }
            boolean spaceBefore = at == 0 || Character.isWhitespace(body[at - 1]);
            boolean spaceAfter = end >= body.length || Character.isWhitespace(body[end]);
            int levels = end - at; // "******" may open three strong emphases, one in the other
            return spaceBefore && !spaceAfter ? levels : !spaceBefore && spaceAfter ? -levels : 0;
        }

        /**
         * Where the link destination starting at {@code from} closes: the index of its ')' when it
         * ends there before any space, line end ({@code end}) or unbalanced '(' and within {@link
         * #MAX_SPAN} characters (as CommonMark reads a destination); else minus where the look
         * stopped. Destinations are looked at once (the caller skips those that start inside one
         * already looked at), so the scan stays linear.
         */
        private int closingParenthesis(int from, int end) {
            int depth = 0;
            int i = from;
            for (; i < end && i - from <= MAX_SPAN; i++) {
                char c = body[i];
                if (c == '\\') {
                    i++;
                } else if (c == '(') {
                    depth++;
                } else if (c == ')') {
                    if (depth == 0) {
                        return i > from ? i : -i; // "]()" has no destination to skip
                    }
                    depth--;
                } else if (c <= ' ' || c == '<' && i == from) {
                    break;
                }
            }
            return -i;
        }

        /** A character that splits a word for the link finder: see {@link #MAX_WORD_PARTS}. */
        private boolean isWordPart(int at) {
            char c = body[at];
            if (c == '\'' || c == '"' || c == '&' || c == ']' && at + 1 < body.length && body[at + 1] == '(') {
                return true; // "](": each starts a link destination read to the end of the word
            }
            if ((c == '.' || c == '-' || c == '+') && at > 0) {
                char before = body[at - 1];
                return before >= 'a' && before <= 'z' || before >= '0' && before <= '9';
            }
            return false;
        }

        /**
         * Reads the destination and title of a link (or reference definition) starting at {@code
         * from}, reports a title longer than {@link #MAX_SPAN}, and returns where it stopped:
         * a link opened in that stretch is inside this one's destination or title, so it is not
         * read again (which keeps the pass linear).
         */
        private int linkTitle(int from, int line, int lineStart) {
            int n = body.length;
            int i = from;
            while (i < n && (body[i] == ' ' || body[i] == '\t')) {
                i++;
            }
            if (i < n && body[i] == '<') {
                int start = i;
                while (i < n && body[i] != '>' && body[i] != '\n') {
                    if (i - start > MAX_SPAN) {
                        span(line, lineStart, start, "link destination in <...> is longer than " + MAX_SPAN
                                + " characters; shorten it (Markdown's parser runs out of stack on long ones)");
                        return i;
                    }
                    i++;
                }
                i++;
            } else {
                while (i < n && !Character.isWhitespace(body[i])) {
                    i++;
                }
            }
            int spaceStart = i;
            boolean newline = false;
            while (i < n && (body[i] == ' ' || body[i] == '\t' || body[i] == '\r'
                    || body[i] == '\n' && !newline)) {
                newline |= body[i] == '\n';
                i++;
            }
            if (i == spaceStart || i >= n) {
                return i;
            }
            char open = body[i];
            char close = open == '(' ? ')' : open;
            if (open != '"' && open != '\'' && open != '(') {
                return i;
            }
            int start = i;
            for (i++; i < n; i++) {
                char c = body[i];
                if (c == '\\') {
                    i++;
                } else if (c == close) {
                    break;
                } else if (c == '\n' && isBlankLineAfter(i)) {
                    break; // the paragraph ends: no title goes past it
                }
                if (i - start > MAX_SPAN) {
                    span(line, lineStart, start, "link title is longer than " + MAX_SPAN
                            + " characters; shorten it (Markdown's parser runs out of stack on long ones)");
                    return i;
                }
            }
            return i;
        }

        /** Reads an HTML comment inside a paragraph, reports it when too long, returns where it stopped. */
        private int comment(int from, int line, int lineStart) {
            int i = from + 4;
            for (; i < body.length && !startsWith("-->", i); i++) {
                if (body[i] == '\n' && isBlankLineAfter(i)) {
                    break; // the paragraph ends
                }
                if (i - from > MAX_SPAN) {
                    span(line, lineStart, from, "HTML comment inside a paragraph is longer than " + MAX_SPAN
                            + " characters; start it on a line of its own (Markdown's parser runs out of stack on "
                            + "long ones)");
                    return i;
                }
            }
            return i;
        }

        /** Reports a span that starts at {@code start}, which may be some lines below {@code line}. */
        private void span(int line, int lineStart, int start, String message) {
            if (!spanReported) {
                spanReported = true;
                int spanLine = line;
                int spanLineStart = lineStart;
                for (int i = lineStart; i < start; i++) {
                    if (body[i] == '\n') {
                        spanLine++;
                        spanLineStart = i + 1;
                    }
                }
                fail(spanLine, start - spanLineStart + 1, message);
            }
        }

        private boolean startsWith(String ascii, int at) {
            if (at + ascii.length() > body.length) {
                return false;
            }
            for (int i = 0; i < ascii.length(); i++) {
                if (body[at + i] != ascii.charAt(i)) {
                    return false;
                }
            }
            return true;
        }

        private boolean isBlankLineAfter(int newline) {
            for (int i = newline + 1; i < body.length; i++) {
                char c = body[i];
                if (c == '\n') {
                    return true;
                }
                if (c != ' ' && c != '\t' && c != '\r') {
                    return false;
                }
            }
            return true;
        }

        private void nesting(int line, int column, String what) {
            if (!nestingReported) {
                nestingReported = true;
                fail(line, column, what + "; at most " + MAX_NESTING + " levels are allowed");
            }
        }

        private void fail(int bodyLine, int column, String message) {
            ok = false;
            diagnostics.error(SourcePosition.of(source.displayPath(), source.bodyFirstLine() + bodyLine, column), message);
        }
    }
}
