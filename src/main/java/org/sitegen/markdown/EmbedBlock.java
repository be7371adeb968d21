package org.sitegen.markdown;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An embed in a body ({@code ::: figure src="map.png" alt="..."}, its content, {@code :::}):
 * what its opening line says and whether a closing line ended it. Its children are the
 * Markdown between the two lines (a caption, the text of a note or quote).
 */
final class EmbedBlock extends Block {
    /** An attribute as written, its value unquoted, and where its name starts (an offset into the body). */
    record Attribute(String value, int offset) {
    }

    /** Something wrong with the opening line, at an offset into the body. */
    record Problem(int offset, String message) {
    }

    private final String name;
    private final int nameOffset;
    private final Map<String, Attribute> attributes;
    private final List<Problem> problems;
    private boolean closed;

    EmbedBlock(BasedSequence openingLine, String name, int nameOffset, Map<String, Attribute> attributes,
               List<Problem> problems) {
        super(openingLine);
        this.name = name;
        this.nameOffset = nameOffset;
        this.attributes = new LinkedHashMap<>(attributes);
        this.problems = new ArrayList<>(problems);
    }

    String name() {
        return name;
    }

    int nameOffset() {
        return nameOffset;
    }

    Map<String, Attribute> attributes() {
        return attributes;
    }

    List<Problem> problems() {
        return problems;
    }

    boolean closed() {
        return closed;
    }

    void close() {
        closed = true;
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
