package org.sitegen.render;

import java.time.LocalDate;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.sitegen.archive.Archive;
import org.sitegen.archive.Entry;
import org.sitegen.archive.TaxonomyIndex;
import org.sitegen.archive.TermEntry;
import org.sitegen.calendar.TimeIndex;
import org.sitegen.config.SiteConfig;
import org.sitegen.exec.Parallel;
import org.sitegen.render.view.OnThisDayView;
import org.sitegen.store.Fingerprint;

/**
 * What planned pages are made from, as fingerprints ({@link PageSpec#sources}), told without
 * making their models: a rebuild compares them with the last build's and keeps the pages whose
 * sources are unchanged without planning their views or walking them ({@link RenderMemo}).
 *
 * <p>Each fingerprint covers what the planner makes the page of, beyond the settings, the
 * engine, the templates, the language's messages and the build's "now" (which key the whole
 * record, or are covered where they matter: a briefing's status). The briefings a page shows
 * are covered by what each is made of: the whole {@link Entry} (its body and text by their
 * fingerprints) and what a briefing's view takes from the rest of the archive ({@link #shown}:
 * its terms' links, counts included, its sources' publisher pages, its status). Whatever else
 * a page shows is covered by the view the planner makes of it, walked whole (a week's, a year's,
 * an entity's, a pair's), or by what that view is made of (the links of a briefing and of the
 * days before, {@link #ref}, {@link #onThisDay}). Every method here names the same inputs as the
 * code that makes the views (ViewFactory.briefing and ref, TimeViews.onThisDay): a change there
 * must change this too; the tests build with {@link RenderMemo#verifying} to catch one that does not.
 *
 * <p>Fingerprints are made once per briefing and term per build, in parallel; a page's is a
 * combination of a few of them.
 */
final class PageSources {
    private final SiteConfig config;
    private final Archive archive;
    private final ViewFactory views;
    private final TimeIndex time;
    private final Supplier<Fingerprint> fingerprints;
    private final Map<Entry, Integer> positions;
    /**
     * Per briefing by archive position, null when unknown (unhashable data): what its view is
     * made of but its terms' links ({@link #shown}), those links with their counts and without
     * them, and what a link to it is made of ({@link #ref}).
     */
    private final long[][] shown;
    private final long[][] counted;
    private final long[][] uncounted;
    private final long[][] refs;
    /** Each term's link, with its count and without. */
    private final Map<TermEntry, long[]> terms = new IdentityHashMap<>();
    private final Map<TermEntry, long[]> termsUncounted = new IdentityHashMap<>();
    private final RenderMemo memo;

    /** Of entries by identity, a fingerprint of the bytes each was loaded from (where known). */
    private final Map<Entry, byte[]> loadedFrom;

    PageSources(RenderMemo memo, SiteConfig config, Archive archive, ViewFactory views, TimeIndex time,
                Map<Entry, byte[]> loadedFrom, Parallel parallel) {
        Map<Fingerprint.Identity, String> texts = memo.texts();
        this.loadedFrom = loadedFrom;
        this.memo = memo;
        this.config = config;
        this.archive = archive;
        this.views = views;
        this.time = time;
        this.fingerprints = Fingerprint.sharing(texts);
        // a term's link without its count: what pages that do not show counts show of it
        boolean[] withoutCount = new boolean[org.sitegen.render.view.TermRef.class.getRecordComponents().length];
        for (int i = 0; i < withoutCount.length; i++) {
            withoutCount[i] = !org.sitegen.render.view.TermRef.class.getRecordComponents()[i].getName().equals(COUNT);
        }
        java.util.function.Function<Object, String> uncountedOf = Fingerprint.forOneBuild(null,
                type -> type == org.sitegen.render.view.TermRef.class ? withoutCount : null);
        for (TaxonomyIndex index : archive.taxonomies().values()) {
            for (TermEntry term : index.alphabetical()) {
                terms.put(term, fingerprints.get().add("term").addValue(views.termRef(term)).numbers());
                termsUncounted.put(term, fingerprints.get().add("term").add(uncountedOf.apply(views.termRef(term)))
                        .numbers());
            }
        }
        List<Entry> briefings = archive.briefings();
        positions = new IdentityHashMap<>(briefings.size() * 2);
        for (int i = 0; i < briefings.size(); i++) {
            positions.put(briefings.get(i), i);
        }
        shown = new long[briefings.size()][];
        counted = new long[briefings.size()][];
        uncounted = new long[briefings.size()][];
        refs = new long[briefings.size()][];
        List<Integer> all = java.util.stream.IntStream.range(0, briefings.size()).boxed().toList();
        parallel.map(all, i -> {
            Entry entry = briefings.get(i);
            try {
                refs[i] = fingerprints.get().add("ref").add(entry.title()).add(entry.url()).addValue(entry.date())
                        .numbers();
                counted[i] = termsOf(entry, terms);
                uncounted[i] = termsOf(entry, termsUncounted);
                shown[i] = counted[i] == null || uncounted[i] == null ? null : shownNow(entry);
            } catch (Fingerprint.Unhashable unknown) {
                shown[i] = null; // pages that show it are fingerprinted from their views
            }
            return i;
        });
    }

