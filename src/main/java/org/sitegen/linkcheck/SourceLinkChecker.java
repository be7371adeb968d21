package org.sitegen.linkcheck;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.sitegen.archive.Entry;
import org.sitegen.content.Source;
import org.sitegen.diag.Diagnostics;
import org.sitegen.diag.SourcePosition;
import org.sitegen.url.UrlSchemes;

/**
 * Asks every http(s) source link of the published briefings whether it still answers, and
 * reports each one that does not (HTTP 4xx or 5xx, no answer within the timeout, no connection)
 * as a warning at the line of its 'url'. Only on request (it uses the network): {@code check
 * -Dsite-gen.checkSources}.
 *
 * <p>Each distinct URL is asked once, however many briefings cite it: HEAD first, and GET when
 * HEAD is answered with an error (many servers refuse HEAD). Redirects are followed here, up to
 * {@value #MAX_REDIRECTS}, not by the HTTP client, so that every request, a redirect's too, waits
 * its turn at its host: one request at a time per host, and the {@link Settings#perHost}
 * interval between the end of one and the start of the next, however many run in parallel
 * ({@link Settings#parallel}, across hosts). URLs are taken host by
 * host in turn, so that the workers are not all waiting on one busy host.
 */
public final class SourceLinkChecker {
    static final int MAX_REDIRECTS = 10;

    /**
     * @param parallel  requests in flight at once (on different hosts)
     * @param perHost   the least time between two requests to one host (from the end of one to the start of the next)
     * @param timeout   how long a request may take to be answered (and to connect)
     * @param userAgent the User-Agent header every request carries
     */
    public record Settings(int parallel, Duration perHost, Duration timeout, String userAgent) {
        public Settings {
            if (parallel < 1) {
                throw new IllegalArgumentException("at least one request at a time is needed, not " + parallel);
            }
            if (perHost.isNegative() || timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("the per-host interval and the timeout cannot be negative");
            }
        }

        /** 8 at once, one request per host per second, 10 s to answer. */
        public static Settings defaults() {
            return new Settings(8, Duration.ofSeconds(1), Duration.ofSeconds(10), userAgent(null));
        }

        /** "site-gen/0.3.0 (source link check)": says what is asking, so a site's owner can tell. */
        public static String userAgent(String version) {
            return "site-gen/" + (version == null ? "dev" : version) + " (source link check)";
        }
    }

    private final Settings settings;
    private final HttpClient client;
    private final HostPacer pacer;

    public SourceLinkChecker(Settings settings) {
        this.settings = settings;
        this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(settings.timeout()).build();
        this.pacer = new HostPacer(settings.perHost());
    }

