package org.sitegen.related;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sitegen.archive.Archive;
import org.sitegen.archive.Entry;
import org.sitegen.content.PublishedDate;
import org.sitegen.content.Slugs;
import org.sitegen.content.Term;
import org.sitegen.diag.Diagnostics;
import org.sitegen.diag.SourcePosition;

class RelatedBriefingsTest {
    private static final Slugs SLUGS = new Slugs();

    private static Entry briefing(String name, int dayOfYear, String... tags) {
        ZonedDateTime at = ZonedDateTime.of(2023, 1, 1, 0, 0, 0, 0, ZoneId.of("UTC")).plusDays(dayOfYear);
        List<Term> terms = Arrays.stream(tags).map(t -> new Term(t, SourcePosition.of(name, 1, 1))).toList();
        return new Entry(name + ".md", "content/" + name + ".md", "/" + name + "/", name,
                new PublishedDate(at, false), null, Map.of("tags", terms), "", List.of(), List.of(), Map.of(), "", 0);
    }

    private static Archive archive(List<Entry> entries) {
        return Archive.build(entries, List.of(), List.of("tags"), Locale.ENGLISH, SLUGS, new Diagnostics());
    }

    private static List<String> related(List<Entry> entries, String name, int limit, int window) {
        Archive archive = archive(entries);
        RelatedBriefings related = new RelatedBriefings(archive.briefings(), archive.taxonomies().values(), window);
        Entry self = archive.briefings().stream().filter(e -> e.title().equals(name)).findFirst().orElseThrow();
        return related.of(self, limit).stream().map(Entry::title).toList();
    }

    /** Five filler briefings carrying "common", so that it is a common tag. */
    private static List<Entry> withFiller(Entry... entries) {
        List<Entry> all = new ArrayList<>(Arrays.asList(entries));
        for (int i = 0; i < 5; i++) {
            all.add(briefing("filler" + i, 300 + i, "common"));
        }
        return all;
    }

    @Test
    void sharedRareTag_outranksSharedCommonTag_evenWhenFurtherInTime() {
        List<Entry> all = withFiller(
                briefing("self", 100, "rare", "common"),
                briefing("near-common", 101, "common"),
                briefing("far-rare", 10, "rare"));
        assertThat(related(all, "self", 2, 200)).containsExactly("far-rare", "near-common");
    }

    @Test
    void moreSharedTags_outrankFewer() {
        List<Entry> all = withFiller(
                briefing("self", 100, "a", "b"),
                briefing("one", 100, "a"),
                briefing("two", 50, "a", "b"));
        assertThat(related(all, "self", 5, 200)).containsExactly("two", "one");
    }

    @Test
    void equalScores_closestInTimeFirst_thenNewer() {
        List<Entry> all = List.of(
                briefing("self", 100, "x"),
                briefing("minus10", 90, "x"),
                briefing("plus3", 103, "x"),
                briefing("minus3", 97, "x"),
                briefing("plus30", 130, "x"));
        assertThat(related(all, "self", 5, 200)).containsExactly("plus3", "minus3", "minus10", "plus30");
    }

