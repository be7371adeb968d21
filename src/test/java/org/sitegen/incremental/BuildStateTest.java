package org.sitegen.incremental;

import org.sitegen.config.SiteConfig;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.sitegen.config.SiteConfig;

/** What a build records of its settings (the site's own check: {@link PublishedSiteTest}). */
class BuildStateTest {
    @Test
    void settings_everyComponentButThreadsAndNow() {
        SiteConfig config = SiteConfig.defaults(Path.of("archive"));
        String settings = BuildState.settings(config);
        assertThat(settings).contains("siteTitle=Briefings\n", "taxonomies=[tags]\n", "zone=UTC\n",
                "outputDir=" + Path.of("archive", "site-output") + "\n").doesNotContain("threads", "now=");
        // every component of the site settings and the build options but threads, now and incremental,
        // and the runtime's version and zone rules
        assertThat(settings.lines()).hasSize(org.sitegen.config.SiteSettings.class.getRecordComponents().length
                + org.sitegen.config.BuildOptions.class.getRecordComponents().length - 3 + 2);
        assertThat(BuildState.settings(config.toBuilder().threads(7).build())).isEqualTo(settings);
        assertThat(BuildState.settings(config.toBuilder().incremental(org.sitegen.config.IncrementalMode.recorded(
                Path.of("state"))).build())).isEqualTo(settings);
        SiteConfig later = config.toBuilder().now(java.time.Instant.parse("2030-01-01T00:00:00Z")).build();
        assertThat(BuildState.settings(later)).isEqualTo(settings);
        assertThat(BuildState.settings(config.toBuilder().drafts(true).build())).isNotEqualTo(settings);
        assertThat(BuildState.settings(config.toBuilder().siteUrl("https://example.org").build())).isNotEqualTo(settings);
    }

    /** The engine's jar, fingerprinted a part at a time, is fingerprinted as all its bytes at once. */
    @Test
    void fingerprintOfAFile_isTheFingerprintOfItsBytes(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        java.util.Random random = new java.util.Random(20);
        for (int size : new int[] {0, 1, 65_535, 65_536, 65_537, 300_001}) {
            byte[] bytes = new byte[size];
            random.nextBytes(bytes);
            Path file = dir.resolve("f" + size);
            java.nio.file.Files.write(file, bytes);
            assertThat(BuildState.fingerprintOf(file)).as("size " + size).isEqualTo(BuildState.fingerprint(bytes));
        }
    }

    /**
     * Another JDK may make another site from the same files (its zone rules move a date to
     * another day, its locale data spell a month otherwise): the runtime is part of what a
     * recorded build was made from. Found by the red team (a 1978 Tehran briefing under JDK 17's
     * tzdata 2025a and JDK 25's 2026a).
     */
    @Test
    void settings_nameTheRuntimeAndItsZoneRules() {
        String settings = BuildState.settings(SiteConfig.defaults(Path.of("archive")));
        assertThat(settings).contains("java=" + Runtime.version() + "\n",
                "tzdata=" + java.time.zone.ZoneRulesProvider.getVersions("UTC").lastKey() + "\n");
    }

    /**
     * A file's fingerprint is its length, CRC-32C and CRC-32 (Adler-32, which the quick JIT has no
     * instruction for, was most of fingerprinting a cold build's content and the plugin's jar),
     * the same whether read whole or in parts (the jar is read in parts).
     */
    @Test
    void fingerprint_isLengthCrc32cAndCrc32_readWholeOrInParts(@org.junit.jupiter.api.io.TempDir Path dir)
            throws java.io.IOException {
        byte[] bytes = new byte[200_000]; // three parts of fingerprintOf's 64 KB and some
        new java.util.Random(7).nextBytes(bytes);
        Path file = dir.resolve("input");
        java.nio.file.Files.write(file, bytes);
        java.util.zip.CRC32C crc32c = new java.util.zip.CRC32C();
        crc32c.update(bytes);
        java.util.zip.CRC32 crc32 = new java.util.zip.CRC32();
        crc32.update(bytes);
        byte[] expected = java.nio.ByteBuffer.allocate(16).putLong(bytes.length).putInt((int) crc32c.getValue())
                .putInt((int) crc32.getValue()).array();
        assertThat(BuildState.fingerprint(bytes)).isEqualTo(expected);
        assertThat(BuildState.fingerprintOf(file)).isEqualTo(expected);
    }

    /** A first build's inputs take the engine jar's stamp from reading it for the cache's key, not from a second read. */
    @Test
    void engine_jarStampAddedToTheKnownInputs() {
        Path jar = Path.of("plugin.jar");
        FileStamps.Stamp stamp = new FileStamps.Stamp(new FileStamp(3, 4, 5), new byte[16]);
        java.util.Map<Path, FileStamps.Stamp> loaded = java.util.Map.of(Path.of("content/a.md"), stamp);
        assertThat(new BuildState.Engine("f", jar, stamp).withJar(loaded)).containsOnlyKeys(Path.of("content/a.md"), jar);
        assertThat(new BuildState.Engine("f", jar, null).withJar(loaded)).isSameAs(loaded);
    }

    /**
     * Found by the twenty-first session's red team: a rebuild whose edited briefing could not be
     * read (permissions; or a file deleted after the scan listed it) stopped in the up-to-date
     * check with one bare absolute path, where a cold build reports each such file in compiler
     * form. The check now stamps it as unreadable (matching no listing and no fingerprint), and
     * loading reports it.
     */
    @Test
    void inputs_aFileThatCannotBeRead_isStampedUnreadable_notAFailure(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path content = java.nio.file.Files.createDirectories(dir.resolve("content"));
        Path gone = java.nio.file.Files.writeString(content.resolve("gone.md"), "---\ntitle: Gone\n---\nBody.\n");
        Path kept = java.nio.file.Files.writeString(content.resolve("kept.md"), "---\ntitle: Kept\n---\nBody.\n");
        java.util.List<org.sitegen.content.SourceFile> files = new java.util.ArrayList<>();
        for (Path file : java.util.List.of(gone, kept)) {
            files.add(new org.sitegen.content.SourceFile(file.getFileName().toString(), file, "content/" + file.getFileName(),
                    org.sitegen.content.SourceFile.Kind.BRIEFING, java.nio.file.Files.readAttributes(file,
                    java.nio.file.attribute.BasicFileAttributes.class)));
        }
        java.nio.file.Files.delete(gone); // listed by the scan, gone (or unreadable) when stamped
        BuildState state = new BuildState(dir.resolve("target/site-gen/build-state"));
        SiteConfig config = SiteConfig.defaults(dir);
        try (org.sitegen.exec.Parallel parallel = new org.sitegen.exec.Parallel(2)) {
            BuildState.Inputs inputs = state.inputs(config, files, parallel, java.util.Map.of(), null);
            assertThat(inputs.stamps().get(gone).file()).isEqualTo(new FileStamp(-1, 0, 0));
            assertThat(inputs.stamps().get(gone).fingerprint()).isEqualTo(java.nio.ByteBuffer.allocate(16).putLong(-1).array());
            assertThat(inputs.stamps().get(kept).fingerprint())
                    .isEqualTo(BuildState.fingerprint(java.nio.file.Files.readAllBytes(kept)));
        }
    }
}
