package org.sitegen;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.WireFeedInput;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitegen.pipeline.BuildReport;

/** The basic fixture built with a site URL: feeds parse as Atom and link to real pages; the sitemap is complete. */
class FeedsAndSitemapTest {
    private static final Path SITE = Path.of("src/test/resources/sites/basic");
    private static final String URL = SiteTrees.FIXTURE_URL;

    @TempDir
    static Path temp;
    static Path output;

    @BeforeAll
    static void build() throws Exception {
        output = temp.resolve("site-output");
        new SiteGenerator().build(SiteTrees.withSiteUrl(SiteTrees.fixtureConfig(SITE, output, 2), URL));
    }

    private static List<Path> feeds() throws Exception {
        try (Stream<Path> walk = Files.walk(output)) {
            return walk.filter(p -> p.getFileName().toString().equals("feed.xml")).sorted().toList();
        }
    }

    private static Feed parse(Path file) throws Exception {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            WireFeedInput input = new WireFeedInput(true, java.util.Locale.ROOT); // validating parser
            return (Feed) input.build(reader);
        }
    }

    /** The output file an absolute site URL stands for. */
    private static Path fileOf(String absolute) {
        return fileIn(output, absolute);
    }

    private static Path fileIn(Path output, String absolute) {
        assertThat(absolute).startsWith(URL + "/");
        String path = absolute.substring(URL.length() + 1).replaceFirst("#.*$", "");
        Path file = output.resolve(path);
        return path.isEmpty() || path.endsWith("/") ? file.resolve("index.html") : file;
    }

    /**
     * Feeds are made from the archive, not from the pages' views, yet say what the page says: a
     * corrected briefing's entry carries its corrections, dated as its page dates them.
     */
    @Test
    void aCorrectedBriefing_carriesItsCorrectionsInTheFeed_datedAsOnItsPage() throws Exception {
        Entry corrected = parse(output.resolve("feed.xml")).getEntries().stream()
                .filter(e -> e.getAlternateLinks().get(0).getHref().contains("fuel-subsidy-extended"))
                .findFirst().orElseThrow();
        String page = Files.readString(fileOf(corrected.getAlternateLinks().get(0).getHref()));
        assertThat(page).contains("21 February 2023").contains("The subsidy runs until the end of June");
        assertThat(corrected.getContents().get(0).getValue()).contains("<h2>Corrections</h2>\n<ul>\n"
                + "<li>21 February 2023: The subsidy runs until the end of June, not the end of May.</li>\n</ul>");
    }

    @Test
    void siteFeed_andOneFeedPerTerm_andPerEntity_andPerWeek() throws Exception {
        Set<String> feeds = feeds().stream().map(p -> output.relativize(p).toString().replace('\\', '/'))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> expected = new TreeSet<>();
        expected.add("feed.xml");
        for (String folder : List.of("tags", "people", "countries", "orgs", "places")) {
            try (Stream<Path> walk = Files.list(output.resolve(folder))) {
                walk.filter(Files::isDirectory).map(p -> folder + "/" + p.getFileName() + "/feed.xml")
                        .forEach(expected::add);
            }
        }
        try (Stream<Path> years = Files.list(output)) {
            for (Path year : years.filter(p -> p.getFileName().toString().matches("\\d{4}")).toList()) {
                try (Stream<Path> weeks = Files.list(year)) {
                    weeks.filter(p -> p.getFileName().toString().matches("w\\d{2}"))
                            .map(p -> year.getFileName() + "/" + p.getFileName() + "/feed.xml").forEach(expected::add);
                }
            }
        }
        assertThat(expected).contains("people/lena-dolor/feed.xml", "places/ipsum-bridge/feed.xml",
                "2023/w07/feed.xml", "2022/w35/feed.xml");
        assertThat(feeds).isEqualTo(expected);
    }

    @Test
    void aWeeksFeed_holdsThatWeeksBriefings_newestFirst_andItsPageAdvertisesIt() throws Exception {
        Feed week = parse(output.resolve("2023/w07/feed.xml"));
        assertThat(week.getTitle()).isEqualTo("Week 7 of 2023 — Fixture Briefings");
        assertThat(week.getAlternateLinks().get(0).getHref()).isEqualTo(URL + "/2023/w07/");
        assertThat(week.getEntries()).extracting(Entry::getId).containsExactly(
                URL + "/2023/02/19/zurich-talks/", URL + "/2023/02/19/fuel-subsidy-extended/");
        assertThat(Files.readString(output.resolve("2023/w07/index.html"))).contains(
                "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Week 7 of 2023 — Fixture Briefings\" href=\"feed.xml\">");
    }

    /** An entity's feed says what is new and links to it; the site and tag feeds carry whole bodies. */
    private static boolean carriesBodies(Path feed) {
        String path = output.relativize(feed).toString().replace('\\', '/');
        return path.equals("feed.xml") || path.startsWith("tags/");
    }

    @Test
    void everyFeed_isAtom_withIdsDatesAuthorsAndEntriesLinkingToExistingPages() throws Exception {
        for (Path file : feeds()) {
            Feed feed = parse(file);
            assertThat(feed.getFeedType()).as(file.toString()).isEqualTo("atom_1.0");
            assertThat(feed.getId()).isEqualTo(URL + "/" + output.relativize(file).toString().replace('\\', '/'));
            assertThat(feed.getAuthors()).isNotEmpty();
            assertThat(feed.getEntries()).isNotEmpty().hasSizeLessThanOrEqualTo(20);
            Date newest = feed.getEntries().stream().map(Entry::getUpdated).max(Comparator.naturalOrder()).orElseThrow();
            assertThat(feed.getUpdated()).as("feed updated = newest entry's").isEqualTo(newest);
            assertThat(Files.isRegularFile(fileOf(feed.getAlternateLinks().get(0).getHref()))).isTrue();
            for (Entry entry : feed.getEntries()) {
                List<Link> links = entry.getAlternateLinks();
                assertThat(links).hasSize(1);
                assertThat(fileOf(links.get(0).getHref())).as(entry.getTitle()).isRegularFile();
                assertThat(entry.getId()).isEqualTo(links.get(0).getHref());
                if (!carriesBodies(file)) {
                    assertThat(entry.getContents()).as(file + ": " + entry.getTitle()).isEmpty();
                    assertThat(entry.getSummary().getValue()).isNotBlank();
                    continue;
                }
                assertThat(entry.getContents().get(0).getType()).isEqualTo("html");
                assertThat(entry.getContents().get(0).getValue()).isNotBlank()
                        .doesNotContain("href=\"../", "src=\"../");
            }
        }
    }

    @Test
    void siteFeed_hasTheTwentyNewest_newestFirst_withCategories() throws Exception {
        Feed feed = parse(output.resolve("feed.xml"));
        assertThat(feed.getEntries()).hasSize(14); // the fixture has 14 briefings
        List<Date> published = feed.getEntries().stream().map(Entry::getPublished).toList();
        assertThat(published).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(feed.getEntries().get(0).getCategories()).extracting(c -> c.getTerm())
                .containsExactly("statistics", "examplia");
    }

    @Test
    void sitemap_listsExactlyThePagesBuilt() throws Exception {
        Set<String> built;
        try (Stream<Path> walk = Files.walk(output)) {
            // every page but the redirect pages of aliases (noindex: they only send readers on)
            built = walk.filter(p -> p.getFileName().toString().equals("index.html"))
                    .filter(p -> !isRedirectPage(p))
                    .map(p -> URL + "/" + output.relativize(p.getParent()).toString().replace('\\', '/'))
                    .map(u -> u.endsWith("/") ? u : u + "/")
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        String sitemap = Files.readString(output.resolve("sitemap.xml"));
        Matcher loc = Pattern.compile("<loc>([^<]*)</loc>").matcher(sitemap);
        List<String> listed = new java.util.ArrayList<>();
        while (loc.find()) {
            listed.add(loc.group(1));
        }
        assertThat(listed).doesNotHaveDuplicates();
        assertThat(new TreeSet<>(listed)).isEqualTo(built);
        assertThat(sitemap).doesNotContain("404.html").doesNotContain("/old/harbour-strike/")
                .doesNotContain("/about-us/");
        // a briefing's lastmod is its update (or date); a listing's, its newest briefing's
        assertThat(sitemap).contains("<url><loc>" + URL + "/</loc><lastmod>2023-08-30T00:00:00Z</lastmod></url>");
        assertThat(Files.readString(output.resolve("robots.txt"))).endsWith("Sitemap: " + URL + "/sitemap.xml\n");
    }

    private static boolean isRedirectPage(Path page) {
        try {
            return Files.readString(page).contains("<meta http-equiv=\"refresh\"");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A real archive (yihui.org) had U+000B in bodies: the feed library threw, and the build died unexplained. */
    @Test
    void aBodyWithControlCharacters_isWarnedOf_andItsFeedEntryIsValidXml() throws Exception {
        Path project = temp.resolve("control");
        Files.createDirectories(project.resolve("content/2023"));
        Files.writeString(project.resolve("content/2023/2023-05-01-pasted.md"),
                "---\ntitle: Pasted\ndate: 2023-05-01\n---\n\nCopied\u000b from a word\u000c processor\uffff.\n");
        BuildReport report = new SiteGenerator().build(SiteTrees.withSiteUrl(BadInputCatalogueTest.config(project), URL));
        assertThat(report.warnings()).extracting(Object::toString).contains("content/2023/2023-05-01-pasted.md:6:7: "
                + "warning: the control character U+000B is not allowed in pages and feeds; it was left out (and any "
                + "other in this body)");
        String feed = Files.readString(project.resolve("site-output/feed.xml"));
        assertThat(feed).contains("Copied from a word processor.").doesNotContain("\u000b", "\u000c", "\uffff");
        javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(project.resolve("site-output/feed.xml").toFile());
        assertThat(Files.readString(project.resolve("site-output/2023/05/01/pasted/index.html")))
                .contains("Copied from a word processor.");
    }

    @Test
    void withoutSiteUrl_oneWarning_noFeedsNoSitemap_butRobotsAnd404() throws Exception {
        Path plain = temp.resolve("plain");
        BuildReport report = new SiteGenerator().build(SiteTrees.fixtureConfig(SITE, plain, 2));
        assertThat(report.warnings()).filteredOn(d -> d.message().contains("siteUrl")).hasSize(1)
                .allSatisfy(d -> assertThat(d.at().path()).isEqualTo("pom.xml"));
        try (Stream<Path> walk = Files.walk(plain)) {
            assertThat(walk.map(p -> p.getFileName().toString()))
                    .doesNotContain("feed.xml", "sitemap.xml").contains("robots.txt", "404.html");
        }
        assertThat(Files.readString(plain.resolve("robots.txt"))).doesNotContain("Sitemap");
    }

    @Test
    void briefingPage_advertisesSiteFeed_termPageItsOwnFirst() throws Exception {
        String briefing = Files.readString(output.resolve("2023/08/30/quarterly-statistics/index.html"));
        assertThat(briefing).contains("<link rel=\"alternate\" type=\"application/atom+xml\" "
                + "title=\"Fixture Briefings\" href=\"../../../../feed.xml\">");
        String term = Files.readString(output.resolve("tags/economy/index.html"));
        assertThat(term.indexOf("href=\"feed.xml\"")).isPositive()
                .isLessThan(term.indexOf("href=\"../../feed.xml\""));
    }
}
