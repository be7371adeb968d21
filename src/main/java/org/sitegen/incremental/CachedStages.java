package org.sitegen.incremental;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.sitegen.exec.Parallel;
import org.sitegen.archive.Entry;
import org.sitegen.content.ContentLoader;
import org.sitegen.content.SourceDocument;
import org.sitegen.content.SourceFile;
import org.sitegen.diag.Diagnostics;
import org.sitegen.markdown.LinkTargets;
import org.sitegen.exec.Parallel;

/**
 * The load and body stages through a {@link BuildCache}: unchanged files are not read again,
 * unchanged bodies (same document, URL and link targets) not rendered again; the problems
 * they had are reported again, so a cached build says what a full one would.
 */
final class CachedStages {
    private CachedStages() {
    }

    static List<SourceDocument> load(BuildCache cache, ContentLoader loader, List<SourceFile> files, Parallel parallel,
                                     Diagnostics diagnostics) {
        List<SourceFile> markdown = files.stream().filter(f -> f.kind().isMarkdown()).toList();
        List<BuildCache.Loaded> results = parallel.map(markdown, file -> load(cache, loader, file));
        Map<String, BuildCache.Loaded> current = new HashMap<>();
        List<SourceDocument> documents = new ArrayList<>();
        for (int i = 0; i < markdown.size(); i++) {
            BuildCache.Loaded result = results.get(i);
            current.put(markdown.get(i).relativePath(), result);
            result.problems().forEach(diagnostics::add);
            if (result.document() != null) {
                documents.add(result.document());
            }
        }
        cache.loaded.keySet().retainAll(current.keySet());
        cache.loaded.putAll(current);
        return documents;
    }

    private static BuildCache.Loaded load(BuildCache cache, ContentLoader loader, SourceFile file) {
        FileStamp stamp;
        try {
            stamp = FileStamp.of(file.attributes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        BuildCache.Loaded known = cache.loaded.get(file.relativePath());
        if (known != null && known.stamp().equals(stamp)) {
            return known;
        }
        Diagnostics problems = new Diagnostics();
        SourceDocument document = loader.load(file, problems).orElse(null);
        return new BuildCache.Loaded(stamp, document, problems.sorted());
    }

    /**
     * @param render renders a subset of documents, sending each one's problems where the given function says
     */
    static List<Entry> renderBodies(BuildCache cache, List<SourceDocument> documents, Map<String, String> urls,
                                    LinkTargets targets, Diagnostics diagnostics,
                                    BiFunction<List<SourceDocument>, Function<SourceDocument, Diagnostics>, List<Entry>> render) {
        // Compared once per build: a link target that moved means every body is rendered again.
        boolean sameTargets = targets.equals(cache.lastTargets);
        cache.lastTargets = targets;
        List<SourceDocument> published = documents.stream()
                .filter(d -> urls.containsKey(d.file().relativePath())).toList();
        List<SourceDocument> stale = new ArrayList<>();
        for (SourceDocument document : published) {
            BuildCache.Rendered known = cache.rendered.get(document.file().relativePath());
            if (!sameTargets || known == null || known.document() != document
                    || !Objects.equals(known.url(), urls.get(document.file().relativePath()))) {
                stale.add(document);
            }
        }
        Map<SourceDocument, Diagnostics> problems = new IdentityHashMap<>();
        stale.forEach(d -> problems.put(d, new Diagnostics()));
        List<Entry> fresh = render.apply(stale, problems::get);
        for (int i = 0; i < stale.size(); i++) {
            SourceDocument document = stale.get(i);
            cache.rendered.put(document.file().relativePath(), new BuildCache.Rendered(document,
                    fresh.get(i).url(), fresh.get(i), problems.get(document).sorted()));
        }
        List<Entry> entries = new ArrayList<>(published.size());
        for (SourceDocument document : published) {
            BuildCache.Rendered rendered = cache.rendered.get(document.file().relativePath());
            rendered.problems().forEach(diagnostics::add);
            entries.add(rendered.entry());
        }
        // A set, not a list: retainAll calls contains() once per cached entry.
        cache.rendered.keySet().retainAll(published.stream().map(d -> d.file().relativePath())
                .collect(java.util.stream.Collectors.toSet()));
        return entries;
    }
}
