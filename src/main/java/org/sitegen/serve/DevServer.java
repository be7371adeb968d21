package org.sitegen.serve;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.sitegen.html.Html;

/**
 * The preview server of {@code site-gen:serve}: serves the built site from a folder, and only
 * here injects the live-reload script into HTML pages (built pages never contain it). Until the
 * first good build it answers every page with the problems instead.
 *
 * <p>A small HTTP/1.1 server on plain sockets rather than the JDK's {@code HttpServer}, because
 * the latter cannot bound what a hostile client costs per server: its request and header
 * limits ({@code sun.net.httpserver.maxReqTime}, {@code maxReqHeaders}, {@code maxReqHeaderSize},
 * {@code jdk.httpserver.maxConnections}) are system properties read once per JVM, so they would
 * be set for every other server in Maven's JVM and could not be set at all if one had started
 * before; {@code maxReqHeaderSize} and {@code maxConnections} exist only in recent JDK 17 updates;
 * and {@code maxReqTime} counts whole seconds. Here each server has its own {@link Limits}:
 * <ul>
 * <li>a fixed pool of workers reads requests and answers them, one request per connection
 *     ({@code Connection: close}, so there are no idle keep-alive connections to bound);
 * <li>a connection must deliver its whole request head within {@link Limits#headerTimeout()}
 *     of being accepted, and a response must be taken within {@link Limits#responseTimeout()},
 *     or the socket is closed (a client sending one byte a second holds a worker at most that
 *     long: {@code java.net} has no timeout for a whole read or a write, so a watchdog closes
 *     the socket);
 * <li>the request line and the header are limited in size;
 * <li>event streams (one per open tab) have their own bounded pool, so tabs never starve pages;
 * <li>connections beyond the workers and a bounded queue are closed at once.
 * </ul>
 * Requests must name an allowed host ({@link AllowedHosts}: DNS rebinding), cross-site
 * subresource requests are refused (Fetch Metadata), the event stream answers only its own
 * origin, and redirects stay on the site ({@link SitePath}).
 */
