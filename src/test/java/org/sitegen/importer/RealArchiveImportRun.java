package org.sitegen.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two real archives of docs/real-archives.md, imported with one call and built: zero build
 * errors, no Liquid or shortcode left in the HTML, every old URL answered. Not part of the
 * suite (the name does not end in Test): it needs the archives' mirrors (/work/.mirror) and
 * hugo, which a clean checkout has not, and takes minutes. Run it with
 * {@code mvn test -Dtest=RealArchiveImportRun -Dsurefire.failIfNoSpecifiedTests=false}; the
 * committed fixtures of {@link ImportFixturesTest} run in every build.
 */
class RealArchiveImportRun {
    static final Path EIGHTEEN_F = Path.of("/work/.mirror/18F+18f.gsa.gov/repo");
    static final String EIGHTEEN_F_COMMIT = "7a5f28f94e13b979975423c931e27d0584b86fa7";
    static final Path YIHUI = Path.of("/work/.mirror/yihui+yihui.org/repo");
    static final String YIHUI_COMMIT = "c0ee04a983e02f05865a401bfb0cae338a342fc3";

    @TempDir
    Path temp;

    @Test
    void eighteenFJekyllBlogImportsAndBuilds() throws Exception {
        assumeTrue(Files.isDirectory(EIGHTEEN_F), "the 18F mirror is not on this machine");
        Path source = extract(EIGHTEEN_F, EIGHTEEN_F_COMMIT, temp.resolve("18f"), "_posts", "_config.yml", "_includes");
        ImportAndBuild site = ImportAndBuild.run(source, temp.resolve("imported"));
        List<String> oldUrls = new ArrayList<>();
        site.imported.items().stream().filter(i -> !i.isDraft()).forEach(i -> oldUrls.addAll(i.oldUrls()));
        List<String> unanswered = site.unanswered(oldUrls);
        String numbers = site.numbers("18F blog (Jekyll) at " + EIGHTEEN_F_COMMIT, oldUrls, unanswered);
        record(numbers, "18f");
        assertEquals(501, site.imported.posts(), numbers);
        assertEquals(0, site.errors(site.buildProblems), numbers);
        assertEquals(0, site.literalsLeft("{%") + site.literalsLeft("{{"), numbers);
        // Every old URL answers, the 23 that differ from their post's new URL only in letter case
        // (Jekyll kept the file name's capitals) too: the page itself is written at their spelling.
        assertEquals(List.of(), unanswered, numbers);
        assertEquals(508, oldUrls.size(), numbers);
    }

    @Test
    void yihuiHugoBlogImportsAndBuildsWithHugosUrlsAndDates() throws Exception {
        assumeTrue(Files.isDirectory(YIHUI), "the yihui.org mirror is not on this machine");
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/hugo")), "hugo is not installed");
        Path source = extract(YIHUI, YIHUI_COMMIT, temp.resolve("yihui"), "content", "config.yaml");
        Files.createDirectories(source.resolve("themes/hugo-paged")); // hugo list needs the theme's folder only
        Map<String, String[]> hugo = hugoList(source);
        ImportAndBuild site = ImportAndBuild.run(source, temp.resolve("imported"));
        List<String> oldUrls = new ArrayList<>();
        List<String> wrongDates = new ArrayList<>();
        Map<String, Importer.Item> items = Importer.bySource(site.imported);
        hugo.forEach((path, row) -> {
            if (row[6].equals("true")) {
                return; // a draft: Hugo does not publish it either
            }
            oldUrls.add(java.net.URI.create(row[7]).getPath());
            Importer.Item item = items.get(path);
            if (item != null && !item.isPage() && !Instant.parse(row[3]).equals(item.date.at().toInstant())) {
                wrongDates.add(path + ": Hugo " + row[3] + ", site-gen " + item.date.at());
            }
        });
        List<String> unanswered = site.unanswered(oldUrls);
        String numbers = site.numbers("yihui.org (Hugo) at " + YIHUI_COMMIT, oldUrls, unanswered)
                + "dates differing from Hugo's: " + wrongDates.size() + "\n"
                + String.join("\n", wrongDates.stream().limit(20).toList());
        record(numbers, "yihui");
        assertTrue(site.imported.posts() >= 500, numbers);
        // Every body builds: BodyLimits no longer refuses content/pages/cn-sing.md, a Chinese song
        // list whose lines run up to 39 links together without a space (CJK text has none).
        assertEquals(0, site.errors(site.buildProblems), numbers);
        assertEquals(0, site.literalsLeft("{{<") + site.literalsLeft("{{%"), numbers);
        assertEquals(List.of(), unanswered, numbers);
        assertEquals(List.of(), wrongDates, numbers);
        // (the import's plan alone does not answer /search/: the built site's own search page does, above)
    }

    /** Hugo's own list of every page: path → row (path, slug, title, date, expiryDate, publishDate, draft, permalink). */
    private static Map<String, String[]> hugoList(Path source) throws IOException, InterruptedException {
        Process hugo = new ProcessBuilder("/usr/bin/hugo", "list", "all").directory(source.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String csv = new String(hugo.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, hugo.waitFor(), csv);
        Map<String, String[]> rows = new TreeMap<>();
        for (String line : csv.lines().skip(1).toList()) {
            List<String> cells = csvCells(line);
            if (cells.size() == 8 && cells.get(0).startsWith("content/")) {
                rows.put(cells.get(0), cells.toArray(String[]::new));
            }
        }
        return rows;
    }

    private static List<String> csvCells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    static Path extract(Path repository, String commit, Path into, String... paths) throws IOException, InterruptedException {
        Files.createDirectories(into);
        List<String> command = new ArrayList<>(List.of("sh", "-c", "git -C \"$0\" archive \"$1\" \"${@:2}\" | tar -x -C \"$2\""));
        command = new ArrayList<>(List.of("bash", "-c", "repo=$1; commit=$2; into=$3; shift 3; git -C \"$repo\" archive \"$commit\" \"$@\" | tar -x -C \"$into\"",
                "extract", repository.toString(), commit, into.toString()));
        command.addAll(List.of(paths));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), output);
        return into;
    }

    private static void record(String numbers, String name) throws IOException {
        Path file = Path.of("target", "import-numbers-" + name + ".txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, numbers, StandardCharsets.UTF_8);
    }
}
