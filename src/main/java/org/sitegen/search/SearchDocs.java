package org.sitegen.search;

import java.util.ArrayList;
import java.util.List;
import org.sitegen.archive.Archive;
import org.sitegen.archive.Entry;
import org.sitegen.archive.TermEntry;
import org.sitegen.entities.Entity;
import org.sitegen.entities.EntityIndex;
import org.sitegen.i18n.DateFormats;
import org.sitegen.url.RelativeUrls;

/**
 * The briefings as search documents, made from the archive (never from what pages' templates
 * see: this package does not know them, ArchitectureTest).
 */
public final class SearchDocs {
    private SearchDocs() {
    }

    /**
     * Every briefing, newest first, links relative to the search page ({@code fromSearch}). Their
     * terms are those of every taxonomy, each slug "TAXONOMY/SLUG" (e.g. "countries/ukraine"): all
     * are searchable, and each names its filter file; likewise the entities they name, "KIND/SLUG".
     */
    public static List<SearchDoc> of(Archive archive, EntityIndex entities, DateFormats dates,
                                     RelativeUrls.FromPage fromSearch) {
        List<SearchDoc> docs = new ArrayList<>(archive.briefings().size());
        for (Entry briefing : archive.briefings()) {
            List<SearchDoc.Tag> tags = new ArrayList<>();
            archive.taxonomies().values().forEach(index -> {
                for (TermEntry t : index.termsOf(briefing)) {
                    tags.add(new SearchDoc.Tag(t.name(), t.taxonomy() + "/" + t.slug(), fromSearch.to(t.url())));
                }
            });
            List<SearchDoc.Tag> named = new ArrayList<>();
            for (List<Entity> ofKind : entities.of(briefing).values()) {
                for (Entity e : ofKind) {
                    named.add(new SearchDoc.Tag(e.name(), e.kind().key() + "/" + e.slug(), fromSearch.to(e.url())));
                }
            }
            var at = briefing.date().at();
            docs.add(new SearchDoc(briefing.title(), fromSearch.to(briefing.url()), at.toLocalDate().toString(),
                    dates.longDate(at), tags, briefing.authors(), briefing.summary(), briefing.text(), named));
        }
        return docs;
    }
}
