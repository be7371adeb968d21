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
 * @param pages      every page of the listing, for numbered links
 */
public record PaginationView(int number, int totalPages, int totalItems, String first, String previous,
                             String next, List<PageLink> pages) {
}
