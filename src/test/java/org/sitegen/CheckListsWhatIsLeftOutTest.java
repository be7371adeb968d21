package org.sitegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitegen.diag.Diagnostic;

/** Nothing the writer wrote disappears without a word in {@code check} (issue #25). */
class CheckListsWhatIsLeftOutTest {
    @TempDir
    Path project;

    @Test
    void scheduledAndDraftBriefings_areListed_andAnIntendedFarDateIsAllowed() throws Exception {
        BadInputCatalogueTest.write(project, "content/2023/2023-01-01-valid.md",
                BadInputCatalogueTest.utf8(BadInputCatalogueTest.VALID));
        BadInputCatalogueTest.write(project, "content/2029/next-week.md",
                BadInputCatalogueTest.utf8("---\ntitle: Next week\ndate: 2030-01-08 09:00\n---\nx\n"));
        BadInputCatalogueTest.write(project, "content/2031/anniversary.md",
                BadInputCatalogueTest.utf8("---\ntitle: Anniversary\ndate: 2035-06-01\nscheduled: true\n---\nx\n"));
        BadInputCatalogueTest.write(project, "content/2023/unfinished.md",
                BadInputCatalogueTest.utf8("---\ntitle: Unfinished\ndate: 2023-01-02\ndraft: true\n---\nx\n"));
        assertThat(new SiteGenerator().check(BadInputCatalogueTest.config(project).toBuilder().siteUrl("https://briefings.example.org").build()).stream().map(Diagnostic::toString))
                .containsExactly(
                        "content/2023/unfinished.md: warning: draft: left out of the site until 'draft: true' is removed",
                        "content/2029/next-week.md: warning: scheduled: left out of the site until 2030-01-08T09:00:00Z; "
                                + "the first build after that publishes it",
                        "content/2031/anniversary.md: warning: scheduled: left out of the site until 2035-06-01T00:00:00Z; "
                                + "the first build after that publishes it");
    }
}
