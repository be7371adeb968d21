package org.sitegen.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sitegen.archive.Archive;
import org.sitegen.archive.Entry;
import org.sitegen.calendar.TimeIndex;
import org.sitegen.config.SiteConfig;
import org.sitegen.content.Slugs;
import org.sitegen.diag.Diagnostics;
import org.sitegen.diag.SourcePosition;
import org.sitegen.entities.EntityIndex;
import org.sitegen.exec.Background;
import org.sitegen.exec.Parallel;
import org.sitegen.output.OutputPaths;
import org.sitegen.output.SiteWriter;
import org.sitegen.related.RelatedBriefings;
import org.sitegen.render.view.BriefingView;
import org.sitegen.search.SearchIndexBuilder;
import org.sitegen.stories.Stories;
import org.sitegen.url.RelativeUrls;

/**
 * Renders every planned page through its template (in parallel) and hands the bytes to the
 * {@link SiteWriter}, along with the theme's assets. A broken template is reported once, at
 * its own line, naming the first page it failed on and how many others.
 */
public final class SiteRenderer {
    private final SiteConfig config;
    private final Slugs slugs;
    private final RelativeUrls urls;
    private final PageMetadata metadata;
    private final RenderMemo memo;
    private final org.sitegen.i18n.Messages messages;
    private final MessageFunction msg;
    private Background<TemplateEngine> templates; // see startTemplates(Parallel)

    public SiteRenderer(SiteConfig config, Slugs slugs) {
        this(config, slugs, null);
    }

    /** @param memo what the pages were last rendered from, to keep unchanged ones (previews); null renders all */
    public SiteRenderer(SiteConfig config, Slugs slugs, RenderMemo memo) {
        this.memo = memo;
        this.config = config;
        this.slugs = slugs;
        this.urls = new RelativeUrls(config.prettyLinks());
        this.messages = org.sitegen.i18n.Messages.load(config.language(), config.templatesDir(), config::displayPath,
                config.displayPath(config.projectDir().resolve("pom.xml")));
        this.msg = new MessageFunction(messages);
        this.metadata = new PageMetadata(config, messages);
    }

    /** Reports what reading the message bundles found (unknown keys in an override, bad patterns, an unshipped language). */
    public void reportMessages(Diagnostics diagnostics) {
        messages.report(diagnostics);
    }

    /**
     * Starts Freemarker's set-up and the theme's templates, parsed ahead, on a thread of their
     * own (else the first pages parse each template while the other threads wait for it). A
     * build calls this when a core would otherwise idle: while it indexes the archive, on one
     * thread. Once per renderer; {@link #plan} starts them if nobody did. {@code scope} waits
     * for them when it closes.
     */
    public void startTemplates(Parallel scope) {
        if (templates == null) {
            templates = scope.background("site-gen-templates", () -> {
                TemplateEngine engine = new TemplateEngine(config);
                engine.parseAhead(Theme.templateNames(config.templatesDir()));
                return engine;
            });
        }
    }

    /**
     * Every page of the site with its data, planned before anything is written, so that the
     * output paths can be registered first ({@link #claimOutputs}).
     */
    public static final class Plan {
        private final Archive archive;
        private final EntityIndex entities;
        private final TimeIndex time;
        private List<PageSpec> pages; // let go once written: the search index may need the memory
        private final List<BriefingView> briefingViews;
        private final Map<Entry, BriefingView> byEntry;
        private final Object site;

        private Plan(Archive archive, EntityIndex entities, TimeIndex time, List<PageSpec> pages,
                     List<BriefingView> briefingViews, Map<Entry, BriefingView> byEntry, Object site) {
            this.archive = archive;
            this.entities = entities;
            this.time = time;
            this.pages = pages;
            this.briefingViews = briefingViews;
            this.byEntry = byEntry;
            this.site = site;
        }
    }