    @Test
    void limit_isRespected_andSelfNeverListed() {
        List<Entry> all = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            all.add(briefing("b" + i, i, "x"));
        }
        List<String> related = related(all, "b10", 5, 200);
        assertThat(related).hasSize(5).doesNotContain("b10");
    }

    @Test
    void noSharedTerm_nothingRelated() {
        assertThat(related(List.of(briefing("self", 1, "a"), briefing("other", 2, "b")), "self", 5, 200)).isEmpty();
        assertThat(related(List.of(briefing("self", 1), briefing("other", 2)), "self", 5, 200)).isEmpty();
    }

    @Test
    void commonTag_onlyWindowNearestInTimeIsScored() {
        List<Entry> all = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            all.add(briefing("b" + i, i * 2, "everywhere"));
        }
        all.add(briefing("self", 101, "everywhere"));
        // window 4: the four members nearest in archive order to day 101: days 98, 100, 102, 104 (or similar)
        List<String> related = related(all, "self", 10, 5);
        assertThat(related).hasSizeLessThanOrEqualTo(4).allSatisfy(name -> {
            int day = Integer.parseInt(name.substring(1)) * 2;
            assertThat(Math.abs(day - 101)).isLessThan(10);
        });
    }

    @Test
    void result_doesNotDependOnInputOrder() {
        List<Entry> all = new ArrayList<>();
        Random random = new Random(42);
        String[] tags = {"a", "b", "c", "d", "e", "f"};
        for (int i = 0; i < 60; i++) {
            all.add(briefing("b" + i, random.nextInt(30), tags[random.nextInt(6)], tags[random.nextInt(6)]));
        }
        List<List<String>> first = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            first.add(related(all, "b" + i, 5, 200));
        }
        Collections.shuffle(all, new Random(7));
        for (int i = 0; i < 60; i++) {
            assertThat(related(all, "b" + i, 5, 200)).as("b" + i).isEqualTo(first.get(i));
        }
    }

    @Test
    void tenThousandBriefings_withAnEverywhereTag_areFast() {
        List<Entry> all = new ArrayList<>();
        Random random = new Random(1);
        for (int i = 0; i < 10_000; i++) {
            all.add(briefing("b" + i, i / 3, "everywhere", "t" + random.nextInt(400), "u" + random.nextInt(40)));
        }
        Archive archive = archive(all);
        long start = System.nanoTime();
        RelatedBriefings related = new RelatedBriefings(archive.briefings(), archive.taxonomies().values());
        int found = 0;
        for (Entry e : archive.briefings()) {
            found += related.of(e, 5).size();
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("related for 10,000 briefings: " + millis + " ms");
        assertThat(found).isEqualTo(50_000);
        assertThat(millis).as("related for 10,000 briefings, ms").isLessThan(15_000);
    }

    /** Each briefing's related titles through {@link RelatedBriefings#lists}, with what they would record. */
    private static Map<String, List<String>> listed(RelatedBriefings.Lists lists, Archive archive) {
        Map<String, List<String>> all = new java.util.TreeMap<>();
        for (Entry e : archive.briefings()) {
            all.put(e.title(), lists.of(e).stream().map(Entry::title).toList());
        }
        return all;
    }

    private static Map<String, List<String>> made(Archive archive) {
        RelatedBriefings related = new RelatedBriefings(archive.briefings(), archive.taxonomies().values());
        Map<String, List<String>> all = new java.util.TreeMap<>();
        for (Entry e : archive.briefings()) {
            all.put(e.title(), related.of(e, 5).stream().map(Entry::title).toList());
        }
        return all;
    }

    /** What a build of {@code archive} records, every briefing's list asked for. */
    private static RelatedBriefings.Recorded recordedOf(Archive archive) {
        RelatedBriefings.Lists lists = new RelatedBriefings(archive.briefings(), archive.taxonomies().values())
                .lists(5, null, false);
        assertThat(lists.recorded()).as("not every list asked for yet").isNull();
        listed(lists, archive);
        return lists.recorded();
    }

    private static List<Entry> mixed() {
        List<Entry> all = new ArrayList<>();
        String[] tags = {"a", "b", "c", "d"};
        for (int i = 0; i < 12; i++) {
            all.add(briefing("b" + i, i * 3, tags[i % 4], tags[(i / 2) % 4]));
        }
        return all;
    }

    /** The lists the last build recorded, each of them reversed: lists no build would make, to tell kept ones from made ones. */
    private static RelatedBriefings.Recorded reversed(RelatedBriefings.Recorded recorded) {
        int[][] lists = new int[recorded.positions().length][];
        for (int i = 0; i < lists.length; i++) {
            int[] list = recorded.positions()[i];
            lists[i] = new int[list.length];
            for (int k = 0; k < list.length; k++) {
                lists[i][k] = list[list.length - 1 - k];
            }
        }
        return new RelatedBriefings.Recorded(recorded.key(), lists);
    }

    @Test
    void lists_ofTheSameInputs_areTheLastBuildsKept() {
        List<Entry> all = mixed();
        Archive first = archive(all);
        RelatedBriefings.Lists made = new RelatedBriefings(first.briefings(), first.taxonomies().values())
                .lists(5, null, false);
        assertThat(made.kept()).isFalse();
        assertThat(listed(made, first)).isEqualTo(made(first));
        RelatedBriefings.Recorded recorded = made.recorded();
        assertThat(recorded).isNotNull();

        // a body or title edit: the same terms, dates and order (the entries are new objects, as in a rebuild)
        List<Entry> edited = new ArrayList<>(all);
        Entry b5 = edited.get(5);
        edited.set(5, new Entry(b5.contentPath(), b5.displayPath(), b5.url(), "b5", b5.date(), null, b5.terms(),
                "another summary", List.of(), List.of(), Map.of(), "<p>another body</p>", 2));
        Archive second = archive(edited);
        RelatedBriefings.Lists kept = new RelatedBriefings(second.briefings(), second.taxonomies().values())
                .lists(5, reversed(recorded), false);
        assertThat(kept.kept()).isTrue();
        Map<String, List<String>> shown = listed(kept, second);
        assertThat(shown).isNotEqualTo(made(second)); // the recorded (reversed) lists were used, not made again
        shown.forEach((title, related) -> assertThat(related).containsExactlyInAnyOrderElementsOf(made(second).get(title)));
        assertThat(kept.recorded().key()).isEqualTo(recorded.key());
    }

    @Test
    void lists_madeAgain_whenATagADateOrTheArchiveChanges() {
        List<Entry> all = mixed();
        Archive first = archive(all);
        RelatedBriefings.Recorded recorded = reversed(recordedOf(first));

        List<List<Entry>> changes = new ArrayList<>();
        List<Entry> retagged = new ArrayList<>(all);
        retagged.set(3, briefing("b3", 9, "a", "c")); // b3 was d and b
        changes.add(retagged);
        List<Entry> moved = new ArrayList<>(all);
        moved.set(3, briefing("b3", 10, "d", "b")); // a day later: nearer other briefings
        changes.add(moved);
        List<Entry> added = new ArrayList<>(all);
        added.add(briefing("new", 40, "a", "b"));
        changes.add(added);
        List<Entry> removed = new ArrayList<>(all);
        removed.remove(7);
        changes.add(removed);
        for (List<Entry> change : changes) {
            Archive now = archive(change);
            RelatedBriefings.Lists lists = new RelatedBriefings(now.briefings(), now.taxonomies().values())
                    .lists(5, recorded, false);
            assertThat(lists.kept()).isFalse();
            assertThat(listed(lists, now)).isEqualTo(made(now));
        }
        // a limit of its own is another list
        assertThat(new RelatedBriefings(first.briefings(), first.taxonomies().values()).lists(4, recorded, false)
                .kept()).isFalse();
    }

    @Test
    void verifiedLists_thatDifferFromKeptOnes_fail() {
        Archive archive = archive(mixed());
        RelatedBriefings related = new RelatedBriefings(archive.briefings(), archive.taxonomies().values());
        RelatedBriefings.Recorded wrong = reversed(recordedOf(archive));
        RelatedBriefings.Lists lists = related.lists(5, wrong, true);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> listed(lists, archive))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("related briefings kept");
    }
}
