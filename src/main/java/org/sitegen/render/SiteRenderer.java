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
import org.sitegen.search.SearchDocs;
import org.sitegen.search.SearchIndexBuilder;
import org.sitegen.seo.NewsArticles;
import org.sitegen.stories.Stories;
import org.sitegen.url.RelativeUrls;

/**
 * Renders every planned page through its template (in parallel) and hands the bytes to the
 * {@link SiteWriter}, along with the search index and the theme's assets. A broken template is
 * reported once, at its own line, naming the first page it failed on and how many others. The
 * files made for machines (feeds, sitemap, robots.txt, the redirects file) are not pages: the
 * pipeline's emit stage writes them, from the plan (ArchitectureTest: render sees neither feed
 * nor sitemap).
 */
public final class SiteRenderer {
    /** The settings as given; another language's renderer is made from them ({@link #inLanguage}). */
    private final SiteConfig given;
    /** The settings pages are rendered with: the given ones, with this language's own title and description. */
    private final SiteConfig config;
    private final Slugs slugs;
    private final RelativeUrls urls;
    /**
     * What pages were last rendered from; every language part of a multilingual site has the
     * site's, its pages and search index parts named by its folder there (RenderMemo#at).
     */
    private final RenderMemo memo;
    private final org.sitegen.i18n.Messages messages;
    private final MessageFunction msg;
    private final org.sitegen.i18n.DateFormats dates;
    private Background<TemplateEngine> templates; // see startTemplates(Parallel)
    /** Where this renderer's pages are: the whole site, or one language's folder of a multilingual one. */
    private final Mount mount;
    private LanguageLinks languageLinks; // a multilingual site's, else null

    /**
     * A language's place in a multilingual site. Its pages are planned at their URLs within its
     * folder ("/2023/", as a site of its own: the planner, views and templates need no change) and
     * published under {@code prefix}; links to what the languages share (the theme's assets, the
     * content's files) are not moved.
     *
     * @param lang       the language's tag
     * @param prefix     its folder ("/fr"), or "" for the root
     * @param shared     site paths of the content's files (images, the logo), at the root for every language
     * @param rootFiles  this renderer writes the site's own files: robots.txt, the sitemap, the theme's assets
     * @param siteUrl    the site's URL (the root's), or ""
     * @param asked      the paths {@link #real} was asked about that could name a content file (not
     *                   a folder's URL), whatever the answer: what the part's links depend on of
     *                   {@code shared} ({@link SiteRenderer#withMount})
     */
    public record Mount(String lang, String prefix, java.util.Set<String> shared, boolean rootFiles, String siteUrl,
                        java.util.Set<String> asked) {
        /** The whole site, at the root (its language and URL do not matter to links). */
        static final Mount ROOT = new Mount("", "", java.util.Set.of(), true, "");

        public Mount(String lang, String prefix, java.util.Set<String> shared, boolean rootFiles, String siteUrl) {
            this(lang, prefix, shared, rootFiles, siteUrl, java.util.concurrent.ConcurrentHashMap.newKeySet());
        }

        /** The site path of {@code path} of this folder ("/fr" + path), or {@code path} itself for what is shared. */
        public String real(String path) {
            if (prefix.isEmpty() || path.startsWith("/" + Theme.ASSETS + "/")) {
                return path;
            }
            int cut = RelativeUrls.suffixStart(path);
            String bare = cut < 0 ? path : path.substring(0, cut);
            if (!bare.endsWith("/")) { // a folder's URL is never a file's
                asked.add(bare);
            }
            return shared.contains(bare) ? path : prefix + path;
        }

        /** The output path of {@code path}, relative to the site ("fr/2023/index.html"). */
        public String out(String path) {
            return OutputPaths.inFolder(prefix, path);
        }
    }

    public SiteRenderer(SiteConfig config, Slugs slugs) {
        this(config, slugs, null);
    }

    /** @param memo what the pages were last rendered from, to keep unchanged ones (previews); null renders all */
    public SiteRenderer(SiteConfig config, Slugs slugs, RenderMemo memo) {
        this(config, slugs, memo, new Mount(config.language(), "", java.util.Set.of(), true, config.siteUrl()));
    }

