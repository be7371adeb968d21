package org.sitegen.content;

import java.util.List;
import java.util.Map;
import org.sitegen.diag.SourcePosition;

/**
 * The typed front matter of one file.
 *
 * @param title      required
 * @param date       required for briefings (front matter or file-name prefix); null for pages without one
 * @param updated    the last update, or null
 * @param terms      terms per taxonomy name (e.g. "tags"), in written order
 * @param summary    the summary (or excerpt/description), or null to take the first paragraph
 * @param authors    author names
 * @param slug       the slug as written, or null to derive it from the file name
 * @param draft      whether the file is a draft
 * @param sources    the sources
 * @param params     every other key, as plain strings, booleans, lists and maps
 * @param corrections the corrections, oldest first
 * @param urlAt      where the file's URL is decided: its 'slug' value, else its 'date' value, else
 *                   null (the file name decides)
 * @param mentions   entity names per entity key ({@link EntityKeys}), as written, in written order
 * @param follows    the earlier briefings this one continues ({@code follows:}), as written
 * @param aliases    its old URLs ({@code aliases:}), normalised, each published as a redirect page
 * @param translation its language and translations ({@code lang:}, {@code translationKey:}, {@code translations:})
 */
public record FrontMatter(String title, PublishedDate date, PublishedDate updated, Map<String, List<Term>> terms,
                          String summary, List<String> authors, String slug, boolean draft, List<Source> sources,
                          Map<String, Object> params, List<Correction> corrections, SourcePosition urlAt,
                          Map<String, List<Term>> mentions, List<StoryLink> follows, List<Alias> aliases,
                          Translation translation) {

    /** Front matter in the site's language, without translations. */
    public FrontMatter(String title, PublishedDate date, PublishedDate updated, Map<String, List<Term>> terms,
                       String summary, List<String> authors, String slug, boolean draft, List<Source> sources,
                       Map<String, Object> params, List<Correction> corrections, SourcePosition urlAt,
                       Map<String, List<Term>> mentions, List<StoryLink> follows, List<Alias> aliases) {
        this(title, date, updated, terms, summary, authors, slug, draft, sources, params, corrections, urlAt,
                mentions, follows, aliases, Translation.NONE);
    }

    /** Front matter without aliases. */
    public FrontMatter(String title, PublishedDate date, PublishedDate updated, Map<String, List<Term>> terms,
                       String summary, List<String> authors, String slug, boolean draft, List<Source> sources,
                       Map<String, Object> params, List<Correction> corrections, SourcePosition urlAt,
                       Map<String, List<Term>> mentions, List<StoryLink> follows) {
        this(title, date, updated, terms, summary, authors, slug, draft, sources, params, corrections, urlAt,
                mentions, follows, List.of());
    }

    /** Front matter without entities or story links. */
    public FrontMatter(String title, PublishedDate date, PublishedDate updated, Map<String, List<Term>> terms,
                       String summary, List<String> authors, String slug, boolean draft, List<Source> sources,
                       Map<String, Object> params, List<Correction> corrections, SourcePosition urlAt) {
        this(title, date, updated, terms, summary, authors, slug, draft, sources, params, corrections, urlAt,
                Map.of(), List.of());
    }
}