    /** Checks the http(s) sources of {@code briefings}; warns of each that does not answer, at its 'url'. */
    public void check(List<Entry> briefings, Diagnostics diagnostics) {
        Map<String, List<SourcePosition>> citedAt = new LinkedHashMap<>();
        for (Entry briefing : briefings) {
            for (Source source : briefing.sources()) {
                if (UrlSchemes.isWeb(source.url()) && source.urlAt() != null) {
                    citedAt.computeIfAbsent(source.url(), u -> new ArrayList<>()).add(source.urlAt());
                }
            }
        }
        List<String> urls = hostByHost(citedAt.keySet());
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(settings.parallel(), Math.max(1, urls.size())),
                runnable -> {
                    Thread thread = new Thread(runnable, "site-gen-source-links");
                    thread.setDaemon(true);
                    return thread;
                });
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (String url : urls) {
                answers.add(pool.submit(() -> problemOf(url)));
            }
            for (int i = 0; i < urls.size(); i++) {
                String problem = answers.get(i).get();
                if (problem != null) {
                    for (SourcePosition at : citedAt.get(urls.get(i))) {
                        diagnostics.warning(at, problem);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the source link check was interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("the source link check failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** The URLs, one of each host in turn: a, b, c, a, b, a... (each host's in their first order). */
    static List<String> hostByHost(java.util.Collection<String> urls) {
        Map<String, List<String>> byHost = new LinkedHashMap<>();
        for (String url : urls) {
            byHost.computeIfAbsent(HostPacer.hostOf(url), h -> new ArrayList<>()).add(url);
        }
        List<String> order = new ArrayList<>(urls.size());
        for (int round = 0; order.size() < urls.size(); round++) {
            for (List<String> ofHost : byHost.values()) {
                if (round < ofHost.size()) {
                    order.add(ofHost.get(round));
                }
            }
        }
        return order;
    }

    /** Why {@code url} does not answer, or null when it does. */
    private String problemOf(String url) throws InterruptedException {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (java.net.URISyntaxException e) {
            return "source link is not a valid URL (" + e.getReason() + "), so it was not checked: " + url;
        }
        try {
            URI at = uri;
            for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
                Answer answer = ask(at, "HEAD");
                if (answer.status() >= 400) {
                    answer = ask(at, "GET");
                }
                if (answer.location() != null) {
                    at = answer.location();
                    continue;
                }
                int status = answer.status();
                if (status >= 400) {
                    return "source link no longer answers (HTTP " + status
                            + (at.equals(uri) ? "" : " at " + at + ", where it redirects") + "): " + url;
                }
                return null;
            }
            return "source link redirects more than " + MAX_REDIRECTS + " times: " + url;
        } catch (HttpTimeoutException e) {
            return "source link did not answer within " + seconds(settings.timeout()) + ": " + url;
        } catch (ConnectException e) {
            return "source link could not be reached (no connection): " + url;
        } catch (UnknownHostException e) {
            return "source link could not be reached (unknown host): " + url;
        } catch (IOException | IllegalArgumentException e) {
            return "source link could not be reached (" + describe(e) + "): " + url;
        }
    }

    /** An HTTP status and, for a redirect, where it points (else null). */
    private record Answer(int status, URI location) {
    }

    /** One request, made when its host's turn comes. */
    private Answer ask(URI uri, String method) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(settings.timeout())
                .header("User-Agent", settings.userAgent())
                .method(method, HttpRequest.BodyPublishers.noBody()).build();
        HttpResponse<InputStream> response;
        try (HostPacer.Turn turn = pacer.awaitTurn(HostPacer.hostOf(uri.toString()))) {
            response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            response.body().close(); // the status is the answer; the body is not read
        }
        int status = response.statusCode();
        URI location = status >= 300 && status < 400
                ? response.headers().firstValue("Location").map(l -> uri.resolve(l.strip())).orElse(null) : null;
        return new Answer(status, location);
    }

    private static String seconds(Duration d) {
        long millis = d.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    /**
     * One request at a time per host, and a pause of the interval between the end of one and the
     * start of the next: so a host sees at most one request per interval even when connecting
     * to it is slow (spacing only the starts would let a delayed first request arrive right
     * before the second).
     */
    static final class HostPacer {
        private final long intervalNanos;
        private final Map<String, Host> hosts = new HashMap<>();

        private static final class Host {
            final java.util.concurrent.locks.ReentrantLock lock = new java.util.concurrent.locks.ReentrantLock(true);
            long lastDone = Long.MIN_VALUE; // guarded by lock
        }

        /** A host's turn, held while its request runs. */
        interface Turn extends AutoCloseable {
            @Override
            void close();
        }

        HostPacer(Duration interval) {
            this.intervalNanos = interval.toNanos();
        }

        /** The host a URL's requests count against: its host name, lower case (or the URL when it has none). */
        static String hostOf(String url) {
            try {
                String host = URI.create(url.strip()).getHost();
                return host == null ? url : host.toLowerCase(Locale.ROOT);
            } catch (IllegalArgumentException e) {
                return url;
            }
        }

        /** Waits until {@code host} is free and has rested for the interval; close the turn when the answer is in. */
        Turn awaitTurn(String host) throws InterruptedException {
            Host state;
            synchronized (hosts) {
                state = hosts.computeIfAbsent(host, h -> new Host());
            }
            state.lock.lockInterruptibly();
            try {
                if (state.lastDone != Long.MIN_VALUE) {
                    long wait = state.lastDone + intervalNanos - System.nanoTime();
                    if (wait > 0) {
                        java.util.concurrent.TimeUnit.NANOSECONDS.sleep(wait);
                    }
                }
            } catch (InterruptedException e) {
                state.lock.unlock();
                throw e;
            }
            return () -> {
                state.lastDone = System.nanoTime();
                state.lock.unlock();
            };
        }
    }
}
