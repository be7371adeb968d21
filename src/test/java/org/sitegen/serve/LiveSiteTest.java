package org.sitegen.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitegen.pipeline.BuildReport;
import org.sitegen.config.RawHtml;
import org.sitegen.config.SiteConfig;
import org.sitegen.diag.Diagnostic;
import org.sitegen.output.SiteWriter;

/**
 * serve over real HTTP: pages, the injected script, reload and problem events, recovery, and
 * the problems page on every URL while no build has succeeded yet.
 */
class LiveSiteTest {
    private static final String BRIEFING = "content/2023/2023-01-05-talks.md";

    @TempDir
    Path project;
    private LiveSite site;
    private final AtomicInteger builds = new AtomicInteger();
    private final BlockingQueue<String> events = new LinkedBlockingQueue<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Thread eventReader;

    @BeforeEach
    void writeArchive() throws Exception {
        write(BRIEFING, "---\ntitle: Talks begin\n---\nFirst text.\n");
        write("content/2023/2023-01-04-draft.md", "---\ntitle: Unfinished\ndraft: true\n---\nx\n");
    }

    /** Starts serve and reads its event stream; returns the first event. */
    private String start() throws Exception {
        SiteConfig config = SiteConfig.builder(project).outputDir(project.resolve("target/serve")).siteTitle("Live")
                .zone(ZoneId.of("UTC")).taxonomies(List.of("tags")).drafts(true).threads(2).future(true)
                .now(Instant.now()).build();
        site = LiveSite.start(config, "127.0.0.1", 0, new CountingListener());
        eventReader = new Thread(this::readEvents);
        eventReader.setDaemon(true);
        eventReader.start();
        return nextEvent();
    }

    @AfterEach
    void stop() throws Exception {
        if (site != null) {
            site.close();
            eventReader.interrupt();
        }
    }

    @Test
    void serve_pages_haveLiveScriptOnlyWhenServed() throws Exception {
        assertThat(start()).isEqualTo("ok");
        String home = get("");
        assertThat(home).contains("Talks begin").contains("<script src=\"/__site-gen/live.js\"></script></body>");
        assertThat(Files.readString(project.resolve("target/serve/index.html"))).doesNotContain("live.js");
        assertThat(get("__site-gen/live.js")).contains("new EventSource('/__site-gen/events')");
        assertThat(get("2023/01/04/draft/")).contains("Unfinished").contains("Draft: not published"); // previewed, marked
    }

    @Test
    void serve_editBrokenThenFixed_reloadsShowsProblemsRecovers() throws Exception {
        assertThat(start()).isEqualTo("ok");
        write(BRIEFING, "---\ntitle: Talks resume\n---\nSecond text.\n");
        assertThat(nextEvent()).isEqualTo("reload");
        assertThat(get("2023/01/05/talks/")).contains("Talks resume").contains("Second text.");

        write(BRIEFING, "---\ntitle: Talks resume\ndate: 2023-02-31\n---\nSecond text.\n");
        assertThat(nextEvent()).isEqualTo("problems\ncontent/2023/2023-01-05-talks.md:3:7: error: "
                + "'date' is not a date: \"2023-02-31\"; February 2023 has 28 days");
        assertThat(get("2023/01/05/talks/")).contains("Talks resume"); // the last good site stays

        write(BRIEFING, "---\ntitle: Talks end\n---\nThird text.\n");
        assertThat(nextEvent()).isEqualTo("reload");
        assertThat(get("2023/01/05/talks/")).contains("Talks end");
    }

    @Test
    void serve_bulkChange_isOneRebuild() throws Exception {
        assertThat(start()).isEqualTo("ok");
        int before = builds.get();
        for (int i = 10; i < 40; i++) {
            write(String.format("content/2023/2023-01-%02d-bulk-%d.md", i / 2, i), "---\ntitle: Bulk " + i + "\n---\nx\n");
        }
        assertThat(nextEvent()).isEqualTo("reload");
        assertThat(builds.get()).isEqualTo(before + 1);
        assertThat(get("2023/01/19/bulk-39/")).contains("Bulk 39");
    }

