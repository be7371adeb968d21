package org.sitegen;

import org.sitegen.config.IncrementalMode;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.sitegen.config.SiteConfig;

/**
 * The everyday rebuild ({@code mvn site-gen:build} again: the same output folder, the build
 * state under target/, the published site patched file by file) must give exactly the tree a
 * cold build of the same inputs gives, after any sequence of edits: add, delete, rename,
 * edit body or front matter, move a date, edit or remove a template, a link from one body to
 * another briefing (whose URL a date move changes), an embed and its template, an entity file,
 * a setting (title, zone, taxonomies), a briefing with warnings, a briefing's language and translation key (making the archive multilingual, or one
 * language again, and linking translations). Pages of two briefings, so listings have several pages and edits move briefings
 * between them. The everyday builds keep their rendered bodies and page fingerprints under
 * target/ (org.sitegen.incremental), so every step checks that what they reuse is still right,
 * and that they report the warnings a cold build reports (loaded documents keep theirs).
 */
class IncrementalTreeProperties {
    private static final List<String> TAGS = List.of("alpha", "beta", "gamma", "delta");

    enum Edit { ADD, DELETE, RENAME, BODY, FRONT_MATTER, DATE, TEMPLATE, LINK, EMBED_TEMPLATE, ENTITIES, SETTING, LANGUAGE,
        WARNING }

    @Provide
    Arbitrary<List<Edit>> edits() {
        return Arbitraries.of(Edit.class).list().ofMinSize(1).ofMaxSize(8);
    }

    @Property(tries = 10, seed = PropertySeed.VALUE)
    void incrementalBuilds_afterAnyEdits_equalColdBuilds(@ForAll("edits") List<Edit> edits, @ForAll long seed)
            throws Exception {
        Path root = Files.createTempDirectory("site-gen-incremental");
        try {
            Archive archive = new Archive(root.resolve("project"), new Random(seed));
            for (int i = 0; i < 7; i++) {
                archive.add();
            }
            Path output = root.resolve("project/site-output");
            SiteGenerator everyday = new SiteGenerator();
            everyday.build(SiteTrees.recorded(archive.config(output)));
            int step = 0;
            for (Edit edit : edits) {
                archive.apply(edit);
                Path cold = root.resolve("cold-" + step++);
                SiteTrees.assertRebuildEqualsCold(everyday, archive.config(output), cold, edits.subList(0, step));
                assertThat(folders(output)).as("folders").isEqualTo(folders(cold));
            }
        } finally {
            org.sitegen.output.SiteWriter.deleteTree(root);
        }
    }

