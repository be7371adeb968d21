package org.sitegen.archive;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a listing (newest first) into pages numbered from the oldest, so that a new briefing
 * leaves every older page byte-identical. Page k (k below the last) holds the k-th oldest block
 * of {@code pageSize} items and never changes once full; the last page, number {@code
 * totalPages}, holds the newest 1 to {@code pageSize} items (the remainder) and is the listing's
 * front page, at {@code base}. It is also written at {@code base + "page/N/"}: under the old
 * newest-first numbering that was the URL of the oldest page, and keeping it means every URL
 * of the old scheme still answers, and the page below it links to a URL that does not move
 * when the next page fills. Page k is at {@code base + "page/k/"}.
 *
 * <p>A newest-first numbering (page 2 = the second newest block) shifts every page by one item
 * on every new briefing: 500 home pages and every tag page rewritten for one new briefing.
 */
public final class Pagination {
    private Pagination() {
    }

    /**
     * One page of a listing.
     *
     * @param number     1-based, counted from the oldest block
     * @param totalPages at least 1 (an empty listing still has one, empty page); the newest page's number
     * @param items      this page's items, newest first
     * @param base       the listing's front page, e.g. "/tags/china/"
     * @param url        where this page is written: {@code base} for the front page, else {@link #urlOf}
     */
    public record Slice<T>(int number, int totalPages, int totalItems, List<T> items, String base, String url) {

        /** Whether this is the newest page (the front page or its copy at page/N/), the only one that changes. */
        public boolean newest() {
            return number == totalPages;
        }

        /** Whether this is the listing's front page, at {@code base}. */
        public boolean front() {
            return url.equals(base);
        }
    }

    /**
     * The pages of {@code items} (newest first): the front page first, then its copy at
     * page/N/ (when there is more than one page), then pages N-1 down to 1.
     */
    public static <T> List<Slice<T>> paginate(List<T> items, int pageSize, String base) {
        int size = items.size();
        int totalPages = Math.max(1, (size + pageSize - 1) / pageSize);
        List<Slice<T>> pages = new ArrayList<>(totalPages + 1);
        List<T> newest = items.subList(0, size - (totalPages - 1) * pageSize);
        pages.add(new Slice<>(totalPages, totalPages, size, newest, base, base));
        if (totalPages > 1) {
            pages.add(new Slice<>(totalPages, totalPages, size, newest, base, urlOf(base, totalPages)));
        }
        for (int number = totalPages - 1; number >= 1; number--) {
            int from = size - number * pageSize;
            pages.add(new Slice<>(number, totalPages, size, items.subList(from, from + pageSize), base,
                    urlOf(base, number)));
        }
        return pages;
    }

    /** The URL of page {@code number} of the listing starting at {@code base} (its front page is {@code base} itself). */
    public static String urlOf(String base, int number) {
        return base + "page/" + number + "/";
    }
}
