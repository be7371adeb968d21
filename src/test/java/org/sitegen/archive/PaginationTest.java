package org.sitegen.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PaginationTest {
    private static List<Integer> items(int count) {
        return IntStream.rangeClosed(1, count).boxed().toList();
    }

    @Test
    void paginate_noItems_oneEmptyPage() {
        List<Pagination.Slice<Integer>> pages = Pagination.paginate(List.of(), 20, "/");
        assertThat(pages).hasSize(1);
        Pagination.Slice<Integer> only = pages.get(0);
        assertThat(only.number()).isEqualTo(1);
        assertThat(only.totalPages()).isEqualTo(1);
        assertThat(only.totalItems()).isZero();
        assertThat(only.items()).isEmpty();
        assertThat(only.url()).isEqualTo("/");
    }

    @Test
    void paginate_exactlyOnePageful_onePage() {
        List<Pagination.Slice<Integer>> pages = Pagination.paginate(items(20), 20, "/");
        assertThat(pages).hasSize(1);
        assertThat(pages.get(0).items()).isEqualTo(items(20));
        assertThat(pages.get(0).totalPages()).isEqualTo(1);
    }

    @Test
    void paginate_onePastPageful_secondPageHasOneItem() {
        List<Pagination.Slice<Integer>> pages = Pagination.paginate(items(21), 20, "/");
        assertThat(pages).hasSize(2);
        assertThat(pages.get(0).items()).isEqualTo(items(20));
        assertThat(pages.get(1).items()).containsExactly(21);
        assertThat(pages).extracting(Pagination.Slice::number).containsExactly(1, 2);
        assertThat(pages).extracting(Pagination.Slice::totalPages).containsExactly(2, 2);
        assertThat(pages).extracting(Pagination.Slice::totalItems).containsExactly(21, 21);
        assertThat(pages).extracting(Pagination.Slice::url).containsExactly("/", "/page/2/");
    }

    @Test
    void paginate_termListing_urlsUnderBase() {
        List<Pagination.Slice<Integer>> pages = Pagination.paginate(items(5), 2, "/tags/china/");
        assertThat(pages).extracting(Pagination.Slice::url)
                .containsExactly("/tags/china/", "/tags/china/page/2/", "/tags/china/page/3/");
        assertThat(pages.get(2).items()).containsExactly(5);
    }

    @Test
    void urlOf_firstAndLaterPages() {
        assertThat(Pagination.urlOf("/", 1)).isEqualTo("/");
        assertThat(Pagination.urlOf("/", 2)).isEqualTo("/page/2/");
        assertThat(Pagination.urlOf("/2023/", 10)).isEqualTo("/2023/page/10/");
    }
}
