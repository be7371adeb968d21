package org.sitegen.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview server over real sockets, as an attacker would talk to it: DNS-rebinding Host
 * headers, cross-origin event streams, open-redirect paths, slow and oversized requests.
 */
class DevServerTest {
    /** Short limits, so the timeouts are seen in a second, not in the default ten. */
    private static final DevServer.Limits FAST = new DevServer.Limits(2, 4, 2, Duration.ofMillis(700),
            Duration.ofSeconds(2), 1024, 4096);

    @TempDir
    Path root;
    private DevServer server;
    private final List<Socket> clients = new ArrayList<>();

    @AfterEach
    void stop() throws IOException {
        for (Socket client : clients) {
            client.close();
        }
        if (server != null) {
            server.close();
        }
    }

    private int start(DevServer.Limits limits) throws IOException {
        write("index.html", "<html><body>home page</body></html>");
        write("404.html", "<html><body>custom not found</body></html>");
        write("2023/01/05/talks/index.html", "<html><body>talks page</body></html>");
        // Folders named like the targets of open-redirect payloads, so that those payloads reach
        // the redirect of a folder path without its final slash.
        write("evil.example/index.html", "x");
        write("https:/evil.example/index.html", "x");
        write("javascript:alert(1)/index.html", "x");
        EventHub events = new EventHub();
        events.publish(new EventHub.Event("ok", ""));
        server = new DevServer("127.0.0.1", 0, root, events, limits);
        return server.address().getPort();
    }

    @Test
    void host_dnsRebindingNames_refused421_loopbackNamesAnswered() throws Exception {
        int port = start(DevServer.Limits.DEFAULT);
        // Names a rebinding attacker controls: their own domain, public rebinding and
        // wildcard-DNS services (rbndr.us, nip.io, localtest.me resolve to 127.0.0.1), look-alikes
        // of localhost, and spellings that confuse naive parsers of host:port.
        List<String> refused = List.of("evil.example", "evil.example:" + port, "localhost.evil.example:" + port,
                "7f000001.c0a80001.rbndr.us:" + port, "127.0.0.1.nip.io:" + port, "localtest.me:" + port,
                "localhost.", "localhost.:" + port, "localhost:" + port + "@evil.example",
                "evil.example#@localhost", "localhost:" + port + ":80", "localhost:99999", "[::1].evil.example",
                "127.0.0.1.evil.example", "2130706433:" + port, "0x7f.0.0.1", "127.1", "[::1", "", "localhost evil");
        for (String host : refused) {
            for (String path : List.of("/", "/2023/01/05/talks/", DevServer.EVENTS)) {
                Response response = request(port, "GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\n\r\n");
                assertThat(response.status()).as("Host: %s %s", host, path).isEqualTo(421);
                assertThat(response.body()).as(host).contains("answers only localhost").doesNotContain("page")
                        .doesNotContain("event:");
            }
        }
        List<String> answered = List.of("localhost", "localhost:" + port, "LocalHost:" + port, "127.0.0.1",
                "127.0.0.1:" + port, "127.0.0.2:" + port, "[::1]", "[::1]:" + port, "[0:0:0:0:0:0:0:1]:" + port);
        for (String host : answered) {
            Response response = request(port, "GET / HTTP/1.1\r\nHost: " + host + "\r\n\r\n");
            assertThat(response.status()).as("Host: %s", host).isEqualTo(200);
            assertThat(response.body()).contains("home page");
        }
        assertThat(request(port, "GET / HTTP/1.1\r\n\r\n").status()).as("no Host").isEqualTo(400);
        assertThat(request(port, "GET / HTTP/1.1\r\nHost: localhost\r\nHost: evil.example\r\n\r\n").status())
                .as("two Host headers").isEqualTo(400);
    }

    @Test
    void eventStream_otherOrigins_refused_ownOriginStreams() throws Exception {
        int port = start(DevServer.Limits.DEFAULT);
        String own = "127.0.0.1:" + port;
        for (String origin : List.of("http://evil.example", "null", "http://localhost:" + port, "https://" + own,
                "http://" + own + ".evil.example", "http://" + own + "@evil.example")) {
            Response response = request(port, "GET " + DevServer.EVENTS + " HTTP/1.1\r\nHost: " + own
                    + "\r\nOrigin: " + origin + "\r\n\r\n");
            assertThat(response.status()).as("Origin: %s", origin).isEqualTo(403);
            assertThat(response.body()).doesNotContain("event:");
        }
        for (String origin : List.of("http://" + own, "")) {
            Socket socket = open(port);
            send(socket, "GET " + DevServer.EVENTS + " HTTP/1.1\r\nHost: " + own
                    + (origin.isEmpty() ? "" : "\r\nOrigin: " + origin) + "\r\n\r\n");
            assertThat(readUntil(socket, "\n\n")).as("Origin: %s", origin).startsWith("HTTP/1.1 200 OK\r\n")
                    .contains("Content-Type: text/event-stream").endsWith("event: ok\ndata: \n\n");
        }
    }

