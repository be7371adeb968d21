package org.sitegen.incremental;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.sitegen.store.Fingerprint;
import org.sitegen.store.TextStore;
import org.sitegen.exec.Background;
import org.sitegen.exec.Parallel;
import org.sitegen.config.IncrementalMode;
import org.sitegen.config.SiteConfig;
import org.sitegen.archive.Entry;
import org.sitegen.content.ContentLoader;
import org.sitegen.content.SourceDocument;
import org.sitegen.content.SourceFile;
import org.sitegen.diag.Diagnostic;
import org.sitegen.diag.Diagnostics;
import org.sitegen.markdown.LinkTargets;
import org.sitegen.markdown.RenderedBody;
import org.sitegen.markdown.StoredBody;
import org.sitegen.markdown.Typeset;
import org.sitegen.output.SiteWriter;
import org.sitegen.render.RenderMemo;

/**
 * What a build keeps from the builds before it, one of three ways, and everything it does with
 * it: {@link #none} (every build does all the work: {@code site-gen:check}, tests); {@link
 * #recorded} (one-shot {@code site-gen:build}: the state, rendered bodies and page fingerprints
 * on disk under target/site-gen/, see {@link BuildState}, {@link RecordedBodies}, {@link
 * RecordedPages}, {@link RecordedTerms}; deleting that folder only makes the next build a cold one); {@link #preview}
 * ({@code site-gen:serve}: parsed files and rendered pages in memory, {@link BuildCache}).
 * Whatever is kept, the site is byte for byte the one a cold build makes.
 */
public abstract class Incremental {
    Incremental() {
    }

    /** The strategy for {@code mode}; a preview's starts with an empty cache. */
    public static Incremental of(IncrementalMode mode) {
        if (mode instanceof IncrementalMode.Recorded recorded) {
            return recorded(recorded.stateFile());
        }
        return mode == IncrementalMode.preview() ? preview(new BuildCache()) : none();
    }

    public static Incremental none() {
        return new Incremental() {
            @Override
            public Run start(SiteConfig config, Parallel parallel) {
                return new Run();
            }
        };
    }

    /** Keeps the build's state under {@code stateFile}'s folder (Maven: target/site-gen/build-state). */
    public static Incremental recorded(Path stateFile) {
        BuildState state = new BuildState(stateFile);
        return new Incremental() {
            @Override
            public Run start(SiteConfig config, Parallel parallel) {
                return new RecordedRun(state, stateFile.resolveSibling(stateFile.getFileName() + ".cache"), config,
                        parallel);
            }
        };
    }

    public static Incremental preview(BuildCache cache) {
        return new Incremental() {
            @Override
            public Run start(SiteConfig config, Parallel parallel) {
                return new PreviewRun(cache);
            }

            @Override
            public boolean keepsBodiesOnHeap() {
                return true;
            }
        };
    }

    /** Whether rendered bodies stay on the heap (previews compare them between builds), never spooled. */
    public boolean keepsBodiesOnHeap() {
        return false;
    }

    /** Starts one build of {@code config}. */
    public abstract Run start(SiteConfig config, Parallel parallel) throws IOException;

    /** One build: by default it keeps nothing and does all the work. */
    public static class Run {
        Run() {
        }

        /**
         * Called once the content is scanned (its problems in {@code diagnostics}): the warnings
         * of the last build when it was made from the same inputs and its site is as it left
         * it (nothing to do), else empty.
         */
        public Optional<List<Diagnostic>> upToDate(List<SourceFile> files, Diagnostics diagnostics) throws IOException {
            return Optional.empty();
        }

        /** Whether the build should let the scan prepare slugs before checking (no check coming). */
        public boolean checksFirst() {
            return false;
        }

        /** Loads the Markdown files among {@code files}. */
        public List<SourceDocument> load(ContentLoader loader, List<SourceFile> files, Parallel parallel,
                                         Diagnostics diagnostics) {
            return loader.load(files, parallel, diagnostics);
        }

        /**
         * Renders the published {@code documents}' bodies through {@code render} (a subset, each
         * one's problems where the function says), which calls {@link #body} for each.
         */
        public List<Entry> renderBodies(List<SourceDocument> documents, Map<String, String> urls, LinkTargets targets,
                                        Diagnostics diagnostics,
                                        BiFunction<List<SourceDocument>, Function<SourceDocument, Diagnostics>, List<Entry>> render) {
            return render.apply(documents, d -> diagnostics);
        }

        /** One body, rendered by {@code render} with the link targets it is given, its texts put in {@code store}. */
        public StoredBody body(SourceDocument document, String url, LinkTargets targets, Diagnostics problems,
                               TextStore store, BiFunction<LinkTargets, Diagnostics, RenderedBody> render) {
            return StoredBody.of(render.apply(targets, problems), store);
        }

