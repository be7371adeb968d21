package org.sitegen;

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
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.sitegen.config.IncrementalMode;
import org.sitegen.config.SiteConfig;

/**
 * A site in two languages (English at the root, Chinese in /zh/, or both in folders) rebuilt
 * after any sequence of edits in either language gives exactly a cold build's tree: every
 * language part keeps its pages, search segments, fragment groups and analysed terms under names
 * of its own in the build cache (render.RenderMemo, incremental.RecordedTerms), and what one part
 * keeps must never be another's. Edits: a briefing added in either language, deleted, its body,
 * title and tags or date edited, moved to the other language, given a translation key; a template
 * edited; a content file the logo names added or removed (where another language's pages link it
 * depends on it: the root's copy, or a missing one in the folder); an image no template links
 * added or removed (which renders no page of the other language: SiteRenderer.withMount); every language put in a folder
 * or the site's at the root again.
 */
class BilingualTreeProperties {
    enum Edit { ADD_EN, ADD_ZH, DELETE, BODY, FRONT_MATTER, DATE, LANGUAGE, TRANSLATION, TEMPLATE, LOGO_FILE, IMAGE_FILE, ROOT }

    @Provide
    Arbitrary<List<Edit>> edits() {
        return Arbitraries.of(Edit.class).list().ofMinSize(1).ofMaxSize(6);
    }

    @Property(tries = 8, seed = PropertySeed.VALUE)
    void bilingualRebuilds_afterAnyEdits_equalColdBuilds(@ForAll("edits") List<Edit> edits, @ForAll long seed)
            throws Exception {
        Path root = Files.createTempDirectory("site-gen-bilingual");
        try {
            Archive archive = new Archive(root.resolve("project"), new Random(seed));
            for (int i = 0; i < 10; i++) {
                archive.add(i % 3 == 0 ? "zh" : null);
            }
            Path output = root.resolve("project/site-output");
            SiteGenerator everyday = new SiteGenerator();
            everyday.build(SiteTrees.recorded(archive.config(output)));
            int step = 0;
            for (Edit edit : edits) {
                archive.apply(edit);
                Path cold = root.resolve("cold-" + step++);
                SiteTrees.assertRebuildEqualsCold(everyday, archive.config(output), cold, edits.subList(0, step));
                org.sitegen.output.SiteWriter.deleteTree(cold);
            }
        } finally {
            org.sitegen.output.SiteWriter.deleteTree(root);
        }
    }

    /** A small bilingual archive on disk that edits itself; every file it writes gets an mtime of its own. */
    private static final class Archive {
        private static final List<String> TAGS = List.of("alpha", "beta", "gamma");
        final Path dir;
        final Random random;
        final List<Path> briefings = new ArrayList<>();
        boolean atRoot = true;
        int made;
        int clock;

        Archive(Path dir, Random random) {
            this.dir = dir;
            this.random = random;
        }

        SiteConfig config(Path output) {
            return SiteConfig.builder(dir).outputDir(output).siteTitle("Bilingual").language("en")
                    .defaultLanguageAtRoot(atRoot).zone(java.time.ZoneId.of("UTC")).pageSize(2)
                    .taxonomies(List.of("tags")).theme("", "", "logo.png", "", "", "", List.of()).threads(2)
                    .now(SiteTrees.FIXTURE_NOW).build();
        }