    private SiteRenderer(SiteConfig given, Slugs slugs, RenderMemo memo, Mount mount) {
        this.mount = mount;
        this.memo = memo;
        this.given = given;
        this.slugs = slugs;
        this.urls = new RelativeUrls(given.prettyLinks());
        this.messages = org.sitegen.i18n.Messages.load(given.language(), given.templatesDir(), given::displayPath,
                given.displayPath(given.projectDir().resolve("pom.xml")));
        this.config = ownTitles(given, messages);
        this.msg = new MessageFunction(messages);
        this.dates = new org.sitegen.i18n.DateFormats(messages, config.locale());
    }

    /** {@code config} with the language's own title and description, where its messages have them (site.title, site.description). */
    private static SiteConfig ownTitles(SiteConfig config, org.sitegen.i18n.Messages messages) {
        if (!messages.has("site.title") && !messages.has("site.description")) {
            return config;
        }
        SiteConfig.Builder named = config.toBuilder();
        if (messages.has("site.title")) {
            named.siteTitle(messages.format("site.title"));
        }
        if (messages.has("site.description")) {
            named.siteDescription(messages.format("site.description"));
        }
        return named.build();
    }

    /**
     * The renderer of {@code lang}'s pages of a multilingual site, published under {@code prefix}
     * ("/fr", or "" at the root): its words, dates, search analysis and {@code <html lang>} are
     * that language's, its site URL the folder's. The site's language at the root is this
     * renderer itself (a site in one language has one renderer: its templates and messages);
     * every part shares its record of rendered pages, under the part's folder.
     *
     * @param shared    site paths of the content's files, which stay at the root
     * @param rootFiles it writes the site's own files (robots.txt, the sitemap, the theme's assets)
     */
    public SiteRenderer inLanguage(String lang, String prefix, java.util.Set<String> shared, boolean rootFiles) {
        if (lang.equals(given.language()) && prefix.isEmpty() && rootFiles) {
            return this; // at the root, where links need not tell shared files apart
        }
        SiteConfig own = given.toBuilder().language(lang).siteUrl(given.siteUrl().isEmpty() ? ""
                : given.siteUrl() + prefix).build();
        boolean same = lang.equals(given.language()) && prefix.isEmpty();
        SiteRenderer renderer = new SiteRenderer(own, slugs, memo, new Mount(lang, prefix, shared, rootFiles,
                given.siteUrl()));
        if (same) {
            renderer.templates = templates;
        }
        return renderer;
    }

    /** The settings its pages are rendered with: its language's, with the language's own title and site URL. */
    public SiteConfig config() {
        return config;
    }

    /** Where its pages go. */
    public Mount mount() {
        return mount;
    }

    /** Its language's words. */
    public org.sitegen.i18n.Messages messages() {
        return messages;
    }

    /** Its language's dates. */
    public org.sitegen.i18n.DateFormats dateFormats() {
        return dates;
    }

    /** The site's URL (its root's), or "". */
    public String siteUrl() {
        return mount.siteUrl();
    }

    public boolean prettyLinks() {
        return config.prettyLinks();
    }

    /** This renderer's language's name in itself ("Français"), for the language switcher. */
    public String languageName() {
        return messages.ownName();
    }

    /** The links between the languages of a multilingual site, for every page's switcher and alternates. */
    public void linkLanguages(LanguageLinks links) {
        this.languageLinks = links;
    }

    /** Every folder page's URL of {@code plan} (in this language's folder), and every content file's by content path. */
    public LanguageLinks.Site languageSite(Plan plan) {
        java.util.Set<String> folders = new java.util.HashSet<>();
        Map<String, String> contents = new HashMap<>();
        for (PageSpec page : plan.pages) {
            if (page.isFolder() && !page.kind().equals(PagePlanner.REDIRECT)) {
                folders.add(page.url());
            }
        }
        for (List<Entry> entries : List.of(plan.archive.briefings(), plan.archive.pages())) {
            entries.forEach(e -> contents.put(e.contentPath(), e.url()));
        }
        return new LanguageLinks.Site(mount.lang(), mount.prefix(), languageName(), contents, folders);
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
        private final Object site;
        private Background<Long> search; // built alongside the pages: see render and finish

        private Plan(Archive archive, EntityIndex entities, TimeIndex time, List<PageSpec> pages, Object site) {
            this.archive = archive;
            this.entities = entities;
            this.time = time;
            this.pages = pages;
            this.site = site;
        }

        /** The archive's calendar: weeks, days, years in review. */
        public TimeIndex time() {
            return time;
        }

        /** The pages planned, until they are rendered (then null). */
        public List<PageSpec> pages() {
            return pages;
        }
    }

