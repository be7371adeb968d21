package org.sitegen.content;

import java.util.List;
import org.sitegen.diag.SourcePosition;

/**
 * One entry of {@code sources}: what a briefing cites. A plain text entry is a title (or a URL);
 * a mapping may give any of the fields, at least a publisher, a title or a URL.
 *
 * @param publisher   who published it ("Reuters", "NBC News"), or ""
 * @param title       its title (the URL when only a URL was given), or ""
 * @param url         its address, or ""
 * @param date        when it was published, or null
 * @param type        one of {@link #TYPES}, or "" when not given
 * @param publisherAt where the publisher is written, or null when there is none
 * @param urlAt       where the URL is written, or null when there is none
 */
public record Source(String publisher, String title, String url, PublishedDate date, String type,
                     SourcePosition publisherAt, SourcePosition urlAt) {
    /**
     * The kinds of source a writer may name in {@code type}: what a reader needs to weigh it
     * (a closed list, so "artcle" is caught and a theme can style each kind).
     */
    public static final List<String> TYPES = List.of("article", "report", "statement", "interview", "transcript",
            "dataset", "social", "video");

    /** A source given as a title and a URL only (either may be ""). */
    public Source(String title, String url) {
        this(title, url, null);
    }

    /** A source given as a title and a URL only, the URL written at {@code urlAt}. */
    public Source(String title, String url, SourcePosition urlAt) {
        this("", title, url, null, "", null, urlAt);
    }
}