    @Test
    void fetchMetadata_crossSiteSubresources_refused_navigationsAnswered() throws Exception {
        int port = start(DevServer.Limits.DEFAULT);
        String get = "GET /2023/01/05/talks/ HTTP/1.1\r\nHost: localhost:" + port + "\r\n";
        for (String modeAndDest : List.of("no-cors script", "no-cors image", "cors empty", "navigate object",
                "navigate embed", "no-cors iframe")) {
            String[] fetch = modeAndDest.split(" ");
            Response response = request(port, get + "Sec-Fetch-Site: cross-site\r\nSec-Fetch-Mode: " + fetch[0]
                    + "\r\nSec-Fetch-Dest: " + fetch[1] + "\r\n\r\n");
            assertThat(response.status()).as(modeAndDest).isEqualTo(403);
            assertThat(response.body()).doesNotContain("talks page");
        }
        for (String site : List.of("cross-site\r\nSec-Fetch-Mode: navigate\r\nSec-Fetch-Dest: document", "none",
                "same-origin\r\nSec-Fetch-Mode: no-cors\r\nSec-Fetch-Dest: script")) {
            Response response = request(port, get + "Sec-Fetch-Site: " + site + "\r\n\r\n");
            assertThat(response.status()).as(site).isEqualTo(200);
            assertThat(response.body()).contains("talks page");
        }
    }

    /**
     * Path spellings of open-redirect payload lists (PayloadsAllTheThings, "Open Redirect",
     * Intruder/Open-Redirect-payloads.txt; the OWASP Unvalidated Redirects cheat sheet), with
     * evil.example as the attacker's site. None may yield a Location off the site: each Location
     * is {@code /segment/.../} with only unreserved characters and percent escapes.
     */
    @Test
    void redirects_openRedirectPayloads_neverLeaveTheSite() throws Exception {
        int port = start(DevServer.Limits.DEFAULT);
        List<String> payloads = List.of("//evil.example", "///evil.example", "////evil.example",
                "/https://evil.example", "/%2F/evil.example", "//evil.example/", "//evil.example/..", "//evil.example/%2f..",
                "///evil.example/%2f..", "////evil.example/%2f..", "/https://evil.example/%2f..",
                "//www.evil.example/%2f%2e%2e", "////www.evil.example/%2e%2e%2f", "//https://evil.example//",
                "/https:///www.evil.example/%2f%2e%2e", "/\\evil.example", "/\\/evil.example/", "//\\evil.example",
                "/%5cevil.example", "//%5cevil.example", "/%2F%2Fevil.example", "/%2f%2fevil.example/",
                "/%09/evil.example", "//%09/evil.example", "/%0d/evil.example", "/%0d%0aLocation:%20http://evil.example",
                "/%2e%2e/evil.example", "/.evil.example", "/evil.example", "/evil.example/.", "//evil%E3%80%82example",
                "//evil%00.example", "/%68%74%74%70%3a%2f%2fevil.example", "/javascript:alert(1)",
                "//javascript:alert(1)", "/%5cjavascript:alert(1)", "/https:/evil.example", "/〱evil.example",
                "/ｰevil.example", "//evil.example\\@localhost", "/https://:@evil.example\\@localhost",
                "https://evil.example/", "//evil.example@localhost/", "\\/\\/evil.example/", "javascript:alert(1)",
                "http:evil.example", "%68%74%74%70%3a%2f%2fevil.example");
        Pattern onSite = Pattern.compile("/(?:[A-Za-z0-9._~-]|%[0-9A-F]{2})+/(?:(?:[A-Za-z0-9._~-]|%[0-9A-F]{2})+/)*");
        int redirects = 0;
        for (String payload : payloads) {
            Response response = request(port, "GET " + payload + " HTTP/1.1\r\nHost: localhost\r\n\r\n");
            String location = response.headers().get("location");
            assertThat(response.head()).as(payload).doesNotContainIgnoringCase("location: http")
                    .doesNotContain("evil.example\r\n");
            if (response.status() / 100 == 3) {
                redirects++;
                assertThat(location).as(payload).isNotNull().matches(onSite);
            } else {
                assertThat(location).as(payload).isNull();
            }
        }
        // The payloads do reach the redirect: //evil.example is the folder /evil.example/ here.
        assertThat(redirects).isGreaterThanOrEqualTo(8);
        Response folder = request(port, "GET //evil.example HTTP/1.1\r\nHost: localhost\r\n\r\n");
        assertThat(folder.status()).isEqualTo(301);
        assertThat(folder.headers()).containsEntry("location", "/evil.example/");
        assertThat(request(port, "GET /https://evil.example HTTP/1.1\r\nHost: localhost\r\n\r\n").headers())
                .containsEntry("location", "/https%3A/evil.example/");
    }

