package org.sitegen.pipeline;

import java.util.Set;
import java.util.stream.Collectors;
import org.sitegen.archive.Archive;
import org.sitegen.config.SiteConfig;
import org.sitegen.content.SourceDocument;
import org.sitegen.content.Slugs;
import org.sitegen.diag.Diagnostics;
import org.sitegen.entities.EntityIndex;
import org.sitegen.stories.Stories;

/** Stage 5, index: the archive by date and term, the entities it mentions, the stories it follows. */
final class Index {
    private Index() {
    }

    static Indexed run(SiteConfig config, Scanned scanned, Loaded loaded, Linked linked, Parsed parsed, Slugs slugs,
                       Diagnostics diagnostics) {
        Archive archive = Archive.build(parsed.briefings(), parsed.pages(), config.taxonomies(), config.locale(), slugs,
                diagnostics);
        EntityIndex entities = EntityIndex.build(linked.entityKinds(), linked.described(), archive.briefings(), slugs,
                config.locale(), diagnostics);
        Set<String> loadedPaths = loaded.all().stream().map(d -> d.file().relativePath()).collect(Collectors.toSet());
        Stories stories = Stories.build(archive.briefings(), loaded.unpublished(), scanned.markdownPaths().stream()
                .filter(path -> !loadedPaths.contains(path)).collect(Collectors.toSet()), diagnostics);
        return new Indexed(archive, entities, stories);
    }
}