    private static List<String> folders(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isDirectory).map(p -> root.relativize(p).toString()).sorted().toList();
        }
    }

    /** A small archive on disk that edits itself; every file it writes gets an mtime of its own. */
    private static final class Archive {
        final Path dir;
        final Random random;
        final List<Path> briefings = new ArrayList<>();
        /** Briefings another body links to: never deleted or renamed (the link would break the build). */
        final java.util.Set<Path> linked = new java.util.HashSet<>();
        String title = "Incremental";
        java.time.ZoneId zone = java.time.ZoneId.of("UTC");
        List<String> taxonomies = List.of("tags");
        int made;
        int clock;

        Archive(Path dir, Random random) {
            this.dir = dir;
            this.random = random;
        }

        SiteConfig config(Path output) {
            return SiteConfig.builder(dir).outputDir(output).siteTitle(title).zone(zone).pageSize(2)
                    .taxonomies(taxonomies).threads(2).now(SiteTrees.FIXTURE_NOW).build();
        }

        void apply(Edit edit) throws IOException {
            switch (edit) {
                case ADD -> add();
                case DELETE -> {
                    Path gone = pick();
                    if (briefings.size() > 1 && !linked.contains(gone)) {
                        briefings.remove(gone);
                        Files.delete(gone);
                    }
                }
                case RENAME -> {
                    Path from = pick();
                    if (linked.contains(from)) {
                        return;
                    }
                    Path to = from.resolveSibling("renamed-" + made++ + ".md");
                    Files.move(from, to);
                    briefings.set(briefings.indexOf(from), to);
                    touch(to);
                }
                case BODY -> rewrite(pick(), null, true);
                case FRONT_MATTER -> rewrite(pick(), null, false);
                case DATE -> rewrite(pick(), date(), false);
                case TEMPLATE -> template();
                case LINK -> link();
                case EMBED_TEMPLATE -> embedTemplate();
                case ENTITIES -> entities();
                case SETTING -> setting();
                case LANGUAGE -> language();
                case WARNING -> warning();
            }
        }

        /**
         * Puts a briefing in French, Arabic or English again (the site's), with a translation key
         * of three that its translations share; never one another briefing of its language holds.
         */
        private void language() throws IOException {
            Path file = pick();
            String text = Files.readString(file).replaceAll("\nlang: [a-z]+", "").replaceAll("\ntranslationKey: k\\d", "");
            String lang = List.of("", "fr", "ar").get(random.nextInt(3));
            String key = "k" + random.nextInt(3);
            String lines = (lang.isEmpty() ? "" : "\nlang: " + lang);
            boolean taken = false;
            for (Path other : briefings) {
                String otherText = Files.readString(other);
                String otherLang = otherText.replaceAll("(?s).*\nlang: ([a-z]+)\n.*", "$1");
                otherLang = otherLang.equals(otherText) ? "" : otherLang;
                taken |= !other.equals(file) && otherLang.equals(lang) && otherText.contains("\ntranslationKey: " + key + "\n");
            }
            if (!taken) {
                lines += "\ntranslationKey: " + key;
            }
            write(file, text.replaceFirst("\ntitle: ", lines + "\ntitle: "));
        }

        /** The site's title, its zone (dates move across midnight) or its taxonomies (with or without 'series'). */
        private void setting() {
            switch (random.nextInt(3)) {
                case 0 -> title = "Incremental " + made++;
                case 1 -> zone = java.time.ZoneId.of(zone.getId().equals("UTC") ? "Pacific/Kiritimati" : "UTC");
                default -> taxonomies = taxonomies.size() == 1 ? List.of("tags", "series") : List.of("tags");
            }
        }

        /**
         * Front matter loading warns of (a source's unknown key, 'series' while it is not a
         * taxonomy, a date after the file name's) and a body with a control character: kept
         * warnings must be reported again, as a cold build reports them.
         */
        private void warning() throws IOException {
            Path file = dir.resolve("content/2023/2023-01-0" + (1 + random.nextInt(9)) + "-warned-" + made++ + ".md");
            briefings.add(file);
            write(file, "---\ntitle: Warned " + made + "\ndate: " + date() + "\nseries: [s" + random.nextInt(2)
                    + "]\nsources:\n  - {title: Report, " + (random.nextBoolean() ? "oddkey" : "publisher") + ": x}\n---\n"
                    + "Body\u0007 " + made + ".\n");
        }

        /** A body that links to another briefing (its URL moves with its date) and has a note embed. */
        private void link() throws IOException {
            Path from = pick();
            Path to = pick();
            linked.add(to);
            String text = Files.readString(from);
            write(from, text + "\nSee [the other](" + to.getFileName() + ") and [this one]("
                    + from.getFileName() + ").\n\n::: note title=\"Note " + made++ + "\"\nNoted.\n:::\n");
        }

        /** Overrides the note embed's template with a visible edition mark. */
        private void embedTemplate() throws IOException {
            Path override = dir.resolve("templates/embeds/note.ftlh");
            Files.createDirectories(override.getParent());
            String theme = Files.readString(Path.of("templates/embeds/note.ftlh"));
            write(override, "<!-- edition " + made++ + " -->" + theme);
        }

        /** The people file, with a description of another edition; the briefings mention its person. */
        private void entities() throws IOException {
            Path people = dir.resolve("content/entities/people.yaml");
            Files.createDirectories(people.getParent());
            write(people, "- name: Ada Example\n  description: Edition " + made++ + ".\n");
        }

        void add() throws IOException {
            Path file = dir.resolve("content/2023/b" + made++ + ".md");
            Files.createDirectories(file.getParent());
            briefings.add(file);
            write(file, briefing(date(), "Briefing " + made, "Body of briefing " + made + "."));
        }

        private Path pick() {
            return briefings.get(random.nextInt(briefings.size()));
        }

        private String date() {
            return String.format("2023-%02d-%02dT%02d:00:00Z", 1 + random.nextInt(3), 1 + random.nextInt(28),
                    random.nextInt(24));
        }

        private String briefing(String date, String title, String body) {
            List<String> tags = new ArrayList<>();
            for (String tag : TAGS) {
                if (random.nextBoolean()) {
                    tags.add(tag);
                }
            }
            return "---\ntitle: " + title + "\ndate: " + date + "\ntags: [" + String.join(", ", tags) + "]\n"
                    + (random.nextBoolean() ? "people: [Ada Example]\n" : "") + "---\n" + body + "\n";
        }

        /** A new body, or new front matter (title, tags, and the date when given). */
        private void rewrite(Path file, String date, boolean bodyOnly) throws IOException {
            String text = Files.readString(file);
            int end = text.indexOf("\n---\n") + 5;
            String frontMatter = text.substring(0, end);
            String body = text.substring(end);
            if (bodyOnly) {
                write(file, frontMatter + "Edited body " + made++ + ", " + "longer ".repeat(random.nextInt(4)) + "\n");
                return;
            }
            String oldDate = frontMatter.replaceAll("(?s).*\ndate: ([^\n]*)\n.*", "$1");
            write(file, briefing(date != null ? date : oldDate, "Retitled " + made++, body.strip()));
        }

        /** Overrides the term template with a visible edition mark, or removes the override. */
        private void template() throws IOException {
            Path override = dir.resolve("templates/term.ftlh");
            if (Files.exists(override) && random.nextBoolean()) {
                Files.delete(override);
                return;
            }
            Files.createDirectories(override.getParent());
            String theme = Files.readString(Path.of("templates/term.ftlh"));
            write(override, theme.replace("</@layout.page>", "<p>edition " + made++ + "</p>\n</@layout.page>"));
        }

        private void write(Path file, String text) throws IOException {
            Files.writeString(file, text, StandardCharsets.UTF_8);
            touch(file);
        }

        /** A time of its own for every write: an edit that keeps size and mtime is documented as unseen. */
        private void touch(Path file) throws IOException {
            Files.setLastModifiedTime(file, FileTime.fromMillis(1_600_000_000_000L + 10_000L * clock++));
        }
    }
}
