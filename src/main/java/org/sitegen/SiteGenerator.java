package org.sitegen;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.sitegen.config.SiteConfig;
import org.sitegen.diag.BuildFailedException;
import org.sitegen.diag.Diagnostic;
import org.sitegen.incremental.BuildCache;
import org.sitegen.incremental.Incremental;
import org.sitegen.linkcheck.SourceLinkChecker;
import org.sitegen.pipeline.BuildReport;
import org.sitegen.pipeline.Pipeline;
import org.sitegen.store.TextStore;

/**
 * The engine's front door: which incremental strategy a build uses and where it keeps rendered
 * bodies; the stages themselves, in order, are {@link Pipeline}'s. Knows nothing of Maven.
 */
public final class SiteGenerator {
    private final Incremental incremental;
    private Supplier<TextStore> bodyStores;

    /** A generator that always builds everything. */
    public SiteGenerator() {
        this(Incremental.none());
    }

    /**
     * A preview generator ({@code site-gen:serve}): keeps parsed files and rendered pages in
     * {@code cache} between builds and writes into the output folder in place.
     */
    public SiteGenerator(BuildCache cache) {
        this(Incremental.preview(cache));
    }

    /**
     * A generator that records each successful build beside {@code stateFile} and skips the work
     * that did not change since (see {@link Incremental#recorded}); the files belong outside the site.
     */
    public SiteGenerator(Path stateFile) {
        this(Incremental.recorded(stateFile));
    }

    private SiteGenerator(Incremental incremental) {
        this.incremental = incremental;
        // Rendered bodies stay on the heap up to an eighth of it, then are spooled to a temporary
        // file; previews keep theirs on the heap (their cache compares them between builds).
        this.bodyStores = incremental.keepsBodiesOnHeap() ? () -> new TextStore(Long.MAX_VALUE) : TextStore::new;
    }

    public BuildReport build(SiteConfig config) throws BuildFailedException, IOException {
        return Pipeline.build(config, incremental, bodyStores);
    }

    /** See {@link Pipeline#check}: everything a build would validate, nothing written. */
    public List<Diagnostic> check(SiteConfig config) throws IOException {
        return check(config, null);
    }

    /**
     * {@link #check(SiteConfig)}, and, with {@code sourceLinks}, asks every source link of the
     * published briefings whether it still answers (network use, so only on request).
     */
    public List<Diagnostic> check(SiteConfig config, SourceLinkChecker sourceLinks) throws IOException {
        return Pipeline.check(config, bodyStores, sourceLinks);
    }

    /** Builds keep rendered bodies in the stores {@code stores} makes (tests: one that spools every body). */
    SiteGenerator withBodyStores(Supplier<TextStore> stores) {
        this.bodyStores = stores;
        return this;
    }
}
