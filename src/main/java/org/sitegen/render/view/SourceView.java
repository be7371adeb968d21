package org.sitegen.render.view;

/**
 * One entry of a briefing's {@code sources}, as its citation list shows it.
 *
 * @param title        the source's title (the URL itself when only a URL was given), or ""
 * @param url          the source's URL, or "" when none was given
 * @param publisher    who published it, or ""
 * @param publisherUrl the publisher's page (/sources/{slug}/), or "" when there is none
 * @param date         when it was published, or null
 * @param type         its kind (article, report, statement, interview, transcript, dataset,
 *                     social, video), or ""
 */
public record SourceView(String title, String url, String publisher, String publisherUrl, DateView date,
                         String type) {
    /** A source with a title and URL only. */
    public SourceView(String title, String url) {
        this(title, url, "", "", null, "");
    }
}
