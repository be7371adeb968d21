package org.sitegen.render.view;

import java.util.List;

/**
 * Where a paginated listing page stands.
 *
 * @param number     1-based number of this page
 * @param totalPages number of pages in the listing (at least 1)
 * @param totalItems number of briefings in the whole listing
 * @param first      URL of page 1
 * @param previous   URL of the newer page, or null on page 1
 * @param next       URL of the older page, or null on the last page
 * @param pages      every page of the listing (made on demand: iterate {@code window} in templates)
 * @param window     the numbered links worth showing: the first and last pages and two on each side
 *                   of this one (a single hidden page is shown rather than a gap); a jump in numbers
 *                   between two links is where a "…" goes
 */
public record PaginationView(int number, int totalPages, int totalItems, String first, String previous,
                             String next, List<PageLink> pages, List<PageLink> window) {

    /** The view of page {@code number} of {@code totalPages}, with {@code urlOf} giving each page's URL. */
    public static PaginationView of(int number, int totalPages, int totalItems, java.util.function.IntFunction<String> urlOf) {
        List<PageLink> all = new PageLinks(totalPages, number, urlOf);
        List<PageLink> window = new java.util.ArrayList<>();
        for (int n = 1; n <= totalPages; n = nextShown(n, number, totalPages)) {
            window.add(all.get(n - 1));
        }
        return new PaginationView(number, totalPages, totalItems, urlOf.apply(1),
                number > 1 ? urlOf.apply(number - 1) : null, number < totalPages ? urlOf.apply(number + 1) : null,
                all, List.copyOf(window));
    }

    private static boolean shown(int n, int current, int total) {
        int distance = n - current;
        return n == 1 || n == total || distance >= -2 && distance <= 2
                || n == 2 && current == 5 || n == total - 1 && current == total - 4;
    }

    /** The next page number after {@code n} that is shown, skipping runs in constant time. */
    private static int nextShown(int n, int current, int total) {
        int next = n + 1;
        if (next <= total && !shown(next, current, total)) {
            next = Math.max(next, current - 2);
            if (next > current + 2) {
                next = Math.max(next, total - 1);
            }
            while (next <= total && !shown(next, current, total)) {
                next++;
            }
        }
        return next;
    }
}
