package org.sitegen.render.view;

import java.util.List;
import java.util.Map;

/**
 * A briefing as templates see it: on its own page ({@code briefing}) and in every listing
 * ({@code briefings}).
 *
 * @param title          the title (plain text; templates escape it)
 * @param url            site-absolute path, e.g. "/2023/02/19/china-lethal-aid/"
 * @param date           publication date
 * @param updated        date of the last update, or null
 * @param authors        author names, possibly empty
 * @param tags           the first configured taxonomy's terms, kept for older templates (the theme
 *                       shows every taxonomy alike, from {@code taxonomies})
 * @param taxonomies     terms per configured taxonomy name
 * @param summary        one-paragraph plain-text summary (front matter, else the first paragraph)
 * @param content        the body as HTML (use {@code ?no_esc}); read when printed
 * @param wordCount      words in the body
 * @param readingMinutes estimated reading time, at least 1
 * @param sources        the briefing's sources
 * @param params         every other front matter key, untouched (strings, booleans, lists, maps)
 * @param sourcePath     the source file relative to the content folder, e.g. "2023/2023-02-19-x.md"
 * @param corrections    corrections, oldest first (with {@code updated}, they tell readers what changed)
 * @param status         "published", or "draft" / "scheduled" (dated after the build) in previews
 * @param summaryInBody  the summary only repeats the start of the body's first paragraph (compared on
 *                       letters and digits), so a page can leave it out instead of showing it twice
 */
public record BriefingView(String title, String url, DateView date, DateView updated, List<String> authors,
                           List<TermRef> tags, Map<String, List<TermRef>> taxonomies, String summary,
                           Markup content, int wordCount, int readingMinutes, List<SourceView> sources,
                           Map<String, Object> params, String sourcePath, List<CorrectionView> corrections,
                           String status, boolean summaryInBody) {
}
