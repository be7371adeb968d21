package org.sitegen.archive;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a listing into pages: page 1 at {@code base}, page n at {@code base + "page/n/"}.
 */
public final class Pagination {
    private Pagination() {
    }

    /**
     * One page of a listing.
     *
     * @param number     1-based
     * @param totalPages at least 1 (an empty listing still has one, empty page)
     * @param items      this page's items
     * @param base       the listing's first page, e.g. "/tags/china/"
     */
    public record Slice<T>(int number, int totalPages, int totalItems, List<T> items, String base) {

        public String url() {
            return urlOf(base, number);
        }
    }

    public static <T> List<Slice<T>> paginate(List<T> items, int pageSize, String base) {
        int totalPages = Math.max(1, (items.size() + pageSize - 1) / pageSize);
        List<Slice<T>> pages = new ArrayList<>(totalPages);
        for (int number = 1; number <= totalPages; number++) {
            int from = (number - 1) * pageSize;
            int to = Math.min(items.size(), from + pageSize);
            pages.add(new Slice<>(number, totalPages, items.size(), items.subList(from, to), base));
        }
        return pages;
    }

    /** The URL of page {@code number} of the listing starting at {@code base}. */
    public static String urlOf(String base, int number) {
        return number == 1 ? base : base + "page/" + number + "/";
    }
}
