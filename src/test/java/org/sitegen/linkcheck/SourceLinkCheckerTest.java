package org.sitegen.linkcheck;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitegen.SiteGenerator;
import org.sitegen.config.SiteConfig;
import org.sitegen.diag.Diagnostic;

/**
 * The source link check against a local HTTP server started here, through the real path
 * (front matter → {@link SiteGenerator#check(SiteConfig, SourceLinkChecker)}): the exact
 * warnings for links that answer 200, 301, 404, 500, answer HEAD with 405, redirect in a loop,
 * time out or cannot connect; the pacing per host, measured by the server; the User-Agent.
 * The server answers as two hosts, 127.0.0.1 and localhost, so parallel requests to different
 * hosts and the one-at-a-time rule per host are both seen.
 */
class SourceLinkCheckerTest {
    private static final Duration PER_HOST = Duration.ofMillis(300);
    private static final String USER_AGENT = SourceLinkChecker.Settings.userAgent("9.9.9");

    @TempDir
    Path project;
    private HttpServer server;
    private ExecutorService handlers;
    private int port;
    private int closedPort;
    /** Every request the server saw: method, path, Host, User-Agent, when it arrived. */
    private final List<Seen> seen = Collections.synchronizedList(new ArrayList<>());

    private record Seen(String method, String path, String host, String userAgent, long nanos) {
    }

