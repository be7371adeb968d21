package org.sitegen.pipeline;

import java.io.IOException;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.sitegen.archive.Entry;
import org.sitegen.config.SiteConfig;
import org.sitegen.content.ContentLoader;
import org.sitegen.content.SourceDocument;
import org.sitegen.diag.Diagnostics;
import org.sitegen.diag.SourcePosition;
import org.sitegen.diag.Suggestions;
import org.sitegen.exec.Background;
import org.sitegen.exec.Parallel;
import org.sitegen.incremental.Incremental;
import org.sitegen.markdown.BodySource;
import org.sitegen.markdown.FragmentLink;
import org.sitegen.markdown.Heading;
import org.sitegen.markdown.LeadParagraph;
import org.sitegen.markdown.MarkdownRenderer;
import org.sitegen.markdown.RenderedBody;
import org.sitegen.markdown.StoredBody;
import org.sitegen.markdown.Typeset;
import org.sitegen.render.EmbedTemplates;
import org.sitegen.render.ReadingTime;
import org.sitegen.store.TextStore;
import org.sitegen.url.RelativeUrls;

/**
 * Stage 4, parse: renders every published body from Markdown to HTML (its links rewritten and
 * checked against the link stage's targets), on every worker, through what the incremental
 * strategy keeps; then checks links to a part of a page against the headings the bodies have.
 */
final class Parse {
    /** Ids every page of the theme has besides its body's headings (the skip link's, the sections'). */
    private static final Set<String> PAGE_ANCHORS = Set.of("main", "briefing-title", "page-title", "toc-title",
            "sources-title", "corrections-title", "related-title");
    /** A target with at most this many headings has them listed when a fragment matches none closely. */
    private static final int LISTED_HEADINGS = 8;
    private static final Pattern FOOTNOTE_ANCHOR = Pattern.compile("fn(ref)?-\\d+(-\\d+)?");

    private final Background<MarkdownRenderer> markdown;
    private final SiteConfig config;
    /** Bodies rendered, counted for the build's report (a kept body rendered again later counts too). */
    private final java.util.concurrent.atomic.AtomicInteger rendered;

    /** Starts Flexmark's set-up, which runs on one thread: it is done while the files load, not after. */
    Parse(SiteConfig config, Incremental.Run run, Parallel parallel, java.util.concurrent.atomic.AtomicInteger rendered) {
        this.rendered = rendered;
        this.config = config;
        this.markdown = parallel.background("site-gen-markdown",
                () -> new MarkdownRenderer(new RelativeUrls(config.prettyLinks()), config.rawHtml(),
                        new EmbedTemplates(config), config.headingShift(), config.fastMarkdown()));
    }

    Parsed run(ContentLoader loader, Loaded loaded, Linked linked, TextStore bodies, Incremental.Run run,
               Parallel parallel, Diagnostics diagnostics) throws IOException {
        MarkdownRenderer renderer = markdown.join();
        Queue<FragmentLink> fragmentLinks = new ConcurrentLinkedQueue<>();
        Queue<Made> made = new ConcurrentLinkedQueue<>();
        Set<String> counting = countsCharacters(linked);
        List<Entry> entries = run.renderBodies(loaded.published(), linked.urls(), linked.targets(), diagnostics,
                (subset, problemsOf) -> renderBodies(renderer, loader, subset, linked, parallel, bodies,
                        problemsOf, fragmentLinks, run, made, rendered, counting));
        checkFragments(entries, fragmentLinks, diagnostics);
        Map<Entry, byte[]> loadedFrom = new IdentityHashMap<>(made.size() * 2);
        made.forEach(m -> loadedFrom.put(m.entry(), m.loadedFrom()));
        return new Parsed(entries.stream().filter(Parse::isBriefing).toList(),
                entries.stream().filter(e -> !isBriefing(e)).toList(), Collections.unmodifiableMap(loadedFrom));
    }

