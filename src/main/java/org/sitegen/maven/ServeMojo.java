package org.sitegen.maven;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.sitegen.pipeline.BuildReport;
import org.sitegen.config.SiteConfig;
import org.sitegen.diag.Diagnostic;
import org.sitegen.serve.LiveSite;

/**
 * Previews the archive while you write: builds it (drafts included), serves it at
 * http://127.0.0.1:8080/, rebuilds on every change to content or templates and reloads the
 * open browser tabs. A change that breaks the build keeps the last good site and shows the
 * problems in the terminal and over the page; while no build has succeeded yet, every URL shows
 * the problems. Ctrl-C stops it.
 *
 * <p>The preview answers only requests for {@code localhost}, loopback addresses and the
 * configured host (against DNS rebinding), with bounded threads and timeouts; see
 * {@code org.sitegen.serve.DevServer}.
 *
 * @since 0.1.0
 */
@Mojo(name = "serve", requiresProject = false, threadSafe = true)
public class ServeMojo extends AbstractSiteMojo {

    /**
     * Port to listen on (0 picks a free one).
     *
     * @since 0.1.0
     */
    @Parameter(property = "site-gen.port", defaultValue = "8080")
    private int port;

    /**
     * Address to listen on; loopback by default, so the preview is not on the network. Requests
     * are answered only when they name this host, {@code localhost} or a loopback address (or,
     * with {@code 0.0.0.0}, any IP address).
     *
     * @since 0.1.0
     */
    @Parameter(property = "site-gen.host", defaultValue = "127.0.0.1")
    private String host;

    /**
     * Where the preview is built (not the published outputDirectory).
     *
     * @since 0.1.0
     */
    @Parameter(property = "site-gen.serveDirectory", defaultValue = "${project.build.directory}/site-gen-serve")
    private File serveDirectory;

    @Override
    public void execute() throws MojoExecutionException {
        SiteConfig config = config(serveDirectory.toPath(), true);
        CountDownLatch stopped = new CountDownLatch(1);
        LiveSite started;
        try {
            started = LiveSite.start(config, host, port, new TerminalListener());
        } catch (java.net.BindException e) {
            throw startError("serve could not listen on " + host + ":" + port + " (" + e.getMessage()
                    + "); is another serve running? choose another port with -Dsite-gen.port=8081 (0: any free one)");
        } catch (IOException e) {
            throw startError("serve could not start: " + e.getMessage());
        }
        try (LiveSite site = started) {
            getLog().info("Serving " + site.address() + " (drafts included); Ctrl-C to stop");
            if (!InetAddress.getByName(host).isLoopbackAddress()) {
                getLog().warn("site-gen.host=" + host + ": the preview, drafts included, can be reached from "
                        + "the network");
            }
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, "site-gen-stop"));
            stopped.await();
        } catch (IOException e) {
            throw startError("serve stopped: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One line from site-gen, the goal's last, and Maven's closing message. */
    private MojoExecutionException startError(String message) {
        getLog().error("site-gen: " + message);
        return new MojoExecutionException("site-gen: " + message);
    }

    /** Build results as Maven log lines. */
    private final class TerminalListener implements LiveSite.Listener {
        private boolean built;

        @Override
        public void built(BuildReport report) {
            report.warnings().forEach(ServeMojo.this::log);
            // the first build writes the preview: its size; after an edit, what the edit changed
            getLog().info(built ? report.changeSummary() : report.summary());
            built = true;
        }

        @Override
        public void failed(List<Diagnostic> problems, boolean siteShown) {
            problems.forEach(ServeMojo.this::log);
            getLog().error("site-gen: build found " + Diagnostic.count(problems) + "; " + shown(siteShown));
        }

        @Override
        public void crashed(Throwable e, boolean siteShown) {
            getLog().error("site-gen: build crashed; " + shown(siteShown), e);
        }

        private static String shown(boolean siteShown) {
            return siteShown ? "still serving the last good site"
                    : "every URL shows the problems until a build succeeds";
        }
    }
}
