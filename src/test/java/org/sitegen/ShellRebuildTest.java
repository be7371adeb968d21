package org.sitegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitegen.config.SiteConfig;

/**
 * The default theme renders the page shell's shared parts (the head's stylesheets and icons, the
 * header's link home and navigation, the search box, the footer) once per build and navigation
 * state ({@code <@cached>} in layout.ftlh), and prints them with each page's own links. Every
 * site-wide change those parts show must still reach every page in an everyday rebuild, each
 * page's current item must be its own, and an archive's own layout and partials must still be
 * used as written.
 */
class ShellRebuildTest {
    @TempDir
    Path project;

    private final SiteGenerator everyday = new SiteGenerator();
    private UnaryOperator<SiteConfig.Builder> settings = b -> b;
    private int step;

    private SiteConfig config() {
        return settings.apply(SiteTrees.fixtureConfig(project, project.resolve("site-output"), 2).toBuilder()).build();
    }

    private void assertRebuildEqualsCold(String after) throws Exception {
        SiteTrees.assertRebuildEqualsCold(everyday, config(), project.resolve("cold-" + step++), after);
    }

    private void write(String path, String text) throws IOException {
        Path file = project.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private String page(String path) throws IOException {
        return Files.readString(project.resolve("site-output").resolve(path), StandardCharsets.UTF_8);
    }

    private void briefings() throws IOException {
        for (int i = 1; i <= 6; i++) {
            write("content/2023/b" + i + ".md", "---\ntitle: B" + i + "\ndate: 2023-02-0" + i
                    + "T08:00:00Z\ntags: [alpha, t" + i % 2 + "]\n---\nBody " + i + ".\n");
        }
    }

    @Test
    void siteWideChangesTheShellShows_reachEveryPageInAnEverydayRebuild() throws Exception {
        briefings();
        assertRebuildEqualsCold("the first build");

        write("content/pages/about.md", "---\ntitle: About\n---\nAbout text.\n");
        assertRebuildEqualsCold("a page added to the navigation");
        assertThat(page("2023/02/01/b1/index.html")).contains(">About</a>");
        assertThat(page("about/index.html")).contains("href=\"index.html\" aria-current=\"page\">About</a>");

        write("content/pages/about.md", "---\ntitle: About us\n---\nAbout text.\n");
        assertRebuildEqualsCold("the page retitled");
        assertThat(page("tags/alpha/index.html")).contains(">About us</a>").doesNotContain(">About</a>");

        write("content/2023/b3.md", "---\ntitle: B3\ndate: 2023-02-03T08:00:00Z\ntags: [alpha]\n"
                + "people: [Wang Yi]\n---\nBody 3.\n");
        assertRebuildEqualsCold("a first entity: a section in the navigation");
        assertThat(page("2023/02/05/b5/index.html")).contains("people/index.html");

        settings = b -> b.siteTitle("Renamed Briefings").siteDescription("Another description.");
        assertRebuildEqualsCold("the site renamed (header and footer)");
        assertThat(page("2023/02/05/b5/index.html")).contains("Another description.");

        settings = b -> b.siteTitle("Renamed Briefings").theme("", "", "", "Front", "", "", List.of());
        assertRebuildEqualsCold("the header's text set");
        assertThat(page("2023/index.html")).contains(">Front</a>");

        settings = b -> b.siteTitle("Renamed Briefings").taxonomies(List.of("tags", "topics"));
        write("content/2023/b4.md", "---\ntitle: B4\ndate: 2023-02-04T08:00:00Z\ntags: [alpha]\n"
                + "topics: [energy]\n---\nBody 4.\n");
        assertRebuildEqualsCold("a second taxonomy in the navigation");
        assertThat(page("topics/energy/index.html")).contains("aria-current=\"true\"");

        write("templates/messages_en.properties", "nav.home=Front page\nsearch.button=Find\nfooter.builtWith=Made here.\n");
        assertRebuildEqualsCold("the messages overridden");
        assertThat(page("2023/02/02/b2/index.html")).contains(">Front page</a>", ">Find</button>", "Made here.");

        Files.delete(project.resolve("content/pages/about.md"));
        Files.delete(project.resolve("templates/messages_en.properties"));
        assertRebuildEqualsCold("the page and the messages removed");
        assertThat(page("2023/02/02/b2/index.html")).doesNotContain("About us");
    }

    /** Each navigation state on one build's pages: home and its later pages, archive kinds, taxonomies, a page, a briefing. */
    @Test
    void everyPageMarksItsOwnCurrentItem() throws Exception {
        briefings();
        write("content/pages/about.md", "---\ntitle: About\n---\nAbout text.\n");
        settings = b -> b.pageSize(2);
        assertRebuildEqualsCold("the first build");

        assertThat(nav("index.html")).contains("href=\"index.html\" aria-current=\"page\">Home</a>")
                .doesNotContain("aria-current=\"true\"");
        assertThat(page("index.html")).contains("class=\"site-title\" href=\"index.html\" aria-current=\"page\"");
        assertThat(nav("page/2/index.html")).contains("aria-current=\"true\">Home</a>");
        assertThat(page("page/2/index.html")).doesNotContain("class=\"site-title\" href=\"../../index.html\" aria-current");
        assertThat(nav("archive/index.html")).contains("href=\"index.html\" aria-current=\"page\">Archive</a>");
        assertThat(nav("2023/02/index.html")).contains("aria-current=\"true\">Archive</a>");
        assertThat(nav("tags/index.html")).contains("aria-current=\"page\">Tags</a>");
        assertThat(nav("tags/alpha/index.html")).contains("aria-current=\"true\">Tags</a>")
                .doesNotContain("aria-current=\"page\"");
        assertThat(nav("about/index.html")).contains("aria-current=\"page\">About</a>")
                .doesNotContain("aria-current=\"true\"");
        assertThat(nav("2023/02/01/b1/index.html")).doesNotContain("aria-current");
        assertThat(page("search/index.html")).doesNotContain("class=\"site-search\"");
        assertThat(page("2023/02/01/b1/index.html")).contains("class=\"site-search\"");
    }

    private String nav(String path) throws IOException {
        String page = page(path);
        return page.substring(page.indexOf("<nav class=\"site-nav\""), page.indexOf("</nav>"));
    }

    /** The shell's partial that an archive overrides is outside what is rendered once: it sees each page. */
    @Test
    void anArchivesOwnHeadPartialAndLayout_areUsedAsWritten() throws Exception {
        briefings();
        write("templates/partials/headExtra.ftlh", "<meta name=\"x-page\" content=\"${url} ${kind}\">\n");
        assertRebuildEqualsCold("a head partial of the archive's own");
        assertThat(page("2023/02/01/b1/index.html")).contains("<meta name=\"x-page\" content=\"/2023/02/01/b1/ briefing\">");
        assertThat(page("2023/02/02/b2/index.html")).contains("<meta name=\"x-page\" content=\"/2023/02/02/b2/ briefing\">");
        assertThat(page("tags/alpha/index.html")).contains("<meta name=\"x-page\" content=\"/tags/alpha/ term\">");

        write("templates/layout.ftlh", "<#macro page bodyClass=\"\"><html><body><p>${title} at ${url}</p>"
                + "<a href=\"${rel('/archive/')}\">all</a><#nested></body></html></#macro>\n");
        assertRebuildEqualsCold("a layout of the archive's own");
        assertThat(page("2023/02/01/b1/index.html")).startsWith("<html><body><p>B1 at /2023/02/01/b1/</p>"
                + "<a href=\"../../../../archive/index.html\">all</a>").doesNotContain("site-header", "x-page");

        Files.delete(project.resolve("templates/layout.ftlh"));
        assertRebuildEqualsCold("the layout of the theme again");
        assertThat(page("2023/02/01/b1/index.html")).contains("class=\"site-header\"", "x-page");
    }
}
