package org.sitegen.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sitegen.archive.Archive;
import org.sitegen.archive.Permalinks;
import org.sitegen.config.SiteConfig;
import org.sitegen.content.SourceDocument;
import org.sitegen.content.EntityKeys;
import org.sitegen.diag.Diagnostics;
import org.sitegen.diag.SourcePosition;
import org.sitegen.entities.EntityFiles;
import org.sitegen.entities.EntityKind;
import org.sitegen.entities.EntityRecord;
import org.sitegen.languages.Languages;
import org.sitegen.markdown.LinkTargets;
import org.sitegen.stories.Stories;

/**
 * Stage 3, link: works out each document's language and its translations, gives every published
 * document its URL (in its language's folder; two of one URL are reported here), reads the entity files, and collects what a body's relative link may point at, so that the
 * parse stage can rewrite and check every link of every body.
 */
final class Link {
    private Link() {
    }

    static Linked run(SiteConfig config, Scanned scanned, Loaded loaded, Diagnostics diagnostics) {
        List<EntityKind> entityKinds = EntityKind.of(EntityKeys.inEffect(config.taxonomies()));
        // the folders of generated listings, which no standalone page may take
        List<String> generatedFolders = new ArrayList<>(config.taxonomies());
        entityKinds.forEach(kind -> generatedFolders.add(kind.key()));
        generatedFolders.add(Stories.FOLDER);
        generatedFolders.add(Archive.PUBLISHERS);
        Set<String> loadedPaths = loaded.all().stream().map(d -> d.file().relativePath()).collect(Collectors.toSet());
        Set<String> failed = scanned.markdownPaths().stream().filter(path -> !loadedPaths.contains(path))
                .collect(Collectors.toUnmodifiableSet());
        Languages languages = Languages.of(loaded.all(), loaded.published().stream()
                .map(d -> d.file().relativePath()).collect(Collectors.toSet()), failed, config.language(),
                config.defaultLanguageAtRoot(), diagnostics);
        generatedFolders.addAll(languages.folders());
        Map<String, String> urls = Permalinks.plan(loaded.published(), generatedFolders,
                d -> languages.prefix(languages.of(d.file().relativePath())), diagnostics);
        Set<String> assets = scanned.assetPaths();
        List<EntityRecord> described = EntityFiles.read(scanned.entityFiles(), entityKinds, assets, diagnostics);
        // Markdown files that did not load, or lost their URL to a collision: their own errors say why.
        Set<String> erroneous = scanned.markdownPaths().stream()
                .filter(path -> !urls.containsKey(path) && !loaded.unpublished().contains(path))
                .collect(Collectors.toUnmodifiableSet());
        LinkTargets targets = new LinkTargets(urls, assets, loaded.unpublished(), erroneous);
        return new Linked(urls, new UrlAt(loaded.published()), targets, entityKinds, described, languages, failed);
    }

    /**
     * Where each published document's URL is decided, by display path: asked only about files
     * whose outputs collide, so the look-up is made at the first question, not for every file.
     */
    private static final class UrlAt implements Function<String, SourcePosition> {
        private final List<SourceDocument> published;
        private Map<String, SourceDocument> byDisplayPath;

        UrlAt(List<SourceDocument> published) {
            this.published = published;
        }

        @Override
        public synchronized SourcePosition apply(String displayPath) {
            if (byDisplayPath == null) {
                byDisplayPath = new HashMap<>();
                published.forEach(d -> byDisplayPath.put(d.file().displayPath(), d));
            }
            SourceDocument document = byDisplayPath.get(displayPath);
            return document == null ? null : Permalinks.urlAt(document);
        }
    }
}
