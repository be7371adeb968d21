package org.sitegen.content;

/**
 * A Markdown file with its front matter read; the body is not parsed yet.
 *
 * @param file          where it came from
 * @param frontMatter   its typed front matter
 * @param slug          its URL slug (front matter, else the file name without date prefix)
 * @param body          the Markdown body
 * @param bodyFirstLine the file line on which the body starts, for messages about the body
 */
public record SourceDocument(SourceFile file, FrontMatter frontMatter, String slug, String body, int bodyFirstLine) {
}
