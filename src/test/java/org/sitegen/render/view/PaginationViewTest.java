package org.sitegen.render.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PaginationViewTest {

    /** The rule, written the slow way, newest first: ±2, page 1, and page 2 when it alone would be hidden. */
    private static List<Integer> expectedWindow(int current, int total) {
        List<Integer> shown = new ArrayList<>();
        for (int n = total; n >= 1; n--) {
            int d = n - current;
            if (n == 1 || d >= -2 && d <= 2 || n == 2 && current == 5) {
                shown.add(n);
            }
        }
        return shown;
    }

    private static PaginationView view(int number, int total, boolean front) {
        return PaginationView.of(number, total, total * 20, front, "/", n -> "/page/" + n + "/");
    }

    @Test
    void window_everyPageOfListingsUpTo40Pages_matchesTheRule() {
        for (int total = 1; total <= 40; total++) {
            for (int current = 1; current <= total; current++) {
                assertThat(view(current, total, false).window()).extracting(PageLink::number)
                        .as("page %d of %d", current, total).containsExactlyElementsOf(expectedWindow(current, total));
            }
        }
    }

    @Test
    void olderPages_sameViewWhateverTheTotal_onceTheNewestIsOutOfReach() {
        for (int total = 8; total <= 60; total++) {
            PaginationView page = view(5, total, false);
            assertThat(page.window()).isEqualTo(view(5, 8, false).window());
            assertThat(page.previous()).isEqualTo("/page/6/");
            assertThat(page.next()).isEqualTo("/page/4/");
            assertThat(page.newest()).isFalse();
        }
    }

    @Test
    void newestPage_frontLinksToItselfAtTheFrontUrl() {
        PaginationView front = view(5000, 5000, true);
        assertThat(front.window()).extracting(PageLink::number).containsExactly(5000, 4999, 4998, 1);
        assertThat(front.window().get(0)).isEqualTo(new PageLink(5000, "/", true));
        assertThat(front.previous()).isNull();
        assertThat(front.next()).isEqualTo("/page/4999/");
        assertThat(front.first()).isEqualTo("/");
        PaginationView copy = view(5000, 5000, false);
        assertThat(copy.window().get(0)).isEqualTo(new PageLink(5000, "/page/5000/", true));
        assertThat(view(1, 5000, false).next()).isNull();
    }
}
