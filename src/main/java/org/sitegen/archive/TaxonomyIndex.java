package org.sitegen.archive;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.CollationKey;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitegen.content.Slugs;
import org.sitegen.content.Term;
import org.sitegen.diag.Diagnostics;

/**
 * The terms of one taxonomy. Spellings that share a slug ("United States", "united-states")
 * are one term, shown with its most used spelling, and each other spelling is warned about
 * where it was first written.
 */
public final class TaxonomyIndex {
    private final String name;
    private final Map<String, TermEntry> bySlug;
    private final List<TermEntry> alphabetical;
    private final List<TermEntry> byCount;
    /** Each indexed briefing's terms, in written order, merged spellings once. */
    private final Map<Entry, List<TermEntry>> ofBriefing;

    private TaxonomyIndex(String name, Map<String, TermEntry> bySlug, Map<Entry, List<TermEntry>> ofBriefing,
                          Locale locale) {
        this.name = name;
        this.bySlug = bySlug;
        this.ofBriefing = ofBriefing;
        Collator collator = Collator.getInstance(locale);
        collator.setStrength(Collator.SECONDARY);
        // Collation keys made once a term: a collator comparing two names works each one out anew.
        Map<TermEntry, CollationKey> keys = new IdentityHashMap<>();
        bySlug.values().forEach(term -> keys.put(term, collator.getCollationKey(term.name())));
        Comparator<TermEntry> byName = Comparator.<TermEntry, CollationKey>comparing(keys::get)
                .thenComparing(TermEntry::slug);
        this.alphabetical = bySlug.values().stream().sorted(byName).toList();
        this.byCount = bySlug.values().stream()
                .sorted(Comparator.comparingInt((TermEntry t) -> -t.briefings().size()).thenComparing(byName))
                .toList();
    }

    /**
     * Indexes {@code briefings} (already newest first) by the terms of {@code taxonomy}.
     */
    public static TaxonomyIndex build(String taxonomy, List<Entry> briefings, Slugs slugs, Locale locale,
                                      Diagnostics diagnostics) {
        return build(taxonomy, briefings, b -> b.terms().getOrDefault(taxonomy, List.of()), slugs, locale,
                diagnostics);
    }

    /**
     * Indexes {@code briefings} (already newest first) by the names {@code namesOf} gives each
     * (a briefing's cited publishers, say): pages under /{@code taxonomy}/, spellings merged as for terms.
     */
    public static TaxonomyIndex build(String taxonomy, List<Entry> briefings,
                                      java.util.function.Function<Entry, List<Term>> namesOf, Slugs slugs,
                                      Locale locale, Diagnostics diagnostics) {
        // Hash maps while adding (tens of thousands of terms), in slug order once at the end.
        Map<String, Map<String, Term>> spellings = new HashMap<>();
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        Map<String, List<Entry>> members = new HashMap<>();
        Map<String, String> slugOfName = new HashMap<>();
        Map<Entry, List<String>> slugsOf = new IdentityHashMap<>();
        for (Entry briefing : briefings) {
            Set<String> seen = new java.util.LinkedHashSet<>();
            Set<String> spelled = new HashSet<>();
            for (Term term : namesOf.apply(briefing)) {
                String slug = slugOfName.computeIfAbsent(term.name(), name -> slugOf(name, slugs));
                spellings.computeIfAbsent(slug, s -> new LinkedHashMap<>()).putIfAbsent(term.name(), term);
                if (spelled.add(term.name())) {
                    // a spelling counts once per briefing, like the briefing itself
                    counts.computeIfAbsent(slug, s -> new HashMap<>()).merge(term.name(), 1, Integer::sum);
                }
                if (seen.add(slug)) {
                    members.computeIfAbsent(slug, s -> new ArrayList<>()).add(briefing);
                }
            }
            if (!seen.isEmpty()) {
                slugsOf.put(briefing, List.copyOf(seen));
            }
        }
        Map<String, TermEntry> bySlug = new LinkedHashMap<>();
        for (String slug : members.keySet().stream().sorted().toList()) {
            String display = mostUsed(counts.get(slug));
            warnAboutMerges(taxonomy, slug, display, spellings.get(slug), diagnostics);
            bySlug.put(slug, new TermEntry(taxonomy, display, slug, List.copyOf(members.get(slug))));
        }
        Map<Entry, List<TermEntry>> ofBriefing = new IdentityHashMap<>();
        slugsOf.forEach((briefing, filed) -> ofBriefing.put(briefing, filed.stream().map(bySlug::get).toList()));
        return new TaxonomyIndex(taxonomy, bySlug, ofBriefing, locale);
    }

    /** A term's slug; one that has no Latin-readable form gets a stable hash instead. */
    public static String slugOf(String name, Slugs slugs) {
        String slug = slugs.slugify(name);
        return slug.isEmpty() ? "t-" + shortHash(name) : slug;
    }

    private static String mostUsed(Map<String, Integer> counts) {
        // ties go to the first spelling in code-point order
        return counts.entrySet().stream().max(Comparator.comparingInt(Map.Entry<String, Integer>::getValue)
                .thenComparing(Map.Entry::getKey, Comparator.reverseOrder())).orElseThrow().getKey();
    }

    private static void warnAboutMerges(String taxonomy, String slug, String display, Map<String, Term> spellings,
                                        Diagnostics diagnostics) {
        if (spellings.size() < 2) {
            return;
        }
        spellings.forEach((spelling, term) -> {
            if (!spelling.equals(display)) {
                diagnostics.warning(term.at(), "'" + spelling + "' in '" + taxonomy + "' is merged with '" + display
                        + "' (both are /" + taxonomy + "/" + slug + "/)");
            }
        });
    }

    private static String shortHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    public String name() {
        return name;
    }

    public TermEntry term(String slug) {
        return bySlug.get(slug);
    }

    /**
     * The terms {@code briefing} is filed under, in the order it writes them, spellings that
     * share a slug once, each as the index shows it; none for a briefing not indexed here.
     */
    public List<TermEntry> termsOf(Entry briefing) {
        return ofBriefing.getOrDefault(briefing, List.of());
    }

    /** Every term, alphabetical by display name in the site language. */
    public List<TermEntry> alphabetical() {
        return alphabetical;
    }

    /** Every term, most briefings first. */
    public List<TermEntry> byCount() {
        return byCount;
    }
}
