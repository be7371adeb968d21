package org.sitegen.archive;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.CollationKey;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
        // One look-up per written term (tens of thousands): each spelling knows its slug's term;
        // "once per briefing" is the briefing's number last counted, not a set per briefing.
        Map<String, Spelling> spellings = new HashMap<>();
        Map<String, Filed> filed = new HashMap<>();
        Map<Entry, List<Filed>> filedOf = new IdentityHashMap<>();
        for (int b = 0; b < briefings.size(); b++) {
            Entry briefing = briefings.get(b);
            List<Filed> seen = null;
            for (Term term : namesOf.apply(briefing)) {
                Spelling spelling = spellings.get(term.name());
                if (spelling == null) {
                    String slug = slugOf(term.name(), slugs);
                    Filed under = filed.computeIfAbsent(slug, Filed::new);
                    spelling = new Spelling(term.name(), term, under);
                    under.spellings.add(spelling);
                    spellings.put(term.name(), spelling);
                }
                if (spelling.lastBriefing != b) { // a spelling counts once per briefing, like the briefing itself
                    spelling.lastBriefing = b;
                    spelling.count++;
                }
                Filed under = spelling.filed;
                if (under.lastBriefing != b) {
                    under.lastBriefing = b;
                    under.members.add(briefing);
                    if (seen == null) {
                        seen = new ArrayList<>(4);
                    }
                    seen.add(under);
                }
            }
            if (seen != null) {
                filedOf.put(briefing, seen);
            }
        }
        Map<String, TermEntry> bySlug = new LinkedHashMap<>();
        for (String slug : filed.keySet().stream().sorted().toList()) {
            Filed under = filed.get(slug);
            String display = mostUsed(under.spellings);
            warnAboutMerges(taxonomy, slug, display, under.spellings, diagnostics);
            under.term = new TermEntry(taxonomy, display, slug, List.copyOf(under.members));
            bySlug.put(slug, under.term);
        }
        Map<Entry, List<TermEntry>> ofBriefing = new IdentityHashMap<>();
        filedOf.forEach((briefing, terms) -> ofBriefing.put(briefing, terms.stream().map(f -> f.term).toList()));
        return new TaxonomyIndex(taxonomy, bySlug, ofBriefing, locale);
    }

    /** One spelling of a term: where it was first written, and in how many briefings. */
    private static final class Spelling {
        final String name;
        final Term first;
        final Filed filed;
        int count;
        int lastBriefing = -1;

        Spelling(String name, Term first, Filed filed) {
            this.name = name;
            this.first = first;
            this.filed = filed;
        }
    }

    /** The briefings filed under one slug, and its spellings in the order first written. */
    private static final class Filed {
        final String slug;
        final List<Spelling> spellings = new ArrayList<>(1);
        final List<Entry> members = new ArrayList<>();
        int lastBriefing = -1;
        TermEntry term;

        Filed(String slug) {
            this.slug = slug;
        }
    }

    /** A term's slug; one that has no Latin-readable form gets a stable hash instead. */
    public static String slugOf(String name, Slugs slugs) {
        String slug = slugs.slugify(name);
        return slug.isEmpty() ? "t-" + shortHash(name) : slug;
    }

    private static String mostUsed(List<Spelling> spellings) {
        // ties go to the first spelling in code-point order
        Spelling best = spellings.get(0);
        for (Spelling spelling : spellings) {
            if (spelling.count > best.count || spelling.count == best.count && spelling.name.compareTo(best.name) < 0) {
                best = spelling;
            }
        }
        return best.name;
    }

    private static void warnAboutMerges(String taxonomy, String slug, String display, List<Spelling> spellings,
                                        Diagnostics diagnostics) {
        if (spellings.size() < 2) {
            return;
        }
        for (Spelling spelling : spellings) {
            if (!spelling.name.equals(display)) {
                diagnostics.warning(spelling.first.at(), "'" + spelling.name + "' in '" + taxonomy + "' is merged with '"
                        + display + "' (both are /" + taxonomy + "/" + slug + "/)");
            }
        }
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
