package org.sitegen.quality;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import com.sun.net.httpserver.HttpServer;
import org.sitegen.SiteGenerator;
import org.sitegen.SiteTrees;

/** The basic fixture archive, freshly built, optionally served on a free loopback port. */
final class FixtureSite {
    static final Path SITE = Path.of("src/test/resources/sites/basic");
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8", "js", "text/javascript; charset=utf-8", "png", "image/png",
            "svg", "image/svg+xml", "json", "application/json", "xml", "application/xml");

    private FixtureSite() {
    }

    static Path build(Path temp) throws Exception {
        Path output = temp.resolve("site-output");
        new SiteGenerator().build(SiteTrees.fixtureConfig(SITE, output, 2));
        return output;
    }

    /** The multilingual fixture (English at the root, French under /fr/, Arabic under /ar/). */
    static final Path MULTILINGUAL = Path.of("src/test/resources/sites/multilingual");

    /**
     * @param siteUrl "" for a site whose links all work where it is served (404.html's links are
     *                absolute with a site URL), or a site URL (feeds, sitemap, absolute alternates)
     */
    static Path buildMultilingual(Path temp, String siteUrl) throws Exception {
        Path output = temp.resolve("multilingual").resolve("site-output");
        new SiteGenerator().build(SiteTrees.fixtureConfig(MULTILINGUAL, output, 2).toBuilder().siteUrl(siteUrl).build());
        return output;
    }

    /** A static file server for {@code root} on 127.0.0.1; directories serve their index.html. */
    static HttpServer serve(Path root) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            try (exchange) {
                String path = exchange.getRequestURI().getPath();
                Path file = root.resolve(path.substring(1)).normalize();
                if (Files.isDirectory(file)) {
                    file = file.resolve("index.html");
                }
                if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                    exchange.sendResponseHeaders(404, -1);
                    return;
                }
                String name = file.getFileName().toString();
                String type = TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
                byte[] body = Files.readAllBytes(file);
                exchange.getResponseHeaders().set("Content-Type", type);
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            }
        });
        server.start();
        return server;
    }
}