        /**
         * A fingerprint of the bytes {@code document} was loaded from (as loading or the up-to-date
         * check found them; a kept document is the one loaded from them), or null when not known.
         * Under the same settings and engine, the document's front matter is made of them and of
         * its path alone.
         */
        public byte[] loadedFrom(SourceDocument document) {
            return null;
        }

        /** The typeset title and summary of a published {@code document}, made by {@code typeset} unless kept. */
        public Typeset typeset(SourceDocument document, Function<SourceDocument, Typeset> typeset) {
            return typeset.apply(document);
        }

        /** What pages were rendered from, to keep unchanged ones; null renders every page. */
        public RenderMemo pages() {
            return null;
        }

        /** @param scope the build scope, for the writer's own background work */
        public SiteWriter openWriter(Path output, Parallel scope) throws IOException, SiteWriter.UnsafeOutputException {
            return SiteWriter.open(output, scope);
        }

        /** The build is about to change the published site (nothing has failed so far). */
        public void publishing() throws IOException {
        }

        /** The build has published its site: keeps what the next build may use. */
        public void published(SiteWriter writer, List<SourceFile> files, Instant nextDue, List<Diagnostic> warnings)
                throws IOException {
        }

        /** The build failed after {@link #openWriter} (its writer already aborted). */
        public void failed(SiteWriter writer) {
        }
    }

    /** {@code site-gen:serve}: see {@link BuildCache}. */
    private static final class PreviewRun extends Run {
        private final BuildCache cache;

        PreviewRun(BuildCache cache) {
            this.cache = cache;
        }

        @Override
        public List<SourceDocument> load(ContentLoader loader, List<SourceFile> files, Parallel parallel,
                                         Diagnostics diagnostics) {
            return CachedStages.load(cache, loader, files, parallel, diagnostics);
        }

        @Override
        public List<Entry> renderBodies(List<SourceDocument> documents, Map<String, String> urls, LinkTargets targets,
                                        Diagnostics diagnostics,
                                        BiFunction<List<SourceDocument>, Function<SourceDocument, Diagnostics>, List<Entry>> render) {
            return CachedStages.renderBodies(cache, documents, urls, targets, diagnostics, render);
        }

        @Override
        public RenderMemo pages() {
            return cache.pages;
        }

        @Override
        public SiteWriter openWriter(Path output, Parallel scope) throws IOException, SiteWriter.UnsafeOutputException {
            return SiteWriter.inPlace(output, cache.lastProduced);
        }

        @Override
        public void published(SiteWriter writer, List<SourceFile> files, Instant nextDue, List<Diagnostic> warnings) {
            cache.lastProduced = writer.produced();
        }

        @Override
        public void failed(SiteWriter writer) {
            if (cache.lastProduced != null) {
                // in place, a failed render may have written files: the next commit must know them
                java.util.Set<String> written = new java.util.HashSet<>(cache.lastProduced);
                written.addAll(writer.produced());
                cache.lastProduced = written;
            }
        }
    }

    /**
     * {@code site-gen:build}: the recorded state first (a re-run with nothing changed stops after
     * hashing its inputs), then the rendered bodies and page fingerprints of the last build.
     */
    private static final class RecordedRun extends Run {
        private final BuildState state;
        private final Path cacheFolder;
        private final SiteConfig config;
        private final Parallel parallel;
        private final long listedFrom = System.currentTimeMillis() * 1_000_000L; // the real clock, as files' times
        private final boolean checkFirst;
        private final Background<PublishedSite.Checked> published;
        private final Background<FileStamps> lastStamps;
        /** The fingerprint of each content file loading read (by path), for the body store and the state. */
        private final Map<Path, FileStamps.Stamp> loaded = new ConcurrentHashMap<>();
        /** The cache's key: settings and engine (made once a build is needed: a no-change re-run does without). */
        private String key;
        /** The engine's identity, with its jar's stamp when the jar was read for it (see {@link BuildState#engine}). */
        private BuildState.Engine engine;
        private BuildState.Inputs inputs;
        private RecordedBodies bodies;
        /** The documents the last builds loaded (read while the content is checked), and this build's, written after loading. */
        private Background<RecordedDocuments> documents;
        private Background<Void> documentsWritten;
        private RenderMemo pages;
        private RecordedTerms searchTerms;
        private volatile String templates;
        private Background<Void> bodiesWritten;
        /** Whether the published site is as the last recorded build left it (checked when the build started). */
        private boolean siteAsLeft;

