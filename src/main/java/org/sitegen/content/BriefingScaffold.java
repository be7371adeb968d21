package org.sitegen.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Writes a new briefing with complete front matter, ready to fill in:
 * {@code content/{yyyy}/{yyyy-mm-dd}-{slug}.md}, marked {@code draft: true}. Never overwrites.
 */
public final class BriefingScaffold {
    private static final DateTimeFormatter FRONT_MATTER_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm xxx",
            Locale.ROOT);

    private final Slugs slugs;

    public BriefingScaffold(Slugs slugs) {
        this.slugs = slugs;
    }

    /** The file a briefing with this title and date goes to, below {@code contentDir}. */
    public Path pathFor(Path contentDir, String title, ZonedDateTime date) {
        String day = date.toLocalDate().toString();
        return contentDir.resolve(String.format(Locale.ROOT, "%04d", date.getYear()))
                .resolve(day + "-" + slugs.slugify(title, "briefing") + ".md");
    }

    /**
     * Creates the briefing file, with {@code tags} as its tags.
     *
     * @throws FileAlreadyExistsException when the file exists; it is left untouched
     */
    public Path create(Path contentDir, String title, List<String> tags, ZonedDateTime date) throws IOException {
        return create(contentDir, title, List.of("tags"), tags, date);
    }

    /**
     * Creates the briefing file, with a key for each of {@code taxonomies} and {@code terms} as
     * the first one's terms.
     *
     * @throws FileAlreadyExistsException when the file exists; it is left untouched
     */
    public Path create(Path contentDir, String title, List<String> taxonomies, List<String> terms, ZonedDateTime date)
            throws IOException {
        return create(contentDir, title, taxonomies, terms, date, true);
    }

    /**
     * As {@link #create(Path, String, List, List, ZonedDateTime)}; without {@code withTime} the
     * date is written as a calendar day ({@code date: 2024-03-05}), as the writer gave it, and
     * pages show no time of day.
     */
    public Path create(Path contentDir, String title, List<String> taxonomies, List<String> terms, ZonedDateTime date,
                       boolean withTime) throws IOException {
        Path file = pathFor(contentDir, title, date);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text(title, taxonomies, terms, date, "", true, OUTLINE, withTime), StandardCharsets.UTF_8,
                StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        return file;
    }

    /** The text of a briefing tagged {@code tags} (see {@link #text(String, List, List, ZonedDateTime)}). */
    public String text(String title, List<String> tags, ZonedDateTime date) {
        return text(title, List.of("tags"), tags, date);
    }

    /**
     * The briefing's text: front matter with every field a briefing can have (the optional ones
     * that have no empty form as comments, with an example each), and a body outline. Every
     * taxonomy gets its key, the first one holding {@code terms}. A draft.
     */
    public String text(String title, List<String> taxonomies, List<String> terms, ZonedDateTime date) {
        return text(title, taxonomies, terms, date, "", true, OUTLINE);
    }

    /**
     * A briefing's text with the same front matter as {@link #text(String, List, List, ZonedDateTime)},
     * this summary and draft flag, and this Markdown body.
     */
    public String text(String title, List<String> taxonomies, List<String> terms, ZonedDateTime date, String summary,
                       boolean draft, String body) {
        return text(title, taxonomies, terms, date, summary, draft, body, true);
    }

    private String text(String title, List<String> taxonomies, List<String> terms, ZonedDateTime date, String summary,
                        boolean draft, String body, boolean withTime) {
        java.util.function.Function<ZonedDateTime, String> written = withTime ? d -> d.format(FRONT_MATTER_DATE)
                : d -> d.toLocalDate().toString();
        StringBuilder out = new StringBuilder("---\n");
        out.append("title: ").append(quote(title)).append('\n');
        out.append("date: ").append(written.apply(date)).append('\n');
        for (int i = 0; i < taxonomies.size(); i++) {
            List<String> values = i == 0 ? terms : List.of();
            out.append(taxonomies.get(i)).append(": [")
                    .append(String.join(", ", values.stream().map(BriefingScaffold::quote).toList())).append("]\n");
        }
        out.append("# One paragraph for listings, feeds and search; left empty, the body's first paragraph is used.\n");
        out.append("summary: ").append(quote(summary)).append('\n');
        out.append("authors: []\n");
        out.append("# Each source is a URL or a title with a url, e.g.\n");
        out.append("#   - title: \"Ministry statement\"\n");
        out.append("#     url: https://example.org/statement\n");
        out.append("sources: []\n");
        out.append("# Optional:\n");
        out.append("# updated: ").append(written.apply(date.plusDays(1))).append('\n');
        out.append("# slug: a-shorter-url\n");
        out.append("# corrections:\n");
        out.append("#   - date: ").append(date.plusDays(1).toLocalDate()).append('\n');
        out.append("#     note: \"What was corrected, and why\"\n");
        if (draft) {
            out.append("# Left out of the site until this line is removed:\n");
        }
        out.append("draft: ").append(draft).append('\n');
        out.append("---\n\n");
        out.append(body);
        return out.toString();
    }

    /** The outline's first paragraph: a briefing published with it still there is warned of (ContentLoader). */
    static final String PLACEHOLDER = "The news in one paragraph: what happened, who, where, when.";

    private static final String OUTLINE = PLACEHOLDER + """


            ## Background

            ## What to watch
            """;

    /** YAML double-quoted, so titles with colons, quotes or "NO" stay text. */
    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
