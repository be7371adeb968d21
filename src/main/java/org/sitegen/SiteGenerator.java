package org.sitegen;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.sitegen.archive.Archive;
import org.sitegen.archive.Entry;
import org.sitegen.archive.Permalinks;
import org.sitegen.content.ContentLoader;
import org.sitegen.content.ContentScanner;
import org.sitegen.content.SourceDocument;
import org.sitegen.content.SourceFile;
import org.sitegen.content.Slugs;
import org.sitegen.diag.BuildFailedException;
import org.sitegen.diag.Diagnostic;
import org.sitegen.diag.Diagnostics;
import org.sitegen.diag.SourcePosition;
import org.sitegen.markdown.BodySource;
import org.sitegen.markdown.LinkTargets;
import org.sitegen.markdown.MarkdownRenderer;
import org.sitegen.markdown.RenderedBody;
import org.sitegen.output.SiteWriter;
import org.sitegen.render.SiteRenderer;
import org.sitegen.url.RelativeUrls;

/**
 * The engine's front door: scan → load → link → index → render → publish. Knows nothing of
 * Maven. Every problem of every file is collected; any error fails the build before the
 * previous site is touched.
 */
public final class SiteGenerator {
    private final BuildState state;

    /** A generator that always builds everything. */
    public SiteGenerator() {
        this.state = null;
    }

    /**
     * A generator that records each successful build in {@code stateFile} and skips the work
     * when nothing changed since (see {@link BuildState}); the file belongs outside the site.
     */
    public SiteGenerator(Path stateFile) {
        this.state = new BuildState(stateFile);
    }

    public BuildReport build(SiteConfig config) throws BuildFailedException, IOException {
        long start = System.nanoTime();
        Map<String, Long> stages = new LinkedHashMap<>();
        Diagnostics diagnostics = new Diagnostics();
        Slugs slugs = new Slugs();
        try (Parallel parallel = new Parallel(config.threads())) {
            long t = System.nanoTime();
            List<SourceFile> files = new ContentScanner().scan(config, diagnostics);
            stages.put("scan", millisSince(t));

            String inputs = null;
            if (state != null && !diagnostics.hasErrors()) {
                t = System.nanoTime();
                inputs = BuildState.inputs(config, files, parallel);
                boolean upToDate = state.upToDate(inputs, config.outputDir());
                stages.put("check", millisSince(t));
                if (upToDate) {
                    return new BuildReport(Map.of(), 0, List.of(), stages, millisSince(start), true);
                }
                state.forget(); // until this build has succeeded
            }

            t = System.nanoTime();
            List<SourceDocument> documents = new ContentLoader(config, slugs).load(files, parallel, diagnostics)
                    .stream().filter(d -> config.drafts() || !d.frontMatter().draft()).toList();
            Map<String, String> urls = Permalinks.plan(documents, config.taxonomies(), diagnostics);
            List<SourceFile> assets = files.stream().filter(f -> f.kind() == SourceFile.Kind.ASSET).toList();
            LinkTargets targets = new LinkTargets(urls,
                    assets.stream().map(SourceFile::relativePath).collect(Collectors.toUnmodifiableSet()));
            List<Entry> entries = renderBodies(config, documents, urls, targets, parallel, diagnostics);
            stages.put("parse", millisSince(t));

            t = System.nanoTime();
            Archive archive = Archive.build(
                    entries.stream().filter(e -> isBriefing(e, documents)).toList(),
                    entries.stream().filter(e -> !isBriefing(e, documents)).toList(),
                    config.taxonomies(), config.locale(), slugs, diagnostics);
            stages.put("index", millisSince(t));
            failOnErrors(diagnostics);

            t = System.nanoTime();
            SiteWriter writer = openWriter(config, diagnostics);
            try {
                Map<String, Integer> pages = new SiteRenderer(config, slugs).render(archive, parallel, writer, diagnostics);
                for (SourceFile asset : assets) {
                    writer.copy(asset.relativePath(), asset.file());
                }
                stages.put("render", millisSince(t));
                failOnErrors(diagnostics);
                t = System.nanoTime();
                writer.commit();
                List<Diagnostic> warnings = diagnostics.sorted();
                if (inputs != null && warnings.isEmpty()) { // warnings must show again next time
                    state.record(inputs, config.outputDir());
                }
                stages.put("publish", millisSince(t));
                return new BuildReport(pages, assets.size(), warnings, stages, millisSince(start), false);
            } catch (BuildFailedException | IOException | RuntimeException | Error e) {
                writer.abort();
                throw e;
            }
        }
    }

    private static List<Entry> renderBodies(SiteConfig config, List<SourceDocument> documents, Map<String, String> urls,
                                            LinkTargets targets, Parallel parallel, Diagnostics diagnostics) {
        MarkdownRenderer markdown = new MarkdownRenderer(new RelativeUrls(config.prettyLinks()));
        List<SourceDocument> published = documents.stream()
                .filter(d -> urls.containsKey(d.file().relativePath())).toList();
        return parallel.map(published, document -> {
            String url = urls.get(document.file().relativePath());
            BodySource source = new BodySource(document.file().displayPath(), document.file().relativePath(),
                    document.bodyFirstLine(), url);
            RenderedBody body = markdown.render(document.body(), source, targets, diagnostics);
            var fm = document.frontMatter();
            String summary = fm.summary() != null ? fm.summary() : body.firstParagraph();
            return new Entry(document.file().relativePath(), document.file().displayPath(), url, fm.title(),
                    fm.date(), fm.updated(), fm.terms(), summary, fm.authors(), fm.sources(), fm.params(),
                    body.html(), body.wordCount());
        });
    }

    private static boolean isBriefing(Entry entry, List<SourceDocument> documents) {
        return !entry.contentPath().startsWith("pages/");
    }

    private static SiteWriter openWriter(SiteConfig config, Diagnostics diagnostics)
            throws IOException, BuildFailedException {
        try {
            return SiteWriter.open(config.outputDir());
        } catch (SiteWriter.UnsafeOutputException e) {
            diagnostics.error(SourcePosition.of(config.displayPath(config.outputDir())), e.getMessage());
            throw new BuildFailedException(diagnostics.sorted());
        }
    }

    private static void failOnErrors(Diagnostics diagnostics) throws BuildFailedException {
        if (diagnostics.hasErrors()) {
            throw new BuildFailedException(diagnostics.sorted());
        }
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
