package org.sitegen.quality;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitegen.config.IncrementalMode;
import org.sitegen.pipeline.BuildReport;
import org.sitegen.SiteGenerator;
import org.sitegen.config.SiteConfig;

/**
 * How long a preview rebuild takes after one edit, the way {@code site-gen:serve} rebuilds
 * (one {@link SiteGenerator} with a a preview cache ({@code IncrementalMode.preview()})). A benchmark, not a test: `mvn install`
 * does not run it (not named *Test). Run on a generated archive:
 * <pre>
 * python3 ../shared/bench/gen_corpus.py --count 10000 --seed 42 --out /tmp/a10k/content
 * mvn test -Dtest=ServeEditBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dbench.archive=/tmp/a10k
 * </pre>
 * The edited file is restored afterwards.
 */
@Tag("benchmark")
class ServeEditBenchmark {
    private static final int WARM_UP_BUILDS = 3; // as LiveSite does after its first build
    private static final int EDITS = 10;

    @Test
    void measure(@TempDir Path preview) throws Exception {
        Path archive = Path.of(System.getProperty("bench.archive"));
        SiteGenerator generator = new SiteGenerator();
        SiteConfig config = SiteConfig.defaults(archive).toBuilder().outputDir(preview).drafts(true).threads(2)
                .incremental(IncrementalMode.preview()).build();
        long t = System.nanoTime();
        BuildReport first = generator.build(config);
        System.out.printf("first build: %d ms %s%n", (System.nanoTime() - t) / 1_000_000, first.stageMillis());
        for (int i = 0; i < WARM_UP_BUILDS; i++) {
            t = System.nanoTime();
            generator.build(config);
            System.out.printf("warm-up rebuild %d (no change): %d ms%n", i + 1, (System.nanoTime() - t) / 1_000_000);
        }
        Path file;
        try (Stream<Path> files = Files.walk(archive.resolve("content"))) {
            file = files.filter(f -> f.toString().endsWith(".md")).sorted().skip(first.pagesByKind()
                    .getOrDefault("briefing", 1) / 2).findFirst().orElseThrow();
        }
        String original = Files.readString(file);
        java.util.List<Long> times = new java.util.ArrayList<>();
        try {
            for (int edit = 1; edit <= EDITS; edit++) {
                Files.writeString(file, original.replaceFirst("\n---\n", "\n---\nEdit number " + edit + ". "));
                t = System.nanoTime();
                BuildReport report = generator.build(config);
                long ms = (System.nanoTime() - t) / 1_000_000;
                times.add(ms);
                System.out.printf("edit %d of %s: %d ms %s%n", edit, archive.relativize(file), ms, report.stageMillis());
            }
            times.sort(null);
            System.out.printf("edits: min %d ms, median %d ms, max %d ms%n", times.get(0),
                    times.get(times.size() / 2), times.get(times.size() - 1));
        } finally {
            Files.writeString(file, original);
        }
    }
}