public final class DevServer implements AutoCloseable {
    static final String EVENTS = "/__site-gen/events";
    static final String SCRIPT = "/__site-gen/live.js";
    private static final String SCRIPT_TAG = "<script src=\"" + SCRIPT + "\"></script>";
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("json", "application/json"),
            Map.entry("xml", "application/xml; charset=utf-8"), Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"), Map.entry("svg", "image/svg+xml"), Map.entry("webp", "image/webp"),
            Map.entry("avif", "image/avif"), Map.entry("pdf", "application/pdf"), Map.entry("ico", "image/x-icon"),
            Map.entry("csv", "text/csv; charset=utf-8"), Map.entry("mp3", "audio/mpeg"), Map.entry("m4a", "audio/mp4"),
            Map.entry("ogg", "audio/ogg"), Map.entry("wav", "audio/wav"), Map.entry("mp4", "video/mp4"),
            Map.entry("webm", "video/webm"), Map.entry("woff2", "font/woff2"), Map.entry("woff", "font/woff"));
    private static final Map<Integer, String> REASONS = Map.ofEntries(Map.entry(200, "OK"),
            Map.entry(301, "Moved Permanently"), Map.entry(400, "Bad Request"), Map.entry(403, "Forbidden"),
            Map.entry(404, "Not Found"), Map.entry(405, "Method Not Allowed"), Map.entry(414, "URI Too Long"),
            Map.entry(421, "Misdirected Request"), Map.entry(431, "Request Header Fields Too Large"),
            Map.entry(500, "Internal Server Error"), Map.entry(503, "Service Unavailable"),
            Map.entry(505, "HTTP Version Not Supported"));

    /**
     * What one server spends at most on its clients.
     *
     * @param workers threads answering requests (a browser opens about six connections per host)
     * @param queued accepted connections waiting for a worker; more are closed at once
     * @param eventStreams open live-reload streams (one per tab); more are answered 503
     * @param headerTimeout from accepting a connection to the end of its request head
     * @param responseTimeout for writing one response (a client that does not read)
     * @param maxRequestLine bytes of the request line (414 beyond)
     * @param maxHeaderBytes bytes of request line and header fields together (431 beyond);
     *     generous, because every cookie set for {@code localhost} by any local app is sent
     */
    record Limits(int workers, int queued, int eventStreams, Duration headerTimeout, Duration responseTimeout,
            int maxRequestLine, int maxHeaderBytes) {
        static final Limits DEFAULT = new Limits(16, 64, 32, Duration.ofSeconds(10), Duration.ofSeconds(30),
                8 * 1024, 64 * 1024);
    }

    /** How long, and how much, a refused request's remaining input is read before closing. */
    private static final Duration LINGER = Duration.ofMillis(500);
    private static final int MAX_LINGER_BYTES = 256 * 1024;

    private final Limits limits;
    private final Path root;
    private final EventHub events;
    private final AllowedHosts hosts;
    private final ServerSocket listener;
    private final ThreadPoolExecutor workers;
    private final ThreadPoolExecutor streams;
    private final ScheduledThreadPoolExecutor watchdog;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final Thread acceptor;

    DevServer(String host, int port, Path root, EventHub events, Limits limits) throws IOException {
        this.limits = limits;
        this.root = root.toAbsolutePath().normalize();
        this.events = events;
        this.hosts = new AllowedHosts(host);
        this.listener = new ServerSocket(port, 50, InetAddress.getByName(host));
        this.workers = new ThreadPoolExecutor(limits.workers(), limits.workers(), 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(limits.queued()), daemon("site-gen-serve"));
        this.streams = new ThreadPoolExecutor(0, limits.eventStreams(), 30, TimeUnit.SECONDS,
                new SynchronousQueue<>(), daemon("site-gen-serve-events"));
        this.watchdog = new ScheduledThreadPoolExecutor(1, daemon("site-gen-serve-timeouts"));
        watchdog.setRemoveOnCancelPolicy(true);
        this.acceptor = daemon("site-gen-serve-accept").newThread(this::acceptLoop);
        acceptor.start();
    }

    /** The address the server listens on, e.g. http://127.0.0.1:8080/ (loopback when on all). */
    public URI address() {
        InetAddress at = listener.getInetAddress();
        String host = (at.isAnyLocalAddress() ? InetAddress.getLoopbackAddress() : at).getHostAddress();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + listener.getLocalPort()
                + "/");
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            Socket socket;
            try {
                socket = listener.accept();
            } catch (IOException e) {
                pause(); // closed (the loop ends), or out of file handles: do not spin
                continue;
            }
            open.add(socket);
            // The deadline counts from here, so time spent queued for a worker counts too.
            ScheduledFuture<?> headDeadline = closeAfter(socket, limits.headerTimeout());
            try {
                workers.execute(() -> answer(socket, headDeadline));
            } catch (RejectedExecutionException busy) {
                headDeadline.cancel(false);
                close(socket);
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void answer(Socket socket, ScheduledFuture<?> headDeadline) {
        boolean streaming = false;
        try {
            RequestHead request;
            try {
                InputStream in = new BufferedInputStream(socket.getInputStream());
                request = RequestHead.read(in, limits.maxRequestLine(), limits.maxHeaderBytes());
            } finally {
                headDeadline.cancel(false);
            }
            ScheduledFuture<?> responseDeadline = closeAfter(socket, limits.responseTimeout());
            try {
                streaming = respond(socket, request);
            } finally {
                responseDeadline.cancel(false);
            }
        } catch (RefusedRequest refused) {
            refuse(socket, refused);
        } catch (RuntimeException e) {
            refuse(socket, new RefusedRequest(500, "site-gen serve: " + e));
        } catch (IOException ignored) {
            // the client went away (EOFException included), or a deadline closed the socket
        } finally {
            if (!streaming) {
                close(socket);
            }
        }
    }

    /** Answers one request; true when the socket was handed to an event stream. */
    private boolean respond(Socket socket, RequestHead request) throws IOException, RefusedRequest {
        String host = request.header("host");
        if (host == null) {
            throw new RefusedRequest(400, "a Host header is required");
        }
        if (!hosts.allows(host)) {
            throw new RefusedRequest(421, "site-gen serve answers only localhost, loopback addresses and the "
                    + "configured host (site-gen.host), not " + printable(host) + "; open " + address());
        }
        crossSiteCheck(request);
        boolean head = request.method().equals("HEAD");
        if (!head && !request.method().equals("GET")) {
            throw new RefusedRequest(405, "site-gen serve answers GET and HEAD only");
        }
        SitePath path = SitePath.parse(request.target());
        String joined = "/" + String.join("/", path.segments());
        if (joined.equals(EVENTS)) {
            if (!AllowedHosts.sameOrigin(request.header("origin"), host)) {
                throw new RefusedRequest(403, "the event stream answers pages of this server only");
            }
            return startEventStream(socket, head);
        }
        OutputStream out = socket.getOutputStream();
        if (joined.equals(SCRIPT)) {
            send(out, 200, "text/javascript; charset=utf-8", Map.of(), liveScript(), head);
            return false;
        }
        Optional<String> noSiteYet = events.problemsBeforeFirstGoodBuild();
        if (noSiteYet.isPresent()) {
            send(out, 503, "text/html; charset=utf-8", Map.of(), problemsPage(noSiteYet.get()), head);
            return false;
        }
        serveFile(out, path, head);
        return false;
    }

    /**
     * Fetch Metadata resource isolation (https://web.dev/articles/fetch-metadata): another site
     * may link to the preview, but may not load its pages or data as subresources (a
     * {@code <script src>} of a script that holds drafts' titles, an image, a frame's fetch).
     * Browsers without these headers, and non-browsers, send none and pass.
     */
    private static void crossSiteCheck(RequestHead request) throws RefusedRequest {
        String site = request.header("sec-fetch-site");
        if (site == null || site.equals("same-origin") || site.equals("same-site") || site.equals("none")) {
            return;
        }
        String dest = request.header("sec-fetch-dest");
        boolean navigation = "navigate".equals(request.header("sec-fetch-mode")) && request.method().equals("GET")
                && !"object".equals(dest) && !"embed".equals(dest);
        if (!navigation) {
            throw new RefusedRequest(403, "site-gen serve does not answer other sites' subresource requests");
        }
    }

    private void serveFile(OutputStream out, SitePath path, boolean head) throws IOException, RefusedRequest {
        Path file = root;
        for (String segment : path.segments()) {
            file = file.resolve(segment);
        }
        file = file.normalize();
        // SitePath keeps paths inside; this also holds for anything a file system spells
        // differently (a drive letter on Windows) and for symbolic links in the output.
        if (!file.startsWith(root) || Files.exists(file) && !file.toRealPath().startsWith(root.toRealPath())) {
            throw new RefusedRequest(403, "the path leads outside the site");
        }
        if (Files.isDirectory(file)) {
            if (!path.folder()) {
                send(out, 301, "text/plain; charset=utf-8", Map.of("Location", path.folderLocation()), new byte[0],
                        head);
                return;
            }
            file = file.resolve("index.html");
        }
        if (!Files.isRegularFile(file)) {
            Path notFound = root.resolve("404.html");
            byte[] body = Files.isRegularFile(notFound) ? inject(Files.readAllBytes(notFound))
                    : "404 not found".getBytes(StandardCharsets.UTF_8);
            send(out, 404, "text/html; charset=utf-8", Map.of(), body, head);
            return;
        }
        String type = typeOf(file);
        byte[] body = Files.readAllBytes(file);
        send(out, 200, type, Map.of(), type.startsWith("text/html") ? inject(body) : body, head);
    }

    /**
     * The page every URL shows while no build has succeeded yet: the problems in the same box
     * as the overlay over a page (live.js styles it, keeps it current and reloads when a build
     * succeeds). The problems are escaped text.
     */
    private static byte[] problemsPage(String problems) {
        String page = "<html><head><meta charset=\"utf-8\"><title>site-gen: the build failed</title></head><body>"
                + "<div id=\"site-gen-problems\" role=\"alert\" data-no-site><strong>"
                + "site-gen: the build failed, and there is no good build to show yet. "
                + "This page reloads by itself when the problems are fixed.\n\n</strong><span>" + Html.escapeText(problems)
                + "</span></div></body></html>";
        return inject(page.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] inject(byte[] html) {
        String text = new String(html, StandardCharsets.UTF_8);
        int end = text.lastIndexOf("</body>");
        String injected = end < 0 ? text + SCRIPT_TAG : text.substring(0, end) + SCRIPT_TAG + text.substring(end);
        return injected.getBytes(StandardCharsets.UTF_8);
    }

    private boolean startEventStream(Socket socket, boolean head) throws IOException {
        OutputStream out = socket.getOutputStream();
        String header = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream; charset=utf-8\r\n"
                + "Cache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n";
        if (head) {
            out.write(header.getBytes(StandardCharsets.US_ASCII));
            return false;
        }
        try {
            streams.execute(() -> streamEvents(socket, header));
            return true;
        } catch (RejectedExecutionException full) {
            send(out, 503, "text/plain; charset=utf-8", Map.of(), ("site-gen serve: more than "
                    + limits.eventStreams() + " live-reload connections; close some tabs").getBytes(StandardCharsets.UTF_8),
                    false);
            return false;
        }
    }

    /** Runs on a thread of the event stream pool until the tab goes away or the server stops. */
    private void streamEvents(Socket socket, String header) {
        BlockingQueue<EventHub.Event> queue = events.subscribe();
        try {
            OutputStream out = socket.getOutputStream();
            String chunk = header;
            while (true) {
                ScheduledFuture<?> deadline = closeAfter(socket, limits.responseTimeout());
                try {
                    out.write(chunk.getBytes(StandardCharsets.UTF_8));
                    out.flush();
                } finally {
                    deadline.cancel(false);
                }
                EventHub.Event event = queue.poll(15, TimeUnit.SECONDS);
                // A comment line every 15 s notices closed tabs and keeps proxies from timing out.
                chunk = event == null ? ": keep-alive\n\n" : event.wireFormat();
            }
        } catch (IOException | InterruptedException closed) {
            // the tab went away or the server is stopping
        } finally {
            events.unsubscribe(queue);
            close(socket);
        }
    }

    private static byte[] liveScript() throws IOException {
        try (InputStream in = DevServer.class.getResourceAsStream("live.js")) {
            if (in == null) {
                throw new IOException("live.js missing from the plugin");
            }
            return in.readAllBytes();
        }
    }

    private static void send(OutputStream out, int status, String type, Map<String, String> headers, byte[] body,
            boolean head) throws IOException {
        StringBuilder response = new StringBuilder("HTTP/1.1 ").append(status).append(' ')
                .append(REASONS.get(status)).append("\r\nContent-Type: ").append(type)
                .append("\r\nContent-Length: ").append(body.length)
                .append("\r\nCache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n");
        headers.forEach((name, value) -> response.append(name).append(": ").append(value).append("\r\n"));
        out.write(response.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
        if (!head) {
            out.write(body);
        }
        out.flush();
    }

    /**
     * Sends an error and closes gracefully: the client may still be sending (a header too large,
     * a body), and closing a socket with unread input resets the connection, which can destroy
     * the answer before the client reads it; so the input is drained for a moment first.
     */
    private void refuse(Socket socket, RefusedRequest refused) {
        ScheduledFuture<?> deadline = closeAfter(socket, LINGER.plus(limits.responseTimeout()));
        try {
            send(socket.getOutputStream(), refused.status(), "text/plain; charset=utf-8",
                    refused.status() == 405 ? Map.of("Allow", "GET, HEAD") : Map.of(),
                    (refused.getMessage() + "\n").getBytes(StandardCharsets.UTF_8), false);
            socket.shutdownOutput();
            socket.setSoTimeout((int) LINGER.toMillis());
            InputStream in = socket.getInputStream();
            byte[] sink = new byte[8192];
            long end = System.nanoTime() + LINGER.toNanos();
            for (int drained = 0; drained < MAX_LINGER_BYTES && System.nanoTime() < end; ) {
                int n = in.read(sink);
                if (n < 0) {
                    break;
                }
                drained += n;
            }
        } catch (IOException e) {
            // the client went away, or stopped sending
        } finally {
            deadline.cancel(false);
        }
    }

    /** A header value as it may be quoted in a response: printable ASCII only. */
    private static String printable(String value) {
        StringBuilder out = new StringBuilder("'");
        value.chars().limit(200).forEach(c -> out.append(c >= 0x20 && c < 0x7f ? (char) c : '?'));
        return out.append('\'').toString();
    }

    private ScheduledFuture<?> closeAfter(Socket socket, Duration timeout) {
        return watchdog.schedule(() -> close(socket), timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void close(Socket socket) {
        open.remove(socket);
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
    }

    private static String typeOf(Path file) {
        String name = file.getFileName().toString();
        String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(extension, "application/octet-stream");
    }

    private static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true); // never keeps Maven from exiting
            return thread;
        };
    }

    @Override
    public void close() {
        try {
            listener.close();
        } catch (IOException e) {
            // closing anyway
        }
        workers.shutdownNow();
        streams.shutdownNow();
        watchdog.shutdownNow();
        open.forEach(this::close);
    }
}
