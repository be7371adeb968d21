package org.sitegen.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitegen.diag.Diagnostics;

class BriefingScaffoldTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZonedDateTime WHEN = ZonedDateTime.of(2024, 3, 5, 9, 30, 0, 0, BERLIN);
    private final BriefingScaffold scaffold = new BriefingScaffold(new Slugs());

    @TempDir
    Path content;

    @Test
    void create_newTitle_writesYearFolderDatedSluggedDraft() throws Exception {
        Path file = scaffold.create(content, "NO deal: \"talks\" end", List.of("Norway", "NO"), WHEN);

        assertThat(content.relativize(file).toString()).isEqualTo("2024/2024-03-05-no-deal-talks-end.md");
        assertThat(Files.readString(file)).isEqualTo("""
                ---
                title: "NO deal: \\"talks\\" end"
                date: 2024-03-05 09:30 +01:00
                tags: ["Norway", "NO"]
                # One paragraph for listings, feeds and search; left empty, the body's first paragraph is used.
                summary: ""
                authors: []
                # Each source is a URL or a title with a url, e.g.
                #   - title: "Ministry statement"
                #     url: https://example.org/statement
                sources: []
                # Optional:
                # updated: 2024-03-06 09:30 +01:00
                # slug: a-shorter-url
                # corrections:
                #   - date: 2024-03-06
                #     note: "What was corrected, and why"
                # Left out of the site until this line is removed:
                draft: true
                ---

                The news in one paragraph: what happened, who, where, when.

                ## Background

                ## What to watch
                """);
    }

    @Test
    void create_scaffold_parsesBackAsTheSameDraftBriefing() throws Exception {
        String text = scaffold.text("NO deal: \"talks\" end", List.of("Norway", "NO"), WHEN);
        Diagnostics diagnostics = new Diagnostics();

        Optional<FrontMatter> parsed = new FrontMatterParser(new DateParser(BERLIN), List.of("tags"))
                .parse(new FrontMatterSplitter().split(text), "x.md", Optional.empty(), true, diagnostics);

        assertThat(diagnostics.sorted()).isEmpty();
        FrontMatter fm = parsed.orElseThrow();
        assertThat(fm.title()).isEqualTo("NO deal: \"talks\" end");
        assertThat(fm.date().at()).isEqualTo(WHEN);
        assertThat(fm.terms().get("tags")).extracting(Term::name).containsExactly("Norway", "NO");
        assertThat(fm.draft()).isTrue();
        assertThat(fm.summary()).isNull();
    }

    /**
     * Every front matter key the parser knows is in the scaffold, written or as a comment; and
     * each commented line, uncommented, still parses (so a writer can switch them on one by one).
     */
    @Test
    void text_everyKnownKey_isScaffolded_andEachCommentedOneParsesWhenUncommented() throws Exception {
        String text = scaffold.text("Talks", List.of("tags", "countries"), List.of("diplomacy"), WHEN);
        for (String key : List.of("title", "date", "updated", "tags", "countries", "summary", "authors", "sources",
                "slug", "corrections", "draft")) {
            assertThat(text).containsPattern("(?m)^(# )?" + key + ":");
        }
        String uncommented = text.replaceAll("(?m)^# (updated|slug|corrections|  - date|    note)", "$1");
        Diagnostics diagnostics = new Diagnostics();
        FrontMatter fm = new FrontMatterParser(new DateParser(BERLIN), List.of("tags", "countries"))
                .parse(new FrontMatterSplitter().split(uncommented), "x.md", Optional.empty(), true, diagnostics)
                .orElseThrow();

        assertThat(diagnostics.sorted()).isEmpty();
        assertThat(fm.updated().at()).isEqualTo(WHEN.plusDays(1));
        assertThat(fm.slug()).isEqualTo("a-shorter-url");
        assertThat(fm.corrections()).hasSize(1);
        assertThat(fm.terms().get("tags")).extracting(Term::name).containsExactly("diplomacy");
        assertThat(fm.terms().getOrDefault("countries", List.of())).isEmpty();
    }

    @Test
    void create_existingFile_refusesAndLeavesItAlone() throws Exception {
        Path file = scaffold.create(content, "Same", List.of(), WHEN);
        Files.writeString(file, "mine");

        assertThatThrownBy(() -> scaffold.create(content, "Same", List.of("x"), WHEN))
                .isInstanceOf(FileAlreadyExistsException.class);
        assertThat(file).hasContent("mine");
    }
}
