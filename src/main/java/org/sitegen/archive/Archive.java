package org.sitegen.archive;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitegen.content.Slugs;
import org.sitegen.diag.Diagnostics;

/**
 * The whole site's content, indexed: briefings newest first (ties by URL), pages by title,
 * one {@link TaxonomyIndex} per taxonomy and the {@link DateIndex}.
 */
public record Archive(List<Entry> briefings, List<Entry> pages, Map<String, TaxonomyIndex> taxonomies,
                      DateIndex dates) {

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
        return new Archive(sorted, sortedPages, indexes, new DateIndex(sorted));
    }
}
