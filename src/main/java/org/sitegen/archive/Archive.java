package org.sitegen.archive;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitegen.content.Slugs;
import org.sitegen.content.Source;
import org.sitegen.content.Term;
import org.sitegen.diag.Diagnostics;

/**
 * The whole site's content, indexed: briefings newest first (ties by URL), pages by title,
 * one {@link TaxonomyIndex} per taxonomy, the {@link DateIndex}, and the publishers the
 * briefings cite in their {@code sources} (indexed like a taxonomy's terms, under /sources/).
 */
public record Archive(List<Entry> briefings, List<Entry> pages, Map<String, TaxonomyIndex> taxonomies,
                      DateIndex dates, TaxonomyIndex publishers) {
    /** The folder of the publishers' pages, /sources/{slug}/. */
    public static final String PUBLISHERS = "sources";

    /**
     * Newest first; equal instants ordered by URL, so the order never depends on input order.
     * Each briefing's instant is worked out once, not at every comparison.
     */
    static List<Entry> newestFirst(List<Entry> briefings) {
        record Dated(java.time.Instant at, Entry entry) {
        }
        return briefings.stream().map(e -> new Dated(e.date().at().toInstant(), e))
                .sorted(Comparator.comparing(Dated::at, Comparator.<java.time.Instant>reverseOrder())
                        .thenComparing(d -> d.entry().url()))
                .map(Dated::entry).toList();
    }

    public static Archive build(List<Entry> briefings, List<Entry> pages, List<String> taxonomies, Locale locale,
                                Slugs slugs, Diagnostics diagnostics) {
        List<Entry> sorted = newestFirst(briefings);
        Map<String, TaxonomyIndex> indexes = new LinkedHashMap<>();
        for (String taxonomy : taxonomies) {
            indexes.put(taxonomy, TaxonomyIndex.build(taxonomy, sorted, slugs, locale, diagnostics));
        }
        java.text.Collator collator = java.text.Collator.getInstance(locale);
        List<Entry> sortedPages = pages.stream()
                .sorted(Comparator.comparing(Entry::title, collator).thenComparing(Entry::url)).toList();
        // an archive that made 'sources' a taxonomy of its own keeps it, and has no publisher pages
        TaxonomyIndex publishers = TaxonomyIndex.build(PUBLISHERS, taxonomies.contains(PUBLISHERS) ? List.of() : sorted,
                Archive::publishersOf, slugs, locale, diagnostics);
        return new Archive(sorted, sortedPages, indexes, new DateIndex(sorted), publishers);
    }

    /** The publishers a briefing cites, where each is written; a briefing without sources costs nothing. */
    private static List<Term> publishersOf(Entry briefing) {
        if (briefing.sources().isEmpty()) {
            return List.of();
        }
        List<Term> publishers = new java.util.ArrayList<>();
        for (Source source : briefing.sources()) {
            if (!source.publisher().isEmpty()) {
                publishers.add(new Term(source.publisher(), source.publisherAt()));
            }
        }
        return publishers;
    }
}
