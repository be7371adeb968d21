package org.sitegen.pipeline;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.sitegen.config.SiteConfig;
import org.sitegen.content.SourceFile;
import org.sitegen.diag.BuildFailedException;
import org.sitegen.diag.Diagnostics;
import org.sitegen.diag.SourcePosition;
import org.sitegen.exec.Parallel;
import org.sitegen.incremental.Incremental;
import org.sitegen.languages.Languages;
import org.sitegen.output.OutputGuard;
import org.sitegen.output.OutputPaths;
import org.sitegen.output.SiteWriter;
import org.sitegen.render.LanguageLinks;
import org.sitegen.render.SiteRenderer;
import org.sitegen.sitemap.Sitemap;

/**
 * Stage 6, emit: plans every page and claims every output path (two sources of one path are
 * reported before anything is written), then renders the pages, writes the files made for
 * machines beside them ({@link DiscoveryFiles}: feeds, sitemap, robots.txt, the redirects file)
 * and copies the content files into a writer, which publishes them as a whole or not at all.
 */
final class Emit {
    private Emit() {
    }

    /**
     * One language's planned pages with the renderer (in that language, at its folder) that
     * renders them, and the files written beside them.
     */
    record Planned(SiteRenderer renderer, SiteRenderer.Plan plan, DiscoveryFiles discovery) {
    }

    /**
     * Plans every page of every language and registers every output path, the content files'
     * among them; with several languages, links each page to its translations (switcher,
     * alternates, the sitemap's alternates).
     */
    static List<Planned> plan(SiteConfig config, SiteRenderer renderer, Indexed indexed, Linked linked,
                              Scanned scanned, Parallel parallel, Diagnostics diagnostics, StageTimes times)
            throws IOException {
        Languages languages = indexed.languages();
        Set<String> shared = scanned.assets().stream().map(a -> "/" + a.relativePath()).collect(Collectors.toSet());
        // the root's files (robots.txt, a root 404): from the part at the root, else the site's language
        String rootPart = indexed.parts().stream().map(Indexed.Part::prefix).filter(String::isEmpty).findFirst()
                .orElse(indexed.parts().get(0).prefix());
        List<Planned> planned = new ArrayList<>();
        for (Indexed.Part part : indexed.parts()) {
            SiteRenderer own = languages.multilingual()
                    ? renderer.inLanguage(part.lang(), part.prefix(), shared, part.prefix().equals(rootPart))
                    : renderer.inLanguage(config.language(), "", shared, true);
            if (languages.multilingual() && !part.lang().equals(languages.siteLanguage())) {
                own.reportMessages(diagnostics); // its bundle's problems (the site's language's are reported)
            }
            SiteRenderer.Plan plan = own.plan(part.archive(), part.entities(), part.stories(), indexed.loadedFrom(),
                    parallel, times.map());
            planned.add(new Planned(own, plan, new DiscoveryFiles(own, part, plan.time())));
        }
        if (languages.multilingual()) {
            LanguageLinks links = new LanguageLinks(
                    planned.stream().map(p -> p.renderer().languageSite(p.plan())).toList(),
                    languages::translationsOf, languages::of, renderer.siteUrl(), renderer.prettyLinks());
            planned.forEach(p -> p.renderer().linkLanguages(links));
            // one sitemap and one redirects file at the root, listing every language's
            List<Sitemap.Url> sitemap = planned.stream()
                    .flatMap(p -> p.discovery().sitemapUrls(p.plan().pages(), links).stream())
                    .sorted(Comparator.comparing(Sitemap.Url::loc)).toList();
            planned.forEach(p -> p.discovery().useSitemap(sitemap));
            Map<String, String> redirects = new TreeMap<>();
            planned.forEach(p -> redirects.putAll(p.discovery().ownRedirects()));
            planned.forEach(p -> p.discovery().useRedirects(redirects));
        } else {
            planned.forEach(p -> p.discovery().useSitemap(p.discovery().sitemapUrls(p.plan().pages(), null)));
        }
        OutputPaths paths = new OutputPaths(diagnostics);
        for (Planned p : planned) {
            p.renderer().claimOutputs(p.plan(), p.discovery().outputPaths(), paths, linked.urlAt());
        }
        for (SourceFile asset : scanned.assets()) {
            paths.claimFile(asset.relativePath(), OutputPaths.Source.file(SourcePosition.of(asset.displayPath())));
        }
        return List.copyOf(planned);
    }

    /**
     * Renders every page, writes the files beside them and copies every content file into
     * {@code writer}; pages per kind. The search index is built alongside the pages unless bodies
     * had to be spooled (memory is short); the files beside them are written while it is.
     */
    static Map<String, Integer> write(List<Planned> planned, List<SourceFile> assets, Parallel parallel,
                                      SiteWriter writer, Diagnostics diagnostics, StageTimes times,
                                      boolean searchAlongside) throws IOException {
        Map<String, Integer> pages = new TreeMap<>();
        for (Planned part : planned) {
            part.renderer().render(part.plan(), part.discovery().pageFeeds(), parallel, writer, diagnostics,
                    times.map(), searchAlongside).forEach((kind, count) -> pages.merge(kind, count, Integer::sum));
            long start = System.nanoTime();
            part.discovery().write(parallel, writer, diagnostics);
            times.map().put("feeds", (System.nanoTime() - start) / 1_000_000);
            part.renderer().finish(part.plan(), parallel, writer, times.map());
        }
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
