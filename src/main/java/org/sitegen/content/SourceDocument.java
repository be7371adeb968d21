package org.sitegen.content;

/**
 * A Markdown file with its front matter read. The body is not part of it: {@link ContentLoader#body}
 * hands it over when it is rendered, kept from loading or read again, so 100,000 bodies are never
 * all in memory at once.
 *
 * @param file          where it came from
 * @param frontMatter   its typed front matter
 * @param slug          its URL slug (front matter, else the file name without date prefix)
 * @param bodyFirstLine the file line on which the body starts, for messages about the body
 */
public record SourceDocument(SourceFile file, FrontMatter frontMatter, String slug, int bodyFirstLine) {
}
