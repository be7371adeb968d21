package org.sitegen.content;

import java.util.List;
import java.util.Map;

/**
 * A front matter value as written, with where it was written. Scalars keep their source
 * text, so {@code NO} (Norway) stays "NO" and {@code 1.10} stays "1.10": typing is done by
 * the field that reads the value, not by YAML 1.1's guessing.
 */
public sealed interface YamlNode {
    /** 1-based line in the source file. */
    int line();

    /** 1-based column in the source file. */
    int column();

    /** A scalar; {@code kind} says what plain YAML would have made of it. */
    record Scalar(String text, ScalarKind kind, int line, int column) implements YamlNode {
    }

    /** A sequence. */
    record Sequence(List<YamlNode> items, int line, int column) implements YamlNode {
    }

    /** A mapping; keys in source order. */
    record Mapping(Map<String, Entry> entries, int line, int column) implements YamlNode {
    }

    /** A mapping entry: the key's own position, for messages about the key. */
    record Entry(String key, int line, int column, YamlNode value) {
    }

    /** What the YAML resolver made of a scalar. */
    enum ScalarKind {
        /** quoted, or plain text that is not any of the below */
        STRING,
        /** true/false, and YAML 1.1's yes/no/on/off */
        BOOLEAN,
        /** an integer or a float */
        NUMBER,
        /** ~, null, or nothing at all */
        NULL
    }
}
