package org.sitegen;

import java.io.IOException;
import java.time.Instant;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.sitegen.archive.Archive;
import org.sitegen.archive.Entry;
import org.sitegen.archive.Permalinks;
import org.sitegen.content.ContentLoader;
import org.sitegen.content.ContentScanner;
import org.sitegen.content.SourceDocument;
import org.sitegen.content.SourceFile;
import org.sitegen.content.EntityKeys;
import org.sitegen.entities.EntityFiles;
import org.sitegen.entities.EntityIndex;
import org.sitegen.entities.EntityKind;
import org.sitegen.entities.EntityRecord;
import org.sitegen.stories.Stories;
import org.sitegen.content.Slugs;
import org.sitegen.diag.BuildFailedException;
import org.sitegen.diag.Diagnostic;
import org.sitegen.diag.Diagnostics;
import org.sitegen.diag.SourcePosition;
import org.sitegen.markdown.BodySource;
import org.sitegen.markdown.FragmentLink;
import org.sitegen.markdown.LinkTargets;
import org.sitegen.markdown.LeadParagraph;
import org.sitegen.markdown.MarkdownRenderer;
import org.sitegen.markdown.RenderedBody;
import org.sitegen.output.OutputPaths;
import org.sitegen.output.SiteWriter;
import org.sitegen.render.SiteRenderer;
import org.sitegen.render.Theme;
import org.sitegen.incremental.BuildCache;
import org.sitegen.incremental.Incremental;
import org.sitegen.store.TextStore;
import org.sitegen.url.RelativeUrls;
import org.sitegen.exec.Parallel;
import org.sitegen.exec.Background;
import org.sitegen.config.SiteConfig;
import org.sitegen.languages.Languages;

/**
 * The engine's front door: scan → load → link → index → render → publish. Knows nothing of
 * Maven. Every problem of every file is collected; any error fails the build before the
 * previous site is touched.
 */
