package org.sitegen.markdown;

import java.util.stream.IntStream;
import org.sitegen.diag.SourcePosition;

/**
 * The file line and column of a place in one body, for diagnostics: the body's line starts
 * are found at the first diagnostic, so a body without any pays nothing.
 */
final class BodyPositions {
    private final BodySource document;
    private final CharSequence body;
    private int[] lineStarts;

    /** @param body the text the parser read (the offsets of its nodes are offsets into it) */
    BodyPositions(BodySource document, CharSequence body) {
        this.document = document;
        this.body = body;
    }

    SourcePosition at(int offset) {
        int[] starts = lineStarts();
        int line = 0;
        while (line + 1 < starts.length && starts[line + 1] <= offset) {
            line++;
        }
        return SourcePosition.of(document.displayPath(), document.bodyFirstLine() + line, offset - starts[line] + 1);
    }

    private int[] lineStarts() {
        if (lineStarts == null) {
            lineStarts = IntStream.concat(IntStream.of(0),
                    IntStream.range(0, body.length()).filter(i -> body.charAt(i) == '\n').map(i -> i + 1)).toArray();
        }
        return lineStarts;
    }
}
