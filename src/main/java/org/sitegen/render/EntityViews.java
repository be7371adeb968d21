package org.sitegen.render;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.sitegen.archive.DatePaths;
import org.sitegen.archive.Entry;
import org.sitegen.entities.Entity;
import org.sitegen.entities.EntityIndex;
import org.sitegen.entities.EntityKind;
import org.sitegen.render.view.BriefingRef;
import org.sitegen.render.view.EntityGroupView;
import org.sitegen.render.view.EntityKindRef;
import org.sitegen.render.view.EntityKindView;
import org.sitegen.render.view.EntityRef;
import org.sitegen.render.view.EntityView;
import org.sitegen.render.view.PairView;
import org.sitegen.render.view.StoryPosition;
import org.sitegen.render.view.StoryRef;
import org.sitegen.render.view.TimelineView;
import org.sitegen.render.view.TogetherView;
import org.sitegen.stories.Stories;
import org.sitegen.stories.Story;

/**
 * Turns the entity index and the stories into the template contract (render.view): entity and
 * kind pages, the entities and story position of a briefing, and each entity's timeline laid out
 * as bars, so templates draw an SVG without arithmetic.
 */
final class EntityViews {
    /** A timeline shows at least this many months, so one busy month is not one wide bar. */
    static final int TIMELINE_MIN_MONTHS = 12;
    /** A Wikidata item's page, less its id. */
    private static final String WIKIDATA_ITEM = org.sitegen.entities.EntityRecord.WIKIDATA_ITEM;
    private static final int STEP = 10;
    private static final int BAR = 8;
    private static final int BASELINE = 56;
    private static final int TALLEST = 52;
    private static final int HEIGHT = 72;

    private final EntityIndex entities;
    private final Stories stories;
    private final ViewFactory views;

    EntityViews(EntityIndex entities, Stories stories, ViewFactory views) {
        this.entities = entities;
        this.stories = stories;
        this.views = views;
    }

    EntityKindRef kind(EntityKind kind) {
        return new EntityKindRef(kind.key(), views.kindTitle(kind), kind.singular(), kind.url());
    }

    EntityRef ref(Entity entity) {
        return new EntityRef(entity.kind().key(), entity.name(), entity.slug(), entity.url(),
                entity.briefings().size(), entity.data() == null ? "" : entity.data().wikidata());
    }

    EntityKindView kindPage(EntityKind kind) {
        return new EntityKindView(kind(kind), entities.alphabetical(kind.key()).stream().map(this::ref).toList(),
                entities.byCount(kind.key()).stream().map(this::ref).toList());
    }

    EntityView page(Entity entity) {
        var data = entity.data();
        List<TogetherView> together = entities.together(entity).stream()
                .map(t -> new TogetherView(ref(t.entity()), t.shared().size(),
                        t.shared().stream().limit(TogetherView.SHARED_SHOWN).map(views::ref).toList(),
                        hasPairPage(t) ? pair(entity, t).url() : ""))
                .toList();
        String wikidata = data == null ? "" : data.wikidata();
        return new EntityView(ref(entity), kind(entity.kind()), data == null ? "" : data.description(),
                data == null ? List.of() : data.aliases().stream().map(a -> a.name()).toList(), wikidata,
                wikidata.isEmpty() ? "" : WIKIDATA_ITEM + wikidata,
                data == null ? "" : data.image(), data == null ? "" : data.credit(), timeline(entity.months()),
                together);
    }

    /**
     * Whether the briefings an entity page lists under "Named with" for {@code together} get a page
     * of their own: only when they are more than the entity page lists there. So there are at most
     * {@value EntityIndex#TOGETHER} such pages per entity, each no longer than the shorter of the two
     * entities' own listings, and none for pairs no entity page shows.
     */
    static boolean hasPairPage(org.sitegen.entities.Entity.Together together) {
        return together.shared().size() > TogetherView.SHARED_SHOWN;
    }

    /**
     * {@code entity} and another named with it. One page per pair, whichever entity page links to
     * it: under the folder of the one of the earlier kind, then the earlier slug, so its URL does
     * not depend on which entity shows the pair or on counts.
     */
    PairView pair(Entity entity, org.sitegen.entities.Entity.Together together) {
        Entity other = together.entity();
        int kindOrder = Integer.compare(entities.kinds().indexOf(entity.kind()), entities.kinds().indexOf(other.kind()));
        boolean entityFirst = kindOrder < 0 || kindOrder == 0 && entity.slug().compareTo(other.slug()) < 0;
        Entity first = entityFirst ? entity : other;
        Entity second = entityFirst ? other : entity;
        return new PairView(ref(first), ref(second), together.shared().size(),
                first.url() + "with/" + second.kind().key() + "/" + second.slug() + "/");
    }

