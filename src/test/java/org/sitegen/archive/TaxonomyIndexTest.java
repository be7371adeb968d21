package org.sitegen.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitegen.archive.Entries.briefing;
import static org.sitegen.archive.Entries.date;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitegen.content.PublishedDate;
import org.sitegen.content.Slugs;
import org.sitegen.content.Term;
import org.sitegen.diag.Diagnostic;
import org.sitegen.diag.Diagnostics;
import org.sitegen.diag.SourcePosition;

class TaxonomyIndexTest {
    private final Slugs slugs = new Slugs();
    private final Diagnostics diagnostics = new Diagnostics();

    private TaxonomyIndex build(Locale locale, Entry... newestFirst) {
        return TaxonomyIndex.build("tags", List.of(newestFirst), slugs, locale, diagnostics);
    }

    private static List<String> names(List<TermEntry> terms) {
        return terms.stream().map(TermEntry::name).toList();
    }

    private static Entry withTerms(String name, PublishedDate date, Term... terms) {
        Entry base = briefing(name, date);
        return new Entry(base.contentPath(), base.displayPath(), base.url(), base.title(), base.date(), null,
                Map.of("tags", List.of(terms)), "", List.of(), List.of(), Map.of(), "", 0);
    }

    @Test
    void build_spellingsSharingSlug_mergedWithOneWarningForMinority() {
        Entry a = briefing("a", date(2023, 3, 1), "United States");
        Entry b = withTerms("b", date(2023, 2, 1), new Term("united-states", SourcePosition.of("content/b.md", 5, 11)));
        Entry c = briefing("c", date(2023, 1, 1), "United States");
        TaxonomyIndex index = build(Locale.ENGLISH, a, b, c);

        assertThat(index.alphabetical()).hasSize(1);
        TermEntry term = index.term("united-states");
        assertThat(term.name()).isEqualTo("United States");
        assertThat(term.slug()).isEqualTo("united-states");
        assertThat(term.url()).isEqualTo("/tags/united-states/");
        assertThat(term.briefings()).containsExactly(a, b, c);
        assertThat(diagnostics.sorted()).extracting(Diagnostic::toString).containsExactly(
                "content/b.md:5:11: warning: 'united-states' in 'tags' is merged with 'United States' "
                        + "(both are /tags/united-states/)");
    }

    @Test
    void build_mostUsedSpelling_winsEvenWhenWrittenLater() {
        Entry a = briefing("a", date(2023, 3, 1), "iran");
        Entry b = briefing("b", date(2023, 2, 1), "Iran");
        Entry c = briefing("c", date(2023, 1, 1), "Iran");
        TaxonomyIndex index = build(Locale.ENGLISH, a, b, c);
        assertThat(index.term("iran").name()).isEqualTo("Iran");
        assertThat(diagnostics.sorted()).extracting(Diagnostic::message).containsExactly(
                "'iran' in 'tags' is merged with 'Iran' (both are /tags/iran/)");
    }

    @Test
    void build_tiedSpellings_firstInCodePointOrderWins() {
        TaxonomyIndex index = build(Locale.ENGLISH,
                briefing("a", date(2023, 3, 1), "united-states"),
                briefing("b", date(2023, 2, 1), "United States"));
        assertThat(index.term("united-states").name()).isEqualTo("United States");
        assertThat(diagnostics.sorted()).hasSize(1);
    }

    @Test
    void build_duplicateTermInOneBriefing_countedOnce() {
        Entry a = briefing("a", date(2023, 3, 1), "China", "china", "China");
        Entry b = briefing("b", date(2023, 2, 1), "Iran");
        TaxonomyIndex index = build(Locale.ENGLISH, a, b);
        assertThat(index.term("china").briefings()).containsExactly(a);
        assertThat(index.byCount()).extracting(TermEntry::slug).containsExactly("china", "iran");
    }

    @Test
    void build_repeatedSpellingInOneBriefing_doesNotOutvoteOtherBriefings() {
        // One briefing writing "united-states" three times is one use; two briefings write "United States".
        Entry a = briefing("a", date(2023, 3, 1), "united-states", "united-states", "united-states");
        Entry b = briefing("b", date(2023, 2, 1), "United States");
        Entry c = briefing("c", date(2023, 1, 1), "United States");
        TaxonomyIndex index = build(Locale.ENGLISH, a, b, c);
        assertThat(index.term("united-states").name()).isEqualTo("United States");
        assertThat(index.term("united-states").briefings()).containsExactly(a, b, c);
        assertThat(diagnostics.sorted()).extracting(Diagnostic::message).containsExactly(
                "'united-states' in 'tags' is merged with 'United States' (both are /tags/united-states/)");
    }

    @Test
    void alphabetical_accentedNames_sortedByCollatorNotCodePoints() {
        TaxonomyIndex index = build(Locale.GERMAN,
                briefing("a", date(2023, 3, 1), "Zypern", "Österreich"),
                briefing("b", date(2023, 2, 1), "Ägypten", "Oman", "albanien"));
        assertThat(names(index.alphabetical())).containsExactly("Ägypten", "albanien", "Oman", "Österreich", "Zypern");
    }

    @Test
    void byCount_mostBriefingsFirstTiesAlphabetical() {
        TaxonomyIndex index = build(Locale.ENGLISH,
                briefing("a", date(2023, 4, 1), "Iran", "China", "Zambia"),
                briefing("b", date(2023, 3, 1), "Iran", "Brazil"),
                briefing("c", date(2023, 2, 1), "Iran", "China", "Brazil"),
                briefing("d", date(2023, 1, 1), "Éire"));
        assertThat(names(index.byCount())).containsExactly("Iran", "Brazil", "China", "Éire", "Zambia");
        assertThat(index.byCount()).extracting(t -> t.briefings().size()).containsExactly(3, 2, 2, 1, 1);
        assertThat(names(index.alphabetical())).containsExactly("Brazil", "China", "Éire", "Iran", "Zambia");
        assertThat(diagnostics.sorted()).isEmpty();
    }

    @Test
    void build_termBriefings_keepNewestFirstOrder() {
        Entry a = briefing("a", date(2023, 3, 1), "Iran");
        Entry b = briefing("b", date(2023, 2, 1), "Iran");
        Entry c = briefing("c", date(2023, 1, 1), "Iran");
        assertThat(build(Locale.ENGLISH, a, b, c).term("iran").briefings()).containsExactly(a, b, c);
    }

    @Test
    void build_otherTaxonomyAndMissingTerms_ignored() {
        Entry a = briefing("a", date(2023, 3, 1), "Iran");
        TaxonomyIndex index = TaxonomyIndex.build("regions", List.of(a), slugs, Locale.ENGLISH, diagnostics);
        assertThat(index.name()).isEqualTo("regions");
        assertThat(index.alphabetical()).isEmpty();
        assertThat(index.byCount()).isEmpty();
    }

    @Test
    void slugOf_nonLatinTerm_isTransliteratedAndUnsluggableGetsStableHash() {
        assertThat(TaxonomyIndex.slugOf("Україна", slugs)).isEqualTo("ukraina");
        String hash = TaxonomyIndex.slugOf("!!!", slugs);
        assertThat(hash).matches("t-[0-9a-f]{8}").isEqualTo(TaxonomyIndex.slugOf("!!!", slugs));
        assertThat(TaxonomyIndex.slugOf("???", slugs)).isNotEqualTo(hash);
    }
}
