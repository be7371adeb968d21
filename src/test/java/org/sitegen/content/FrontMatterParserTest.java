package org.sitegen.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitegen.diag.Diagnostic;
import org.sitegen.diag.Diagnostics;
import org.sitegen.diag.Severity;
import org.sitegen.diag.SourcePosition;

class FrontMatterParserTest {
    private static final String PATH = "content/2023/x.md";
    private static final ZoneId UTC = ZoneId.of("UTC");

    private final FrontMatterParser parser = new FrontMatterParser(new DateParser(UTC), List.of("tags"));
    private final Diagnostics diagnostics = new Diagnostics();

    /** Splits a whole file, as the loader does, so positions are file positions. */
    private Optional<FrontMatter> parseFile(String file, Optional<PublishedDate> dateFromName, boolean briefing) {
        try {
            return parser.parse(new FrontMatterSplitter().split(file), PATH, dateFromName, briefing, diagnostics);
        } catch (FrontMatterSplitter.UnclosedFrontMatterException e) {
            throw new AssertionError(e);
        }
    }

    private FrontMatter parseOk(String file) {
        Optional<FrontMatter> result = parseFile(file, Optional.empty(), true);
        assertThat(diagnostics.sorted()).isEmpty();
        assertThat(result).isPresent();
        return result.get();
    }

    private List<String> messages() {
        return diagnostics.sorted().stream().map(Diagnostic::toString).toList();
    }

    private static List<String> names(List<Term> terms) {
        return terms.stream().map(Term::name).toList();
    }

    private static PublishedDate day(int y, int m, int d) {
        return new PublishedDate(ZonedDateTime.of(y, m, d, 0, 0, 0, 0, UTC), false);
    }

    @Test
    void parse_allFields_areRead() {
        FrontMatter fm = parseOk("""
                ---
                title: "Zurich talks resume"
                date: 2023-02-19 09:30
                updated: 2023-02-20
                tags: [Switzerland, Iran]
                summary: Talks resume in Zurich.
                author: Ann Lee
                authors: [Bob Roe, Cy Poe]
                slug: zurich-talks
                draft: false
                sources:
                  - https://example.org/a
                  - Reuters wire
                  - {title: "Ministry statement", url: "https://gov.example/s"}
                  - {name: Agency, link: "https://agency.example/x"}
                ---
                Body
                """);
        assertThat(fm.title()).isEqualTo("Zurich talks resume");
        assertThat(fm.date()).isEqualTo(new PublishedDate(ZonedDateTime.of(2023, 2, 19, 9, 30, 0, 0, UTC), true));
        assertThat(fm.updated()).isEqualTo(day(2023, 2, 20));
        assertThat(fm.terms()).containsOnlyKeys("tags");
        assertThat(fm.terms().get("tags")).containsExactly(
                new Term("Switzerland", SourcePosition.of(PATH, 5, 8)),
                new Term("Iran", SourcePosition.of(PATH, 5, 21)));
        assertThat(fm.summary()).isEqualTo("Talks resume in Zurich.");
        assertThat(fm.authors()).containsExactly("Ann Lee", "Bob Roe", "Cy Poe");
        assertThat(fm.slug()).isEqualTo("zurich-talks");
        assertThat(fm.draft()).isFalse();
        assertThat(fm.sources()).extracting(Source::title, Source::url).containsExactly(
                tuple("https://example.org/a", "https://example.org/a"),
                tuple("Reuters wire", ""),
                tuple("Ministry statement", "https://gov.example/s"),
                tuple("Agency", "https://agency.example/x"));
        assertThat(fm.params()).isEmpty();
    }

    @Test
    void parse_minimal_defaultsAreEmpty() {
        FrontMatter fm = parseOk("---\ntitle: X\ndate: 2023-02-19\n---\n");
        assertThat(fm.title()).isEqualTo("X");
        assertThat(fm.date()).isEqualTo(day(2023, 2, 19));
        assertThat(fm.updated()).isNull();
        assertThat(fm.terms()).isEqualTo(Map.of("tags", List.of()));
        assertThat(fm.summary()).isNull();
        assertThat(fm.authors()).isEmpty();
        assertThat(fm.slug()).isNull();
        assertThat(fm.draft()).isFalse();
        assertThat(fm.sources()).isEmpty();
        assertThat(fm.params()).isEmpty();
    }

