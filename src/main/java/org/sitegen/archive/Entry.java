package org.sitegen.archive;

import java.util.List;
import java.util.Map;
import org.sitegen.content.PublishedDate;
import org.sitegen.content.Source;
import org.sitegen.store.StoredText;

/**
 * A briefing or page, fully parsed and rendered, ready to be indexed.
 *
 * @param contentPath  path below the content folder, e.g. "2023/x.md"
 * @param displayPath  path shown in messages, e.g. "content/2023/x.md"
 * @param url          site path, e.g. "/2023/02/19/x/"
 * @param title        the title
 * @param date         the date (null only for a page without one)
 * @param updated      the last update or null
 * @param terms        term names per taxonomy, as written (merging happens in {@link TaxonomyIndex})
 * @param summary      the summary: front matter, else the first paragraph
 * @param authors      author names
 * @param sources      the sources
 * @param params       other front matter keys
 * @param html         the body as HTML (on the heap or spooled: see {@link org.sitegen.store.TextStore})
 * @param wordCount    words in the body
 * @param headings     the body's headings with their ids, for the table of contents
 * @param corrections  corrections, oldest first
 * @param draft        marked {@code draft: true} (published only in previews and with the drafts setting)
 * @param text         the body's reader-visible text, for the search index
 * @param summaryInBody the summary only repeats the start of the body's first paragraph ({@link org.sitegen.markdown.LeadParagraph})
 * @param mentions     entity names per entity key, as written (resolved in org.sitegen.entities)
 * @param follows      the earlier briefings it continues, as written (resolved in org.sitegen.stories)
 * @param aliases      its old URLs, each published as a redirect page to {@code url}
 * @param reading      its text counted character by character ({@link org.sitegen.markdown.ReadingLength}), null when not counted
 */
public record Entry(String contentPath, String displayPath, String url, String title, PublishedDate date,
                    PublishedDate updated, Map<String, List<org.sitegen.content.Term>> terms, String summary,
                    List<String> authors, List<Source> sources, Map<String, Object> params, StoredText html,
                    int wordCount, List<org.sitegen.markdown.Heading> headings,
                    List<org.sitegen.content.Correction> corrections, boolean draft, StoredText text,
                    boolean summaryInBody, Map<String, List<org.sitegen.content.Term>> mentions,
                    List<org.sitegen.content.StoryLink> follows, List<org.sitegen.content.Alias> aliases,
                    org.sitegen.markdown.ReadingLength reading) {

    /** An entry whose text is not counted character by character. */
    public Entry(String contentPath, String displayPath, String url, String title, PublishedDate date,
                 PublishedDate updated, Map<String, List<org.sitegen.content.Term>> terms, String summary,
                 List<String> authors, List<Source> sources, Map<String, Object> params, StoredText html,
                 int wordCount, List<org.sitegen.markdown.Heading> headings,
                 List<org.sitegen.content.Correction> corrections, boolean draft, StoredText text,
                 boolean summaryInBody, Map<String, List<org.sitegen.content.Term>> mentions,
                 List<org.sitegen.content.StoryLink> follows, List<org.sitegen.content.Alias> aliases) {
        this(contentPath, displayPath, url, title, date, updated, terms, summary, authors, sources, params, html,
                wordCount, headings, corrections, draft, text, summaryInBody, mentions, follows, aliases, null);
    }

    /** An entry without aliases. */
    public Entry(String contentPath, String displayPath, String url, String title, PublishedDate date,
                 PublishedDate updated, Map<String, List<org.sitegen.content.Term>> terms, String summary,
                 List<String> authors, List<Source> sources, Map<String, Object> params, StoredText html,
                 int wordCount, List<org.sitegen.markdown.Heading> headings,
                 List<org.sitegen.content.Correction> corrections, boolean draft, StoredText text,
                 boolean summaryInBody, Map<String, List<org.sitegen.content.Term>> mentions,
                 List<org.sitegen.content.StoryLink> follows) {
        this(contentPath, displayPath, url, title, date, updated, terms, summary, authors, sources, params, html,
                wordCount, headings, corrections, draft, text, summaryInBody, mentions, follows, List.of());
    }

    /** An entry that names no entities and continues no story. */
    public Entry(String contentPath, String displayPath, String url, String title, PublishedDate date,
                 PublishedDate updated, Map<String, List<org.sitegen.content.Term>> terms, String summary,
                 List<String> authors, List<Source> sources, Map<String, Object> params, StoredText html,
                 int wordCount, List<org.sitegen.markdown.Heading> headings,
                 List<org.sitegen.content.Correction> corrections, boolean draft, StoredText text,
                 boolean summaryInBody) {
        this(contentPath, displayPath, url, title, date, updated, terms, summary, authors, sources, params, html,
                wordCount, headings, corrections, draft, text, summaryInBody, Map.of(), List.of());
    }

    /** An entry without headings (tests, bodies that have none). */
    public Entry(String contentPath, String displayPath, String url, String title, PublishedDate date,
                 PublishedDate updated, Map<String, List<org.sitegen.content.Term>> terms, String summary,
                 List<String> authors, List<Source> sources, Map<String, Object> params, String html,
                 int wordCount) {
        this(contentPath, displayPath, url, title, date, updated, terms, summary, authors, sources, params,
                StoredText.of(html), wordCount, List.of(), List.of(), false, StoredText.of(""), false);
    }

    /** This entry at another URL, with other aliases: a language's pages see its entries at their URL in its folder. */
    public Entry movedTo(String newUrl, List<org.sitegen.content.Alias> newAliases) {
        return new Entry(contentPath, displayPath, newUrl, title, date, updated, terms, summary, authors, sources,
                params, html, wordCount, headings, corrections, draft, text, summaryInBody, mentions, follows,
                newAliases, reading);
    }
}