    /**
     * Plans every page: the briefings' views, their related briefings, listings, entities, stories,
     * dates. {@code loadedFrom} has, of entries by identity, a fingerprint of the bytes each was
     * loaded from, where known: what their pages' sources say of their front matter.
     */
    public Plan plan(Archive archive, EntityIndex entities, Stories stories, Map<Entry, byte[]> loadedFrom,
                     Parallel parallel, Map<String, Long> stages) throws IOException {
        long t = System.nanoTime();
        // Off this thread while it plans: the templates (unless the build started them while it
        // indexed), and the related-briefings index, while the briefings' views are built.
        // Both are waited for by the scope (parallel) if this throws.
        startTemplates(parallel);
        Background<RelatedBriefings> related = parallel.background("site-gen-related",
                () -> new RelatedBriefings(archive.briefings(), archive.taxonomies().values()));
        ViewFactory views = new ViewFactory(config, archive, slugs, messages);
        views.keepRefs(archive.briefings());
        TimeIndex time = TimeIndex.build(archive, entities, stories);
        // what pages are made from, told for a record of what they were made from last time: pages
        // are planned lazily, and a rebuild makes the views of those it renders again only
        Map<org.sitegen.store.Fingerprint.Identity, String> texts = memo == null ? null : memo.texts();
        PageSources sources = texts == null ? null : new PageSources(memo, config, archive, views, time,
                loadedFrom, parallel);
        PagePlanner planner = new PagePlanner(config, messages, archive, entities, stories, time, views,
                briefingViews(archive.briefings(), views), sources);
        // a preview's memo is not by content and keeps no lists (it renders from the models anyway)
        RelatedBriefings.Lists lists = related.join().lists(PagePlanner.RELATED,
                memo == null ? null : memo.lastRelated(mount.prefix()), RenderMemo.verifying);
        List<PageSpec> pages = planner.plan(parallel, lists);
        if (memo != null) {
            memo.relatedMade(mount.prefix(), lists.recorded());
        }
        lap(stages, "plan", t);
        return new Plan(archive, entities, time, pages, views.site(planner.sections()));
    }

    /** Each briefing's view, made when first asked for (by any thread), once: one view per briefing for every page that shows it. */
    private static java.util.function.Function<Entry, BriefingView> briefingViews(List<Entry> briefings, ViewFactory views) {
        Map<Entry, Integer> at = new IdentityHashMap<>(briefings.size() * 2);
        for (int i = 0; i < briefings.size(); i++) {
            at.put(briefings.get(i), i);
        }
        var made = new java.util.concurrent.atomic.AtomicReferenceArray<BriefingView>(briefings.size());
        return entry -> {
            Integer i = at.get(entry);
            if (i == null) {
                return views.briefing(entry);
            }
            BriefingView view = made.get(i);
            if (view == null) {
                BriefingView built = views.briefing(entry);
                view = made.compareAndExchange(i, null, built);
                view = view == null ? built : view;
            }
            return view;
        };
    }