    @Test
    void paths_outsideTheSite_neverServed(@TempDir Path elsewhere) throws Exception {
        int port = start(DevServer.Limits.DEFAULT);
        Path outside = Files.writeString(root.resolveSibling(root.getFileName() + "-secret.txt"), "secret");
        Files.createSymbolicLink(root.resolve("elsewhere.txt"), Files.writeString(elsewhere.resolve("x.txt"), "secret"));
        Files.createSymbolicLink(root.resolve("link.txt"), outside);
        String secret = "../" + outside.getFileName();
        try {
            for (String path : List.of("/" + secret, "/%2e%2e/" + outside.getFileName(),
                    "/..%2f" + outside.getFileName(), "/a/../../" + outside.getFileName(),
                    "/%c0%ae%c0%ae/" + outside.getFileName(), "/link.txt", "/elsewhere.txt",
                    "/..%5c" + outside.getFileName(), "/%00/", "/index.html%00.png")) {
                Response response = request(port, "GET " + path + " HTTP/1.1\r\nHost: localhost\r\n\r\n");
                assertThat(response.status()).as(path).isIn(400, 403);
                assertThat(response.body()).as(path).doesNotContain("secret");
            }
        } finally {
            Files.delete(outside); // beside the temporary folder, which JUnit deletes
        }
        Response missing = request(port, "GET /2023/nope/ HTTP/1.1\r\nHost: localhost\r\n\r\n");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body()).contains("custom not found").contains(DevServer.SCRIPT);
        Response post = request(port, "POST / HTTP/1.1\r\nHost: localhost\r\nContent-Length: 3\r\n\r\nabc");
        assertThat(post.status()).isEqualTo(405);
        assertThat(post.headers()).containsEntry("allow", "GET, HEAD");
        Response head = request(port, "HEAD /2023/01/05/talks/ HTTP/1.1\r\nHost: localhost\r\n\r\n");
        assertThat(head.status()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
    }

    @Test
    void slowloris_connectionClosedAfterTheHeaderTimeout() throws Exception {
        int port = start(FAST);
        Socket slow = open(port);
        Thread dribble = dribble(slow, "GET / HTTP/1.1\r\nHost: localhost\r\nX-Slow: " + "a".repeat(200));
        long started = System.nanoTime();
        slow.setSoTimeout(10_000);
        int read = slow.getInputStream().read(); // blocks until the server closes it
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(read).isEqualTo(-1);
        assertThat(millis).as("closed after the 700 ms header timeout").isBetween(500L, 3_000L);
        assertThat(dribble.isAlive()).as("the client was still sending when it was closed").isTrue();
        // A connection that sends nothing at all is closed the same way.
        Socket idle = open(port);
        idle.setSoTimeout(10_000);
        started = System.nanoTime();
        assertThat(idle.getInputStream().read()).isEqualTo(-1);
        assertThat((System.nanoTime() - started) / 1_000_000).isBetween(500L, 3_000L);
    }

