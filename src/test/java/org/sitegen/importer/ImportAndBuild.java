package org.sitegen.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.sitegen.pipeline.BuildReport;
import org.sitegen.SiteGenerator;
import org.sitegen.config.RawHtml;
import org.sitegen.config.SiteConfig;
import org.sitegen.diag.BuildFailedException;
import org.sitegen.diag.Diagnostic;
import org.sitegen.diag.Diagnostics;
import org.sitegen.init.ArchiveScaffold;

/**
 * Imports an archive into a folder and builds it with the build engine, as a writer would with
 * {@code site-gen:import} then {@code site-gen:build}; measures what the "Done when" asks.
 */
final class ImportAndBuild {
    static final ArchiveScaffold.Plugin PLUGIN = new ArchiveScaffold.Plugin("org.sitegen", "site-gen-maven-plugin", "test");

    final Importer.Result imported;
    final List<Diagnostic> importProblems;
    final List<Diagnostic> buildProblems;
    final Path output;
    final Path target;

    private ImportAndBuild(Importer.Result imported, List<Diagnostic> importProblems, List<Diagnostic> buildProblems,
                           Path target) {
        this.imported = imported;
        this.importProblems = importProblems;
        this.buildProblems = buildProblems;
        this.target = target;
        this.output = target.resolve("site-output");
    }

    static ImportAndBuild run(Path source, Path target) throws IOException {
        Diagnostics diagnostics = new Diagnostics();
        Importer.Result result = new Importer().run(new Importer.Options(source, Optional.empty(), target, false, PLUGIN),
                diagnostics);
        return build(result, diagnostics.sorted(), target);
    }

    private static ImportAndBuild build(Importer.Result result, List<Diagnostic> importProblems, Path target)
            throws IOException {
        SiteConfig config = config(result, target);
        List<Diagnostic> build;
        try {
            BuildReport report = new SiteGenerator().build(config);
            build = report.warnings();
        } catch (BuildFailedException e) {
            build = e.diagnostics();
        }
        return new ImportAndBuild(result, importProblems, build, target);
    }

    /** The settings the import wrote for the archive it made in {@code target} (its title, URL, zone, taxonomies). */
    static SiteConfig config(Importer.Result result, Path target) {
        SourceConfig source = result.config();
        return SiteConfig.builder(target).siteTitle(source.title().isEmpty() ? "Imported" : source.title())
                .siteUrl(source.siteUrl()).zone(source.zoneSet() ? source.zone() : ZoneId.of("UTC"))
                .taxonomies(Importer.taxonomies(result)).prettyLinks(true).threads(2)
                .now(Instant.parse("2026-12-01T00:00:00Z")).build();
    }

    long errors(List<Diagnostic> problems) {
        return problems.stream().filter(Diagnostic::isError).count();
    }

    /** Problems counted by their message's kind (the message with quoted parts and numbers left out). */
    static Map<String, Integer> byKind(List<Diagnostic> problems) {
        Map<String, Integer> kinds = new TreeMap<>();
        for (Diagnostic d : problems) {
            String kind = d.severity().label() + ": " + d.message().replaceAll("\"[^\"]*\"", "\"…\"")
                    .replaceAll("\\{[%{<][^}]*[%}>]?\\}?\\}?", "{…}").replaceAll("'[^']*'", "'…'")
                    .replaceAll("/[\\w./-]+", "/…").replaceAll("\\d+", "N");
            kinds.merge(kind.length() > 140 ? kind.substring(0, 140) + "…" : kind, 1, Integer::sum);
        }
        return kinds;
    }

    /** How many times {@code literal} appears in the site's HTML pages. */
    long literalsInOutput(String literal) throws IOException {
        long count = 0;
        if (!Files.isDirectory(output)) {
            return -1;
        }
        try (Stream<Path> files = Files.walk(output)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                String html = Files.readString(file, StandardCharsets.UTF_8);
                for (int i = html.indexOf(literal); i >= 0; i = html.indexOf(literal, i + 1)) {
                    count++;
                }
            }
        }
        return count;
    }

    /** How many times {@code literal} stands in text the import kept as written ({% raw %} and the like). */
    long kept(String literal) {
        return imported.items().stream().filter(i -> !i.isDraft())
                .mapToLong(i -> i.literalsKept().getOrDefault(literal, 0)).sum();
    }

    /** Template syntax in the HTML beyond what the source meant to show. */
    long literalsLeft(String literal) throws IOException {
        return Math.max(0, literalsInOutput(literal) - kept(literal));
    }

    /** Whether the site answers {@code url}: its page, or the page of a file that has it as an alias. */
    boolean answers(String url) {
        String path = Importer.normalUrl(url);
        boolean built = Files.isDirectory(output);
        if (built && Files.isRegularFile(output.resolve(path.substring(1) + (path.endsWith("/") ? "index.html" : "")))) {
            return true; // a page of the built site: an imported one, or one site-gen makes itself (/, /search/)
        }
        for (Importer.Item item : imported.items()) {
            if (item.isDraft()) {
                continue;
            }
            // without a site (the build failed) the import's plan is checked: the URL is a file's or its alias
            boolean published = !built || Files.isRegularFile(output.resolve(item.url().substring(1) + "index.html"));
            if (published && (item.url().equals(path) || item.aliases().contains(url) || item.aliases().contains(path))) {
                return true;
            }
        }
        return false;
    }

    /** The old URLs the site does not answer. */
    List<String> unanswered(List<String> urls) {
        List<String> missing = new ArrayList<>();
        for (String url : urls) {
            if (!answers(url)) {
                missing.add(url);
            }
        }
        return missing;
    }

    String numbers(String name, List<String> oldUrls, List<String> unanswered) throws IOException {
        StringBuilder out = new StringBuilder(name + "\n");
        out.append("posts imported: ").append(imported.posts()).append(", pages: ").append(imported.pages()).append('\n');
        out.append("import report: ").append(imported.report().count("converted")).append(" conversions, ")
                .append(imported.report().count("warning")).append(" warnings, ")
                .append(imported.report().count("error")).append(" errors\n");
        byKind(importProblems).forEach((k, v) -> out.append("  import ").append(v).append(" × ").append(k).append('\n'));
        out.append("build: ").append(errors(buildProblems)).append(" errors, ")
                .append(buildProblems.size() - errors(buildProblems)).append(" warnings\n");
        byKind(buildProblems).forEach((k, v) -> out.append("  build ").append(v).append(" × ").append(k).append('\n'));
        buildProblems.stream().filter(Diagnostic::isError).limit(30)
                .forEach(d -> out.append("  ").append(d).append('\n'));
        importProblems.stream().filter(Diagnostic::isError).limit(30)
                .forEach(d -> out.append("  ").append(d).append('\n'));
        for (String literal : List.of("{%", "{{<", "{{%", "{{")) {
            out.append("literal ").append(literal).append(" in output HTML: ").append(literalsInOutput(literal))
                    .append(" (in text kept as written: ").append(kept(literal)).append(")\n");
        }
        out.append(Files.isDirectory(output) ? "" : "(no site written: old URLs checked against the import's plan)\n");
        out.append("old URLs: ").append(oldUrls.size()).append(", answered: ").append(oldUrls.size() - unanswered.size())
                .append('\n');
        unanswered.stream().limit(20).forEach(u -> out.append("  not answered: ").append(u).append('\n'));
        return out.toString();
    }
}
