package org.sitegen.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The preview server of {@code site-gen:serve}: serves the built site from a folder, and only
 * here injects the live-reload script into HTML pages (built pages never contain it).
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
            Map.entry("pdf", "application/pdf"), Map.entry("ico", "image/x-icon"));

    private final HttpServer server;
    private final ExecutorService threads;
    private final Path root;
    private final EventHub events;

    DevServer(String host, int port, Path root, EventHub events) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.events = events;
        this.server = HttpServer.create(new InetSocketAddress(host, port), 0);
        // Each open tab holds one thread on the event stream; daemon threads never block exit.
        this.threads = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "site-gen-serve");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    /** The address the server listens on, e.g. http://127.0.0.1:8080/. */
    public URI address() {
        InetSocketAddress at = server.getAddress();
        String host = at.getAddress().getHostAddress();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + at.getPort() + "/");
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (path.equals(EVENTS)) {
                streamEvents(exchange);
            } else if (path.equals(SCRIPT)) {
                send(exchange, 200, "text/javascript; charset=utf-8", liveScript());
            } else {
                serveFile(exchange, path);
            }
        }
    }

    private void serveFile(HttpExchange exchange, String path) throws IOException {
        Path file = root.resolve(path.replaceFirst("^/+", "")).normalize();
        if (!file.startsWith(root)) {
            send(exchange, 403, "text/plain; charset=utf-8", "forbidden".getBytes(StandardCharsets.UTF_8));
            return;
        }
        if (Files.isDirectory(file)) {
            if (!path.endsWith("/")) {
                exchange.getResponseHeaders().set("Location", path + "/");
                exchange.sendResponseHeaders(301, -1);
                return;
            }
            file = file.resolve("index.html");
        }
        if (!Files.isRegularFile(file)) {
            Path notFound = root.resolve("404.html");
            byte[] body = Files.isRegularFile(notFound) ? inject(Files.readAllBytes(notFound))
                    : "404 not found".getBytes(StandardCharsets.UTF_8);
            send(exchange, 404, "text/html; charset=utf-8", body);
            return;
        }
        String type = typeOf(file);
        byte[] body = Files.readAllBytes(file);
        send(exchange, 200, type, type.startsWith("text/html") ? inject(body) : body);
    }

    private static byte[] inject(byte[] html) {
        String text = new String(html, StandardCharsets.UTF_8);
        int end = text.lastIndexOf("</body>");
        String injected = end < 0 ? text + SCRIPT_TAG : text.substring(0, end) + SCRIPT_TAG + text.substring(end);
        return injected.getBytes(StandardCharsets.UTF_8);
    }

    private void streamEvents(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        exchange.sendResponseHeaders(200, 0);
        BlockingQueue<EventHub.Event> queue = events.subscribe();
        try (OutputStream out = exchange.getResponseBody()) {
            while (true) {
                EventHub.Event event = queue.poll(15, TimeUnit.SECONDS);
                // A comment line every 15 s notices closed tabs and keeps proxies from timing out.
                String chunk = event == null ? ": keep-alive\n\n" : event.wireFormat();
                out.write(chunk.getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        } catch (IOException | InterruptedException closed) {
            // the tab went away or the server is stopping
        } finally {
            events.unsubscribe(queue);
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

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            exchange.getResponseBody().write(body);
        }
    }

    private static String typeOf(Path file) {
        String name = file.getFileName().toString();
        String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(extension, "application/octet-stream");
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
