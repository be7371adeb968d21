package org.sitegen.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitegen.content.FrontMatter;
import org.sitegen.content.PublishedDate;
import org.sitegen.content.SourceDocument;
import org.sitegen.content.SourceFile;
import org.sitegen.diag.Diagnostic;
import org.sitegen.diag.Diagnostics;

class PermalinksTest {
    private static final List<String> TAXONOMIES = List.of("tags", "regions");
    private final Diagnostics diagnostics = new Diagnostics();

    private static SourceDocument document(String relativePath, SourceFile.Kind kind, PublishedDate date, String slug) {
        SourceFile file = new SourceFile(relativePath, Path.of("content", relativePath), "content/" + relativePath, kind);
        FrontMatter fm = new FrontMatter("T", date, null, Map.of(), null, List.of(), null, false, List.of(), Map.of(), List.of(), null);
        return new SourceDocument(file, fm, slug, 1);
    }

    private static SourceDocument briefing(String path, ZonedDateTime at, String slug) {
        return document(path, SourceFile.Kind.BRIEFING, new PublishedDate(at, true), slug);
    }

    private static SourceDocument page(String path, String slug) {
        return document(path, SourceFile.Kind.PAGE, null, slug);
    }

    private static ZonedDateTime utc(int y, int m, int d, int h) {
        return ZonedDateTime.of(y, m, d, h, 0, 0, 0, ZoneId.of("UTC"));
    }

    private List<String> messages() {
        return diagnostics.sorted().stream().map(Diagnostic::toString).toList();
    }

    @Test
    void plan_briefingsAndPages_getDatedAndTopLevelUrls() {
        Map<String, String> urls = Permalinks.plan(List.of(
                briefing("2023/2023-02-19-zurich-talks.md", utc(2023, 2, 19, 9), "zurich-talks"),
                briefing("2022/x.md", utc(2022, 6, 1, 0), "x"),
                page("pages/about.md", "about")), TAXONOMIES, diagnostics);
        assertThat(urls).containsExactly(
                Map.entry("2023/2023-02-19-zurich-talks.md", "/2023/02/19/zurich-talks/"),
                Map.entry("2022/x.md", "/2022/06/01/x/"),
                Map.entry("pages/about.md", "/about/"));
        assertThat(diagnostics.sorted()).isEmpty();
    }

    @Test
    void urlOf_usesDateInItsSiteZone() {
        ZonedDateTime lateBerlin = ZonedDateTime.of(2023, 2, 19, 23, 30, 0, 0, ZoneId.of("Europe/Berlin"));
        assertThat(Permalinks.urlOf(briefing("a.md", lateBerlin, "a"))).isEqualTo("/2023/02/19/a/");
        assertThat(Permalinks.urlOf(briefing("a.md", utc(987, 1, 2, 0), "a"))).isEqualTo("/0987/01/02/a/");
    }

    @Test
    void plan_collision_reportsBothFilesAndKeepsFirst() {
        Map<String, String> urls = Permalinks.plan(List.of(
                briefing("2023/a.md", utc(2023, 2, 19, 9), "talks"),
                briefing("2023/b.md", utc(2023, 2, 19, 15), "talks")), TAXONOMIES, diagnostics);
        assertThat(urls).containsExactly(Map.entry("2023/a.md", "/2023/02/19/talks/"));
        assertThat(messages()).containsExactly(
                "content/2023/a.md: error: URL /2023/02/19/talks/ is also produced by content/2023/b.md; set a different 'slug'",
                "content/2023/b.md: error: URL /2023/02/19/talks/ is also produced by content/2023/a.md; set a different 'slug'");
    }

    @Test
    void plan_collisionDifferingOnlyInCase_isReported() {
        Map<String, String> urls = Permalinks.plan(List.of(page("pages/iran.md", "iran"), page("pages/Iran.md", "Iran")),
                TAXONOMIES, diagnostics);
        assertThat(urls).containsOnlyKeys("pages/iran.md");
        assertThat(diagnostics.sorted()).hasSize(2);
    }

    @Test
    void plan_sameSlugOnOtherDays_noCollision() {
        Map<String, String> urls = Permalinks.plan(List.of(
                briefing("a.md", utc(2023, 2, 19, 9), "update"),
                briefing("b.md", utc(2023, 2, 20, 9), "update")), TAXONOMIES, diagnostics);
        assertThat(urls.values()).containsExactly("/2023/02/19/update/", "/2023/02/20/update/");
        assertThat(diagnostics.sorted()).isEmpty();
    }

    @Test
    void plan_reservedPageSlugs_areErrors() {
        Map<String, String> urls = Permalinks.plan(List.of(
                page("pages/tags.md", "tags"), page("pages/regions.md", "regions"), page("pages/archive.md", "archive"),
                page("pages/y.md", "2023"), page("pages/page.md", "page"), page("pages/assets.md", "assets"),
                page("pages/ok.md", "tags-explained")), TAXONOMIES, diagnostics);
        assertThat(urls).containsExactly(Map.entry("pages/ok.md", "/tags-explained/"));
        assertThat(messages()).containsExactly(
                "content/pages/archive.md: error: page URL /archive/ is reserved for generated pages; choose another 'slug'",
                "content/pages/assets.md: error: page URL /assets/ is reserved for generated pages; choose another 'slug'",
                "content/pages/page.md: error: page URL /page/ is reserved for generated pages; choose another 'slug'",
                "content/pages/regions.md: error: page URL /regions/ is reserved for generated pages; choose another 'slug'",
                "content/pages/tags.md: error: page URL /tags/ is reserved for generated pages; choose another 'slug'",
                "content/pages/y.md: error: page URL /2023/ is reserved for generated pages; choose another 'slug'");
    }
}