    @BeforeEach
    void startServer() throws IOException {
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = free.getLocalPort(); // closed again below: a port nobody listens on
        }
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        handlers = Executors.newCachedThreadPool(); // a slow answer must not hold up the others
        server.setExecutor(handlers);
        server.createContext("/", this::answer);
        server.start();
        port = server.getAddress().getPort();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
        handlers.shutdownNow();
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod();
        seen.add(new Seen(method, path, exchange.getRequestHeaders().getFirst("Host").replaceFirst(":\\d+$", ""),
                exchange.getRequestHeaders().getFirst("User-Agent"), System.nanoTime()));
        int status = switch (path) {
            case "/ok", "/ok-2", "/ok-3" -> 200;
            case "/moved" -> redirect(exchange, "/ok");
            case "/moved-to-gone" -> redirect(exchange, "/gone");
            case "/loop" -> redirect(exchange, "/loop");
            case "/no-head" -> method.equals("HEAD") ? 405 : 200;
            case "/broken" -> 500;
            case "/slow" -> {
                try {
                    Thread.sleep(3_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                yield 200;
            }
            default -> 404;
        };
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    private static int redirect(HttpExchange exchange, String to) {
        exchange.getResponseHeaders().add("Location", to);
        return 301;
    }

    private void write(String path, String text) throws IOException {
        Path file = project.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private SiteConfig config() {
        return SiteConfig.builder(project).outputDir(project.resolve("out")).siteTitle("T")
                .siteUrl("https://t.example").zone(java.time.ZoneId.of("UTC")).pageSize(10)
                .taxonomies(List.of("tags")).threads(2).now(java.time.Instant.parse("2024-01-01T00:00:00Z"))
                .build();
    }

    private List<String> check(SourceLinkChecker checker) throws IOException {
        return new SiteGenerator().check(config(), checker).stream().map(Diagnostic::toString).toList();
    }

    @Test
    void reportsEachLinkThatNoLongerAnswers_atItsUrlLine_pacedPerHost() throws IOException {
        String a = "http://127.0.0.1:" + port;
        String b = "http://localhost:" + port;
        write("content/2023/2023-02-19-a.md", "---\ntitle: A\ndate: 2023-02-19\nsources:\n"
                + "  - {publisher: P, url: \"" + a + "/ok\"}\n"               // 5
                + "  - {publisher: P, url: \"" + a + "/moved\"}\n"            // 6
                + "  - {publisher: P, url: \"" + a + "/gone\"}\n"             // 7
                + "  - {publisher: P, url: \"" + a + "/broken\"}\n"           // 8
                + "  - {publisher: P, url: \"" + a + "/slow\"}\n"             // 9
                + "  - {publisher: P, url: \"" + a + "/moved-to-gone\"}\n"    // 10
                + "  - {publisher: P, url: \"mailto:desk@example.org\"}\n"    // 11: not asked
                + "  - \"" + b + "/ok-2\"\n"                                  // 12
                + "  - {title: T, url: \"" + b + "/no-head\"}\n"              // 13
                + "  - {title: T, url: \"" + b + "/loop\"}\n"                 // 14
                + "  - {title: T, url: \"http://127.0.0.1:" + closedPort + "/x\"}\n" // 15
                + "---\nBody.\n");
        write("content/2023/2023-02-20-b.md", "---\ntitle: B\ndate: 2023-02-20\nsources:\n"
                + "  - {title: Cited twice and asked once, url: \"" + a + "/gone\"}\n"
                + "  - {title: T, url: \"" + b + "/ok-3\"}\n"
                + "---\nBody.\n");
        SourceLinkChecker checker = new SourceLinkChecker(new SourceLinkChecker.Settings(8, PER_HOST,
                Duration.ofMillis(1_000), USER_AGENT));

        List<String> problems = check(checker);

        String at = "content/2023/2023-02-19-a.md:";
        assertThat(problems).containsExactly(
                at + "7:25: warning: source link no longer answers (HTTP 404): " + a + "/gone",
                at + "8:25: warning: source link no longer answers (HTTP 500): " + a + "/broken",
                at + "9:25: warning: source link did not answer within 1 s: " + a + "/slow",
                at + "10:25: warning: source link no longer answers (HTTP 404 at " + a + "/gone, where it redirects): "
                        + a + "/moved-to-gone",
                at + "14:21: warning: source link redirects more than 10 times: " + b + "/loop",
                at + "15:21: warning: source link could not be reached (no connection): http://127.0.0.1:" + closedPort
                        + "/x",
                "content/2023/2023-02-20-b.md:5:46: warning: source link no longer answers (HTTP 404): " + a + "/gone");

        // HEAD first, GET only after an error; redirects followed; each URL asked once
        Map<String, List<String>> methodsByPath = seen.stream().collect(Collectors.groupingBy(Seen::path,
                java.util.TreeMap::new, Collectors.mapping(Seen::method, Collectors.toList())));
        assertThat(methodsByPath.get("/ok")).containsExactly("HEAD", "HEAD"); // itself, and where /moved leads
        assertThat(methodsByPath.get("/no-head")).containsExactly("HEAD", "GET");
        assertThat(methodsByPath.get("/gone")).containsExactly("HEAD", "GET", "HEAD", "GET"); // /gone, and after /moved-to-gone
        assertThat(methodsByPath.get("/loop")).hasSize(11);
        assertThat(seen).allSatisfy(s -> assertThat(s.userAgent()).isEqualTo(USER_AGENT));

        // one request per host per interval, as the server saw them arrive (a first connection to
        // "localhost" can take long: pacing only the starts let two arrive 110 ms apart)
        Map<String, List<Long>> byHost = seen.stream().collect(Collectors.groupingBy(Seen::host,
                Collectors.mapping(Seen::nanos, Collectors.toList())));
        assertThat(byHost.keySet()).containsExactlyInAnyOrder("127.0.0.1", "localhost");
        long slack = Duration.ofMillis(60).toNanos(); // the client spaces the sending; delivery may jitter
        byHost.forEach((host, times) -> {
            List<Long> sorted = times.stream().sorted().toList();
            for (int i = 1; i < sorted.size(); i++) {
                assertThat(sorted.get(i) - sorted.get(i - 1)).as("gap before request %d to %s", i, host)
                        .isGreaterThanOrEqualTo(PER_HOST.toNanos() - slack);
            }
        });
        // and the two hosts were asked side by side, not one after the other
        long firstA = byHost.get("127.0.0.1").stream().min(Long::compare).orElseThrow();
        long firstB = byHost.get("localhost").stream().min(Long::compare).orElseThrow();
        assertThat(Math.abs(firstA - firstB)).isLessThan(PER_HOST.toNanos());
    }

    @Test
    void withoutTheChecker_noRequestIsMade() throws IOException {
        write("content/2023/2023-02-19-a.md", "---\ntitle: A\ndate: 2023-02-19\nsources:\n"
                + "  - {publisher: P, url: \"http://127.0.0.1:" + port + "/gone\"}\n---\nBody.\n");
        assertThat(check(null)).isEmpty();
        assertThat(seen).isEmpty();
    }

    @Test
    void hostByHost_takesOneUrlOfEachHostInTurn() {
        assertThat(SourceLinkChecker.hostByHost(List.of("https://a.example/1", "https://a.example/2",
                "https://A.example/3", "https://b.example/1", "http://c.example:8080/1", "https://b.example/2")))
                .containsExactly("https://a.example/1", "https://b.example/1", "http://c.example:8080/1",
                        "https://a.example/2", "https://b.example/2", "https://A.example/3");
    }
}
