package org.sitegen.entities;

import java.text.CollationKey;
import java.text.Collator;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.sitegen.archive.Entry;
import org.sitegen.archive.TaxonomyIndex;
import org.sitegen.content.Slugs;
import org.sitegen.content.Term;
import org.sitegen.diag.Diagnostics;
import org.sitegen.diag.SourcePosition;

/**
 * Every entity of every kind, with the briefings that name it. A name in front matter is
 * resolved, per kind, to the entity of the data file whose name or alias it is (case and spaces
 * aside); a name that only nearly matches one ("Wang-Yi" for "Wang Yi": the same letters and
 * digits) is taken as that entity with a warning; names no data file knows are entities of their
 * own, spellings that nearly match merged (with a warning). Checks, each at its line: an alias
 * claimed by two entities (error), two entities with one page (error), entities of a data file
 * that nearly match (warning), entities of a data file no briefing names (warning).
 */
public final class EntityIndex {
    /** Entities listed as appearing most often with another. */
    public static final int TOGETHER = 8;

    private final List<EntityKind> kinds;
    private final Map<String, List<Entity>> alphabetical;
    private final Map<String, List<Entity>> byCount;
    private final Map<Entry, Map<String, List<Entity>>> ofBriefing;
    private final Map<Entity, List<Entity.Together>> together;

    private EntityIndex(List<EntityKind> kinds, Map<String, List<Entity>> alphabetical,
                        Map<String, List<Entity>> byCount, Map<Entry, Map<String, List<Entity>>> ofBriefing,
                        Map<Entity, List<Entity.Together>> together) {
        this.kinds = kinds;
        this.alphabetical = alphabetical;
        this.byCount = byCount;
        this.ofBriefing = ofBriefing;
        this.together = together;
    }

    /**
     * @param briefings the published briefings, newest first
     * @param records   the data files' entities, in file order
     */
    public static EntityIndex build(List<EntityKind> kinds, List<EntityRecord> records, List<Entry> briefings,
                                    Slugs slugs, Locale locale, Diagnostics diagnostics) {
        Map<String, List<Entity>> alphabetical = new LinkedHashMap<>();
        Map<String, List<Entity>> byCount = new LinkedHashMap<>();
        Map<Entry, Map<String, List<Entity>>> ofBriefing = new IdentityHashMap<>();
        Collator collator = Collator.getInstance(locale);
        collator.setStrength(Collator.SECONDARY);
        for (EntityKind kind : kinds) {
            List<EntityRecord> described = records.stream().filter(r -> r.kind().equals(kind.key())).toList();
            List<Entity> entities = new KindIndex(kind, slugs, diagnostics).build(described, briefings, ofBriefing);
            Map<Entity, CollationKey> keys = new IdentityHashMap<>();
            entities.forEach(e -> keys.put(e, collator.getCollationKey(e.name())));
            Comparator<Entity> byName = Comparator.<Entity, CollationKey>comparing(keys::get).thenComparing(Entity::slug);
            alphabetical.put(kind.key(), entities.stream().sorted(byName).toList());
            byCount.put(kind.key(), entities.stream()
                    .sorted(Comparator.comparingInt((Entity e) -> -e.briefings().size()).thenComparing(byName)).toList());
        }
        return new EntityIndex(kinds, alphabetical, byCount, ofBriefing, together(briefings, ofBriefing, kinds));
    }

