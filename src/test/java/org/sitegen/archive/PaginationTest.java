package org.sitegen.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.sitegen.PropertySeed;

class PaginationTest {
    /** count items, newest first: count, count-1, ..., 1 (the item's value is its age rank from the oldest). */
    private static List<Integer> items(int count) {
        return IntStream.iterate(count, i -> i >= 1, i -> i - 1).boxed().toList();
    }

    @Test
    void paginate_noItems_oneEmptyFrontPage() {
        List<Pagination.Slice<Integer>> pages = Pagination.paginate(List.of(), 20, "/");
        assertThat(pages).hasSize(1);
        Pagination.Slice<Integer> only = pages.get(0);
        assertThat(only.number()).isEqualTo(1);
        assertThat(only.totalPages()).isEqualTo(1);
        assertThat(only.totalItems()).isZero();
        assertThat(only.items()).isEmpty();
        assertThat(only.url()).isEqualTo("/");
        assertThat(only.front()).isTrue();
        assertThat(only.newest()).isTrue();
    }

    @Test
    void paginate_exactlyOnePageful_onlyTheFrontPage() {
        List<Pagination.Slice<Integer>> pages = Pagination.paginate(items(20), 20, "/");
        assertThat(pages).hasSize(1);
        assertThat(pages.get(0).items()).isEqualTo(items(20));
        assertThat(pages.get(0).totalPages()).isEqualTo(1);
    }

    @Test
    void paginate_onePastPageful_frontHoldsTheNewestOneAndPage1TheOldestBlock() {
        List<Pagination.Slice<Integer>> pages = Pagination.paginate(items(21), 20, "/");
        assertThat(pages).extracting(Pagination.Slice::url).containsExactly("/", "/page/2/", "/page/1/");
        assertThat(pages).extracting(Pagination.Slice::number).containsExactly(2, 2, 1);
        assertThat(pages.get(0).items()).containsExactly(21);
        assertThat(pages.get(1).items()).containsExactly(21);
        assertThat(pages.get(2).items()).isEqualTo(items(20));
        assertThat(pages).extracting(Pagination.Slice::totalItems).containsExactly(21, 21, 21);
        assertThat(pages).extracting(Pagination.Slice::newest).containsExactly(true, true, false);
        assertThat(pages).extracting(Pagination.Slice::front).containsExactly(true, false, false);
    }

    @Test
    void paginate_termListing_urlsUnderBase_oldestBlocksFull() {
        List<Pagination.Slice<Integer>> pages = Pagination.paginate(items(5), 2, "/tags/china/");
        assertThat(pages).extracting(Pagination.Slice::url)
                .containsExactly("/tags/china/", "/tags/china/page/3/", "/tags/china/page/2/", "/tags/china/page/1/");
        assertThat(pages.get(0).items()).containsExactly(5);
        assertThat(pages.get(2).items()).containsExactly(4, 3);
        assertThat(pages.get(3).items()).containsExactly(2, 1);
    }

    @Test
    void urlOf_everyNumberUnderPage() {
        assertThat(Pagination.urlOf("/", 1)).isEqualTo("/page/1/");
        assertThat(Pagination.urlOf("/2023/", 10)).isEqualTo("/2023/page/10/");
    }

    /** url → (number, items) of every page. */
    private static Map<String, String> pagesOf(int count, int pageSize) {
        Map<String, String> pages = new TreeMap<>();
        for (Pagination.Slice<Integer> page : Pagination.paginate(items(count), pageSize, "/t/")) {
            pages.put(page.url(), page.number() + " " + page.newest() + " " + page.items());
        }
        return pages;
    }

    /**
     * The point of numbering from the oldest: one more item changes the newest page (front and
     * copy) and, when a new page starts, the page that was the newest; nothing else.
     */
    @Property(seed = PropertySeed.VALUE)
    void oneNewItem_changesOnlyTheNewestPages(@ForAll @IntRange(max = 400) int count,
                                              @ForAll @IntRange(min = 1, max = 25) int pageSize) {
        Map<String, String> before = pagesOf(count, pageSize);
        Map<String, String> after = pagesOf(count + 1, pageSize);
        int newestAfter = Math.max(1, (count + 1 + pageSize - 1) / pageSize);
        List<String> changed = new ArrayList<>();
        after.forEach((url, page) -> {
            if (!page.equals(before.get(url))) {
                changed.add(url);
            }
        });
        assertThat(before.keySet()).isSubsetOf(after.keySet()); // every URL stays valid
        assertThat(changed).allSatisfy(url -> assertThat(url).isIn("/t/", "/t/page/" + newestAfter + "/",
                "/t/page/" + (newestAfter - 1) + "/"));
        // every item is on exactly one numbered page, oldest first from page 1
        List<Integer> numbered = new ArrayList<>();
        for (Pagination.Slice<Integer> page : Pagination.paginate(items(count), pageSize, "/t/")) {
            if (!page.front()) {
                numbered.addAll(page.items());
            }
        }
        assertThat(numbered).isEqualTo(count <= pageSize ? List.of() : items(count));
    }
}