    /**
     * Claims every path the planned site writes: pages, the files written beside them
     * ({@code beside}: path → what it is, the feeds, sitemap and robots.txt), the folders the
     * search index and the theme's assets fill.
     */
    public void claimOutputs(Plan plan, Map<String, String> beside, OutputPaths paths,
                             java.util.function.Function<String, SourcePosition> urlAt) {
        paths.claimFolder(mount.out(SearchIndexBuilder.DIR), OutputPaths.Source.generated("the search index"));
        if (mount.rootFiles()) {
            paths.claimFolder(Theme.ASSETS + "/", OutputPaths.Source.generated("the theme's assets"));
        }
        if (mount.rootFiles() && !mount.prefix().isEmpty()) { // see writeRoot
            paths.claimFile("index.html", OutputPaths.Source.generated("the root's redirect page to " + mount.prefix() + "/"));
            paths.claimFile("404.html", OutputPaths.Source.generated("the root's 404.html"));
        }
        // the generator's own first: a collision is then reported at the contributor's file, as one
        for (PageSpec page : plan.pages) {
            if (!isFromContent(page)) {
                paths.claimFile(mount.out(page.outputPath()), OutputPaths.Source.generated("the generated "
                        + page.kind() + " page " + mount.real(page.url())));
            }
        }
        beside.forEach((path, what) -> paths.claimFile(path, OutputPaths.Source.generated(what)));
        for (PageSpec page : plan.pages) {
            if (isFromContent(page) && !page.kind().equals(PagePlanner.REDIRECT)) {
                paths.claimFile(mount.out(page.outputPath()), OutputPaths.Source.file(urlAt.apply(page.origin())));
            }
        }
        List<OutputPaths.Source> caseCopies = new ArrayList<>();
        for (List<Entry> entries : List.of(plan.archive.briefings(), plan.archive.pages())) {
            for (Entry entry : entries) {
                for (org.sitegen.content.Alias alias : entry.aliases()) {
                    if (alias.differsOnlyInCase(entry.url())) {
                        caseCopies.add(OutputPaths.Source.alias(alias.path(), alias.at())); // the page's own path, ignoring case
                    } else {
                        paths.claimFile(mount.out(alias.outputPath()), OutputPaths.Source.alias(alias.path(), alias.at()));
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
     * Renders and writes the planned pages; returns the number of pages written per kind, in a
     * fixed order. {@link #finish} writes the rest.
     *
     * @param feeds           the feeds pages link in their heads
     * @param searchAlongside build the search index while pages render, on a thread of its own: it
     *                        fills the cores' idle moments, but holds the index and every page's
     *                        data at once, so only when memory is plentiful (bodies not spooled)
     */
    public Map<String, Integer> render(Plan plan, PageFeeds feeds, Parallel parallel, SiteWriter writer,
                                       Diagnostics diagnostics, Map<String, Long> stages, boolean searchAlongside)
            throws IOException {
        long t = System.nanoTime();
        Archive archive = plan.archive;
        // If this throws, the scope (parallel) waits for the search index and the templates:
        // never is work left running on a site (or the theme's jar) being given up.
        Background<Long> search = null;
        // while the pages fill the pool, the index works on its own thread (SearchIndexBuilder's Workers)
        java.util.concurrent.atomic.AtomicBoolean rendering = new java.util.concurrent.atomic.AtomicBoolean(true);
        // the search index: files under /search/ next to the search page
        if (searchAlongside) {
            search = parallel.background("site-gen-search", () -> {
                long start = System.nanoTime();
                writeSearchIndex(searchDocs(plan), parallel, rendering::get, writer);
                return (System.nanoTime() - start) / 1_000_000;
            });
        }
        List<PageSpec> pages = plan.pages;
        TemplateEngine engine = templates.join(); // and the theme's jar is closed again before the assets are read
        PageMetadata metadata = new PageMetadata(config, feeds, new NewsArticles(config, archive, plan.entities));
        renderPages(pages, plan.site, metadata, engine, parallel, writer, diagnostics);
        if (mount.rootFiles() && !mount.prefix().isEmpty()) {
            writeRoot(pages, plan.site, metadata, engine, writer, diagnostics);
        }
        rendering.set(false);
        lap(stages, "pages", t);
        Map<String, Integer> counts = countByKind(pages);
        plan.pages = null; // let go: the search index may need the memory
        plan.search = search;
        return counts;
    }

    /**
     * After {@link #render} (and whatever is written beside the pages meanwhile): the search
     * index, waited for or built now, and the theme's assets.
     */
    public void finish(Plan plan, Parallel parallel, SiteWriter writer, Map<String, Long> stages) throws IOException {
        long t = System.nanoTime();
        if (plan.search == null) {
            writeSearchIndex(searchDocs(plan), parallel, () -> false, writer);
            lap(stages, "search", t);
        } else {
            stages.put("search", plan.search.join()); // its own time, alongside pages
        }
        if (mount.rootFiles()) {
            for (Map.Entry<String, byte[]> asset : Theme.assets(config).entrySet()) {
                writer.write(Theme.ASSETS + "/" + asset.getKey(), asset.getValue());
            }
        }
    }

    /** The search index's documents: the archive's briefings, linked from the search page. */
    private List<org.sitegen.search.SearchDoc> searchDocs(Plan plan) {
        return SearchDocs.of(plan.archive, plan.entities, dates, urls.from(SearchPage.URL));
    }

    private void renderPages(List<PageSpec> planned, Object site, PageMetadata metadata, TemplateEngine templates,
                             Parallel parallel, SiteWriter writer, Diagnostics diagnostics) throws IOException {
        List<PageSpec> pages = languageLinks == null ? planned : planned.stream().map(this::withLanguages).toList();
        // With no record of what templates read (a first build), every page is rendered, and
        // fingerprinted afterwards, of what this build's templates read (see RenderMemo).
        boolean keysAfter = memo != null && memo.keysAfterRendering();
        var templateStamps = memo == null ? null : withMount(Theme.stamps(config.templatesDir(),
                pages.stream().map(PageSpec::kind).collect(java.util.stream.Collectors.toSet()), memo.byContent()),
                keysAfter);
        if (memo != null) {
            memo.retain(mount.prefix(), pages.stream().map(page -> at(page.url())).collect(java.util.stream.Collectors.toSet()));
        }
        CachedDirective cached = CachedDirective.sizedForHeap(); // for these pages only: then garbage
        MadeFrom madeFrom = memo == null || memo.texts() == null ? null : new MadeFrom(memo.texts(), site, templateStamps);
        boolean verifying = madeFrom != null && RenderMemo.verifying;
        List<Rendered> outcomes = parallel.map(pages, page -> {
            // feed links: made from the page's subject in Java, so among what its bytes depend on
            List<org.sitegen.render.view.FeedLink> feeds = metadata.feeds(page);
            // what it was made from: when unchanged, it is kept without its model made or walked
            // (a first build tells it once pages are rendered, of what their templates read)
            String sources = madeFrom == null || keysAfter ? null : madeFrom.key(page, feeds, metadata);
            String whole = null;
            if (sources != null && memo.sameSources(at(page.url()), sources)) {
                if (verifying) { // its inputs must be unchanged too: see RenderMemo.verifying
                    whole = memo.verifyKey(inputs(templateStamps.apply(page.kind()), site, page, feeds, metadata.jsonLd(page)));
                    if (RenderMemo.verifyFails(whole, memo.verifiedInputs(at(page.url())))) {
                        throw new IllegalStateException("kept by what it was made from, but its inputs changed: "
                                + page.url());
                    }
                }
                if (keptAll(writer, outputs(page))) {
                    memo.madeFrom(at(page.url()), sources, whole);
                    return Rendered.DONE;
                }
            }
            // JSON-LD: made from the page's subject in Java, so among what its bytes depend on
            String jsonLd = metadata.jsonLd(page);
            if (verifying && whole == null && !keysAfter) {
                whole = memo.verifyKey(inputs(templateStamps.apply(page.kind()), site, page, feeds, jsonLd));
            }
            if (memo != null && !keysAfter) {
                memo.madeFrom(at(page.url()), sources, whole);
            }
            Object inputs = memo == null || keysAfter ? null
                    : memo.key(inputs(templateStamps.apply(page.kind()), site, page, feeds, jsonLd));
            try {
                if (inputs != null && memo.unchanged(at(page.url()), inputs) && keepAll(writer, outputs(page))) {
                    return Rendered.DONE;
                }
                render(templates, RecordAccessors.kind(RenderMemo.reader(page)), site, page, feeds, jsonLd, cached,
                        null, (bytes, length) -> {
                            for (String path : page.outputPaths()) {
                                writer.write(mount.out(path), bytes, length);
                            }
                        });
                if (memo != null && !keysAfter) {
                    memo.rendered(at(page.url()), inputs);
                }
                // fingerprinted once every page is rendered: its feed links and JSON-LD kept till then
                return keysAfter ? new Rendered(null, feeds, jsonLd) : Rendered.DONE;
            } catch (TemplateEngine.TemplateProblem problem) {
                if (memo != null) {
                    memo.forget(at(page.url()));
                }
                return new Rendered(problem, null, null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (OutOfMemoryError e) {
                throw e;
            } catch (RuntimeException | Error e) { // a StackOverflowError, a bug: this page's error, not the build's end
                diagnostics.error(SourcePosition.of(page.origin()), "internal error while rendering " + page.url()
                        + " with " + page.template() + ": " + e.getClass().getSimpleName());
                return Rendered.DONE;
            }
        });
        List<TemplateEngine.TemplateProblem> problems = outcomes.stream().map(Rendered::problem).toList();
        if (memo != null) {
            memo.pagesRendered(templates.reads());
            if (!mount.prefix().isEmpty()) {
                memo.linkTargetsAsked(mount.prefix(), mount.asked());
            }
            if (keysAfter) {
                List<Integer> rendered = new java.util.ArrayList<>();
                for (int i = 0; i < pages.size(); i++) {
                    if (outcomes.get(i).feeds() != null) {
                        rendered.add(i);
                    }
                }
                parallel.map(rendered, i -> {
                    PageSpec page = pages.get(i);
                    String sources = madeFrom == null ? null : madeFrom.key(page, outcomes.get(i).feeds(), metadata);
                    // A page with a record of what it was made from is kept by that record while its
                    // sources stay the same; the key of its inputs (a walk of all it shows, most of this
                    // pass's cost) matters only once they change, so it is left to the build that renders
                    // the page again then, which records it for the builds after.
                    RenderMemo.PageInputs inputs = sources == null || verifying
                            ? inputs(templateStamps.apply(page.kind()), site, page, outcomes.get(i).feeds(),
                                    outcomes.get(i).jsonLd())
                            : null;
                    memo.rendered(at(page.url()), sources == null ? memo.key(inputs) : null);
                    if (madeFrom != null) {
                        memo.madeFrom(at(page.url()), sources, verifying ? memo.verifyKey(inputs) : null);
                    }
                    return i;
                });
            }
        }
        report(pages, problems, diagnostics);
    }


    /**
     * The root of a site whose every language is in a folder ({@code defaultLanguageAtRoot} off):
     * index.html, a redirect page to this language's home, and 404.html, this language's, linked
     * from the root (hosts serve the root's 404.html for any missing URL).
     */
    private void writeRoot(List<PageSpec> pages, Object site, PageMetadata metadata, TemplateEngine engine,
                           SiteWriter writer, Diagnostics diagnostics) throws IOException {
        String home = mount.siteUrl().isEmpty() ? urls.relative("/", mount.prefix() + "/")
                : mount.siteUrl() + mount.prefix() + "/";
        PageSpec redirect = new PageSpec("/", new org.sitegen.render.view.PageModel.Redirect(
                new org.sitegen.render.view.RedirectView(home, config.siteTitle(), "/")),
                new PageSubject.WholeArchive(), config.siteTitle(), "", "/");
        PageSpec notFound = pages.stream().filter(p -> p.url().equals(PagePlanner.NOT_FOUND_URL)).findFirst()
                .map(p -> languageLinks == null ? p : withLanguages(p, languageLinks.switcher(mount.lang(), p, "/")))
                .orElse(null);
        try {
            CachedDirective cached = CachedDirective.sizedForHeap();
            render(engine, RecordAccessors.NO_KIND, site, redirect, metadata.feeds(redirect), metadata.jsonLd(redirect), cached, null,
                    (bytes, length) -> writer.write("index.html", bytes, length));
            if (notFound != null) {
                freemarker.template.TemplateMethodModelEx fromRoot = mount.siteUrl().isEmpty()
                        ? RelativeLinkFunction.fromRoot(urls, mount)
                        : new AbsoluteLinkFunction(mount.siteUrl(), config.prettyLinks(), mount);
                render(engine, RecordAccessors.NO_KIND, site, notFound, metadata.feeds(notFound), metadata.jsonLd(notFound), cached, fromRoot,
                        (bytes, length) -> writer.write("404.html", bytes, length));
            }
        } catch (TemplateEngine.TemplateProblem problem) {
            report(List.of(redirect), java.util.Collections.singletonList(problem), diagnostics);
        }
    }

    /**
     * {@code page} with its language switcher and alternates (templates' {@code languages} and
     * {@code alternates}): part of what the page is rendered from, so a translation added elsewhere
     * renders it again in an everyday build.
     */
    private PageSpec withLanguages(PageSpec page) {
        return withLanguages(page, languageLinks.switcher(mount.lang(), page));
    }

    private PageSpec withLanguages(PageSpec page, List<org.sitegen.render.view.LanguageLink> switcher) {
        return page.withTranslations(new PageSpec.Translations(switcher, languageLinks.alternates(mount.lang(), page)));
    }

    /**
     * How rendering one page ended: its template's problem, or, when pages are fingerprinted after
     * rendering, the feed links and JSON-LD it was rendered with (null when kept or failed).
     */
    private record Rendered(TemplateEngine.TemplateProblem problem, List<org.sitegen.render.view.FeedLink> feeds,
                            String jsonLd) {
        static final Rendered DONE = new Rendered(null, null, null);
    }

    /**
     * What the renderer adds to a page's sources ({@link PageSpec#sources}) for a record of what
     * the page was made from ({@link RenderMemo#sourcesKey}): its templates, the site's view,
     * its translations, feed links and JSON-LD, as fingerprints (the site's and each template
     * set's once per build).
     */
    private static final class MadeFrom {
        private final java.util.function.Supplier<org.sitegen.store.Fingerprint> fingerprints;
        private final String site;
        private final java.util.function.Function<String, String> templateStamps;
        private final Map<String, String> templates = new java.util.concurrent.ConcurrentHashMap<>();

        MadeFrom(Map<org.sitegen.store.Fingerprint.Identity, String> texts, Object site,
                 java.util.function.Function<String, String> templateStamps) {
            this.fingerprints = org.sitegen.store.Fingerprint.sharing(texts);
            this.templateStamps = templateStamps;
            this.site = walked(site);
        }

        String key(PageSpec page, List<org.sitegen.render.view.FeedLink> feeds, PageMetadata metadata) {
            if (page.sources() == null) {
                return null;
            }
            String stamps = templates.computeIfAbsent(page.kind(),
                    kind -> new org.sitegen.store.Fingerprint().add(templateStamps.apply(kind)).hex());
            return RenderMemo.sourcesKey(page.sources(), stamps, site, walked(page.translations()), walked(feeds),
                    walked(metadata.jsonLdSources(page)));
        }

        private String walked(Object value) {
            try {
                return fingerprints.get().addValue(value).hex();
            } catch (org.sitegen.store.Fingerprint.Unhashable unknown) {
                return null;
            }
        }
    }

    private static RenderMemo.PageInputs inputs(String templates, Object site, PageSpec page,
                                                List<org.sitegen.render.view.FeedLink> feeds, String jsonLd) {
        return new RenderMemo.PageInputs(templates, site, RenderMemo.reader(page), page.model(), page.title(), page.description(),
                page.translations(), feeds, jsonLd);
    }

    private static boolean keptAll(SiteWriter writer, List<String> paths) {
        try {
            return keepAll(writer, paths);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean keepAll(SiteWriter writer, List<String> paths) throws IOException {
        for (String path : paths) {
            if (!writer.keep(path)) {
                return false;
            }
        }
        return true;
    }

    /** The name of the page at {@code url} (in this part's folder) in the memo: the URL, qualified by the folder outside the root. */
    private String at(String url) {
        return RenderMemo.at(mount.prefix(), url);
    }

    /** {@code page}'s files, relative to the site (in this part's folder). */
    private List<String> outputs(PageSpec page) {
        List<String> paths = page.outputPaths();
        return mount.prefix().isEmpty() ? paths : paths.stream().map(mount::out).toList();
    }

    /**
     * The template stamps of this part's pages ({@link Theme#stamps}) with, outside the root, which
     * of the paths its templates link could name a content file and do: where a template's {@code
     * rel()} or {@code abs()} to such a path points depends on whether the content has that file
     * (its copy at the root, else the path in the folder: {@link Mount#real}), not on the page's
     * model. The paths are those the part's pages asked about in every build since the record
     * began (a page kept asks what it asked when it was rendered, its model and templates being
     * the same), so an image added with a post, which no template links, renders nothing of the
     * other languages again; the logo file added or removed renders them all. Without a record of
     * them (the first build after an older record, a language new to the site) every content
     * file counts; a first build, which fingerprints its pages once all are rendered, takes the
     * paths its own pages asked about. A path asked for the first time by a page rendered in an
     * incremental build changes the stamp from the next build on, which renders the part's pages
     * again once.
     *
     * @param keysAfter whether the pages are fingerprinted once all are rendered (the stamp is
     *                  asked for only then)
     */
    private java.util.function.Function<String, String> withMount(java.util.function.Function<String, String> stamps,
                                                                  boolean keysAfter) {
        if (mount.prefix().isEmpty()) {
            return stamps;
        }
        java.util.Set<String> recorded = memo.lastLinkTargets(mount.prefix());
        String[] made = new String[1]; // made once, when first asked (after rendering, with keysAfter)
        return kind -> {
            String own = stamps.apply(kind);
            synchronized (made) {
                if (made[0] == null) {
                    made[0] = contentFilesStamp(recorded, keysAfter);
                }
                return own + made[0];
            }
        };
    }

    /** The part of {@link #withMount}'s stamp that says which content files its links depend on. */
    private String contentFilesStamp(java.util.Set<String> recorded, boolean keysAfter) {
        org.sitegen.store.Fingerprint files = new org.sitegen.store.Fingerprint();
        if (recorded == null && !keysAfter) { // no record of what the part links: every content file counts
            files.add(mount.shared().size());
            new java.util.TreeSet<>(mount.shared()).forEach(files::add);
            return "shared at the root " + files.hex() + '\n';
        }
        java.util.Set<String> asked = new java.util.TreeSet<>();
        if (recorded != null) {
            asked.addAll(recorded);
        }
        if (keysAfter) {
            asked.addAll(mount.asked());
        }
        asked.stream().filter(mount.shared()::contains).forEach(files::add);
        return "content files linked " + files.hex() + '\n';
    }

    /**
     * The search index of this part: the last one when it was made of the same documents, else
     * made keeping the segments and fragment groups whose documents are the same and the terms
     * of documents whose words are ({@link RenderMemo#keptParts}): each language part's under
     * its own names, so a change in one language makes again only what it changes of that
     * language's index.
     */
    private void writeSearchIndex(List<org.sitegen.search.SearchDoc> searchDocs, Parallel parallel,
                                  java.util.function.BooleanSupplier poolBusy, SiteWriter writer) throws IOException {
        String folder = mount.prefix();
        Object key = memo == null ? null : memo.searchKey(searchDocs);
        List<String> last = memo == null ? null : memo.searchFilesFor(folder, key);
        if (last != null && keepAll(writer, last.stream().map(mount::out).toList())) {
            memo.keptAllParts(folder);
            memo.searchBuilt(folder, key, last);
            return;
        }
        List<String> written = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        SearchIndexBuilder.KeptParts kept = memo == null ? SearchIndexBuilder.KeptParts.NONE
                : memo.keptParts(folder, mount::out, writer, written::add);
        new SearchIndexBuilder(org.sitegen.search.Analyzer.forLanguage(config.language())).write(searchDocs, parallel, poolBusy, (path, bytes) -> {
            writer.write(mount.out(path), bytes);
            written.add(path);
        }, kept, memo == null ? org.sitegen.search.KeptTerms.NONE : memo.searchTerms(folder));
        if (memo != null) {
            memo.searchBuilt(folder, key, written.stream().sorted().toList());
        }
    }

    /** Records the time since {@code since} under {@code stage} (for -Dsite-gen.timings); returns now. */
    private static long lap(Map<String, Long> stages, String stage, long since) {
        long now = System.nanoTime();
        stages.put(stage, (now - since) / 1_000_000);
        return now;
    }

    /**
     * @param kind   the page kind what its templates read counts for ({@link RecordAccessors#kind}), or
     *               {@link RecordAccessors#NO_KIND} for a page outside the record of rendered pages
     * @param feeds  the page's feed links, jsonLd its JSON-LD ({@link PageMetadata})
     * @param rel    the page's links, or null for those of its place ({@link RelativeLinkFunction}, or 404.html's)
     */
    private void render(TemplateEngine templates, int kind, Object site, PageSpec page,
                        List<org.sitegen.render.view.FeedLink> feeds, String jsonLd, CachedDirective cached,
                        freemarker.template.TemplateMethodModelEx rel, TemplateEngine.PageSink out)
            throws TemplateEngine.TemplateProblem, IOException {
        PageVariables variables = new PageVariables(templates.wrapper().reading(kind), page, site,
                config.siteUrl().isEmpty() || !page.isFolder() ? "" : config.siteUrl() + page.url(),
                rel != null ? rel : page.isFolder() ? new RelativeLinkFunction(urls, page.url(), mount)
                        : looseFileLinks(), cached, msg, feeds, jsonLd);
        templates.render(page.template(), variables, out);
    }

    /**
     * Links from 404.html, which hosts serve at any depth: absolute with a site URL, else
     * relative to the root (right only when the 404 is shown at the top level).
     */
    private freemarker.template.TemplateMethodModelEx looseFileLinks() {
        return config.siteUrl().isEmpty() ? new RelativeLinkFunction(urls, "/", mount)
                : new AbsoluteLinkFunction(mount.siteUrl(), config.prettyLinks(), mount);
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
