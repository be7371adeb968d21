package org.sitegen.pipeline;

import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.sitegen.config.SiteConfig;
import org.sitegen.content.ContentLoader;
import org.sitegen.content.LanguageTags;
import org.sitegen.content.Slugs;
import org.sitegen.content.SourceFile;
import org.sitegen.diag.BuildFailedException;
import org.sitegen.diag.Diagnostic;
import org.sitegen.diag.Diagnostics;
import org.sitegen.diag.SourcePosition;
import org.sitegen.exec.Parallel;
import org.sitegen.i18n.Messages;
import org.sitegen.incremental.Incremental;
import org.sitegen.linkcheck.SourceLinkChecker;
import org.sitegen.output.OutputLock;
import org.sitegen.output.SiteWriter;
import org.sitegen.output.WriteFailure;
import org.sitegen.render.SiteRenderer;
import org.sitegen.render.Theme;
import org.sitegen.store.TextStore;

/**
 * The order of a build, and the only place that knows it: {@link Scan} → {@link Load} →
 * {@link Link} → {@link Parse} → {@link Index} → {@link Emit}, each stage handing the next a
 * record of what it made ({@link Scanned}, {@link Loaded}, {@link Linked}, {@link Parsed},
 * {@link Indexed}). Every problem of every file is collected; any error fails the build before
 * the previous site is touched. One pipeline runs one build, inside one build scope
 * ({@link Parallel}), which waits for every background task when it closes, failures included.
 */
public final class Pipeline {
    private final SiteConfig config;
    private final Parallel parallel;
    private final TextStore bodies;
    private final Diagnostics diagnostics = new Diagnostics();
    private final Slugs slugs = new Slugs();
    private final StageTimes times = new StageTimes();
    /** Markdown bodies rendered by this build, kept ones rendered again included (the report's). */
    private final java.util.concurrent.atomic.AtomicInteger bodiesRendered = new java.util.concurrent.atomic.AtomicInteger();
    /** What a file-system failure now would leave of the published site (see {@link WriteFailure}). */
    private volatile WriteFailure.Outcome left = WriteFailure.Outcome.NOTHING_CHANGED;

    private Pipeline(SiteConfig config, Parallel parallel, TextStore bodies) {
        this.config = config;
        this.parallel = parallel;
        this.bodies = bodies;
    }

    /**
     * Builds and publishes the site of {@code config}, keeping what {@code incremental} keeps
     * between builds; rendered bodies are kept in a store {@code bodyStore} makes.
     */
    public static BuildReport build(SiteConfig config, Incremental incremental, Supplier<TextStore> bodyStore)
            throws BuildFailedException, IOException {
        Pipeline running = null;
        try (OutputLock lock = lockOutput(config); Parallel parallel = new Parallel(config.threads());
             TextStore bodies = bodyStore.get()) {
            running = new Pipeline(config, parallel, bodies);
            return running.build(incremental.start(config, parallel));
        } catch (IOException | RuntimeException e) {
            IOException failure = WriteFailure.cause(e);
            if (failure == null) {
                throw e;
            }
            // the output folder or the cache could not be written: said where, why, and what the build left
            WriteFailure.Outcome left = running == null ? WriteFailure.Outcome.NOTHING_CHANGED : running.left;
            BuildFailedException failed = new BuildFailedException(List.of(WriteFailure.of(failure, config, left)),
                    left == WriteFailure.Outcome.NOTHING_CHANGED);
            failed.initCause(e);
            throw failed;
        }
    }

    /** The output folder's lock ({@link OutputLock}), taken before the recorded state is read; refused while another build holds it. */
    private static OutputLock lockOutput(SiteConfig config) throws BuildFailedException {
        OutputLock lock = OutputLock.tryTake(config.outputDir());
        if (lock == null) {
            throw new BuildFailedException(List.of(Diagnostic.error(SourcePosition.of(config.displayPath(config.outputDir())),
                    "another site-gen build is writing this folder now (it holds "
                            + config.displayPath(OutputLock.fileOf(config.outputDir()))
                            + "); nothing was changed: build again when it has finished")));
        }
        return lock;
    }

    /**
     * Validates everything a build with the same settings would, without writing anything: pages
     * are rendered into a writer that checks their paths and discards them, and they are rendered even
     * when content has errors, so template problems show at the same time. Drafts' front matter is
     * checked too, and each draft left out is listed as a warning. With {@code sourceLinks} (not
     * null), asks every source link of the published briefings whether it still answers.
     */
    public static List<Diagnostic> check(SiteConfig config, Supplier<TextStore> bodyStore,
                                         SourceLinkChecker sourceLinks) throws IOException {
        try (Parallel parallel = new Parallel(config.threads()); TextStore bodies = bodyStore.get()) {
            return new Pipeline(config, parallel, bodies).check(sourceLinks);
        }
    }

