package org.sitegen.pipeline;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.sitegen.config.SiteConfig;
import org.sitegen.content.SourceFile;
import org.sitegen.diag.BuildFailedException;
import org.sitegen.diag.Diagnostics;
import org.sitegen.diag.SourcePosition;
import org.sitegen.exec.Parallel;
import org.sitegen.incremental.Incremental;
import org.sitegen.output.OutputGuard;
import org.sitegen.output.OutputPaths;
import org.sitegen.output.SiteWriter;
import org.sitegen.render.SiteRenderer;

/**
 * Stage 6, emit: plans every page and claims every output path (two sources of one path are
 * reported before anything is written), then renders the pages and copies the content files
 * into a writer, which publishes them as a whole or not at all.
 */
final class Emit {
    private Emit() {
    }

    /** Plans every page and registers every output path, the content files' among them. */
    static SiteRenderer.Plan plan(SiteRenderer renderer, Indexed indexed, Linked linked, Scanned scanned,
                                  Parallel parallel, Diagnostics diagnostics, StageTimes times) throws IOException {
        SiteRenderer.Plan plan = renderer.plan(indexed.archive(), indexed.entities(), indexed.stories(), parallel,
                times.map());
        OutputPaths paths = new OutputPaths(diagnostics);
        renderer.claimOutputs(plan, paths, linked.urlAt()::get);
        for (SourceFile asset : scanned.assets()) {
            paths.claimFile(asset.relativePath(), OutputPaths.Source.file(SourcePosition.of(asset.displayPath())));
        }
        return plan;
    }

    /**
     * Renders every page and copies every content file into {@code writer}; pages per kind.
     * The search index is built alongside the pages unless bodies had to be spooled (memory is short).
     */
    static Map<String, Integer> write(SiteRenderer renderer, SiteRenderer.Plan plan, List<SourceFile> assets,
                                      Parallel parallel, SiteWriter writer, Diagnostics diagnostics, StageTimes times,
                                      boolean searchAlongside) throws IOException {
        Map<String, Integer> pages = renderer.render(plan, parallel, writer, diagnostics, times.map(), searchAlongside);
        for (SourceFile asset : assets) {
            writer.copy(asset.relativePath(), asset.file());
        }
        return pages;
    }

    /** The writer of this build's site: refused (an error at the output folder) where it would replace a source. */
    static SiteWriter openWriter(SiteConfig config, Diagnostics diagnostics, Incremental.Run run, Parallel scope)
            throws IOException, BuildFailedException {
        String clash = OutputGuard.clash(config);
        if (clash != null) {
            diagnostics.error(SourcePosition.of(config.displayPath(config.outputDir())), clash);
            throw new BuildFailedException(diagnostics.sorted());
        }
        try {
            return run.openWriter(config.outputDir(), scope);
        } catch (SiteWriter.UnsafeOutputException e) {
            diagnostics.error(SourcePosition.of(config.displayPath(config.outputDir())), e.getMessage());
            throw new BuildFailedException(diagnostics.sorted());
        }
    }
}
