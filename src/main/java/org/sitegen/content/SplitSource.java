package org.sitegen.content;

/**
 * A source file cut into its YAML front matter and its Markdown body.
 *
 * @param yaml          the text between the {@code ---} lines ("" when there is none)
 * @param yamlFirstLine the file line the YAML starts on
 * @param body          the Markdown after the closing {@code ---}
 * @param bodyFirstLine the file line the body starts on
 */
public record SplitSource(String yaml, int yamlFirstLine, String body, int bodyFirstLine) {
}