        RecordedRun(BuildState state, Path cacheFolder, SiteConfig config, Parallel parallel) {
            this.state = state;
            this.cacheFolder = cacheFolder;
            this.config = config;
            this.parallel = parallel;
            // A recorded build may make this one needless: the published site is checked while
            // the content is scanned, and nothing else starts until the check says a build is needed.
            this.checkFirst = state.recorded();
            this.published = checkFirst ? state.startCheckingSite(config.outputDir(), parallel) : null;
            this.lastStamps = checkFirst ? state.startReadingStamps(parallel) : null;
        }

        @Override
        public boolean checksFirst() {
            return checkFirst;
        }

        @Override
        public Optional<List<Diagnostic>> upToDate(List<SourceFile> files, Diagnostics diagnostics) throws IOException {
            if (checkFirst && !diagnostics.hasErrors()) {
                inputs = state.inputs(config, files, parallel, Map.of(), lastStamps);
                Optional<List<Diagnostic>> lastWarnings = state.upToDate(inputs.digest(), published, config.now());
                if (lastWarnings.isPresent()) {
                    return lastWarnings;
                }
                siteAsLeft = state.siteAsRecorded(published);
            }
            engine = BuildState.engine(inputs);
            key = new Fingerprint().add(BuildState.settings(config)).add(engine.fingerprint()).hex();
            // Page fingerprints are trusted only for the site the last build left (not one edited
            // by hand); they are deleted when this build starts to publish (see publishing).
            Map<Fingerprint.Identity, String> texts = new ConcurrentHashMap<>(1 << 15); // grown once, not 10 times
            pages = siteAsLeft ? RecordedPages.read(pagesFile(), key, texts) : RecordedPages.empty(texts);
            searchTerms = new RecordedTerms(cacheFolder.resolve("terms"), key, texts, parallel);
            pages.keepSearchTermsIn(searchTerms);
            // the JDK too: dates are kept in the site zone, whose rules are the JDK's
            String documentsKey = key + " java " + Runtime.version();
            documents = parallel.background("site-gen-documents",
                    () -> RecordedDocuments.read(cacheFolder.resolve("documents"), documentsKey));
            bodies = RecordedBodies.read(cacheFolder.resolve("bodies"), key, config.outputDir(), parallel, texts);
            return Optional.empty();
        }

        /**
         * Each Markdown file as the last builds loaded it when its bytes are the same (their
         * fingerprint as the up-to-date check found it: an unchanged file is not even read), else
         * loaded; what was loaded is kept for the next build, written on a thread of its own once
         * the bodies are rendered (see {@link #renderBodies}: the published ones' typeset titles too).
         */
        @Override
        public List<SourceDocument> load(ContentLoader loader, List<SourceFile> files, Parallel parallel,
                                         Diagnostics diagnostics) {
            loader.whenRead((path, listed, bytes) -> loaded.put(path, FileStamps.of(listed, BuildState.fingerprint(bytes))));
            RecordedDocuments kept = keptDocuments();
            if (kept == null) { // not checked first (cannot happen): loaded, not kept
                return loader.load(files, parallel, diagnostics);
            }
            List<SourceFile> markdown = files.stream().filter(f -> f.kind().isMarkdown()).toList();
            return parallel.map(markdown, file -> load(loader, kept, file, diagnostics)).stream()
                    .filter(java.util.Objects::nonNull).toList();
        }

        private SourceDocument load(ContentLoader loader, RecordedDocuments kept, SourceFile file,
                                    Diagnostics diagnostics) {
            FileStamps.Stamp known = inputs == null ? null : inputs.stamps().get(file.file());
            RecordedDocuments.Loaded last = known == null ? null
                    : kept.reuse(file, known.fingerprint(), loader::stillLoadsAs);
            if (last != null) {
                loaded.put(file.file(), known);
                last.warnings().forEach(diagnostics::add);
                return last.document();
            }
            Diagnostics own = new Diagnostics();
            Optional<SourceDocument> document = loader.load(file, own);
            List<Diagnostic> found = own.sorted();
            found.forEach(diagnostics::add);
            FileStamps.Stamp read = loaded.get(file.file());
            if (document.isPresent() && read != null && found.stream().noneMatch(Diagnostic::isError)) {
                kept.keep(file, read.fingerprint(), document.get(), found);
            }
            return document.orElse(null);
        }

        @Override
        public List<Entry> renderBodies(List<SourceDocument> documents, Map<String, String> urls, LinkTargets targets,
                                        Diagnostics diagnostics,
                                        BiFunction<List<SourceDocument>, Function<SourceDocument, Diagnostics>, List<Entry>> render) {
            List<Entry> entries = super.renderBodies(documents, urls, targets, diagnostics, render);
            // Every body of this build is in hand: the changed shards are written on a thread of
            // their own while pages render, not after publishing. Each kept body is right for what
            // it was rendered from, so the shards may be written before the build is known to succeed.
            bodiesWritten = parallel.background("site-gen-body-cache", () -> {
                bodies.write();
                return null;
            });
            // and so are the loaded documents, now with their typeset titles and summaries
            RecordedDocuments kept = keptDocuments();
            if (kept != null) {
                documentsWritten = parallel.background("site-gen-document-cache", () -> {
                    kept.write();
                    return null;
                });
            }
            return entries;
        }