    /** Renders the bodies of the published {@code documents}; each one's problems go where {@code problemsOf} says. */
    private static List<Entry> renderBodies(MarkdownRenderer markdown, ContentLoader loader,
                                            List<SourceDocument> documents, Linked linked, Parallel parallel,
                                            TextStore bodies, Function<SourceDocument, Diagnostics> problemsOf,
                                            Queue<FragmentLink> fragmentLinks, Incremental.Run run,
                                            Queue<Made> made, java.util.concurrent.atomic.AtomicInteger rendered,
                                            Set<String> countingCharacters) {
        Map<String, String> urls = linked.urls();
        List<SourceDocument> published = documents.stream()
                .filter(d -> urls.containsKey(d.file().relativePath())).toList();
        return parallel.map(published, document -> {
            String url = urls.get(document.file().relativePath());
            BodySource source = new BodySource(document.file().displayPath(), document.file().relativePath(),
                    document.bodyFirstLine(), url);
            StoredBody body = run.body(document, url, linked.targets(), problemsOf.apply(document), bodies,
                    (linkTargets, problems) -> {
                        rendered.incrementAndGet();
                        String markdownBody;
                        try {
                            markdownBody = loader.body(document);
                        } catch (IOException e) {
                            problems.error(SourcePosition.of(document.file().displayPath()), e.getMessage());
                            markdownBody = "";
                        }
                        try {
                            RenderedBody rendering = markdown.render(markdownBody, source, linkTargets, problems);
                            // one language: its files' own lang: (another spelling of it) changes nothing
                            String lang = linked.languages().multilingual()
                                    ? linked.languages().of(document.file().relativePath()) : linked.languages().siteLanguage();
                            return countingCharacters.contains(lang.toLowerCase(java.util.Locale.ROOT))
                                    ? rendering.counted(ReadingTime.count(rendering.text())) : rendering;
                        } catch (Throwable e) { // StackOverflowError and the like: this file's problem, not the build's end
                            problems.error(SourcePosition.of(document.file().displayPath(), 1, 1), internalError(e));
                            return new RenderedBody("", "", 0, List.of(), "", List.of(), false);
                        }
                    });
            fragmentLinks.addAll(body.fragmentLinks());
            var fm = document.frontMatter();
            // titles and written summaries get the body's typography (curly quotes, dashes), as the
            // summary taken from the body's first paragraph has
            Typeset typeset = run.typeset(document, d -> Typeset.of(d.frontMatter(), markdown));
            String summary = typeset.summary() != null ? typeset.summary() : body.firstParagraph();
            Entry entry = new Entry(document.file().relativePath(), document.file().displayPath(), url,
                    typeset.title(), fm.date(), fm.updated(), fm.terms(), summary, fm.authors(), fm.sources(),
                    fm.params(), body.html(), body.wordCount(), body.headings(), fm.corrections(),
                    fm.draft(), body.text(), LeadParagraph.repeats(summary, body.lead()), fm.mentions(),
                    fm.follows(), fm.aliases(), body.reading());
            byte[] from = run.loadedFrom(document);
            if (from != null) {
                made.add(new Made(entry, from));
            }
            return entry;
        });
    }

    /**
     * The languages of the archive whose pages count characters for a reading time: their bodies'
     * texts are counted as they are rendered, and the count kept with them, so that a rebuild
     * shows a kept body's reading time without its text (which only rendering it again gives).
     */
    private Set<String> countsCharacters(Linked linked) {
        Set<String> counting = new java.util.HashSet<>();
        for (String lang : linked.languages().all()) {
            if (ReadingTime.countsCharacters(config, lang)) {
                counting.add(lang.toLowerCase(java.util.Locale.ROOT));
            }
        }
        return counting;
    }

    /** An entry made here and the fingerprint of the bytes its document was loaded from. */
    private record Made(Entry entry, byte[] loadedFrom) {
    }

    /**
     * A link to a part of a page that has no such part lands at the top: a warning at the link.
     * (Previews re-check only the bodies they render again.)
     */
    private static void checkFragments(List<Entry> entries, Collection<FragmentLink> links, Diagnostics diagnostics) {
        if (links.isEmpty()) {
            return;
        }
        Map<String, Set<String>> ids = new HashMap<>();
        entries.forEach(e -> ids.put(e.contentPath(), e.headings().stream().map(Heading::id)
                .collect(Collectors.toSet())));
        for (FragmentLink link : links) {
            Set<String> targetIds = ids.get(link.target());
            if (targetIds != null && !targetIds.contains(link.fragment()) && !PAGE_ANCHORS.contains(link.fragment())
                    && !FOOTNOTE_ANCHOR.matcher(link.fragment()).matches()) {
                List<String> sorted = targetIds.stream().sorted().toList();
                String close = Suggestions.closest(link.fragment(), sorted).map(id -> " (did you mean #" + id + "?)")
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
    static String internalError(Throwable e) {
        return "internal error while rendering this file: " + e.getClass().getSimpleName();
    }

    private static boolean isBriefing(Entry entry) {
        return !entry.contentPath().startsWith("pages/");
    }
}