    /**
     * A briefing deleted while previewing: its page goes, and so do the folders that leaves
     * empty (its own and its day's), as a build's site has no empty folders; the preview wrote
     * in place and left them (found by the red team).
     */
    @Test
    void serve_briefingDeleted_leavesNoEmptyFolder() throws Exception {
        write("content/2023/2023-01-08-other.md", "---\ntitle: Other\n---\nStays.\n");
        assertThat(start()).isEqualTo("ok");
        Path served = project.resolve("target/serve");
        assertThat(served.resolve("2023/01/05/talks/index.html")).isRegularFile();

        Files.delete(project.resolve(BRIEFING));
        assertThat(nextEvent()).isEqualTo("reload");
        assertThat(served.resolve("2023/01/05")).doesNotExist();
        try (java.util.stream.Stream<Path> walk = Files.walk(served)) {
            assertThat(walk.filter(Files::isDirectory).filter(folder -> {
                try (java.util.stream.Stream<Path> entries = Files.list(folder)) {
                    return entries.findAny().isEmpty();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList()).as("empty folders").isEmpty();
        }
        assertThat(get("2023/01/08/other/")).contains("Stays.");
    }

    /**
     * Two briefings of one size and one modification time swapped by renames (as a checkout or
     * a tar extract leaves them): each path now holds the other file, and each page must show
     * it. The preview's cache took size and time as "unchanged" and kept both pages as they were
     * (the build's up-to-date check had the same gap; found by the red team).
     */
    @Test
    void serve_twoFilesOfOneSizeAndTimeSwappedByRenames_showEachOthersText() throws Exception {
        Path a = project.resolve("content/2023/2023-01-06-alpha.md");
        Path b = project.resolve("content/2023/2023-01-07-bravo.md");
        write("content/2023/2023-01-06-alpha.md", "---\ntitle: Alpha\n---\nText A.\n");
        write("content/2023/2023-01-07-bravo.md", "---\ntitle: Bravo\n---\nText B.\n");
        java.nio.file.attribute.FileTime time = java.nio.file.attribute.FileTime.fromMillis(1_700_000_000_000L);
        Files.setLastModifiedTime(a, time);
        Files.setLastModifiedTime(b, time);
        assertThat(start()).isEqualTo("ok");
        assertThat(get("2023/01/06/alpha/")).contains("Text A.");

        Path aside = project.resolve("aside.md");
        Files.move(a, aside);
        Files.move(b, a);
        Files.move(aside, b);
        assertThat(nextEvent()).isEqualTo("reload");
        assertThat(get("2023/01/06/alpha/")).contains("Text B.").doesNotContain("Text A.");
        assertThat(get("2023/01/07/bravo/")).contains("Text A.").doesNotContain("Text B.");
    }

    /**
     * An archive whose first build fails: no site exists, so every URL (pages, missing pages,
     * assets) answers 503 with the problems, escaped, and the live script, never a bare 404 and
     * never what an earlier session left in the output folder; the first good build reloads.
     */
    @Test
    void serve_firstBuildFails_everyUrlShowsTheProblemsUntilAGoodBuild() throws Exception {
        write(BRIEFING, "---\ntitle: Talks begin\ndate: <script>alert(1)</script>\n---\nFirst text.\n");
        write("target/serve/index.html", "<html><body>stale page of an earlier session</body></html>");
        write("target/serve/" + SiteWriter.MARKER, "");
        String problem = "content/2023/2023-01-05-talks.md:3:7: error: 'date' is not a date: ";
        assertThat(start()).startsWith("problems\n" + problem);
        assertThat(builds.get()).isZero();
        for (String path : List.of("", "index.html", "2023/01/05/talks/", "2023/01/04/draft/", "no/such/page/",
                "assets/site.css", "search/")) {
            HttpResponse<String> response = fetch(path);
            assertThat(response.statusCode()).as(path).isEqualTo(503);
            assertThat(response.headers().firstValue("content-type")).hasValue("text/html; charset=utf-8");
            assertThat(response.body()).as(path).contains("<div id=\"site-gen-problems\" role=\"alert\" data-no-site")
                    .contains(problem + "\"&lt;script&gt;alert(1)&lt;/script&gt;\"")
                    .doesNotContain("<script>alert").doesNotContain("stale page")
                    .endsWith("<script src=\"/__site-gen/live.js\"></script></body></html>");
        }
        assertThat(get("__site-gen/live.js")).contains("data-no-site");

        write(BRIEFING, "---\ntitle: Talks begin\ndate: 2023-02-31\n---\nFirst text.\n");
        assertThat(nextEvent()).isEqualTo("problems\ncontent/2023/2023-01-05-talks.md:3:7: error: "
                + "'date' is not a date: \"2023-02-31\"; February 2023 has 28 days");
        assertThat(fetch("2023/01/05/talks/").body()).contains("2023-02-31").doesNotContain("alert(1)");

        write(BRIEFING, "---\ntitle: Talks begin\n---\nFirst text.\n");
        assertThat(nextEvent()).isEqualTo("reload");
        assertThat(get("2023/01/05/talks/")).contains("First text.").doesNotContain("site-gen-problems");
        assertThat(get("")).contains("Talks begin").doesNotContain("stale page");

        // From now on a broken build keeps the last good site, with the problems over it.
        write(BRIEFING, "---\ntitle: Talks begin\ndate: 2023-02-31\n---\nFirst text.\n");
        assertThat(nextEvent()).startsWith("problems\n");
        assertThat(get("2023/01/05/talks/")).contains("First text.").doesNotContain("site-gen-problems");
    }

    private String nextEvent() throws InterruptedException {
        String event = events.poll(20, TimeUnit.SECONDS);
        assertThat(event).as("an event within 20 s").isNotNull();
        return event;
    }

    /** Collects "name" or "name\ndata" per event from the server-sent event stream. */
    private void readEvents() {
        try {
            var connection = site.address().resolve(DevServer.EVENTS.substring(1)).toURL().openConnection();
            try (BufferedReader in = new BufferedReader(new InputStreamReader(connection.getInputStream(),
                    StandardCharsets.UTF_8))) {
                StringBuilder event = new StringBuilder();
                String line;
                while ((line = in.readLine()) != null) {
                    if (line.startsWith("event: ")) {
                        event.append(line.substring(7));
                    } else if (line.startsWith("data: ") && !line.equals("data: ")) {
                        event.append('\n').append(line.substring(6));
                    } else if (line.isEmpty() && !event.isEmpty()) {
                        events.add(event.toString());
                        event.setLength(0);
                    }
                }
            }
        } catch (IOException e) {
            // the server stopped
        }
    }

    private String get(String path) throws Exception {
        HttpResponse<String> response = fetch(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    private HttpResponse<String> fetch(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(site.address().resolve(path)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private void write(String path, String text) throws IOException {
        Path file = project.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private final class CountingListener implements LiveSite.Listener {
        @Override
        public void built(BuildReport report) {
            builds.incrementAndGet();
        }

        @Override
        public void failed(List<Diagnostic> problems, boolean siteShown) {
        }

        @Override
        public void crashed(Throwable e, boolean siteShown) {
        }
    }
}
