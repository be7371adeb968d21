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
     * Creates the briefing file.
     *
     * @throws FileAlreadyExistsException when the file exists; it is left untouched
     */
    public Path create(Path contentDir, String title, List<String> tags, ZonedDateTime date) throws IOException {
        Path file = pathFor(contentDir, title, date);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text(title, tags, date), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE);
        return file;
    }

    /** The briefing's text: front matter with every field a briefing uses, and a body outline. */
    public String text(String title, List<String> tags, ZonedDateTime date) {
        return text(title, tags, date, "", true, """
                The news in one paragraph: what happened, who, where, when.

                ## Background

                ## What to watch
                """);
    }

    /**
     * A briefing's text with the same front matter as {@link #text(String, List, ZonedDateTime)}
     * (every field a briefing uses), this summary and draft flag, and this Markdown body.
     */
    public String text(String title, List<String> tags, ZonedDateTime date, String summary, boolean draft,
                       String body) {
        StringBuilder out = new StringBuilder("---\n");
        out.append("title: ").append(quote(title)).append('\n');
        out.append("date: ").append(date.format(FRONT_MATTER_DATE)).append('\n');
        out.append("tags: [").append(String.join(", ", tags.stream().map(BriefingScaffold::quote).toList()))
                .append("]\n");
        out.append("summary: ").append(quote(summary)).append('\n');
        out.append("authors: []\n");
        out.append("sources: []\n");
        out.append("draft: ").append(draft).append('\n');
        out.append("---\n\n");
        out.append(body);
        return out.toString();
    }

    /** YAML double-quoted, so titles with colons, quotes or "NO" stay text. */
    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