        /** A document's typeset title and summary as kept with its loaded front matter, else made and kept. */
        @Override
        public Typeset typeset(SourceDocument document, Function<SourceDocument, Typeset> typeset) {
            RecordedDocuments kept = keptDocuments();
            return kept == null ? typeset.apply(document) : kept.typeset(document, typeset);
        }

        @Override
        public byte[] loadedFrom(SourceDocument document) {
            FileStamps.Stamp stamp = loaded.get(document.file().file());
            return stamp == null ? null : stamp.fingerprint();
        }

        /** The loaded documents kept for the next build; null when this build keeps none. */
        private RecordedDocuments keptDocuments() {
            if (documents == null) {
                return null;
            }
            try {
                return documents.join();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        @Override
        public StoredBody body(SourceDocument document, String url, LinkTargets targets, Diagnostics problems,
                               TextStore store, BiFunction<LinkTargets, Diagnostics, RenderedBody> render) {
            FileStamps.Stamp stamp = loaded.get(document.file().file());
            if (stamp == null) { // not read by loading (cannot happen): rendered, not kept
                return StoredBody.of(render.apply(targets, problems), store);
            }
            return bodies.body(document.file().relativePath(), java.util.HexFormat.of().formatHex(stamp.fingerprint()),
                    url, targets, this::templates, problems, store, render::apply);
        }

        /** Every template file's fingerprint, for bodies with embeds (read once, when first needed). */
        private String templates() {
            String known = templates;
            if (known == null) {
                Fingerprint all = new Fingerprint();
                Path dir = config.templatesDir();
                if (dir != null && Files.isDirectory(dir)) {
                    try (var walk = Files.walk(dir)) {
                        for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile).sorted()::iterator) {
                            all.add(dir.relativize(file).toString()).add(Files.readAllBytes(file));
                        }
                    } catch (IOException e) {
                        all.add(System.nanoTime()); // unreadable now: matches no kept body
                    }
                }
                known = all.hex();
                templates = known;
            }
            return known;
        }

        @Override
        public RenderMemo pages() {
            return pages;
        }

        /** A site as the last build left it holds the files that build recorded: it is not walked again. */
        @Override
        public SiteWriter openWriter(Path output, Parallel scope) throws IOException, SiteWriter.UnsafeOutputException {
            if (!siteAsLeft) {
                return super.openWriter(output, scope);
            }
            List<String> files = published.join().entries().stream()
                    .filter(entry -> !entry.endsWith("/")).toList();
            return SiteWriter.open(output, scope, files);
        }

        private Path pagesFile() {
            return cacheFolder.resolve("pages");
        }

        /**
         * The state and page fingerprints describe the site the last build left until this one
         * starts to change it: a build that fails before (an error in the content, a template)
         * keeps them, so the build after it renders only what changed since the last good one.
         */
        @Override
        public void publishing() throws IOException {
            // the cache files written beside the pages are waited for first: a cache that cannot
            // be written (a full disk, a read-only target/) stops the build before the site changes
            if (bodiesWritten != null) {
                bodiesWritten.join();
            }
            if (documentsWritten != null) {
                documentsWritten.join();
            }
            if (searchTerms != null) {
                searchTerms.written();
            }
            state.forget(); // until this build has published
            Files.deleteIfExists(pagesFile());
        }

        @Override
        public void published(SiteWriter writer, List<SourceFile> files, Instant nextDue, List<Diagnostic> warnings)
                throws IOException {
            java.util.Set<String> parts = pages == null ? java.util.Set.of() : pages.partsRendered();
            if (searchTerms != null && !parts.isEmpty()) {
                searchTerms.forgetPartsOtherThan(parts); // the search terms of a language gone from the site
            }
            // written beside the state's own files; the state, which trusts it, is written after it
            Background<Void> pagesWritten = parallel.background("site-gen-page-record", () -> {
                RecordedPages.write(pagesFile(), key, pages);
                return null;
            });
            if (inputs == null) { // no recorded build to compare with: fingerprinted from the bytes loading read
                inputs = state.inputs(config, files, parallel, engine == null ? loaded : engine.withJar(loaded), null);
            }
            state.record(inputs, listedFrom, config.outputDir(), writer.entries(), published, writer.touched(), nextDue,
                    warnings, parallel, pagesWritten);
        }
    }
}
