package org.sitegen.markdown;

import org.sitegen.content.FrontMatter;

/**
 * A file's title and written summary with the typography its body gets ({@link
 * MarkdownRenderer#typographic}): a function of the front matter's text alone, so a rebuild may
 * take it from the last build's kept front matter instead of typesetting every title again.
 *
 * @param title   the typeset title
 * @param summary the typeset written summary, or null when the front matter gives none (the
 *                body's first paragraph is the summary then)
 */
public record Typeset(String title, String summary) {
    /** {@code frontMatter}'s title and summary, typeset by {@code markdown}. */
    public static Typeset of(FrontMatter frontMatter, MarkdownRenderer markdown) {
        return new Typeset(markdown.typographic(frontMatter.title()),
                frontMatter.summary() == null ? null : markdown.typographic(frontMatter.summary()));
    }
}