    @Test
    void parse_lastmod_isUpdated() {
        assertThat(parseOk("---\ntitle: X\ndate: 2023-02-19\nlastmod: 2023-03-01\n---\n").updated())
                .isEqualTo(day(2023, 3, 1));
    }

    @Test
    void parse_tagsSingleString_isOneTerm() {
        FrontMatter fm = parseOk("---\ntitle: X\ndate: 2023-02-19\ntags: United States\n---\n");
        assertThat(fm.terms().get("tags")).containsExactly(new Term("United States", SourcePosition.of(PATH, 4, 7)));
    }

    @Test
    void parse_tagsEmptyOrEmptyList_isNoTerms() {
        assertThat(parseOk("---\ntitle: X\ndate: 2023-02-19\ntags:\n---\n").terms().get("tags")).isEmpty();
        assertThat(parseOk("---\ntitle: X\ndate: 2023-02-19\ntags: []\n---\n").terms().get("tags")).isEmpty();
        assertThat(parseOk("---\ntitle: X\ndate: 2023-02-19\ntags: [\"\", \"  \"]\n---\n").terms().get("tags")).isEmpty();
    }

    @Test
    void parse_tagsYaml11Lookalikes_keepTheirText() {
        FrontMatter fm = parseOk("---\ntitle: X\ndate: 2023-02-19\ntags: [NO, \"1.10\", Iran, 1.10, yes, ~]\n---\n");
        assertThat(names(fm.terms().get("tags"))).containsExactly("NO", "1.10", "Iran", "1.10", "yes");
    }

    @Test
    void parse_tagsBlockList_positionsAreFileLines() {
        FrontMatter fm = parseOk("---\ntitle: X\ndate: 2023-02-19\ntags:\n  - Iran\n  - China\n---\n");
        assertThat(fm.terms().get("tags")).containsExactly(
                new Term("Iran", SourcePosition.of(PATH, 5, 5)),
                new Term("China", SourcePosition.of(PATH, 6, 5)));
    }

    @Test
    void parse_summarySynonyms_areRead() {
        assertThat(parseOk("---\ntitle: X\ndate: 2023-02-19\nexcerpt: E\n---\n").summary()).isEqualTo("E");
        assertThat(parseOk("---\ntitle: X\ndate: 2023-02-19\ndescription: D\n---\n").summary()).isEqualTo("D");
        assertThat(parseOk("---\ntitle: X\ndate: 2023-02-19\ndescription: D\nsummary: S\n---\n").summary())
                .isEqualTo("S");
        FrontMatter fm = parseOk("---\ntitle: X\ndate: 2023-02-19\nexcerpt: E\ndescription: D\n---\n");
        assertThat(fm.summary()).isEqualTo("E");
        assertThat(fm.params()).isEmpty();
    }

    @Test
    void parse_sourcesSingleMappingAndUrlOnly_areRead() {
        assertThat(parseOk("---\ntitle: X\ndate: 2023-02-19\nsources: {title: T, url: \"http://a.example/\"}\n---\n")
                .sources()).extracting(Source::title, Source::url).containsExactly(tuple("T", "http://a.example/"));
        assertThat(parseOk("---\ntitle: X\ndate: 2023-02-19\nsources:\n  - url: \"https://u.example\"\n---\n")
                .sources()).extracting(Source::title, Source::url).containsExactly(tuple("https://u.example", "https://u.example"));
        assertThat(parseOk("---\ntitle: X\ndate: 2023-02-19\nsources: HTTPS://UPPER.EXAMPLE\n---\n")
                .sources()).extracting(Source::title, Source::url).containsExactly(tuple("HTTPS://UPPER.EXAMPLE", "HTTPS://UPPER.EXAMPLE"));
    }

    @Test
    void parse_sourceMappingWithoutTitleOrUrl_isError() {
        assertThat(parseFile("---\ntitle: X\ndate: 2023-02-19\nsources:\n  - {note: n}\n---\n", Optional.empty(), true))
                .isEmpty();
        assertThat(messages()).containsExactly(PATH + ":5:5: error: each of 'sources' needs a 'publisher', a 'title' or a 'url'",
                PATH + ":5:6: warning: unknown key 'note' in a source (known: publisher, title, url, date, type); ignored");
    }

