package org.sitegen.render.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PaginationViewTest {

    /** The theme's rule, written the slow way: first, last, ±2, and a lone hidden page shown. */
    private static List<Integer> expectedWindow(int current, int total) {
        List<Integer> shown = new ArrayList<>();
        for (int n = 1; n <= total; n++) {
            int d = n - current;
            if (n == 1 || n == total || d >= -2 && d <= 2 || n == 2 && current == 5
                    || n == total - 1 && current == total - 4) {
                shown.add(n);
            }
        }
        return shown;
    }

    @Test
    void window_everyPageOfListingsUpTo40Pages_matchesTheRule() {
        for (int total = 1; total <= 40; total++) {
            for (int current = 1; current <= total; current++) {
                PaginationView view = PaginationView.of(current, total, total * 20, n -> "/page/" + n + "/");
                assertThat(view.window()).extracting(PageLink::number).as("page %d of %d", current, total)
                        .containsExactlyElementsOf(expectedWindow(current, total));
            }
        }
    }

    @Test
    void of_hugeListing_isSmallAndLinksAreMadeOnDemand() {
        PaginationView view = PaginationView.of(2500, 5000, 100_000, n -> n == 1 ? "/" : "/page/" + n + "/");
        assertThat(view.window()).extracting(PageLink::number).containsExactly(1, 2498, 2499, 2500, 2501, 2502, 5000);
        assertThat(view.pages()).hasSize(5000);
        assertThat(view.pages().get(4999)).isEqualTo(new PageLink(5000, "/page/5000/", false));
        assertThat(view.pages().get(2499).current()).isTrue();
        assertThat(view.first()).isEqualTo("/");
        assertThat(view.previous()).isEqualTo("/page/2499/");
        assertThat(view.next()).isEqualTo("/page/2501/");
    }
}