public final class SiteGenerator {
    private final Incremental incremental;
    private java.util.function.Supplier<TextStore> bodyStores; // null: as bodyStore() decides

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
    }

    public BuildReport build(SiteConfig config) throws BuildFailedException, IOException {
        long start = System.nanoTime();
        Map<String, Long> stages = new LinkedHashMap<>();
        Diagnostics diagnostics = new Diagnostics();
        Slugs slugs = new Slugs();
        try (Parallel parallel = new Parallel(config.threads()); TextStore bodies = bodyStore()) {
            long t = System.nanoTime();
            Incremental.Run run = incremental.start(config, parallel);
            if (!run.checksFirst()) {
                slugs.prepare();
            }
            List<SourceFile> files = new ContentScanner().scan(config, diagnostics);
            Theme.checkLinks(config, diagnostics); // before the up-to-date check reads templates/
            stages.put("scan", millisSince(t));
            t = System.nanoTime();
            Optional<List<Diagnostic>> lastWarnings = run.upToDate(files, diagnostics);
            if (run.checksFirst()) {
                stages.put("check", millisSince(t));
            }
            if (lastWarnings.isPresent()) {
                return new BuildReport(Map.of(), 0, lastWarnings.get(), List.of(), stages, millisSince(start),
                        true, SiteWriter.Changes.NONE);
            }
            // after the up-to-date check: a re-run with nothing changed repeats the recorded warnings
            Theme.checkAssets(config, diagnostics);
            slugs.prepare(files.stream().map(SourceFile::fileName).toList());
            SiteRenderer renderer = new SiteRenderer(config, slugs, run.pages());
            renderer.reportMessages(diagnostics);
            // if this throws, closing the scope (parallel) waits for the templates the renderer
            // started: they read the theme's jar, which the next build opens
            Prepared prepared = prepare(config, files, slugs, parallel, bodies, diagnostics, stages, renderer, run);
            List<Planned> plan = plan(config, prepared, renderer, parallel, diagnostics, stages); // its collisions with the rest
            failOnErrors(diagnostics);
            SiteWriter writer = openWriter(config, diagnostics, run);
            t = System.nanoTime();
            try {
                Map<String, Integer> pages = write(prepared, plan, parallel, bodies, writer, diagnostics, stages, renderer);
                stages.put("render", millisSince(t));
                failOnErrors(diagnostics);
                t = System.nanoTime();
                writer.commit();
                List<Diagnostic> warnings = diagnostics.sorted();
                run.published(writer, files, prepared.nextDue(), warnings);
                stages.put("publish", millisSince(t));
                return new BuildReport(pages, prepared.assets().size(), warnings, prepared.drafts(), stages,
                        millisSince(start), false, writer.changes());
            } catch (BuildFailedException | IOException | RuntimeException | Error e) {
                writer.abort();
                run.failed(writer);
                throw e;
            }
        }
    }

    /**
     * Validates everything a build with the same settings would, without writing anything: pages
     * are rendered into a writer that checks their paths and discards them, and they are rendered even
     * when content has errors, so template problems show at the same time. Drafts' front matter is
     * checked too, and each draft left out is listed as a warning.
     */
    public List<Diagnostic> check(SiteConfig config) throws IOException {
        return check(config, null);
    }

    /**
     * {@link #check(SiteConfig)}, and, with {@code sourceLinks}, asks every source link of the
     * published briefings whether it still answers (network use, so only on request).
     */
    public List<Diagnostic> check(SiteConfig config, org.sitegen.linkcheck.SourceLinkChecker sourceLinks)
            throws IOException {
        Diagnostics diagnostics = new Diagnostics();
        Slugs slugs = new Slugs();
        try (Parallel parallel = new Parallel(config.threads()); TextStore bodies = bodyStore()) {
            List<SourceFile> files = new ContentScanner().scan(config, diagnostics);
            Theme.checkLinks(config, diagnostics);
            Theme.checkAssets(config, diagnostics);
            SiteRenderer renderer = new SiteRenderer(config, slugs);
            renderer.reportMessages(diagnostics);
            Prepared prepared;
            SiteWriter writer = null;
            try {
                prepared = prepare(config, files, slugs, parallel, bodies, diagnostics, new LinkedHashMap<>(),
                        renderer, Incremental.none().start(config, parallel));
                List<Planned> plan = plan(config, prepared, renderer, parallel, diagnostics, new LinkedHashMap<>());
                writer = SiteWriter.discarding();
                write(prepared, plan, parallel, bodies, writer, diagnostics, new LinkedHashMap<>(), renderer);
            } finally {
                if (writer != null) {
                    writer.abort();
                }
            }
            if (sourceLinks != null) {
                sourceLinks.check(prepared.parts().stream().flatMap(part -> part.archive().briefings().stream())
                        .toList(), diagnostics);
            }
            if (!config.drafts()) {
                prepared.drafts().forEach(path -> diagnostics.warning(SourcePosition.of(path),
                        "draft: left out of the site until 'draft: true' is removed"));
            }
            prepared.scheduled().forEach((path, at) -> diagnostics.warning(SourcePosition.of(path),
                    "scheduled: left out of the site until " + at.format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                            + "; the first build after that publishes it"));
            return diagnostics.sorted();
        }
    }

    /**
     * The site's content, read, linked and indexed; and what else a build needs.
     *
     * @param nextDue when the first scheduled briefing left out comes due, or null
     * @param urlAt   per published file (by its display path), where its URL is decided
     * @param scheduled the briefings left out until their date, with it
     */
    private record Prepared(List<LanguagePart> parts, Languages languages, List<SourceFile> assets,
                            List<String> drafts, Instant nextDue, Map<String, SourcePosition> urlAt,
                            Map<String, java.time.ZonedDateTime> scheduled) {
    }

    /**
     * One language's part of the site, indexed as a site of its own (the whole site when it has one
     * language): its entries at their URLs within its folder {@code prefix} ("/fr", or "" at the root).
     */
    private record LanguagePart(String lang, String prefix, Archive archive, EntityIndex entities, Stories stories) {
    }

    /**
     * @param site     starts its templates while the archive is indexed (one thread busy)
     * @param run      what this build keeps from the last ones
     */
    private Prepared prepare(SiteConfig config, List<SourceFile> files, Slugs slugs, Parallel parallel,
                             TextStore bodies, Diagnostics diagnostics, Map<String, Long> stages,
                             SiteRenderer site, Incremental.Run run) throws IOException {
        long t = System.nanoTime();
        // Flexmark's set-up runs on one thread: it is done while the files load, not after
        Background<MarkdownRenderer> markdown = parallel.background("site-gen-markdown",
                () -> new MarkdownRenderer(new RelativeUrls(config.prettyLinks()), config.rawHtml(),
                        run.embeds(new org.sitegen.render.EmbedTemplates(config)), config.headingShift()));
        ContentLoader loader = new ContentLoader(config, slugs);
        List<SourceDocument> loaded = run.load(loader, files, parallel, diagnostics);
        List<SourceFile> drafts = loaded.stream().filter(d -> d.frontMatter().draft()).map(SourceDocument::file)
                .toList();
        List<SourceDocument> documents = loaded.stream().filter(d -> isPublished(d, config)).toList();
        List<EntityKind> entityKinds = EntityKind.of(EntityKeys.inEffect(config.taxonomies()));
        // the folders of generated listings, which no standalone page may take
        List<String> generatedFolders = new java.util.ArrayList<>(config.taxonomies());
        entityKinds.forEach(kind -> generatedFolders.add(kind.key()));
        generatedFolders.add(Stories.FOLDER);
        generatedFolders.add(Archive.PUBLISHERS);
        Set<String> loadedPaths = loaded.stream().map(d -> d.file().relativePath()).collect(Collectors.toSet());
        Set<String> failed = files.stream().filter(f -> f.kind().isMarkdown() && !loadedPaths.contains(f.relativePath()))
                .map(SourceFile::relativePath).collect(Collectors.toSet());
        Languages languages = Languages.of(loaded, documents.stream().map(d -> d.file().relativePath())
                .collect(Collectors.toSet()), failed, config.language(), config.defaultLanguageAtRoot(), diagnostics);
        generatedFolders.addAll(languages.folders());
        Map<String, String> urls = Permalinks.plan(documents, generatedFolders,
                d -> languages.prefix(languages.of(d.file().relativePath())), diagnostics);
        List<SourceFile> assets = files.stream().filter(f -> f.kind() == SourceFile.Kind.ASSET).toList();
        List<EntityRecord> described = EntityFiles.read(
                files.stream().filter(f -> f.kind() == SourceFile.Kind.ENTITIES).toList(), entityKinds,
                assets.stream().map(SourceFile::relativePath).collect(Collectors.toSet()), diagnostics);
        Set<String> unpublished = loaded.stream().filter(d -> !isPublished(d, config))
                .map(d -> d.file().relativePath()).collect(Collectors.toSet());
        // Markdown files that did not load, or lost their URL to a collision: their own errors say why.
        Set<String> erroneous = files.stream().filter(f -> f.kind().isMarkdown())
                .map(SourceFile::relativePath)
                .filter(path -> !urls.containsKey(path) && !unpublished.contains(path))
                .collect(Collectors.toUnmodifiableSet());
        LinkTargets targets = new LinkTargets(urls,
                assets.stream().map(SourceFile::relativePath).collect(Collectors.toUnmodifiableSet()), unpublished,
                erroneous);
        MarkdownRenderer renderer = markdown.join();
        java.util.Queue<FragmentLink> fragmentLinks = new java.util.concurrent.ConcurrentLinkedQueue<>();
        List<Entry> entries = run.renderBodies(documents, urls, targets, diagnostics,
                (subset, problemsOf) -> renderBodies(renderer, loader, subset, urls, targets, parallel, bodies,
                        problemsOf, fragmentLinks, run));
        checkFragments(entries, fragmentLinks, diagnostics);
        stages.put("parse", millisSince(t));

        t = System.nanoTime();
        site.startTemplates(parallel);
        List<LanguagePart> parts = new java.util.ArrayList<>();
        List<List<Diagnostic>> entityProblems = new java.util.ArrayList<>();
        for (String lang : languages.all()) {
            String prefix = languages.prefix(lang);
            List<Entry> own = languages.multilingual() ? entries.stream()
                    .filter(e -> languages.of(e.contentPath()).equalsIgnoreCase(lang))
                    .map(e -> inFolder(e, prefix, lang, diagnostics)).toList() : entries;
            java.util.Locale locale = languages.multilingual() ? java.util.Locale.forLanguageTag(lang) : config.locale();
            Archive archive = Archive.build(own.stream().filter(SiteGenerator::isBriefing).toList(),
                    own.stream().filter(e -> !isBriefing(e)).toList(), config.taxonomies(), locale, slugs, diagnostics);
            Diagnostics ofEntities = languages.multilingual() ? new Diagnostics() : diagnostics;
            EntityIndex entities = EntityIndex.build(entityKinds, described, archive.briefings(), slugs, locale,
                    ofEntities);
            entityProblems.add(ofEntities.sorted());
            Stories stories = Stories.build(archive.briefings(), unpublished, failed, diagnostics);
            parts.add(new LanguagePart(lang, prefix, archive, entities, stories));
        }
        if (languages.multilingual()) {
            reportOnce(entityProblems, files.stream().filter(f -> f.kind() == SourceFile.Kind.ENTITIES)
                    .map(SourceFile::displayPath).collect(Collectors.toSet()), diagnostics);
        }
        stages.put("index", millisSince(t));
        Instant nextDue = documents.size() == loaded.size() ? null : loaded.stream()
                .filter(d -> !config.future() && isScheduled(d, config))
                .map(d -> d.frontMatter().date().at().toInstant()).min(Instant::compareTo).orElse(null);
        Map<String, SourcePosition> urlAt = new java.util.HashMap<>();
        documents.forEach(d -> urlAt.put(d.file().displayPath(), Permalinks.urlAt(d)));
        Map<String, java.time.ZonedDateTime> scheduled = new java.util.TreeMap<>();
        loaded.stream().filter(d -> !d.frontMatter().draft() && !config.future() && isScheduled(d, config))
                .forEach(d -> scheduled.put(d.file().displayPath(), d.frontMatter().date().at()));
        return new Prepared(parts, languages, assets, drafts.stream().map(SourceFile::displayPath).toList(),
                nextDue, urlAt, scheduled);
    }

    /**
     * Plans every page and registers every output path, the content files' among them, before
     * anything is written: two sources of one path are reported here.
     */
    private static List<Planned> plan(SiteConfig config, Prepared prepared, SiteRenderer renderer, Parallel parallel,
                                      Diagnostics diagnostics, Map<String, Long> stages) throws IOException {
        Languages languages = prepared.languages();
        Set<String> shared = prepared.assets().stream().map(a -> "/" + a.relativePath()).collect(Collectors.toSet());
        String rootPart = prepared.parts().stream().map(LanguagePart::prefix).filter(String::isEmpty).findFirst()
                .orElse(prepared.parts().get(0).prefix()); // the root's files: from the part at the root, else the site's language
        List<Planned> planned = new java.util.ArrayList<>();
        for (LanguagePart part : prepared.parts()) {
            // in one language, the site's (its site.title and site.description too, when the archive gives them)
            SiteRenderer own = languages.multilingual()
                    ? renderer.inLanguage(part.lang(), part.prefix(), shared, part.prefix().equals(rootPart))
                    : renderer.inLanguage(config.language(), "", shared, true);
            if (languages.multilingual() && !part.lang().equals(languages.siteLanguage())) {
                own.reportMessages(diagnostics); // its bundle's problems (the site's language's are reported)
            }
            planned.add(new Planned(own, own.plan(part.archive(), part.entities(), part.stories(), parallel, stages)));
        }
        if (languages.multilingual()) {
            org.sitegen.render.LanguageLinks links = new org.sitegen.render.LanguageLinks(
                    planned.stream().map(p -> p.renderer().languageSite(p.plan())).toList(),
                    languages::translationsOf, languages::of, renderer.siteUrl(), renderer.prettyLinks());
            planned.forEach(p -> p.renderer().linkLanguages(links));
            List<org.sitegen.sitemap.Sitemap.Url> sitemap = planned.stream()
                    .flatMap(p -> p.renderer().sitemapUrls(p.plan()).stream())
                    .sorted(java.util.Comparator.comparing(org.sitegen.sitemap.Sitemap.Url::loc)).toList();
            planned.forEach(p -> p.renderer().sitemap(sitemap));
        }
        OutputPaths paths = new OutputPaths(diagnostics);
        for (Planned p : planned) {
            p.renderer().claimOutputs(p.plan(), paths, prepared.urlAt()::get);
        }
        for (SourceFile asset : prepared.assets()) {
            paths.claimFile(asset.relativePath(), OutputPaths.Source.file(SourcePosition.of(asset.displayPath())));
        }
        return planned;
    }

    /**
     * What indexing the entities of each language found, said once: a problem at a briefing is its
     * language's; one at an entities file (which every language reads) holds for the archive only
     * when every language has it ("'X' is not named in any published briefing" of one language
     * alone is not so).
     */
    private static void reportOnce(List<List<Diagnostic>> perLanguage, Set<String> entityFiles,
                                   Diagnostics diagnostics) {
        Set<Diagnostic> said = new java.util.HashSet<>();
        for (List<Diagnostic> problems : perLanguage) {
            for (Diagnostic problem : problems) {
                boolean everywhere = perLanguage.stream().allMatch(other -> other.contains(problem));
                if ((everywhere || !entityFiles.contains(problem.at().path())) && said.add(problem)) {
                    diagnostics.add(problem);
                }
            }
        }
    }

    /** One language's planned pages with the renderer that renders them. */
    private record Planned(SiteRenderer renderer, SiteRenderer.Plan plan) {
    }

    /**
     * {@code entry} as its language's part sees it: at its URL within the folder {@code prefix},
     * and so its aliases, which must be in that folder (an alias elsewhere is an error at it).
     */
    private static Entry inFolder(Entry entry, String prefix, String lang, Diagnostics diagnostics) {
        if (prefix.isEmpty()) {
            return entry;
        }
        List<org.sitegen.content.Alias> aliases = new java.util.ArrayList<>();
        for (org.sitegen.content.Alias alias : entry.aliases()) {
            if (alias.path().startsWith(prefix + "/")) {
                aliases.add(new org.sitegen.content.Alias(alias.path().substring(prefix.length()), alias.at()));
            } else {
                diagnostics.error(alias.at(), "alias " + alias.path() + " of a file in " + lang + " must be in its "
                        + "language's folder " + prefix + "/, where its pages are published (e.g. " + prefix
                        + alias.path() + ")");
            }
        }
        return entry.movedTo(entry.url().substring(prefix.length()), List.copyOf(aliases));
    }

    /**
     * Renders every page and copies every content file into {@code writer}; pages per kind.
     * The search index is built alongside the pages unless bodies had to be spooled (memory is short).
     */
    private Map<String, Integer> write(Prepared prepared, List<Planned> plan, Parallel parallel, TextStore bodies,
                                       SiteWriter writer, Diagnostics diagnostics, Map<String, Long> stages,
                                       SiteRenderer renderer) throws IOException {
        Map<String, Integer> pages = new java.util.TreeMap<>();
        for (Planned part : plan) {
            part.renderer().render(part.plan(), parallel, writer, diagnostics, stages, !bodies.spooled())
                    .forEach((kind, count) -> pages.merge(kind, count, Integer::sum));
        }
        for (SourceFile asset : prepared.assets()) {
            writer.copy(asset.relativePath(), asset.file());
        }
        return pages;
    }

    /** Renders the bodies of the published {@code documents}; each one's problems go where {@code problemsOf} says. */
    private static List<Entry> renderBodies(MarkdownRenderer markdown, ContentLoader loader, List<SourceDocument> documents,
                                            Map<String, String> urls,
                                            LinkTargets targets, Parallel parallel, TextStore bodies,
                                            java.util.function.Function<SourceDocument, Diagnostics> problemsOf,
                                            java.util.Queue<FragmentLink> fragmentLinks, Incremental.Run run) {
        List<SourceDocument> published = documents.stream()
                .filter(d -> urls.containsKey(d.file().relativePath())).toList();
        return parallel.map(published, document -> {
            String url = urls.get(document.file().relativePath());
            BodySource source = new BodySource(document.file().displayPath(), document.file().relativePath(),
                    document.bodyFirstLine(), url);
            RenderedBody body = run.body(document, url, targets, problemsOf.apply(document), (linkTargets, problems) -> {
                String markdownBody;
                try {
                    markdownBody = loader.body(document);
                } catch (IOException e) {
                    problems.error(SourcePosition.of(document.file().displayPath()), e.getMessage());
                    markdownBody = "";
                }
                try {
                    return markdown.render(markdownBody, source, linkTargets, problems);
                } catch (Throwable e) { // StackOverflowError and the like: this file's problem, not the build's end
                    problems.error(SourcePosition.of(document.file().displayPath(), 1, 1), internalError(e));
                    return new RenderedBody("", "", 0, List.of(), "", List.of());
                }
            });
            fragmentLinks.addAll(body.fragmentLinks());
            var fm = document.frontMatter();
            // titles and written summaries get the body's typography (curly quotes, dashes), as the
            // summary taken from the body's first paragraph has
            String summary = fm.summary() != null ? markdown.typographic(fm.summary()) : body.firstParagraph();
            return new Entry(document.file().relativePath(), document.file().displayPath(), url,
                    markdown.typographic(fm.title()),
                    fm.date(), fm.updated(), fm.terms(), summary, fm.authors(), fm.sources(), fm.params(),
                    bodies.put(body.html()), body.wordCount(), body.headings(), fm.corrections(),
                    fm.draft(), bodies.put(body.text()), LeadParagraph.repeats(summary, body.html()), fm.mentions(), fm.follows(),
                    fm.aliases());
        });
    }

    /** Ids every page of the theme has besides its body's headings (the skip link's, the sections'). */
    private static final Set<String> PAGE_ANCHORS = Set.of("main", "briefing-title", "page-title", "toc-title",
            "sources-title", "corrections-title", "related-title");
    /** A target with at most this many headings has them listed when a fragment matches none closely. */
    private static final int LISTED_HEADINGS = 8;
    private static final java.util.regex.Pattern FOOTNOTE_ANCHOR = java.util.regex.Pattern.compile("fn(ref)?-\\d+(-\\d+)?");

    /**
     * A link to a part of a page that has no such part lands at the top: a warning at the link.
     * (Previews re-check only the bodies they render again.)
     */
    private static void checkFragments(List<Entry> entries, java.util.Collection<FragmentLink> links,
                                       Diagnostics diagnostics) {
        if (links.isEmpty()) {
            return;
        }
        Map<String, Set<String>> ids = new java.util.HashMap<>();
        entries.forEach(e -> ids.put(e.contentPath(), e.headings().stream().map(org.sitegen.markdown.Heading::id)
                .collect(Collectors.toSet())));
        for (FragmentLink link : links) {
            Set<String> targetIds = ids.get(link.target());
            if (targetIds != null && !targetIds.contains(link.fragment()) && !PAGE_ANCHORS.contains(link.fragment())
                    && !FOOTNOTE_ANCHOR.matcher(link.fragment()).matches()) {
                List<String> sorted = targetIds.stream().sorted().toList();
                String close = org.sitegen.diag.Suggestions.closest(link.fragment(), sorted).map(id -> " (did you mean #" + id + "?)")
                        .orElse(sorted.isEmpty() ? " (it has no headings)" : sorted.size() <= LISTED_HEADINGS
                                ? " (its headings: #" + String.join(", #", sorted) + ")" : "");
                diagnostics.warning(link.at(), "#" + link.fragment() + " matches no heading of " + link.target()
                        + ", so the link opens at the top of the page" + close);
            }
        }
    }

    /**
     * The message for anything a file's handling threw that is not a diagnostic: a library's
     * StackOverflowError or a bug of ours. Named by class only: a stack trace of a thousand lines
     * would bury the file:line the writer needs.
     */
    public static String internalError(Throwable e) {
        return "internal error while rendering this file: " + e.getClass().getSimpleName();
    }

    /**
     * Where this build keeps rendered bodies: on the heap up to an eighth of it, then spooled to
     * a temporary file; previews keep theirs on the heap (their cache compares them between builds).
     */
    private TextStore bodyStore() {
        return bodyStores != null ? bodyStores.get() : incremental.keepsBodiesOnHeap() ? new TextStore(Long.MAX_VALUE)
                : new TextStore();
    }

    /** Builds keep rendered bodies in the stores {@code stores} makes (tests: one that spools every body). */
    SiteGenerator withBodyStores(java.util.function.Supplier<TextStore> stores) {
        this.bodyStores = stores;
        return this;
    }

    private static boolean isPublished(SourceDocument document, SiteConfig config) {
        return (config.drafts() || !document.frontMatter().draft()) && (config.future() || !isScheduled(document, config));
    }

    /** Dated after the build's "now": published by the first build after its time. */
    private static boolean isScheduled(SourceDocument document, SiteConfig config) {
        var date = document.frontMatter().date();
        return date != null && date.at().toInstant().isAfter(config.now());
    }

    private static boolean isBriefing(Entry entry) {
        return !entry.contentPath().startsWith("pages/");
    }

    private static SiteWriter openWriter(SiteConfig config, Diagnostics diagnostics, Incremental.Run run)
            throws IOException, BuildFailedException {
        String clash = OutputGuard.clash(config);
        if (clash != null) {
            diagnostics.error(SourcePosition.of(config.displayPath(config.outputDir())), clash);
            throw new BuildFailedException(diagnostics.sorted());
        }
        try {
            return run.openWriter(config.outputDir());
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