    /** Plans every page: the briefings' views, their related briefings, listings, entities, stories, dates. */
    public Plan plan(Archive archive, EntityIndex entities, Stories stories, Parallel parallel,
                     Map<String, Long> stages) throws IOException {
        long t = System.nanoTime();
        // Off this thread while it plans: the templates (unless the build started them while it
        // indexed), and the related-briefings index, while the briefings' views are built.
        // Both are waited for by the scope (parallel) if this throws.
        startTemplates(parallel);
        Background<RelatedBriefings> related = parallel.background("site-gen-related",
                () -> new RelatedBriefings(archive.briefings(), archive.taxonomies().values()));
        ViewFactory views = new ViewFactory(config, archive, slugs, messages);
        Map<Entry, BriefingView> briefingViews = new IdentityHashMap<>();
        List<BriefingView> built = parallel.map(archive.briefings(), views::briefing);
        for (int i = 0; i < built.size(); i++) {
            briefingViews.put(archive.briefings().get(i), built.get(i));
        }
        TimeIndex time = TimeIndex.build(archive, entities, stories);
        PagePlanner planner = new PagePlanner(config, messages, archive, entities, stories, time, views, briefingViews::get);
        List<PageSpec> pages = planner.plan(parallel, related.join());
        lap(stages, "plan", t);
        return new Plan(archive, entities, time, pages, built, briefingViews, views.site(planner.sections()));
    }

    /**
     * Claims every path the planned site writes: pages, feeds, sitemap and robots.txt; and the
     * folders the search index and the theme's assets fill.
     */
    public void claimOutputs(Plan plan, OutputPaths paths, java.util.function.Function<String, SourcePosition> urlAt) {
        paths.claimFolder(SearchIndexBuilder.DIR, OutputPaths.Source.generated("the search index"));
        paths.claimFolder(Theme.ASSETS + "/", OutputPaths.Source.generated("the theme's assets"));
        // the generator's own first: a collision is then reported at the contributor's file, as one
        for (PageSpec page : plan.pages) {
            if (!isFromContent(page)) {
                paths.claimFile(page.outputPath(),
                        OutputPaths.Source.generated("the generated " + page.kind() + " page " + page.url()));
            }
        }
        new DiscoveryFiles(config, messages, plan.archive, plan.entities, plan.time, plan.byEntry::get).outputPaths(plan.pages)
                .forEach((path, what) -> paths.claimFile(path, OutputPaths.Source.generated(what)));
        for (PageSpec page : plan.pages) {
            if (isFromContent(page) && !page.kind().equals(PagePlanner.REDIRECT)) {
                paths.claimFile(page.outputPath(), OutputPaths.Source.file(urlAt.apply(page.origin())));
            }
        }
        List<OutputPaths.Source> caseCopies = new ArrayList<>();
        for (List<Entry> entries : List.of(plan.archive.briefings(), plan.archive.pages())) {
            for (Entry entry : entries) {
                for (org.sitegen.content.Alias alias : entry.aliases()) {
                    if (alias.differsOnlyInCase(entry.url())) {
                        caseCopies.add(OutputPaths.Source.alias(alias.path(), alias.at())); // the page's own path, ignoring case
                    } else {
                        paths.claimFile(alias.outputPath(), OutputPaths.Source.alias(alias.path(), alias.at()));
                    }
                }
            }
        }
        paths.caseCopies(caseCopies, config.outputDir());
    }

    /** Pages claimed at their content file; redirect pages are claimed at their alias. */
    private static boolean isFromContent(PageSpec page) {
        return page.kind().equals("briefing") || page.kind().equals("page") || page.kind().equals(PagePlanner.REDIRECT);
    }

    /**
     * Renders and writes the planned site; returns the number of pages written per kind, in a fixed order.
     *
     * @param searchAlongside build the search index while pages render, on a thread of its own: it
     *                        fills the cores' idle moments, but holds the index and every page's
     *                        data at once, so only when memory is plentiful (bodies not spooled)
     */
    public Map<String, Integer> render(Plan plan, Parallel parallel, SiteWriter writer, Diagnostics diagnostics,
                                       Map<String, Long> stages, boolean searchAlongside) throws IOException {
        long t = System.nanoTime();
        Archive archive = plan.archive;
        List<BriefingView> built = plan.briefingViews;
        // If this throws, the scope (parallel) waits for the search index and the templates:
        // never is work left running on a site (or the theme's jar) being given up.
        Background<Long> search = null;
        // the search index: files under /search/ next to the search page
        if (searchAlongside) {
            search = parallel.background("site-gen-search", () -> {
                long start = System.nanoTime();
                writeSearchIndex(SearchPage.docs(archive.briefings(), built, plan.entities, urls), parallel, writer);
                return (System.nanoTime() - start) / 1_000_000;
            });
        }
        List<PageSpec> pages = plan.pages;
        TemplateEngine engine = templates.join(); // and the theme's jar is closed again before the assets are read
        renderPages(pages, plan.site, engine, parallel, writer, diagnostics);
        t = lap(stages, "pages", t);
        new DiscoveryFiles(config, messages, archive, plan.entities, plan.time, plan.byEntry::get).write(pages, parallel, writer, diagnostics); // feeds, sitemap, robots.txt
        Map<String, Integer> counts = countByKind(pages);
        plan.pages = null;
        pages = null; // let go: the search index may need the memory
        t = lap(stages, "feeds", t);
        if (search == null) {
            writeSearchIndex(SearchPage.docs(archive.briefings(), built, plan.entities, urls), parallel, writer);
            lap(stages, "search", t);
        } else {
            stages.put("search", search.join()); // its own time, alongside pages
        }
        for (Map.Entry<String, byte[]> asset : Theme.assets(config).entrySet()) {
            writer.write(Theme.ASSETS + "/" + asset.getKey(), asset.getValue());
        }
        return counts;
    }