    @Test
    void slowConnections_moreThanTheWorkers_delayANormalRequestAtMostTheHeaderTimeout() throws Exception {
        int port = start(FAST); // 2 workers
        for (int i = 0; i < FAST.workers() + 1; i++) {
            dribble(open(port), "GET / HTTP/1.1\r\nHost: localhost\r\nX-Slow: " + "a".repeat(200));
        }
        Thread.sleep(100); // the slow ones hold both workers and wait in the queue
        long started = System.nanoTime();
        Response response = request(port, "GET /2023/01/05/talks/ HTTP/1.1\r\nHost: localhost\r\n\r\n");
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).contains("talks page");
        assertThat(millis).as("answered within the header timeout (700 ms) and a margin").isLessThan(2_500L);
    }

    /**
     * Beyond workers and queue, connections are closed at once instead of piling up. The header
     * timeout is long here, so "at once" is told from "at the timeout" with a margin a busy
     * machine keeps: with FAST's 700 ms, a 400 ms wait for the close failed once on a loaded CI run.
     */
    @Test
    void connectionsBeyondWorkersAndQueue_areClosedAtOnce() throws Exception {
        DevServer.Limits longHead = new DevServer.Limits(FAST.workers(), FAST.queued(), FAST.eventStreams(),
                Duration.ofSeconds(20), FAST.responseTimeout(), FAST.maxRequestLine(), FAST.maxHeaderBytes());
        int port = start(longHead);
        List<Socket> flood = new ArrayList<>();
        for (int i = 0; i < longHead.workers() + longHead.queued() + 3; i++) {
            flood.add(open(port));
        }
        Socket last = flood.get(flood.size() - 1);
        last.setSoTimeout(5_000); // a timeout here fails the test: the connection was kept
        assertThat(last.getInputStream().read()).as("closed without waiting for the timeout").isEqualTo(-1);
    }

    @Test
    void oversizedRequests_refused() throws Exception {
        int port = start(FAST); // request line 1024 bytes, head 4096
        Response longLine = request(port, "GET /" + "a".repeat(2000) + " HTTP/1.1\r\nHost: localhost\r\n\r\n");
        assertThat(longLine.status()).isEqualTo(414);
        Response bigHeader = request(port, "GET / HTTP/1.1\r\nHost: localhost\r\nCookie: " + "c".repeat(5000)
                + "\r\n\r\n");
        assertThat(bigHeader.status()).isEqualTo(431);
        Response manyFields = request(port, "GET / HTTP/1.1\r\nHost: localhost\r\n" + "A: b\r\n".repeat(101) + "\r\n");
        assertThat(manyFields.status()).isEqualTo(431);
        for (String bad : List.of("GET / HTTP/1.1\r\nHost: localhost\r\n folded: x\r\n\r\n",
                "GET / HTTP/1.1\r\nHost : localhost\r\n\r\n", "GET / HTTP/2.0\r\nHost: localhost\r\n\r\n",
                "GET /\r\n\r\n", "GET  / HTTP/1.1\r\nHost: localhost\r\n\r\n", "GET /%zz HTTP/1.1\r\nHost: localhost\r\n\r\n",
                "GET /a\u0001b HTTP/1.1\r\nHost: localhost\r\n\r\n")) {
            assertThat(request(port, bad).status()).as(bad).isIn(400, 505);
        }
        assertThat(request(port, "GET / HTTP/1.1\r\nHost: localhost\r\n\r\n").status()).isEqualTo(200);
    }

    @Test
    void eventStreams_beyondTheCap_503_pagesStillAnswered() throws Exception {
        int port = start(FAST); // 2 event streams
        for (int i = 0; i < FAST.eventStreams(); i++) {
            Socket tab = open(port);
            send(tab, "GET " + DevServer.EVENTS + " HTTP/1.1\r\nHost: localhost\r\n\r\n");
            assertThat(readUntil(tab, "event: ok\n")).startsWith("HTTP/1.1 200");
        }
        Response third = request(port, "GET " + DevServer.EVENTS + " HTTP/1.1\r\nHost: localhost\r\n\r\n");
        assertThat(third.status()).isEqualTo(503);
        assertThat(third.body()).contains("live-reload connections");
        for (int i = 0; i < 5; i++) {
            assertThat(request(port, "GET / HTTP/1.1\r\nHost: localhost\r\n\r\n").status()).isEqualTo(200);
        }
    }

    // --- a raw HTTP client: Java's own clients refuse to send most of these requests ---

    record Response(int status, String head, Map<String, String> headers, String body) {
    }

    private Response request(int port, String request) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            String text = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            assertThat(end).as("a complete response to %s", request).isPositive();
            String head = text.substring(0, end + 2);
            Matcher status = Pattern.compile("HTTP/1\\.1 (\\d{3}) ").matcher(head);
            assertThat(status.lookingAt()).as(head).isTrue();
            Map<String, String> headers = new java.util.HashMap<>();
            for (String line : head.substring(head.indexOf("\r\n") + 2).split("\r\n")) {
                int colon = line.indexOf(':');
                assertThat(headers.put(line.substring(0, colon).toLowerCase(java.util.Locale.ROOT),
                        line.substring(colon + 1).strip())).as("one %s header", line).isNull();
            }
            return new Response(Integer.parseInt(status.group(1)), head, headers, text.substring(end + 4));
        }
    }

    private Socket open(int port) throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
        clients.add(socket);
        return socket;
    }

    private static void send(Socket socket, String text) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static String readUntil(Socket socket, String end) throws IOException {
        socket.setSoTimeout(10_000);
        InputStream in = socket.getInputStream();
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        while (!read.toString(StandardCharsets.UTF_8).endsWith(end)) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            read.write(b);
        }
        return read.toString(StandardCharsets.UTF_8);
    }

    /** Sends the text one byte every 50 ms, as a slowloris client does, until done or closed. */
    private static Thread dribble(Socket socket, String text) {
        Thread thread = new Thread(() -> {
            try {
                OutputStream out = socket.getOutputStream();
                for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
                    out.write(b);
                    out.flush();
                    Thread.sleep(50);
                }
            } catch (IOException | InterruptedException closed) {
                // the server closed it
            }
        });
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private void write(String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