    /** For each entity, the others named with it most often (ties by kind, then name), with the briefings they share. */
    private static Map<Entity, List<Entity.Together>> together(List<Entry> briefings,
                                                               Map<Entry, Map<String, List<Entity>>> ofBriefing,
                                                               List<EntityKind> kinds) {
        Map<Entity, Map<Entity, List<Entry>>> shared = new IdentityHashMap<>();
        for (Entry briefing : briefings) { // newest first, so each shared list is too
            Map<String, List<Entity>> named = ofBriefing.get(briefing);
            if (named == null) {
                continue;
            }
            List<Entity> all = named.values().stream().flatMap(List::stream).toList();
            for (Entity a : all) {
                for (Entity b : all) {
                    if (a != b) {
                        shared.computeIfAbsent(a, x -> new IdentityHashMap<>())
                                .computeIfAbsent(b, x -> new ArrayList<>()).add(briefing);
                    }
                }
            }
        }
        List<String> kindOrder = kinds.stream().map(EntityKind::key).toList();
        Map<Entity, List<Entity.Together>> together = new IdentityHashMap<>();
        shared.forEach((entity, others) -> together.put(entity, others.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<Entity, List<Entry>> e) -> -e.getValue().size())
                        .thenComparingInt(e -> kindOrder.indexOf(e.getKey().kind().key()))
                        .thenComparing(e -> e.getKey().slug()))
                .limit(TOGETHER).map(e -> new Entity.Together(e.getKey(), List.copyOf(e.getValue()))).toList()));
        return together;
    }

    public List<EntityKind> kinds() {
        return kinds;
    }

    /** The entities of a kind, alphabetical by name in the site language. */
    public List<Entity> alphabetical(String kind) {
        return alphabetical.getOrDefault(kind, List.of());
    }

    /** The entities of a kind, most briefings first. */
    public List<Entity> byCount(String kind) {
        return byCount.getOrDefault(kind, List.of());
    }

    /** The entities a briefing names, per kind (kinds it names none of left out), in written order. */
    public Map<String, List<Entity>> of(Entry briefing) {
        return ofBriefing.getOrDefault(briefing, Map.of());
    }

    /** The entities named most often with {@code entity}, at most {@value #TOGETHER}. */
    public List<Entity.Together> together(Entity entity) {
        return together.getOrDefault(entity, List.of());
    }

    /** Every entity, kind by kind, alphabetical. */
    public List<Entity> all() {
        return alphabetical.values().stream().flatMap(List::stream).toList();
    }

    /** One kind's resolution of names to entities. */
    private static final class KindIndex {
        private final EntityKind kind;
        private final Slugs slugs;
        private final Diagnostics diagnostics;
        private final Map<String, String> slugOfName = new HashMap<>();
        /** name or alias, case and spaces folded → the data file's entity and where it was claimed */
        private final Map<String, Claim> exact = new HashMap<>();
        /** letters and digits only → the data file's entity */
        private final Map<String, Claim> loose = new HashMap<>();
        private final Map<String, Claim> bySlug = new HashMap<>();
        /** data file entities whose name's slug another one took first */
        private final Map<EntityRecord, String> slugOverride = new IdentityHashMap<>();

        private record Claim(EntityRecord record, String name, SourcePosition at) {
        }

        KindIndex(EntityKind kind, Slugs slugs, Diagnostics diagnostics) {
            this.kind = kind;
            this.slugs = slugs;
            this.diagnostics = diagnostics;
        }

        List<Entity> build(List<EntityRecord> records, List<Entry> briefings,
                           Map<Entry, Map<String, List<Entity>>> ofBriefing) {
            List<EntityRecord> kept = new ArrayList<>();
            for (EntityRecord record : records) {
                if (claim(record)) {
                    kept.add(record);
                }
            }
            // Resolve every mention: to a data file's entity, else to a group of spellings of its own.
            Map<EntityRecord, List<Entry>> described = new LinkedHashMap<>();
            kept.forEach(r -> described.put(r, new ArrayList<>()));
            Map<String, Spellings> undescribed = new HashMap<>();
            Map<Entry, List<Object>> named = new IdentityHashMap<>();
            Map<String, Boolean> warned = new HashMap<>();
            for (Entry briefing : briefings) {
                List<Object> owners = new ArrayList<>();
                for (Term term : briefing.mentions().getOrDefault(kind.key(), List.of())) {
                    Object owner = resolve(term, warned, undescribed);
                    if (!owners.contains(owner)) {
                        owners.add(owner);
                        if (owner instanceof EntityRecord record) {
                            described.get(record).add(briefing);
                        } else {
                            ((Spellings) owner).briefings.add(briefing);
                        }
                    }
                }
                if (!owners.isEmpty()) {
                    named.put(briefing, owners);
                }
            }
            Map<Object, Entity> entities = new IdentityHashMap<>();
            List<Entity> all = new ArrayList<>();
            described.forEach((record, found) -> {
                if (found.isEmpty()) {
                    diagnostics.warning(record.at(), "'" + record.name() + "' is not named in the '" + kind.key()
                            + "' of any published briefing");
                    return;
                }
                Entity entity = new Entity(kind, record.name(), slugOf(record), record, List.copyOf(found),
                        months(found));
                entities.put(record, entity);
                all.add(entity);
            });
            undescribed.keySet().stream().sorted().forEach(key -> {
                Spellings spellings = undescribed.get(key);
                String display = spellings.mostUsed();
                // never a data file entity's slug: a name with that slug resolved to it
                String slug = slugOf(display);
                spellings.warnAboutMerges(display, kind, slug, diagnostics);
                Entity entity = new Entity(kind, display, slug, null, List.copyOf(spellings.briefings),
                        months(spellings.briefings));
                entities.put(spellings, entity);
                all.add(entity);
            });
            named.forEach((briefing, owners) -> ofBriefing.computeIfAbsent(briefing, b -> new LinkedHashMap<>())
                    .put(kind.key(), owners.stream().map(entities::get).toList()));
            return all;
        }

        /** Claims a data file entity's names, slug and near-spellings; false when it cannot be kept. */
        private boolean claim(EntityRecord record) {
            String slug = slugOf(record);
            Claim page = bySlug.get(slug);
            if (page != null && (record.slug() != null || page.record().slug() != null)) {
                diagnostics.error(record.at(), "'" + record.name() + "' would have the same page, /" + kind.key() + "/"
                        + slug + "/, as '" + page.name() + "' (" + page.at() + "); give one another 'slug'");
                return false;
            }
            if (page != null) { // names that differ only in what a slug leaves out: "Wang Yi", "Wang-Yi"
                String taken = slug;
                for (int n = 2; bySlug.containsKey(slug); n++) {
                    slug = taken + "-" + n;
                }
                diagnostics.warning(record.at(), "'" + record.name() + "' nearly matches '" + page.name()
                        + "' (" + page.at() + "), another entity; if they are one, make it an alias (until then its "
                        + "page is /" + kind.key() + "/" + slug + "/)");
                slugOverride.put(record, slug);
            }
            List<Term> names = new ArrayList<>();
            names.add(new Term(record.name(), record.at()));
            names.addAll(record.aliases());
            boolean ok = true;
            for (Term name : names) {
                Claim other = exact.get(fold(name.name()));
                if (other != null && other.record() != record) {
                    diagnostics.error(name.at(), "'" + name.name() + "' is claimed by two entities: '" + record.name()
                            + "' and '" + other.record().name() + "' (" + other.at() + "); a name or alias may "
                            + "belong to one entity only");
                    ok = false;
                }
            }
            if (!ok) {
                return false;
            }
            bySlug.put(slug, new Claim(record, record.name(), record.at()));
            for (Term name : names) {
                Claim claim = new Claim(record, name.name(), name.at());
                exact.putIfAbsent(fold(name.name()), claim);
                Claim similar = loose.putIfAbsent(looseKey(name.name()), claim);
                if (similar != null && similar.record() != record && !(page != null && name.at() == record.at())) {
                    String other = similar.name().equals(similar.record().name()) ? "another entity"
                            : "an alias of '" + similar.record().name() + "'";
                    diagnostics.warning(name.at(), "'" + name.name() + "' nearly matches '" + similar.name() + "' ("
                            + similar.at() + "), " + other + "; if they are one, make it an alias");
                }
            }
            return true;
        }

        /** The data file's entity a name stands for, else its group of undescribed spellings. */
        private Object resolve(Term term, Map<String, Boolean> warned, Map<String, Spellings> undescribed) {
            Claim claim = exact.get(fold(term.name()));
            if (claim != null) {
                return claim.record();
            }
            String key = looseKey(term.name());
            Claim near = loose.get(key);
            if (near == null) {
                near = bySlug.get(slugOf(term.name()));
            }
            if (near != null) {
                if (warned.putIfAbsent(term.name(), Boolean.TRUE) == null) {
                    diagnostics.warning(term.at(), "'" + term.name() + "' in '" + kind.key() + "' is taken as '"
                            + near.record().name() + "' (" + near.at() + "), which it nearly matches; add it to its "
                            + "aliases or correct the spelling");
                }
                return near.record();
            }
            Spellings spellings = undescribed.computeIfAbsent(key, k -> new Spellings());
            spellings.add(term);
            return spellings;
        }

        private String slugOf(EntityRecord record) {
            String override = slugOverride.get(record);
            if (override != null) {
                return override;
            }
            return record.slug() != null ? slugs.slugify(record.slug(), "entity") : slugOf(record.name());
        }

        private String slugOf(String name) {
            return slugOfName.computeIfAbsent(name, n -> TaxonomyIndex.slugOf(n, slugs));
        }

        /** "wang-yi", "Wang Yi", "WangYi", "Wáng Yì" → "wangyi": a name's letters and digits, folded. */
        private String looseKey(String name) {
            return slugOf(name).replace("-", "");
        }
    }

    /** Case and runs of white space do not make a different name. */
    static String fold(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static SortedMap<YearMonth, Integer> months(List<Entry> briefings) {
        SortedMap<YearMonth, Integer> months = new TreeMap<>();
        briefings.forEach(b -> months.merge(YearMonth.from(b.date().at()), 1, Integer::sum));
        return java.util.Collections.unmodifiableSortedMap(months);
    }

    /** The spellings of one undescribed entity, each with where it was first written and how many briefings use it. */
    private static final class Spellings {
        final Map<String, Term> first = new LinkedHashMap<>();
        final Map<String, Integer> counts = new HashMap<>();
        final List<Entry> briefings = new ArrayList<>();

        void add(Term term) {
            first.putIfAbsent(term.name(), term);
            counts.merge(term.name(), 1, Integer::sum);
        }

        /** Ties go to the first spelling in code-point order. */
        String mostUsed() {
            return counts.entrySet().stream().max(Comparator.comparingInt(Map.Entry<String, Integer>::getValue)
                    .thenComparing(Map.Entry::getKey, Comparator.reverseOrder())).orElseThrow().getKey();
        }

        void warnAboutMerges(String display, EntityKind kind, String slug, Diagnostics diagnostics) {
            first.forEach((spelling, term) -> {
                if (!spelling.equals(display)) {
                    diagnostics.warning(term.at(), "'" + spelling + "' in '" + kind.key() + "' is taken as '" + display
                            + "', which it nearly matches (both are /" + kind.key() + "/" + slug + "/); use one "
                            + "spelling, or describe it in content/entities/" + kind.key() + ".yaml with the other as an alias");
                }
            });
        }
    }
}
