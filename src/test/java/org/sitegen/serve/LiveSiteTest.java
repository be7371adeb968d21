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
import org.sitegen.BuildReport;
import org.sitegen.SiteConfig;
import org.sitegen.diag.Diagnostic;
import org.sitegen.markdown.RawHtml;

/** serve over real HTTP: pages, the injected script, reload and problem events, recovery. */
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
    void start() throws Exception {
        write(BRIEFING, "---\ntitle: Talks begin\n---\nFirst text.\n");
        write("content/2023/2023-01-04-draft.md", "---\ntitle: Unfinished\ndraft: true\n---\nx\n");
        SiteConfig config = new SiteConfig(project, project.resolve("content"), project.resolve("templates"),
                project.resolve("target/serve"), "Live", "", "", "en", ZoneId.of("UTC"), 20, List.of("tags"), false,
                true, 2, RawHtml.SANITIZE, true, Instant.now());
        site = LiveSite.start(config, "127.0.0.1", 0, new CountingListener());
        eventReader = new Thread(this::readEvents);
        eventReader.setDaemon(true);
        eventReader.start();
        assertThat(nextEvent()).isEqualTo("ok");
    }

    @AfterEach
    void stop() throws Exception {
        site.close();
        eventReader.interrupt();
    }

    @Test
    void serve_pages_haveLiveScriptOnlyWhenServed() throws Exception {
        String home = get("");
        assertThat(home).contains("Talks begin").contains("<script src=\"/__site-gen/live.js\"></script></body>");
        assertThat(Files.readString(project.resolve("target/serve/index.html"))).doesNotContain("live.js");
        assertThat(get("__site-gen/live.js")).contains("new EventSource('/__site-gen/events')");
        assertThat(get("2023/01/04/draft/")).contains("Unfinished").contains("Draft: not published"); // previewed, marked
    }

    @Test
    void serve_editBrokenThenFixed_reloadsShowsProblemsRecovers() throws Exception {
        write(BRIEFING, "---\ntitle: Talks resume\n---\nSecond text.\n");
        assertThat(nextEvent()).isEqualTo("reload");
        assertThat(get("2023/01/05/talks/")).contains("Talks resume").contains("Second text.");

        write(BRIEFING, "---\ntitle: Talks resume\ndate: 2023-02-31\n---\nSecond text.\n");
        assertThat(nextEvent()).isEqualTo("problems\ncontent/2023/2023-01-05-talks.md:3:7: error: "
                + "'date' is not a date: \"2023-02-31\"");
        assertThat(get("2023/01/05/talks/")).contains("Talks resume"); // the last good site stays

        write(BRIEFING, "---\ntitle: Talks end\n---\nThird text.\n");
        assertThat(nextEvent()).isEqualTo("reload");
        assertThat(get("2023/01/05/talks/")).contains("Talks end");
    }

    @Test
    void serve_bulkChange_isOneRebuild() throws Exception {
        int before = builds.get();
        for (int i = 10; i < 40; i++) {
            write(String.format("content/2023/2023-01-%02d-bulk-%d.md", i / 2, i), "---\ntitle: Bulk " + i + "\n---\nx\n");
        }
        assertThat(nextEvent()).isEqualTo("reload");
        assertThat(builds.get()).isEqualTo(before + 1);
        assertThat(get("2023/01/19/bulk-39/")).contains("Bulk 39");
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
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(site.address().resolve(path))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
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
        public void failed(List<Diagnostic> problems) {
        }

        @Override
        public void crashed(Throwable e) {
        }
    }
}
