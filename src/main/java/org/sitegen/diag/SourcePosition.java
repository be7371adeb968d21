package org.sitegen.diag;

/**
 * Where a problem is: a path as the writer knows it (relative to the project, e.g.
 * "content/2023/x.md"), and a 1-based line and column (0 when unknown).
 */
public record SourcePosition(String path, int line, int column) {

    /** A file name may hold a newline or other control characters: shown escaped, like messages. */
    public SourcePosition {
        path = OneLine.of(path);
    }

    public static SourcePosition of(String path) {
        return new SourcePosition(path, 0, 0);
    }

    public static SourcePosition of(String path, int line, int column) {
        return new SourcePosition(path, line, column);
    }

    @Override
    public String toString() {
        if (line <= 0) {
            return path;
        }
        return column <= 0 ? path + ":" + line : path + ":" + line + ":" + column;
    }
}