    private BuildReport build(Incremental.Run run) throws BuildFailedException, IOException {
        // ICU's message formatting made ready while this thread scans and checks on one core, not
        // where the renderer first formats a count; a daemon no scope waits for, so a build that
        // finds nothing to do does not wait for it either (and the messages are the same either way)
        Thread messages = new Thread(() -> Messages.prepare(config.language()), "site-gen-messages");
        messages.setDaemon(true);
        messages.start();
        // no transliterator made ahead: most archives' texts need none (Slugs.prepare below starts
        // it for the file names that do, the first title that does makes it)
        Scanned scanned = Scan.run(config, diagnostics);
        times.end("scan");
        times.begin();
        Optional<List<Diagnostic>> lastWarnings = run.upToDate(scanned.files(), diagnostics);
        if (run.checksFirst()) {
            times.end("check");
        }
        if (lastWarnings.isPresent()) {
            return new BuildReport(Map.of(), 0, lastWarnings.get(), List.of(), times.map(), times.totalMillis(),
                    true, SiteWriter.Changes.NONE, 0);
        }
        // after the up-to-date check: a re-run with nothing changed repeats the recorded warnings
        parallel.background("site-gen-language-tags", () -> {
            LanguageTags.prepare(config.language()); // ICU's list of locales, when the link stage will need it
            return null;
        });
        Theme.checkAssets(config, diagnostics);
        if (!run.checksFirst()) {
            // a first build slugs every file name; a rebuild (checked first) mostly keeps its files'
            // loaded front matter, slugs included, so warming the rules for all their names is waste
            slugs.prepare(scanned.files().stream().map(SourceFile::fileName).toList(), parallel);
        }
        SiteRenderer renderer = new SiteRenderer(config, slugs, run.pages());
        renderer.reportMessages(diagnostics);
        // if this throws, closing the build scope waits for the templates the renderer started:
        // they read the theme's jar, which the next build opens
        Content content = read(scanned, run, renderer);
        List<Emit.Planned> plan = Emit.plan(config, renderer, content.indexed(), content.linked(), scanned, parallel,
                diagnostics, times);
        failOnErrors();
        SiteWriter writer = Emit.openWriter(config, diagnostics, run, parallel);
        times.begin();
        try {
            Map<String, Integer> pages = Emit.write(plan, scanned.assets(), parallel, writer, diagnostics, times,
                    !bodies.spooled());
            times.end("render");
            failOnErrors();
            times.begin();
            writer.checkPublishable(); // before the recorded state is forgotten: a folder that cannot be written changes nothing
            run.publishing();
            left = WriteFailure.Outcome.PARTLY_PUBLISHED;
            writer.commit();
            left = WriteFailure.Outcome.PUBLISHED_NOT_RECORDED;
            List<Diagnostic> warnings = diagnostics.sorted();
            run.published(writer, scanned.files(), content.loaded().nextDue(), warnings);
            times.end("publish");
            return new BuildReport(pages, scanned.assets().size(), warnings, content.loaded().drafts(), times.map(),
                    times.totalMillis(), false, writer.changes(), bodiesRendered.get());
        } catch (BuildFailedException | IOException | RuntimeException | Error e) {
            writer.abort();
            run.failed(writer);
            throw e;
        }
    }

    private List<Diagnostic> check(SourceLinkChecker sourceLinks) throws IOException {
        Scanned scanned = Scan.run(config, diagnostics);
        Theme.checkAssets(config, diagnostics);
        SiteRenderer renderer = new SiteRenderer(config, slugs);
        renderer.reportMessages(diagnostics);
        Content content;
        SiteWriter writer = null;
        try {
            Incremental.Run run = Incremental.none().start(config, parallel);
            content = read(scanned, run, renderer);
            List<Emit.Planned> plan = Emit.plan(config, renderer, content.indexed(), content.linked(), scanned,
                    parallel, diagnostics, times);
            writer = SiteWriter.discarding();
            Emit.write(plan, scanned.assets(), parallel, writer, diagnostics, times, !bodies.spooled());
        } finally {
            if (writer != null) {
                writer.abort();
            }
        }
        if (sourceLinks != null) {
            sourceLinks.check(content.indexed().briefings(), diagnostics);
        }
        if (!config.drafts()) {
            content.loaded().drafts().forEach(path -> diagnostics.warning(SourcePosition.of(path),
                    "draft: left out of the site until 'draft: true' is removed"));
        }
        content.loaded().scheduled().forEach((path, at) -> diagnostics.warning(SourcePosition.of(path),
                "scheduled: left out of the site until " + at.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                        + "; the first build after that publishes it"));
        return diagnostics.sorted();
    }

    /** The site's content, read, linked, parsed and indexed. */
    private record Content(Loaded loaded, Linked linked, Indexed indexed) {
    }

    /** Stages 2 to 5; the renderer starts its templates while the archive is indexed (one thread busy). */
    private Content read(Scanned scanned, Incremental.Run run, SiteRenderer renderer) throws IOException {
        times.begin();
        Parse parse = new Parse(config, run, parallel, bodiesRendered);
        ContentLoader loader = new ContentLoader(config, slugs);
        Loaded loaded = Load.run(config, scanned, loader, run, parallel, diagnostics);
        Linked linked = Link.run(config, scanned, loaded, diagnostics);
        Parsed parsed = parse.run(loader, loaded, linked, bodies, run, parallel, diagnostics);
        times.end("parse");
        times.begin();
        renderer.startTemplates(parallel);
        Indexed indexed = Index.run(config, scanned, loaded, linked, parsed, slugs, diagnostics);
        times.end("index");
        return new Content(loaded, linked, indexed);
    }

    private void failOnErrors() throws BuildFailedException {
        if (diagnostics.hasErrors()) {
            throw new BuildFailedException(diagnostics.sorted());
        }
    }
}