    /** A briefing's entities, kind by kind (kinds it names none of left out). */
    List<EntityGroupView> of(Entry briefing) {
        Map<String, List<Entity>> named = entities.of(briefing);
        List<EntityGroupView> groups = new ArrayList<>();
        for (EntityKind kind : entities.kinds()) {
            List<Entity> these = named.get(kind.key());
            if (these != null) {
                groups.add(new EntityGroupView(kind(kind), these.stream().map(this::ref).toList()));
            }
        }
        return groups;
    }

    StoryRef story(Story story) {
        return new StoryRef(story.title(), story.url(), story.parts().size(), views.date(story.parts().get(0).date()),
                views.ref(story.latest()));
    }

    /** Where a briefing sits in its story, or null when it is in none. */
    StoryPosition position(Entry briefing) {
        Story story = stories.of(briefing);
        if (story == null) {
            return null;
        }
        List<Entry> parts = story.parts();
        int i = parts.indexOf(briefing);
        BriefingRef previous = i > 0 ? views.ref(parts.get(i - 1)) : null;
        BriefingRef next = i + 1 < parts.size() ? views.ref(parts.get(i + 1)) : null;
        BriefingRef latest = i + 1 < parts.size() ? views.ref(story.latest()) : null;
        return new StoryPosition(story(story), i + 1, parts.size(), previous, next, latest);
    }

    /** One bar a month from the first month named (or a year before the last) to the last. */
    TimelineView timeline(SortedMap<YearMonth, Integer> months) {
        YearMonth last = months.lastKey();
        YearMonth first = months.firstKey();
        if (first.isAfter(last.minusMonths(TIMELINE_MIN_MONTHS - 1))) {
            first = last.minusMonths(TIMELINE_MIN_MONTHS - 1);
        }
        return timeline(months, first, last);
    }

    /**
     * One bar a month from {@code first} to {@code last} (a year in review: January to December).
     * {@code months} has at least one month with briefings, all of them in that range.
     */
    TimelineView timeline(SortedMap<YearMonth, Integer> months, YearMonth first, YearMonth last) {
        int most = months.values().stream().max(Integer::compare).orElse(1);
        List<TimelineView.Bar> bars = new ArrayList<>();
        List<TimelineView.Label> labels = new ArrayList<>();
        List<TimelineView.Bar> named = new ArrayList<>();
        List<YearMonth> namedMonths = new ArrayList<>();
        int x = 0;
        YearMonth busiest = null;
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1), x += STEP) {
            int count = months.getOrDefault(m, 0);
            int height = count == 0 ? 0 : Math.max(2, Math.round((float) TALLEST * count / most));
            TimelineView.Bar bar = new TimelineView.Bar(x + (STEP - BAR) / 2, BASELINE - height, BAR, height,
                    views.monthAndYear(m.getYear(), m.getMonthValue()), DatePaths.month(m), count);
            bars.add(bar);
            if (count > 0) {
                named.add(bar);
                namedMonths.add(m);
                if (busiest == null || count > months.get(busiest)) {
                    busiest = m;
                }
            }
            if (m.getMonthValue() == 1 || m.equals(first)) {
                labels.add(new TimelineView.Label(x, String.valueOf(m.getYear())));
            }
        }
        int total = months.values().stream().mapToInt(Integer::intValue).sum();
        var messages = views.messages();
        // months inside a sentence as the language writes them there ("de février 2023"), not as titles
        YearMonth firstNamed = namedMonths.get(0);
        YearMonth lastNamed = namedMonths.get(namedMonths.size() - 1);
        String summary = named.size() == 1 ? messages.format("timeline.one", total, views.monthAndYearInText(firstNamed))
                : messages.format("timeline.range", total, views.monthAndYearInText(firstNamed),
                views.monthAndYearInText(lastNamed), views.monthAndYearInText(busiest), months.get(busiest));
        // a year label that would run into the next one gives way to it
        List<TimelineView.Label> spaced = new ArrayList<>();
        for (TimelineView.Label label : labels) {
            if (!spaced.isEmpty() && label.x() - spaced.get(spaced.size() - 1).x() < 4 * STEP) {
                spaced.remove(spaced.size() - 1);
            }
            spaced.add(label);
        }
        return new TimelineView(x, HEIGHT, BASELINE, bars, spaced, named, summary);
    }
}