    /** The name of the count of a term's link (TermRef). */
    private static final String COUNT = "count";

    /** A fingerprint of what {@code entry}'s view (ViewFactory.briefing) is made of, but its terms' links. */
    private long[] shownNow(Entry entry) {
        Fingerprint fp = fingerprints.get().add("shown");
        byte[] from = loadedFrom.get(entry);
        if (from == null || !LOADED_COVERS_ENTRY) {
            fp.addValue(entry);
        } else {
            entryLoadedFrom(fp, entry, from);
        }
        fp.add(views.status(entry));
        for (org.sitegen.content.Source source : entry.sources()) {
            fp.add(views.publisherUrl(source));
        }
        return fp.numbers();
    }

    /**
     * Adds {@code entry} as made of the bytes its document was loaded from ({@code from}), in
     * place of a walk of its front matter: the terms, sources, parameters and the rest of what
     * {@link #FROM_FRONT_MATTER} names are made of those bytes and the entry's path alone (with
     * the settings and the engine, which key the whole record, and the JDK, whose zone rules make
     * its dates: added). What the build adds to them is walked: its URL, typeset title and
     * summary, and the body (by its texts' fingerprints).
     */
    private static void entryLoadedFrom(Fingerprint fp, Entry entry, byte[] from) {
        fp.add("loaded").add(from).add(JDK).add(entry.contentPath()).add(entry.displayPath()).add(entry.url())
                .addValue(entry.title()).addValue(entry.summary()).addValue(entry.html()).add(entry.wordCount())
                .addValue(entry.headings()).addValue(entry.text()).add(entry.summaryInBody() ? 1 : 0);
        // made of the text (already in by its fingerprint), as the reading time shows it
        org.sitegen.markdown.ReadingLength reading = entry.reading();
        fp.add(reading == null ? -1 : reading.characters()).add(reading == null ? -1 : reading.words());
    }

    private static final String JDK = Runtime.version().toString();

    /** The components of an entry that {@link #entryLoadedFrom} covers by the bytes it was loaded from. */
    private static final java.util.Set<String> FROM_FRONT_MATTER = java.util.Set.of("date", "updated", "terms",
            "authors", "sources", "params", "corrections", "draft", "mentions", "follows", "aliases");
    /** The components it walks. */
    private static final java.util.Set<String> MADE_BY_THE_BUILD = java.util.Set.of("contentPath", "displayPath",
            "url", "title", "summary", "html", "wordCount", "headings", "text", "summaryInBody", "reading");
    /**
     * Whether those are all of an entry's components: one added to Entry and named in neither
     * set would be missed, so every entry is then walked whole (PageSourcesTest checks that it is not so).
     */
    static final boolean LOADED_COVERS_ENTRY = java.util.Arrays.stream(Entry.class.getRecordComponents())
            .map(java.lang.reflect.RecordComponent::getName)
            .allMatch(name -> FROM_FRONT_MATTER.contains(name) || MADE_BY_THE_BUILD.contains(name))
            && Entry.class.getRecordComponents().length == FROM_FRONT_MATTER.size() + MADE_BY_THE_BUILD.size();