        void apply(Edit edit) throws IOException {
            switch (edit) {
                case ADD_EN -> add(null);
                case ADD_ZH -> add("zh");
                case DELETE -> {
                    Path gone = pick();
                    if (briefings.size() > 2) {
                        briefings.remove(gone);
                        Files.delete(gone);
                    }
                }
                case BODY -> {
                    Path file = pick();
                    String text = Files.readString(file);
                    int end = text.indexOf("\n---\n") + 5;
                    write(file, text.substring(0, end) + (isChinese(text) ? "改过的正文 " + made++ + "，" + "更长的".repeat(random.nextInt(4))
                            : "Edited body " + made++ + ", " + "longer ".repeat(random.nextInt(4))) + "\n");
                }
                case FRONT_MATTER -> write(pick(), edited(Files.readString(pick()), null));
                case DATE -> {
                    Path file = pick();
                    write(file, edited(Files.readString(file), date()));
                }
                case LANGUAGE -> {
                    Path file = pick();
                    String text = Files.readString(file);
                    write(file, isChinese(text) ? text.replace("\nlang: zh", "") : text.replaceFirst("\ntitle: ", "\nlang: zh\ntitle: "));
                }
                case TRANSLATION -> {
                    Path file = pick();
                    String text = Files.readString(file).replaceAll("\ntranslationKey: k\\d", "");
                    String key = "k" + random.nextInt(2);
                    boolean taken = false;
                    for (Path other : briefings) {
                        String otherText = Files.readString(other);
                        taken |= !other.equals(file) && isChinese(otherText) == isChinese(text)
                                && otherText.contains("\ntranslationKey: " + key + "\n");
                    }
                    write(file, taken ? text : text.replaceFirst("\ntitle: ", "\ntranslationKey: " + key + "\ntitle: "));
                }
                case TEMPLATE -> {
                    Path override = dir.resolve("templates/term.ftlh");
                    Files.createDirectories(override.getParent());
                    String theme = Files.readString(Path.of("templates/term.ftlh"));
                    write(override, theme.replace("</@layout.page>", "<p>edition " + made++ + "</p>\n</@layout.page>"));
                }
                case LOGO_FILE -> {
                    Path logo = dir.resolve("content/logo.png");
                    if (Files.exists(logo)) {
                        Files.delete(logo);
                    } else {
                        Files.createDirectories(logo.getParent());
                        Files.write(logo, new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3});
                        touch(logo);
                    }
                }
                case IMAGE_FILE -> {
                    Path image = dir.resolve("content/2023/photo.png");
                    if (Files.exists(image)) {
                        Files.delete(image);
                    } else {
                        Files.createDirectories(image.getParent());
                        Files.write(image, new byte[] {(byte) 0x89, 'P', 'N', 'G', 4, 5, 6});
                        touch(image);
                    }
                }
                case ROOT -> atRoot = !atRoot;
            }
        }

        private static boolean isChinese(String text) {
            return text.contains("\nlang: zh\n");
        }

        void add(String lang) throws IOException {
            Path file = dir.resolve("content/2023/b" + made++ + ".md");
            Files.createDirectories(file.getParent());
            briefings.add(file);
            String body = lang == null ? "Body of briefing " + made + ", in English." : "第" + made + "篇简报的正文，用中文写成。";
            write(file, "---\n" + (lang == null ? "" : "lang: " + lang + "\n") + frontMatter(date(), made) + "---\n" + body + "\n");
        }

        private String frontMatter(String date, int n) {
            List<String> tags = new ArrayList<>();
            for (String tag : TAGS) {
                if (random.nextBoolean()) {
                    tags.add(tag);
                }
            }
            return "title: Briefing " + n + "\ndate: " + date + "\ntags: [" + String.join(", ", tags) + "]\n";
        }

        /** New title and tags, and the date when given; its language and translation key kept. */
        private String edited(String text, String date) {
            int end = text.indexOf("\n---\n") + 5;
            String oldDate = text.replaceAll("(?s).*\ndate: ([^\n]*)\n.*", "$1");
            String kept = text.substring(4, text.indexOf("\ntitle: ") + 1);
            return "---\n" + kept + frontMatter(date != null ? date : oldDate, made++) + "---\n" + text.substring(end);
        }

        private Path pick() {
            return briefings.get(random.nextInt(briefings.size()));
        }

        private String date() {
            return String.format("2023-%02d-%02dT%02d:00:00Z", 1 + random.nextInt(3), 1 + random.nextInt(28),
                    random.nextInt(24));
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
