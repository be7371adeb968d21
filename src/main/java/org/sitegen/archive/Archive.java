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

    /** Newest first; equal dates ordered by URL, so the order never depends on input order. */
    public static final Comparator<Entry> NEWEST_FIRST = Comparator
            .comparing((Entry e) -> e.date().at().toInstant(), Comparator.reverseOrder())
            .thenComparing(Entry::url);

    public static Archive build(List<Entry> briefings, List<Entry> pages, List<String> taxonomies, Locale locale,
                                Slugs slugs, Diagnostics diagnostics) {
        List<Entry> sorted = briefings.stream().sorted(NEWEST_FIRST).toList();
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