    @Test
    void parse_structuredSource_readsEveryField_withWhereThePublisherAndUrlAreWritten() {
        FrontMatter fm = parseOk("---\ntitle: X\ndate: 2023-02-19\nsources:\n  - publisher: NBC News\n"
                + "    title: Interview\n    url: https://nbc.example/i\n    date: 2023-02-18\n    type: Interview\n"
                + "  - {publisher: Kremlin, type: statement}\n---\n");
        Source first = fm.sources().get(0);
        assertThat(first.publisher()).isEqualTo("NBC News");
        assertThat(first.title()).isEqualTo("Interview");
        assertThat(first.url()).isEqualTo("https://nbc.example/i");
        assertThat(first.date().at().toLocalDate()).isEqualTo(java.time.LocalDate.of(2023, 2, 18));
        assertThat(first.type()).isEqualTo("interview");
        assertThat(first.publisherAt()).isEqualTo(SourcePosition.of(PATH, 5, 16));
        assertThat(first.urlAt()).isEqualTo(SourcePosition.of(PATH, 7, 10));
        Source second = fm.sources().get(1);
        assertThat(second.title()).as("a publisher alone is not a title").isEmpty();
        assertThat(second.url()).isEmpty();
        assertThat(second.urlAt()).isNull();
        assertThat(second.date()).isNull();
        assertThat(messages()).isEmpty();
    }

    @Test
    void parse_draftWords_areBooleans() {
        assertThat(parseOk("---\ntitle: X\ndate: 2023-02-19\ndraft: true\n---\n").draft()).isTrue();
        assertThat(parseOk("---\ntitle: X\ndate: 2023-02-19\ndraft: yes\n---\n").draft()).isTrue();
        assertThat(parseOk("---\ntitle: X\ndate: 2023-02-19\ndraft: false\n---\n").draft()).isFalse();
        assertThat(parseOk("---\ntitle: X\ndate: 2023-02-19\ndraft: no\n---\n").draft()).isFalse();
        assertThat(parseOk("---\ntitle: X\ndate: 2023-02-19\ndraft:\n---\n").draft()).isFalse();
    }

    @Test
    void parse_draftMaybe_isErrorAtValue() {
        assertThat(parseFile("---\ntitle: X\ndate: 2023-02-19\ndraft: maybe\n---\n", Optional.empty(), true)).isEmpty();
        assertThat(messages()).containsExactly(PATH + ":4:8: error: 'draft' must be true or false, not \"maybe\"");
    }

