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
        if (!isFence(firstLine(text, 0), "---")) {
            return new SplitSource("", 1, text, 1);
        }
        int lineStart = text.indexOf('\n') + 1;
        int line = 2;
        while (lineStart > 0 && lineStart <= text.length()) {
            String current = firstLine(text, lineStart);
            if (isFence(current, "---") || isFence(current, "...")) {
                int bodyStart = Math.min(text.length(), lineStart + current.length() + 1);
                return new SplitSource(text.substring(text.indexOf('\n') + 1, lineStart), 2,
                        text.substring(bodyStart), line + 1);
            }
            lineStart = text.indexOf('\n', lineStart) + 1;
            line++;
        }
        throw new UnclosedFrontMatterException();
    }

    private static String firstLine(String text, int from) {
        int end = text.indexOf('\n', from);
        return end < 0 ? text.substring(from) : text.substring(from, end);
    }

    private static boolean isFence(String line, String fence) {
        return line.stripTrailing().equals(fence);
    }
}