    /** A fingerprint of the links to {@code entry}'s terms its view shows, by taxonomy, as {@code links} has them; null if unknown. */
    private long[] termsOf(Entry entry, Map<TermEntry, long[]> links) {
        Fingerprint fp = fingerprints.get().add("terms");
        for (String taxonomy : config.taxonomies()) {
            fp.add(taxonomy);
            TaxonomyIndex index = archive.taxonomies().get(taxonomy);
            List<TermEntry> of = index == null ? List.of() : index.termsOf(entry);
            fp.add(of.size());
            for (TermEntry term : of) {
                long[] known = links.get(term);
                if (known == null) {
                    return null; // a term of no index: not known
                }
                fp.add(known);
            }
        }
        return fp.numbers();
    }

    /** A new fingerprint, of this build's walk. */
    Fingerprint start(String what) {
        return fingerprints.get().add(what);
    }

    /**
     * Adds what {@code entry}'s view is made of, as pages read by {@code reader} show it (its
     * terms' counts only if their templates may read them); false when that is not known (nor
     * then the page's sources).
     */
    boolean shown(Fingerprint fp, Entry entry, String reader) {
        return shown(fp, entry, counts(fp, reader));
    }

    /** Adds what the views of {@code entries} are made of, in order, as pages read by {@code reader} show them. */
    boolean shown(Fingerprint fp, List<Entry> entries, String reader) {
        boolean counts = counts(fp, reader);
        fp.add(entries.size());
        for (Entry entry : entries) {
            if (!shown(fp, entry, counts)) {
                return false;
            }
        }
        return true;
    }

    /** Whether pages read by {@code reader} may show terms' counts, added to {@code fp}. */
    private boolean counts(Fingerprint fp, String reader) {
        boolean counts = memo.mayRead(reader, org.sitegen.render.view.TermRef.class, COUNT);
        fp.add(counts ? "counted" : "uncounted");
        return counts;
    }

    private boolean shown(Fingerprint fp, Entry entry, boolean counts) {
        Integer at = positions.get(entry);
        long[] known = at == null ? null : shown[at];
        if (known == null) {
            return false;
        }
        fp.add(known).add(counts ? counted[at] : uncounted[at]);
        return true;
    }

    /** Adds {@code value} as pages read by {@code reader} read it (RenderMemo.readBy); false when it has no fingerprint. */
    boolean readBy(Fingerprint fp, String reader, Object value) {
        String read = memo.readBy(reader, value);
        if (read == null) {
            return false;
        }
        fp.add(read);
        return true;
    }

    /** Adds what a link to {@code entry} (ViewFactory.ref) is made of, or a mark for none; false when not known. */
    boolean ref(Fingerprint fp, Entry entry) {
        if (entry == null) {
            fp.add(0x6E6F6E65L);
            return true;
        }
        Integer at = positions.get(entry);
        long[] known = at == null ? null : refs[at];
        if (known == null) {
            return false;
        }
        fp.add(known);
        return true;
    }

    /** Adds what {@code day}'s "on this day" (TimeViews.onThisDay) is made of. */
    boolean onThisDay(Fingerprint fp, LocalDate day) {
        fp.add("onThisDay").addValue(day);
        List<LocalDate> earlier = time.earlierSameDays(day);
        fp.add(earlier.size());
        for (LocalDate other : earlier) {
            long[] shown = earlierDays.computeIfAbsent(other, this::earlierDay);
            if (shown == UNKNOWN) {
                return false;
            }
            fp.add(shown);
        }
        return true;
    }

    /**
     * What an earlier day shows on the days after it in later years: the day, its briefings'
     * count and the links to the first of them; made once per day, where each was walked again
     * for every later year's same day.
     */
    private long[] earlierDay(LocalDate other) {
        Fingerprint fp = fingerprints.get().add("earlierDay");
        List<Entry> briefings = archive.dates().days().get(other);
        fp.addValue(other).add(briefings.size());
        int shownCount = Math.min(briefings.size(), OnThisDayView.EarlierDay.SHOWN);
        fp.add(shownCount);
        for (int i = 0; i < shownCount; i++) {
            if (!ref(fp, briefings.get(i))) {
                return UNKNOWN;
            }
        }
        return fp.numbers();
    }

    private final Map<LocalDate, long[]> earlierDays = new ConcurrentHashMap<>();
    /** An earlier day whose links have no fingerprint (nor then the pages that show it). */
    private static final long[] UNKNOWN = new long[0];

    /** Adds a value the planner made, walked whole. */
    void view(Fingerprint fp, Object value) {
        fp.addValue(value);
    }
}
