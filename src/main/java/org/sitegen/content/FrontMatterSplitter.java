package org.sitegen.content;

/**
 * Cuts YAML front matter ({@code ---} first line, closed by {@code ---} or {@code ...}) from the
 * Markdown body. Expects text with {@code \n} line endings and no BOM (see {@link SourceReader}).
 */
public final class FrontMatterSplitter {

    /** Thrown when a file opens front matter and never closes it. */
    public static final class UnclosedFrontMatterException extends Exception {
        public UnclosedFrontMatterException() {
            super("front matter starts with '---' but has no closing '---' line");
        }
    }

    public SplitSource split(String text) throws UnclosedFrontMatterException {
        if (!isFence(text, 0, lineEnd(text, 0), "---")) {
            return new SplitSource("", 1, text, 1);
        }
        int lineStart = text.indexOf('\n') + 1;
        int line = 2;
        while (lineStart > 0 && lineStart <= text.length()) {
            int end = lineEnd(text, lineStart);
            if (isFence(text, lineStart, end, "---") || isFence(text, lineStart, end, "...")) {
                int bodyStart = Math.min(text.length(), end + 1);
                return new SplitSource(text.substring(text.indexOf('\n') + 1, lineStart), 2,
                        text.substring(bodyStart), line + 1);
            }
            lineStart = text.indexOf('\n', lineStart) + 1;
            line++;
        }
        throw new UnclosedFrontMatterException();
    }

    private static int lineEnd(String text, int from) {
        int end = text.indexOf('\n', from);
        return end < 0 ? text.length() : end;
    }

    /**
     * Whether text[from, end) is {@code fence} followed by nothing but whitespace (what
     * {@code stripTrailing()} takes off), without copying the line: this runs on every line of
     * every front matter.
     */
    private static boolean isFence(String text, int from, int end, String fence) {
        if (end - from < fence.length() || !text.startsWith(fence, from)) {
            return false;
        }
        for (int i = from + fence.length(); i < end; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
