package org.sitegen.render.view;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Where a paginated listing page stands. Pages are numbered from the oldest (see {@link
 * org.sitegen.archive.Pagination}): only the newest page changes when a briefing is added, so
 * everything here that moves with the listing's size ({@code totalPages}, {@code totalItems}, a
 * link to the newest number) is meant for the newest page only: a theme that prints them on
 * other pages makes every page of the listing change with every new briefing.
 *
 * @param number     1-based number of this page, counted from the oldest
 * @param totalPages number of pages in the listing (at least 1); the newest page's number
 * @param totalItems number of briefings in the whole listing
 * @param newest     whether this is the newest page (the front page or its copy at page/N/)
 * @param front      whether this is the listing's front page (its first URL, e.g. /tags/china/)
 * @param first      URL of the front page (the newest briefings)
 * @param previous   URL of the newer page, or null on the newest page
 * @param next       URL of the older page, or null on page 1 (the oldest)
 * @param window     the numbered links worth showing, newest first: two on each side of this page
 *                   and page 1 (a single hidden page is shown rather than a gap); the newest page's
 *                   number only when it is one of the two above; a jump in numbers between two
 *                   links is where a "…" goes
 * @param newestInWindow whether {@code window} holds the newest page's number (it is within two of
 *                   this one): else a theme links the newest page apart, "Newest …", and can
 *                   tell so without reading {@code totalPages}, which older pages must not
 */
public record PaginationView(int number, int totalPages, int totalItems, boolean newest, boolean front,
                             String first, String previous, String next, List<PageLink> window,
                             boolean newestInWindow) {

    /**
     * The view of page {@code number} of {@code totalPages}, {@code urlOf} giving each page's
     * URL under page/N/ and {@code front} the front page's URL (where the newest page is first).
     */
    public static PaginationView of(int number, int totalPages, int totalItems, boolean front, String frontUrl,
                                    IntFunction<String> urlOf) {
        List<PageLink> window = new ArrayList<>();
        for (int n = Math.min(totalPages, number + 2); n >= 1; n--) {
            if (shown(n, number)) {
                String url = n == number && front ? frontUrl : urlOf.apply(n);
                window.add(new PageLink(n, url, n == number));
            } else if (n > 2) {
                n = 3; // skip the run down to page 2 in one step (the loop's n-- lands on 2)
            }
        }
        boolean newest = number == totalPages;
        return new PaginationView(number, totalPages, totalItems, newest, front, frontUrl,
                newest ? null : urlOf.apply(number + 1), number > 1 ? urlOf.apply(number - 1) : null,
                List.copyOf(window), window.get(0).number() == totalPages);
    }

    /** Two on each side, page 1, and page 2 when it alone would be hidden. */
    private static boolean shown(int n, int current) {
        int distance = n - current;
        return n == 1 || distance >= -2 && distance <= 2 || n == 2 && current == 5;
    }
}
