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
 * reported before anything is written), then renders the pages and copies the content files
 * into a writer, which publishes them as a whole or not at all.
 */
final class Emit {
    private Emit() {
    }

    /** One language's planned pages with the renderer (in that language, at its folder) that renders them. */
    record Planned(SiteRenderer renderer, SiteRenderer.Plan plan) {
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
            planned.add(new Planned(own, own.plan(part.archive(), part.entities(), part.stories(), parallel,
                    times.map())));
        }
        if (languages.multilingual()) {
            LanguageLinks links = new LanguageLinks(
                    planned.stream().map(p -> p.renderer().languageSite(p.plan())).toList(),
                    languages::translationsOf, languages::of, renderer.siteUrl(), renderer.prettyLinks());
            planned.forEach(p -> p.renderer().linkLanguages(links));
            List<Sitemap.Url> sitemap = planned.stream().flatMap(p -> p.renderer().sitemapUrls(p.plan()).stream())
                    .sorted(Comparator.comparing(Sitemap.Url::loc)).toList();
            planned.forEach(p -> p.renderer().sitemap(sitemap));
            Map<String, String> redirects = new TreeMap<>();
            planned.forEach(p -> redirects.putAll(p.renderer().redirects(p.plan())));
            planned.forEach(p -> p.renderer().redirects(redirects));
        }
        OutputPaths paths = new OutputPaths(diagnostics);
        for (Planned p : planned) {
            p.renderer().claimOutputs(p.plan(), paths, linked.urlAt()::get);
        }
        for (SourceFile asset : scanned.assets()) {
            paths.claimFile(asset.relativePath(), OutputPaths.Source.file(SourcePosition.of(asset.displayPath())));
        }
        return List.copyOf(planned);
    }

    /**
     * Renders every page and copies every content file into {@code writer}; pages per kind.
     * The search index is built alongside the pages unless bodies had to be spooled (memory is short).
     */
    static Map<String, Integer> write(List<Planned> planned, List<SourceFile> assets, Parallel parallel,
                                      SiteWriter writer, Diagnostics diagnostics, StageTimes times,
                                      boolean searchAlongside) throws IOException {
        Map<String, Integer> pages = new TreeMap<>();
        for (Planned part : planned) {
            part.renderer().render(part.plan(), parallel, writer, diagnostics, times.map(), searchAlongside)
                    .forEach((kind, count) -> pages.merge(kind, count, Integer::sum));
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
