package org.sitegen.serve;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;
import org.sitegen.pipeline.BuildReport;
import org.sitegen.SiteGenerator;
import org.sitegen.config.IncrementalMode;
import org.sitegen.config.SiteConfig;
import org.sitegen.diag.BuildFailedException;
import org.sitegen.diag.Diagnostic;

/**
 * {@code site-gen:serve} without Maven: builds the site, serves it, rebuilds on every change
 * to content or templates, and tells open tabs to reload, or shows them the problems while
 * the build is broken (the last good site stays served; before the first good build, every URL
 * shows the problems).
 */
public final class LiveSite implements AutoCloseable {

    /** What the writer sees in the terminal. */
    public interface Listener {
        void built(BuildReport report);

        /** {@code siteShown}: whether the last good site is still served, or no build has succeeded yet. */
        void failed(List<Diagnostic> problems, boolean siteShown);

        void crashed(Throwable e, boolean siteShown);
    }

    private static final long QUIET_MILLIS = 150;
    private static final int WARM_UP_BUILDS = 3;

    private final SiteConfig config;
    private final Listener listener;
    private final EventHub events = new EventHub();
    /**
     * Keeps parsed files and rendered pages between rebuilds (the config's incremental mode is a
     * preview's): an edit redoes only what it touches.
     */
    private final SiteGenerator generator = new SiteGenerator();
    private final DevServer server;
    private final SourceWatcher watcher;
    /** Set under the lock once closed: no build (warm-up or rebuild) starts after close() returns. */
    private boolean closed;

    private LiveSite(SiteConfig config, String host, int port, Listener listener, DevServer.Limits limits)
            throws IOException {
        // a preview whatever the caller said: it writes in place, into the folder being served
        this.config = config.toBuilder().incremental(IncrementalMode.preview()).build();
        this.listener = listener;
        rebuild(false);
        this.server = new DevServer(host, port, config.outputDir(), events, limits);
        this.watcher = new SourceWatcher(List.of(config.contentDir(), config.templatesDir()), QUIET_MILLIS,
                () -> rebuild(true));
        Thread warmUp = new Thread(this::warmUp, "site-gen-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }

    /**
     * A few silent rebuilds right after start, while the writer opens the browser: they run the
     * same cached path as a rebuild after an edit, so the JIT has compiled it by the first edit
     * (else the first edit of a large archive takes several times as long as the later ones:
     * docs/performance.md, "Preview rebuilds").
     */
    private void warmUp() {
        for (int i = 0; i < WARM_UP_BUILDS; i++) {
            synchronized (this) {
                if (closed) {
                    return;
                }
                try {
                    generator.build(config);
                } catch (BuildFailedException | IOException | RuntimeException | Error ignored) {
                    return; // a broken archive: the first real rebuild will say so
                }
            }
        }
    }

    /** Builds once, then serves and watches until closed. Port 0 picks a free port. */
    public static LiveSite start(SiteConfig config, String host, int port, Listener listener) throws IOException {
        return new LiveSite(config, host, port, listener, DevServer.Limits.DEFAULT);
    }

    static LiveSite start(SiteConfig config, String host, int port, Listener listener, DevServer.Limits limits)
            throws IOException {
        return new LiveSite(config, host, port, listener, limits);
    }

    public URI address() {
        return server.address();
    }

    private synchronized void rebuild(boolean notify) {
        if (closed) {
            return;
        }
        try {
            BuildReport report = generator.build(config);
            listener.built(report);
            // "ok" after the first build (no tab is open yet) also tells the server there is a site.
            events.publish(new EventHub.Event(notify ? "reload" : "ok", ""));
        } catch (BuildFailedException e) {
            events.publish(new EventHub.Event("problems", e.diagnostics().stream().map(Diagnostic::toString)
                    .collect(Collectors.joining("\n"))));
            listener.failed(e.diagnostics(), events.problemsBeforeFirstGoodBuild().isEmpty());
        } catch (IOException | RuntimeException | Error e) { // an Error too: it would end the watcher's thread
            events.publish(new EventHub.Event("problems", "site-gen crashed: " + e));
            listener.crashed(e, events.problemsBeforeFirstGoodBuild().isEmpty());
        }
    }

    @Override
    public void close() throws IOException {
        synchronized (this) { // waits for a build under way: nothing writes into the site after close
            closed = true;
        }
        watcher.close();
        server.close();
    }
}
