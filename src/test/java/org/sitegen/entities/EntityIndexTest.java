package org.sitegen.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitegen.archive.Entry;
import org.sitegen.content.PublishedDate;
import org.sitegen.content.Slugs;
import org.sitegen.content.Term;
import org.sitegen.diag.Diagnostics;
import org.sitegen.diag.SourcePosition;
import org.sitegen.store.StoredText;

class EntityIndexTest {
    private static final List<EntityKind> KINDS = EntityKind.of(List.of("people", "countries", "orgs", "places"));
    private static final SourcePosition DATA = SourcePosition.of("content/entities/people.yaml", 1, 9);

    private static Entry briefing(String name, int year, int month, Map<String, List<String>> named) {
        PublishedDate date = new PublishedDate(ZonedDateTime.of(year, month, 1, 0, 0, 0, 0, ZoneId.of("UTC")), false);
        Map<String, List<Term>> mentions = new java.util.LinkedHashMap<>();
        named.forEach((kind, names) -> mentions.put(kind, names.stream()
                .map(n -> new Term(n, SourcePosition.of("content/" + name + ".md", 3, 9))).toList()));
        return new Entry(name + ".md", "content/" + name + ".md", "/" + name + "/", name, date, null, Map.of(), "",
                List.of(), List.of(), Map.of(), StoredText.of(""), 0, List.of(), List.of(), false, StoredText.of(""),
                false, mentions, List.of());
    }

    private static EntityRecord person(String name, String... aliases) {
        return new EntityRecord("people", name, null,
                Arrays.stream(aliases).map(a -> new Term(a, DATA)).toList(), "", "", "", "", DATA);
    }

    @Test
    void aliasesCaseAndSpacesResolveToOneEntity_andMonthsAndCoMentionsAreCounted() {
        // newest first, as the archive gives them
        List<Entry> briefings = List.of(
                briefing("c", 2023, 3, Map.of("people", List.of("Secretary Blinken"), "countries", List.of("China"))),
                briefing("b", 2023, 2, Map.of("people", List.of("antony  BLINKEN", "Wang Yi"), "countries", List.of("China"))),
                briefing("a", 2023, 2, Map.of("people", List.of("Blinken", "Blinken", "Wang Yi"))));
        Diagnostics diagnostics = new Diagnostics();
        EntityIndex index = EntityIndex.build(KINDS, List.of(person("Antony Blinken", "Blinken", "Secretary Blinken")),
                briefings, new Slugs(), Locale.ENGLISH, diagnostics);

        assertThat(diagnostics.sorted()).isEmpty();
        Entity blinken = index.alphabetical("people").get(0);
        assertThat(blinken.name()).isEqualTo("Antony Blinken");
        assertThat(blinken.url()).isEqualTo("/people/antony-blinken/");
        assertThat(blinken.briefings()).extracting(Entry::title).containsExactly("c", "b", "a");
        assertThat(blinken.months()).containsExactly(Map.entry(YearMonth.of(2023, 2), 2), Map.entry(YearMonth.of(2023, 3), 1));
        assertThat(index.together(blinken)).extracting(t -> t.entity().name() + "=" + t.shared().size())
                .containsExactly("Wang Yi=2", "China=2");
        assertThat(index.of(briefings.get(2)).get("people")).extracting(Entity::name)
                .containsExactly("Antony Blinken", "Wang Yi");
        assertThat(index.byCount("people")).extracting(Entity::name).containsExactly("Antony Blinken", "Wang Yi");
    }

    @Test
    void aNameThatOnlyNearlyMatches_isTakenWithAWarning_andUnnamedEntitiesAreReported() {
        List<Entry> briefings = List.of(briefing("a", 2023, 2, Map.of("people", List.of("Wang-Yi"))));
        Diagnostics diagnostics = new Diagnostics();
        EntityIndex index = EntityIndex.build(KINDS, List.of(person("Wang Yi"), person("Nobody")), briefings,
                new Slugs(), Locale.ENGLISH, diagnostics);

        assertThat(index.alphabetical("people")).extracting(Entity::name).containsExactly("Wang Yi");
        assertThat(diagnostics.sorted()).extracting(Object::toString).containsExactly(
                "content/a.md:3:9: warning: 'Wang-Yi' in 'people' is taken as 'Wang Yi' "
                        + "(content/entities/people.yaml:1:9), which it nearly matches; add it to its aliases or correct the spelling",
                "content/entities/people.yaml:1:9: warning: 'Nobody' is not named in the 'people' of any published briefing");
    }

    @Test
    void theSameNameInTwoKinds_isTwoEntities() {
        List<Entry> briefings = List.of(briefing("a", 2023, 2, Map.of("countries", List.of("Georgia"),
                "places", List.of("Georgia"))));
        EntityIndex index = EntityIndex.build(KINDS, List.of(), briefings, new Slugs(), Locale.ENGLISH, new Diagnostics());
        assertThat(index.all()).extracting(Entity::url).containsExactly("/countries/georgia/", "/places/georgia/");
    }
}