    @Test
    void parse_missingTitle_isError() {
        assertThat(parseFile("---\ndate: 2023-02-19\n---\nBody\n", Optional.empty(), true)).isEmpty();
        assertThat(diagnostics.sorted()).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Severity.ERROR);
            assertThat(d.message()).isEqualTo("missing required 'title'");
            assertThat(d.at().path()).isEqualTo(PATH);
            assertThat(d.at().line()).isEqualTo(2);
        });
    }

    @Test
    void parse_noFrontMatterAtAll_reportsMissingTitleAndDate() {
        assertThat(parseFile("Just a body\n", Optional.empty(), true)).isEmpty();
        assertThat(diagnostics.sorted()).extracting(Diagnostic::message).containsExactly(
                "missing required 'date' (add 'date: YYYY-MM-DD' or a YYYY-MM-DD- file-name prefix)",
                "missing required 'title'");
    }

    @Test
    void parse_emptyTitle_isErrorAtValue() {
        assertThat(parseFile("---\ntitle: \"  \"\ndate: 2023-02-19\n---\n", Optional.empty(), true)).isEmpty();
        assertThat(messages()).containsExactly(PATH + ":2:8: error: 'title' is empty");
    }

    @Test
    void parse_titleList_isError() {
        assertThat(parseFile("---\ntitle: [a, b]\ndate: 2023-02-19\n---\n", Optional.empty(), true)).isEmpty();
        assertThat(messages()).containsExactly(PATH + ":2:8: error: 'title' must be a single value, not a list");
    }

    @Test
    void parse_impossibleDate_isErrorWithFileLineAndColumn() {
        assertThat(parseFile("---\ntitle: X\ndate: 2023-02-31\n---\nBody\n", Optional.empty(), true)).isEmpty();
        assertThat(diagnostics.sorted()).hasSize(1);
        assertThat(diagnostics.sorted().get(0).toString())
                .isEqualTo("content/2023/x.md:3:7: error: 'date' is not a date: \"2023-02-31\"; February 2023 has 28 days");
    }

    @Test
    void parse_impossibleDateWithFileNameDate_isStillError() {
        assertThat(parseFile("---\ntitle: X\ndate: 2023-02-31\n---\n", Optional.of(day(2023, 2, 19)), true)).isEmpty();
        assertThat(messages()).containsExactly(PATH + ":3:7: error: 'date' is not a date: \"2023-02-31\"; February 2023 has 28 days");
    }

    @Test
    void parse_emptyDate_isError() {
        assertThat(parseFile("---\ntitle: X\ndate:\n---\n", Optional.of(day(2023, 2, 19)), true)).isEmpty();
        assertThat(diagnostics.sorted()).extracting(Diagnostic::message).containsExactly("'date' is empty");
    }

    @Test
    void parse_badUpdated_isError() {
        assertThat(parseFile("---\ntitle: X\ndate: 2023-02-19\nupdated: soon\n---\n", Optional.empty(), true)).isEmpty();
        assertThat(messages()).containsExactly(PATH + ":4:10: error: 'updated' is not a date: \"soon\"; "
                + DateParser.ACCEPTED_FORMS);
    }

    @Test
    void parse_noDateButFileNameDate_usesFileNameDate() {
        Optional<FrontMatter> fm = parseFile("---\ntitle: X\n---\n", Optional.of(day(2022, 6, 10)), true);
        assertThat(diagnostics.sorted()).isEmpty();
        assertThat(fm).get().extracting(FrontMatter::date).isEqualTo(day(2022, 6, 10));
    }

    @Test
    void parse_dateAndFileNameDate_frontMatterWins() {
        Optional<FrontMatter> fm = parseFile("---\ntitle: X\ndate: 2023-02-19\n---\n", Optional.of(day(2022, 6, 10)), true);
        assertThat(fm).get().extracting(FrontMatter::date).isEqualTo(day(2023, 2, 19));
    }

    @Test
    void parse_briefingWithoutAnyDate_isError() {
        assertThat(parseFile("---\ntitle: X\n---\n", Optional.empty(), true)).isEmpty();
        assertThat(messages()).containsExactly(PATH
                + ":2:1: error: missing required 'date' (add 'date: YYYY-MM-DD' or a YYYY-MM-DD- file-name prefix)");
    }

    @Test
    void parse_pageWithoutDate_isAcceptedWithNullDate() {
        Optional<FrontMatter> fm = parseFile("---\ntitle: About\n---\n", Optional.empty(), false);
        assertThat(diagnostics.sorted()).isEmpty();
        assertThat(fm).get().extracting(FrontMatter::date).isNull();
    }

    @Test
    void parse_brokenYaml_isOneErrorOnPlausibleLine() {
        assertThat(parseFile("---\ntitle: [unclosed\n---\nBody\n", Optional.empty(), true)).isEmpty();
        assertThat(diagnostics.sorted()).singleElement().satisfies(d -> {
            assertThat(d.isError()).isTrue();
            assertThat(d.at().path()).isEqualTo(PATH);
            assertThat(d.at().line()).isBetween(2, 3);
            assertThat(d.message()).startsWith("front matter is not valid YAML");
        });
    }

    @Test
    void parse_badIndentation_isErrorOnItsLine() {
        assertThat(parseFile("---\ntitle: x\n  bad: indent\n---\n", Optional.empty(), true)).isEmpty();
        assertThat(diagnostics.sorted()).singleElement().satisfies(d -> {
            assertThat(d.at().line()).isEqualTo(3);
            assertThat(d.message()).startsWith("front matter is not valid YAML");
        });
    }

    @Test
    void parse_topLevelList_isError() {
        assertThat(parseFile("---\n- a\n- b\n---\n", Optional.empty(), true)).isEmpty();
        assertThat(messages()).containsExactly(PATH + ":2:1: error: front matter must be a set of 'key: value' lines");
    }

    @Test
    void parse_yamlAlias_isErrorMentioningAliases() {
        assertThat(parseFile("---\ntitle: X\ndate: 2023-02-19\na: &x 1\nb: *x\n---\n", Optional.empty(), true)).isEmpty();
        assertThat(diagnostics.sorted()).singleElement().satisfies(d -> {
            assertThat(d.isError()).isTrue();
            assertThat(d.at().line()).isEqualTo(5);
            assertThat(d.message()).contains("aliases").contains("*x");
        });
    }

    @Test
    void parse_customTag_isError() {
        assertThat(parseFile("---\ntitle: X\ndate: 2023-02-19\nb: !!python/object:os.system x\n---\n",
                Optional.empty(), true)).isEmpty();
        assertThat(diagnostics.sorted()).singleElement().satisfies(d -> {
            assertThat(d.isError()).isTrue();
            assertThat(d.at().line()).isEqualTo(4);
            assertThat(d.message()).contains("python/object:os.system").contains("not allowed");
        });
    }

    @Test
    void parse_coreTag_isAccepted() {
        FrontMatter fm = parseOk("---\ntitle: !!str 2023\ndate: 2023-02-19\n---\n");
        assertThat(fm.title()).isEqualTo("2023");
    }

    @Test
    void parse_duplicateKey_isError() {
        assertThat(parseFile("---\ntitle: X\ndate: 2023-02-19\ntitle: Y\n---\n", Optional.empty(), true)).isEmpty();
        assertThat(diagnostics.sorted()).singleElement().satisfies(d -> {
            assertThat(d.isError()).isTrue();
            assertThat(d.at().line()).isEqualTo(4);
            assertThat(d.message()).containsIgnoringCase("duplicate").contains("title");
        });
    }

    @Test
    void parse_unknownKeys_passThroughAsParamsWithTextKept() {
        FrontMatter fm = parseOk("""
                ---
                title: X
                date: 2023-02-19
                version: 1.10
                featured: true
                hidden: False
                toggle: yes
                country: NO
                count: 007
                empty:
                nested:
                  list: [1, 2.50, NO, {k: v}]
                  map: {a: ~, b: "quoted"}
                ---
                """);
        assertThat(fm.params()).containsExactly(
                Map.entry("version", "1.10"),
                Map.entry("featured", Boolean.TRUE),
                Map.entry("hidden", Boolean.FALSE),
                Map.entry("toggle", "yes"),
                Map.entry("country", "NO"),
                Map.entry("count", "007"),
                Map.entry("empty", ""),
                Map.entry("nested", Map.of(
                        "list", List.of("1", "2.50", "NO", Map.of("k", "v")),
                        "map", Map.of("a", "", "b", "quoted"))));
    }

    @Test
    void parse_hugeScalar_isRejectedQuicklyWithMessage() {
        String file = "---\ntitle: X\ndate: 2023-02-19\nbig: \"" + "a".repeat(2 * 1024 * 1024) + "\"\n---\nBody\n";
        long start = System.nanoTime();
        Optional<FrontMatter> fm = parseFile(file, Optional.empty(), true);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(took).isLessThan(Duration.ofSeconds(2));
        assertThat(fm).isEmpty();
        assertThat(diagnostics.sorted()).singleElement().satisfies(d -> {
            assertThat(d.isError()).isTrue();
            assertThat(d.message()).startsWith("front matter is larger than 1048576 characters (")
                    .endsWith(" here); keep front matter short and put long text in the body");
        });
    }

    @Test
    void parse_nestingDeeperThanTwentyLevels_isRejected() {
        // the root mapping plus 20 nested lists: the 20th list (column 23) is one level too many
        String nested = "[".repeat(20) + "]".repeat(20);
        assertThat(parseFile("---\ntitle: X\ndate: 2023-02-19\nd: " + nested + "\n---\n", Optional.empty(), true))
                .isEmpty();
        assertThat(messages()).containsExactly(PATH + ":4:23: error: front matter is nested more than 20 levels deep");
    }

    @Test
    void parse_nestingOfTwentyLevels_isAccepted() {
        String nested = "[".repeat(19) + "x" + "]".repeat(19);
        FrontMatter fm = parseOk("---\ntitle: X\ndate: 2023-02-19\nd: " + nested + "\n---\n");
        Object value = fm.params().get("d");
        int depth = 0;
        while (value instanceof List<?> list) {
            assertThat(list).hasSize(1);
            value = list.get(0);
            depth++;
        }
        assertThat(depth).isEqualTo(19);
        assertThat(value).isEqualTo("x");
    }

    @Test
    void parse_dateWithTrailingComment_isReadWithAWarningAtTheValue() {
        FrontMatter fm = parseFile("---\ntitle: X\ndate: 2016-07-19 (optional)\n---\n", Optional.empty(), true)
                .orElseThrow();
        assertThat(fm.date().at().toLocalDate()).hasToString("2016-07-19");
        assertThat(messages()).containsExactly(PATH + ":3:7: warning: 'date' ignores \"(optional)\" after the date "
                + "(a comment, as in RFC 2822); remove it, or write it as a YAML comment after '#'");
    }

    @Test
    void parse_jekyllOffsetInBareHours_isThatOffset() {
        FrontMatter fm = parseOk("---\ntitle: X\ndate: 2015-03-17 14:00:00 -4\n---\n");
        assertThat(fm.date().at().toInstant()).hasToString("2015-03-17T18:00:00Z");
    }

    @Test
    void parse_correctionWithUnknownZone_saysWhy() {
        parseFile("---\ntitle: T\ndate: 2023-02-19\ncorrections:\n  - {date: 2023-02-21 10:00 CEST, note: x}\n---\n",
                Optional.empty(), true);
        assertThat(messages()).containsExactly(PATH + ":5:12: error: 'date' of a correction is not a date: "
                + "\"2023-02-21 10:00 CEST\"; unknown time zone \"CEST\": write its offset instead, e.g. +01:00 "
                + "(known names: UTC, GMT, Z, EST, EDT, CST, CDT, MST, MDT, PST, PDT)");
    }

    @Test
    void parse_severalProblems_allReported() {
        Optional<FrontMatter> fm = parseFile("""
                ---
                title:
                date: 2023-02-31
                draft: maybe
                tags: [Iran, {a: b}]
                authors: [[x]]
                ---
                """, Optional.empty(), true);
        assertThat(fm).isEmpty();
        assertThat(messages()).containsExactly(
                PATH + ":2:7: error: 'title' is empty",
                PATH + ":3:7: error: 'date' is not a date: \"2023-02-31\"; February 2023 has 28 days",
                PATH + ":4:8: error: 'draft' must be true or false, not \"maybe\"",
                PATH + ":5:14: error: each of 'tags' must be a single value",
                PATH + ":6:11: error: each of 'authors' must be a single value");
    }

    @Test
    void parse_corrections_areReadOldestFirst() {
        FrontMatter fm = parseOk("---\ntitle: T\ndate: 2023-02-19\ncorrections:\n"
                + "  - {date: 2023-02-22, note: Second fix.}\n  - date: 2023-02-21 10:00\n    note: First fix.\n---\n");
        assertThat(fm.corrections()).extracting(Correction::note).containsExactly("First fix.", "Second fix.");
        assertThat(fm.corrections().get(0).date().hasTime()).isTrue();
        assertThat(fm.params()).doesNotContainKey("corrections");
    }

    @Test
    void parse_badCorrections_areReportedWithPositions() {
        parseFile("---\ntitle: T\ndate: 2023-02-19\ncorrections:\n  - {date: 2023-02-30, note: x}\n"
                + "  - just text\n---\n", Optional.empty(), true);
        assertThat(messages()).containsExactly(
                PATH + ":5:12: error: 'date' of a correction is not a date: \"2023-02-30\"; February 2023 has 28 days",
                PATH + ":6:5: error: each of 'corrections' needs a 'date' and a 'note', e.g. {date: 2023-02-21, note: \"...\"}");
    }

    @Test
    void parse_slugThatIsADeviceName_isAnErrorAtTheSlug() {
        parseFile("---\ntitle: T\ndate: 2023-01-01\nslug: NUL\n---\n", Optional.empty(), true);
        assertThat(messages()).containsExactly(PATH + ":4:7: error: 'slug' \"NUL\" is a reserved device name on "
                + "Windows (no folder can have that name there); choose another 'slug'");
    }

    @Test
    void parse_sourceWithScriptUrl_isAnError() {
        parseFile("---\ntitle: T\ndate: 2023-01-01\nsources:\n  - title: S\n    url: javascript:alert(1)\n---\n",
                Optional.empty(), true);
        assertThat(messages()).containsExactly(PATH + ":6:10: error: a source's 'url' must be an http(s) or mailto "
                + "link, not javascript: (javascript:alert(1))");
    }

    @Test
    void parse_sourceWithHttpsOrRelativeUrl_isFine() {
        FrontMatter fm = parseOk("---\ntitle: T\ndate: 2023-01-01\nsources:\n  - {title: A, url: 'https://a.example/x:y'}\n"
                + "  - {title: B, url: notes/b.pdf}\n  - {title: C, url: 'mailto:x@example.org'}\n---\n");
        assertThat(fm.sources()).hasSize(3);
    }

    @Test
    void parse_tabAfterTheColon_isFine_tabIndentationIsNot() {
        FrontMatter fm = parseOk("---\ntitle:\tTabbed\ndate:\t\t2023-01-01\ntags:\t[a,\tb]\nsummary: \"keeps\ttab\"\n---\n");
        assertThat(fm.title()).isEqualTo("Tabbed");
        assertThat(names(fm.terms().get("tags"))).containsExactly("a", "b");
        assertThat(fm.summary()).isEqualTo("keeps\ttab");

        parseFile("---\ntitle: T\n\tdate: 2023-01-01\n---\n", Optional.empty(), true);
        assertThat(messages()).containsExactly(PATH + ":3:1: error: front matter is not valid YAML: a tab indents "
                + "this line; YAML indents with spaces only");
    }

    @Test
    void parse_rawControlCharacter_isAnErrorAtItsLineAndColumnInCharacters() {
        parseFile("---\ndate: 2023-01-01\ntitle: \"caf\u00e9 \uD83D\uDE00 x\u0007\"\n---\n", Optional.empty(), true);
        assertThat(messages()).containsExactly(PATH + ":3:17: error: front matter contains the control character "
                + "U+0007, which YAML does not allow; remove it");
    }

    @Test
    void parse_escapedControlCharacter_isAnError() {
        parseFile("---\ntitle: \"a\\0b\"\ndate: 2023-01-01\n---\n", Optional.empty(), true);
        assertThat(messages()).containsExactly(PATH + ":2:8: error: value contains the control character U+0000 "
                + "(written as an escape); remove it");
    }

    @Test
    void parse_escapedHalfOfASurrogatePair_isAnError_aWholePairIsNot() {
        assertThat(parseOk("---\ntitle: \"ok \\ud83d\\ude00\"\ndate: 2023-01-01\n---\n").title())
                .isEqualTo("ok \ud83d\ude00");
        parseFile("---\ntitle: T\ndate: 2023-01-01\nsummary: \"x \\ude00 y\"\n---\n", Optional.empty(), true);
        parseFile("---\ntitle: T\ndate: 2023-01-01\ntags: [\"ab\", \"a\\ud800\"]\n---\n", Optional.empty(), true);
        String fix = "which is not a character; write the whole character or a pair of escapes such as "
                + "\"\\ud83d\\ude00\"";
        assertThat(messages()).containsExactly(
                PATH + ":4:10: error: value contains half a surrogate pair, U+DE00 (written as an escape), " + fix,
                PATH + ":4:14: error: value contains half a surrogate pair, U+D800 (written as an escape), " + fix);
    }

    @Test
    void parse_yamlErrorAboutALineBreak_isStillOneLine() {
        parseFile("---\ntitle: \"a\\U\n\"\n---\n", Optional.empty(), true);
        assertThat(messages()).hasSize(1);
        assertThat(messages().get(0)).doesNotContain("\n").contains("but found: \\n");
    }
}
