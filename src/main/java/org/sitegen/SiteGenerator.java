package org.sitegen;

import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;
import org.sitegen.config.IncrementalMode;
import org.sitegen.config.SiteConfig;
import org.sitegen.diag.BuildFailedException;
import org.sitegen.diag.Diagnostic;
import org.sitegen.incremental.Incremental;
import org.sitegen.linkcheck.SourceLinkChecker;
import org.sitegen.pipeline.BuildReport;
import org.sitegen.pipeline.Pipeline;
import org.sitegen.store.TextStore;

/**
 * The engine's front door: builds and checks a {@link SiteConfig} through {@link Pipeline}, which
 * knows the stages and their order. What a build keeps from the ones before it is one of its
 * options ({@link IncrementalMode}); the generator holds what is kept in memory (a preview's
 * cache) from one of its builds to the next, so {@code serve} keeps one generator for its
 * session. Knows nothing of Maven.
 */
public final class SiteGenerator {
    /** The strategy for the last build's incremental mode, kept while the mode stays the same. */
    private Incremental incremental;
    private IncrementalMode incrementalMode;
    private Supplier<TextStore> bodyStores; // null: as the strategy keeps bodies

    public BuildReport build(SiteConfig config) throws BuildFailedException, IOException {
        Incremental kept = incremental(config.incremental());
        return Pipeline.build(config, kept, bodyStores(kept));
    }

    /** See {@link Pipeline#check}: everything a build would validate, nothing written (nothing kept). */
    public List<Diagnostic> check(SiteConfig config) throws IOException {
        return check(config, null);
    }

    /**
     * {@link #check(SiteConfig)}, and, with {@code sourceLinks}, asks every source link of the
     * published briefings whether it still answers (network use, so only on request).
     */
    public List<Diagnostic> check(SiteConfig config, SourceLinkChecker sourceLinks) throws IOException {
        return Pipeline.check(config, bodyStores(Incremental.none()), sourceLinks);
    }

    private synchronized Incremental incremental(IncrementalMode mode) {
        if (!mode.equals(incrementalMode)) {
            incremental = Incremental.of(mode);
            incrementalMode = mode;
        }
        return incremental;
    }

    /**
     * Where rendered bodies go: on the heap up to an eighth of it, then to a temporary file;
     * previews keep theirs on the heap (their cache compares them between builds).
     */
    private Supplier<TextStore> bodyStores(Incremental kept) {
        if (bodyStores != null) {
            return bodyStores;
        }
        return kept.keepsBodiesOnHeap() ? () -> new TextStore(Long.MAX_VALUE) : TextStore::new;
    }

    /** Builds keep rendered bodies in the stores {@code stores} makes (tests: one that spools every body). */
    SiteGenerator withBodyStores(Supplier<TextStore> stores) {
        this.bodyStores = stores;
        return this;
    }
}