    private void renderPages(List<PageSpec> pages, Object site, TemplateEngine templates, Parallel parallel,
                             SiteWriter writer, Diagnostics diagnostics) throws IOException {
        var templateStamps = memo == null ? null : Theme.stamps(config.templatesDir(),
                pages.stream().map(PageSpec::kind).collect(java.util.stream.Collectors.toSet()), memo.byContent());
        if (memo != null) {
            memo.retain(pages.stream().map(PageSpec::url).collect(java.util.stream.Collectors.toSet()));
        }
        // With no record of what templates read (a first build), every page is rendered, and
        // fingerprinted afterwards, of what this build's templates read (see RenderMemo).
        boolean keysAfter = memo != null && memo.keysAfterRendering();
        CachedDirective cached = CachedDirective.sizedForHeap(); // for these pages only: then garbage
        List<TemplateEngine.TemplateProblem> problems = parallel.map(pages, page -> {
            Map<String, Object> metadata = this.metadata.of(page); // feed links, JSON-LD: made from the page's data in Java
            Object inputs = memo == null || keysAfter ? null
                    : memo.key(inputs(templateStamps.apply(page.kind()), site, page, metadata));
            try {
                if (inputs != null && memo.unchanged(page.url(), inputs) && keepAll(writer, page.outputPaths())) {
                    return null;
                }
                try (RecordAccessors.Reading reading = RecordAccessors.reading(RecordAccessors.kind(page.kind()))) {
                    render(templates, site, page, metadata, cached, (bytes, length) -> {
                        for (String path : page.outputPaths()) {
                            writer.write(path, bytes, length);
                        }
                    });
                }
                if (memo != null && !keysAfter) {
                    memo.rendered(page.url(), inputs);
                }
                return null;
            } catch (TemplateEngine.TemplateProblem problem) {
                if (memo != null) {
                    memo.forget(page.url());
                }
                return problem;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (OutOfMemoryError e) {
                throw e;
            } catch (RuntimeException | Error e) { // a StackOverflowError, a bug: this page's error, not the build's end
                diagnostics.error(SourcePosition.of(page.origin()), "internal error while rendering " + page.url()
                        + " with " + page.template() + ": " + e.getClass().getSimpleName());
                return null;
            }
        });
        if (memo != null) {
            memo.pagesRendered(templates.reads());
            if (keysAfter) {
                List<Integer> rendered = new java.util.ArrayList<>();
                for (int i = 0; i < pages.size(); i++) {
                    if (problems.get(i) == null) {
                        rendered.add(i);
                    }
                }
                parallel.map(rendered, i -> {
                    PageSpec page = pages.get(i);
                    memo.rendered(page.url(), memo.key(inputs(templateStamps.apply(page.kind()), site, page,
                            metadata.of(page))));
                    return i;
                });
            }
        }
        report(pages, problems, diagnostics);
    }

    private static RenderMemo.PageInputs inputs(String templates, Object site, PageSpec page, Map<String, Object> metadata) {
        return new RenderMemo.PageInputs(templates, site, page.kind(), page.model(), page.title(), page.description(),
                metadata);
    }

    private static boolean keepAll(SiteWriter writer, List<String> paths) throws IOException {
        for (String path : paths) {
            if (!writer.keep(path)) {
                return false;
            }
        }
        return true;
    }

    private void writeSearchIndex(List<org.sitegen.search.SearchDoc> searchDocs, Parallel parallel, SiteWriter writer)
            throws IOException {
        Object key = memo == null ? null : memo.searchKey(searchDocs);
        if (keptSearchIndex(key, writer)) {
            memo.keptAllParts();
            return;
        }
        List<String> written = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        SearchIndexBuilder.KeptParts kept = memo == null ? SearchIndexBuilder.KeptParts.NONE : memo.keptParts(writer, written::add);
        new SearchIndexBuilder(org.sitegen.search.Analyzer.forLanguage(config.language())).write(searchDocs, parallel, (path, bytes) -> {
            writer.write(path, bytes);
            written.add(path);
        }, kept);
        if (memo != null) {
            memo.searchBuilt(key, written.stream().sorted().toList());
        }
    }

    /** Keeps the last search index when it was built from the same documents ({@link RenderMemo#searchKey}). */
    private boolean keptSearchIndex(Object key, SiteWriter writer) throws IOException {
        List<String> files = memo == null ? null : memo.searchFilesFor(key);
        if (files == null) {
            return false;
        }
        for (String file : files) {
            if (!writer.keep(file)) {
                return false;
            }
        }
        return true;
    }

    /** Records the time since {@code since} under {@code stage} (for -Dsite-gen.timings); returns now. */
    private static long lap(Map<String, Long> stages, String stage, long since) {
        long now = System.nanoTime();
        stages.put(stage, (now - since) / 1_000_000);
        return now;
    }

    private void render(TemplateEngine templates, Object site, PageSpec page, Map<String, Object> metadata,
                        CachedDirective cached, TemplateEngine.PageSink out) throws TemplateEngine.TemplateProblem, IOException {
        Map<String, Object> model = new HashMap<>(page.model());
        model.put("site", site);
        model.put("kind", page.kind());
        model.put("title", page.title());
        model.put("description", page.description() == null ? "" : page.description());
        model.put("url", page.url());
        model.put("canonical", config.siteUrl().isEmpty() || !page.isFolder() ? "" : config.siteUrl() + page.url());
        model.put("rel", page.isFolder() ? new RelativeLinkFunction(urls, page.url()) : looseFileLinks());
        model.put("cached", cached);
        model.put("msg", msg);
        model.putAll(metadata); // feed links, JSON-LD
        templates.render(page.template(), model, out);
    }

    /**
     * Links from 404.html, which hosts serve at any depth: absolute with a site URL, else
     * relative to the root (right only when the 404 is shown at the top level).
     */
    private freemarker.template.TemplateMethodModelEx looseFileLinks() {
        return config.siteUrl().isEmpty() ? new RelativeLinkFunction(urls, "/")
                : new AbsoluteLinkFunction(config.siteUrl(), config.prettyLinks());
    }

    /** One message per distinct template problem, naming the first page (in plan order) it broke. */
    private static void report(List<PageSpec> pages, List<TemplateEngine.TemplateProblem> problems,
                               Diagnostics diagnostics) {
        Map<String, List<Integer>> pagesByProblem = new LinkedHashMap<>();
        Map<String, TemplateEngine.TemplateProblem> first = new HashMap<>();
        for (int i = 0; i < problems.size(); i++) {
            TemplateEngine.TemplateProblem problem = problems.get(i);
            if (problem != null) {
                String key = problem.template + ":" + problem.line + ":" + problem.column + ":" + problem.getMessage();
                pagesByProblem.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
                first.putIfAbsent(key, problem);
            }
        }
        pagesByProblem.forEach((key, failed) -> {
            TemplateEngine.TemplateProblem problem = first.get(key);
            PageSpec page = pages.get(failed.get(0));
            String from = page.origin().equals(page.url()) ? "" : " from " + page.origin();
            int more = failed.size() - 1;
            String others = more == 0 ? "" : " and " + more + (more == 1 ? " other page" : " other pages");
            diagnostics.error(SourcePosition.of(problem.template, problem.line, problem.column),
                    problem.getMessage() + " (rendering " + page.url() + from + others + ")");
        });
    }

    private static Map<String, Integer> countByKind(List<PageSpec> pages) {
        Map<String, Integer> counts = new TreeMap<>(Comparator.naturalOrder());
        pages.forEach(page -> counts.merge(page.kind(), 1, Integer::sum));
        return counts;
    }
}
