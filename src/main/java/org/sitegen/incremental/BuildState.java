package org.sitegen.incremental;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import org.sitegen.store.Fingerprint;
import org.sitegen.exec.Background;
import org.sitegen.exec.Parallel;
import org.sitegen.config.SiteConfig;
import org.sitegen.content.SourceFile;
import org.sitegen.diag.Diagnostic;
import org.sitegen.diag.SourcePosition;
import org.sitegen.config.SiteConfig;

/**
 * Remembers what the last successful build was made from and what it left in the output
 * folder, so that a re-run with nothing changed can stop after hashing its inputs instead of
 * parsing and rendering the whole archive again (10,000 briefings: well under a second instead
 * of a full build). Inputs are the bytes of every content and template file, the settings
 * (all but the thread count, which does not change output) and the engine's own jar; the
 * output is every published file's and folder's path, size and mtime ({@link PublishedSite}),
 * so a site edited or damaged by hand is rebuilt. The state lives outside the site (Maven:
 * target/), never in what is deployed.
 */
final class BuildState {
    private final Path file;

    BuildState(Path file) {
        this.file = file;
    }

    /** What a site is made from: one digest of it all, and each input file's stamp, to record. */
    record Inputs(String digest, Map<Path, FileStamps.Stamp> stamps) {
    }

    /**
     * One {@link #fingerprint} of everything the site is made from: the settings, and each file's
     * path and fingerprint (not SHA-256, which was a no-change re-run's critical path under the
     * quick JIT: docs/performance.md, finding 67; like a file's, this fingerprint tells edits
     * from no edits, it does not stand up to an adversary). Fingerprinting runs on the build's threads;
     * a file listed as the last recorded build listed it is not read again (see {@link
     * FileStamps}), and content files are taken as the scan listed them.
     *
     * @param known    the stamps of files already read (by loading), taken as they are
     * @param recorded the last build's stamps ({@link #startReadingStamps}), or null when
     *                 {@code known} has them all
     */
    Inputs inputs(SiteConfig config, List<SourceFile> content, Parallel parallel, Map<Path, FileStamps.Stamp> known,
                  Background<FileStamps> recorded) throws IOException {
        List<Input> files = new ArrayList<>();
        content.forEach(f -> files.add(new Input(f.file(), f.listed())));
        Path templates = config.templatesDir();
        if (templates != null && Files.isDirectory(templates)) {
            try (Stream<Path> walk = Files.walk(templates)) {
                walk.filter(Files::isRegularFile).sorted().forEach(f -> files.add(new Input(f, null)));
            }
        }
        engineJar().ifPresent(f -> files.add(new Input(f, null)));
        FileStamps previous = recorded == null ? FileStamps.none() : recorded.join();
        List<FileStamps.Stamp> stamps;
        try {
            stamps = parallel.map(files, input -> known.containsKey(input.path()) ? known.get(input.path())
                    : stamp(input, previous));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        // the fingerprint of settings, paths and file fingerprints one after the other, taken as they come
        Fingerprinting all = new Fingerprinting();
        all.update(settings(config).getBytes(StandardCharsets.UTF_8));
        Map<Path, FileStamps.Stamp> byPath = new LinkedHashMap<>();
        byte[] separator = {0};
        for (int i = 0; i < files.size(); i++) {
            all.update(files.get(i).path().toString().getBytes(StandardCharsets.UTF_8));
            all.update(separator);
            all.update(stamps.get(i).fingerprint());
            byPath.put(files.get(i).path(), stamps.get(i));
        }
        return new Inputs(HexFormat.of().formatHex(all.fingerprint()), byPath);
    }

    /**
     * The settings that shape the site, as text (see {@link SiteConfig#outputFingerprint}), and
     * the Java runtime that builds it ({@link #RUNTIME}).
     */
    static String settings(SiteConfig config) {
        return config.outputFingerprint() + RUNTIME;
    }

    /**
     * The runtime's version and time-zone rules: dates become days (URLs, archives) by the
     * runtime's zone rules and words by its locale data, so another JDK (or a tzupdater run) may
     * make another site from the same files; found by the red team: a 1978 Tehran briefing moved
     * a day under a newer JDK's rules, and a re-run with it was skipped as up to date.
     */
    private static final String RUNTIME = "java=" + Runtime.version() + "\ntzdata=" + tzdataVersion() + "\n";

    private static String tzdataVersion() {
        try {
            return java.time.zone.ZoneRulesProvider.getVersions("UTC").lastKey();
        } catch (RuntimeException unknown) {
            return "unknown";
        }
    }

    /** An input file, and its attributes when a scan listed them (else null). */
    private record Input(Path path, BasicFileAttributes listed) {
    }

    /** Starts reading the last build's stamps on a thread of its own, while the content is scanned. */
    Background<FileStamps> startReadingStamps(Parallel parallel) {
        return parallel.background("site-gen-stamps", () -> FileStamps.read(stampsFile()));
    }

    /** The file as listed, with the fingerprint recorded for that listing or else of its bytes (read after listing). */
    private static FileStamps.Stamp stamp(Input input, FileStamps previous) {
        try {
            BasicFileAttributes listed = input.listed() != null ? input.listed()
                    : Files.readAttributes(input.path(), BasicFileAttributes.class);
            byte[] recorded = previous.fingerprintIfUnchanged(input.path(), listed);
            return FileStamps.of(listed, recorded != null ? recorded : fingerprint(Files.readAllBytes(input.path())));
        } catch (IOException e) {
            // Not a failure of the check: the build goes on and the stage that reads the file
            // reports it as a cold build does (file: error: ...), with every other problem. Found
            // by the red team: an edited file made unreadable stopped a rebuild here with one bare
            // absolute path, where a cold build named each such file in compiler form.
            return unreadable();
        }
    }

    /**
     * The stamp of a file that could not be read (permissions, or gone since it was listed): it
     * equals no listing (a size of -1) and no file's fingerprint (a length of -1), so nothing
     * recorded or kept is reused for it, now or by the next build.
     */
    static FileStamps.Stamp unreadable() {
        return new FileStamps.Stamp(new FileStamp(-1, 0, 0), ByteBuffer.allocate(16).putLong(-1).array());
    }

    private Path stampsFile() {
        return file.resolveSibling(file.getFileName() + ".files");
    }

    /**
     * Starts checking {@code site} against the entries the last build recorded ({@link
     * PublishedSite#check}) on the threads of {@code parallel}, while the caller goes on (a
     * re-run scans the content folder on one thread meanwhile); its digest, or
     * {@link PublishedSite#NONE} when no entries were recorded.
     */
    Background<PublishedSite.Checked> startCheckingSite(Path site, Parallel parallel) {
        return parallel.background("site-gen-output-check", () -> {
            List<String> entries = PublishedSite.read(siteFile());
            return entries == null ? new PublishedSite.Checked(PublishedSite.NONE, List.of(), null)
                    : PublishedSite.check(site, entries, parallel);
        });
    }

    private Path siteFile() {
        return file.resolveSibling(file.getFileName() + ".site");
    }

    /**
     * The warnings of the last build when it recorded exactly these inputs, the site is still as
     * it left it, and no scheduled briefing has come due since; empty when a build is needed.
     */
    Optional<List<Diagnostic>> upToDate(String inputs, Background<PublishedSite.Checked> site, Instant now)
            throws IOException {
        List<String> lines = lines();
        if (lines == null || lines.size() < 3 || !lines.get(0).equals("inputs " + inputs) || !lines.get(1).startsWith("due ")
                || lines.get(2).equals("output " + PublishedSite.NONE)
                || !lines.get(2).equals("output " + site.join().digest())) {
            return Optional.empty();
        }
        try {
            String due = lines.get(1).substring(4);
            if (!due.equals("never") && !now.isBefore(Instant.parse(due))) {
                return Optional.empty();
            }
            return Optional.of(lines.subList(3, lines.size()).stream().map(BuildState::warning).toList());
        } catch (RuntimeException damaged) { // a line that is not what record writes: a build is needed
            return Optional.empty();
        }
    }

    /** The line that ends a whole state file: one cut short (damaged, truncated) is no state. */
    private static final String END = "end";

    /**
     * The state's lines without {@link #END}; null when there is no state, or it is not whole
     * (found by the red team: a state file cut within a warning's line failed every later build
     * with an exception until {@code mvn clean}, and one cut between two lines dropped warnings).
     */
    private List<String> lines() throws IOException {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (java.nio.charset.CharacterCodingException damaged) {
            return null;
        }
        return lines.isEmpty() || !lines.get(lines.size() - 1).equals(END) ? null : lines.subList(0, lines.size() - 1);
    }

    /**
     * Records a successful build: its inputs, when its first scheduled briefing comes due (the
     * next build must then publish it), its output (the {@code entries} it published in {@code
     * site}, see {@link PublishedSite#check}), and its warnings (repeated by skipped builds, so a
     * warning never disappears just because nothing changed).
     *
     * @param before  the published site as checked when the build started (null: not checked)
     * @param touched the entries the build moved in or deleted, and their folders (null: it may have changed all)
     */
    void record(Inputs inputs, long listedFrom, Path site, List<String> entries, Background<PublishedSite.Checked> before,
                java.util.Set<String> touched, Instant due, List<Diagnostic> warnings, Parallel parallel,
                Background<?> alsoWritten) throws IOException {
        Files.createDirectories(file.getParent());
        // the three are independent: the lists written on threads of their own while the site is looked up
        Background<Void> stampsWritten = parallel.background("site-gen-stamps-record", () -> {
            FileStamps.write(stampsFile(), inputs.stamps(), listedFrom);
            return null;
        });
        Background<Void> entriesWritten = parallel.background("site-gen-entries-record", () -> {
            PublishedSite.write(siteFile(), entries);
            return null;
        });
        String output = PublishedSite.digestAfter(site, entries, before == null ? null : before.join(), touched,
                parallel);
        stampsWritten.join();
        entriesWritten.join();
        if (alsoWritten != null) {
            alsoWritten.join(); // the state, which says a build is recorded, comes last
        }
        List<String> lines = new ArrayList<>(List.of("inputs " + inputs.digest(), "due " + (due == null ? "never" : due),
                "output " + output));
        warnings.forEach(w -> lines.add(String.join("\t", w.at().path(), String.valueOf(w.at().line()),
                String.valueOf(w.at().column()), w.message().replace('\n', ' '))));
        lines.add(END);
        StateFiles.replace(file, lines);
    }

    private static Diagnostic warning(String line) {
        String[] parts = line.split("\t", 4);
        return Diagnostic.warning(SourcePosition.of(parts[0], Integer.parseInt(parts[1]), Integer.parseInt(parts[2])),
                parts[3]);
    }

    /**
     * Whether the published site is as the last recorded build left it (the paths, sizes and
     * times of {@link PublishedSite}): not edited by hand or damaged since.
     */
    boolean siteAsRecorded(Background<PublishedSite.Checked> site) throws IOException {
        List<String> lines = lines();
        return lines != null && lines.size() >= 3 && !lines.get(2).equals("output " + PublishedSite.NONE)
                && lines.get(2).equals("output " + site.join().digest());
    }

    /** Whether a build has been recorded (successfully, and not forgotten since). */
    boolean recorded() {
        return Files.isRegularFile(file);
    }

    /** Forgets the last build: the next one does all the work. */
    void forget() throws IOException {
        Files.deleteIfExists(file);
    }

    /**
     * The engine's identity for the caches it keeps: a fingerprint of its jar, so another version
     * (even the same SNAPSHOT rebuilt) never reuses them; its classes folder when run from one (tests).
     */
    static String engineFingerprint() {
        return engine(null).fingerprint();
    }

    /**
     * The engine's identity ({@link #engineFingerprint}), and the stamp of its jar when the jar
     * was read for it (null otherwise, or when the jar changed while it was read).
     */
    record Engine(String fingerprint, Path jar, FileStamps.Stamp stamp) {
        /** {@code known} with the jar's stamp added, when there is one: the inputs need not read the jar again. */
        Map<Path, FileStamps.Stamp> withJar(Map<Path, FileStamps.Stamp> known) {
            if (stamp == null) {
                return known;
            }
            Map<Path, FileStamps.Stamp> all = new java.util.HashMap<>(known);
            all.put(jar, stamp);
            return all;
        }
    }

    /**
     * {@link #engineFingerprint}, read once a build: the jar is one of the build's inputs, so its
     * fingerprint is the stamp {@code inputs} already hold for it (a rebuild's, most often the
     * one recorded for the jar as listed, so the jar is not read at all); else the jar is read
     * and its stamp kept, for the inputs a first build lists after publishing. The two are the
     * same fingerprint of the same bytes ({@link #fingerprintOf}, {@link #fingerprint}).
     *
     * @param inputs this build's inputs, or null when not made yet
     */
    static Engine engine(Inputs inputs) {
        try {
            Optional<Path> jar = engineJar();
            if (jar.isEmpty()) {
                return new Engine("classes " + BuildState.class.getProtectionDomain().getCodeSource().getLocation(),
                        null, null);
            }
            FileStamps.Stamp known = inputs == null ? null : inputs.stamps().get(jar.get());
            if (known != null) {
                return new Engine(HexFormat.of().formatHex(known.fingerprint()), jar.get(), null);
            }
            BasicFileAttributes before = Files.readAttributes(jar.get(), BasicFileAttributes.class);
            byte[] fingerprint = fingerprintOf(jar.get());
            BasicFileAttributes after = Files.readAttributes(jar.get(), BasicFileAttributes.class);
            FileStamps.Stamp stamp = FileStamp.of(before).equals(FileStamp.of(after))
                    ? FileStamps.of(before, fingerprint) : null;
            return new Engine(HexFormat.of().formatHex(fingerprint), jar.get(), stamp);
        } catch (IOException | RuntimeException e) {
            return new Engine("unknown " + System.nanoTime(), null, null); // unreadable: matches no cache
        }
    }

    /** The plugin jar, so a new version of the engine (even the same SNAPSHOT rebuilt) never reuses a state. */
    private static Optional<Path> engineJar() {
        try {
            Path code = Path.of(BuildState.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(code) ? Optional.of(code) : Optional.empty();
        } catch (Exception notAFile) {
            return Optional.empty();
        }
    }

    /**
     * A file's length, CRC-32C and CRC-32: what tells an edited file from an unchanged one,
     * which is all this state needs (it guards against no adversary). Both checksums run on CPU
     * instructions of their own under the quick JIT, where SHA-256 of every byte was a large part
     * of a re-run's CPU (docs/performance.md, finding 30) and Adler-32, which has none, was
     * most of this fingerprint's (docs/performance.md, twentieth session, coldcache).
     */
    static byte[] fingerprint(byte[] bytes) {
        Fingerprinting fingerprinting = new Fingerprinting();
        fingerprinting.update(bytes);
        return fingerprinting.fingerprint();
    }

    /**
     * {@link #fingerprint} of a file's bytes, read a part at a time: the plugin's jar, read at
     * every build, is not held in memory whole for the collector to clear away.
     */
    static byte[] fingerprintOf(Path file) throws IOException {
        Fingerprinting fingerprinting = new Fingerprinting();
        byte[] part = new byte[1 << 16];
        try (java.io.InputStream in = Files.newInputStream(file)) {
            for (int read; (read = in.read(part)) >= 0;) {
                fingerprinting.update(part, read);
            }
        }
        return fingerprinting.fingerprint();
    }

    /** {@link #fingerprint} of bytes given in parts: the same as of all of them at once. */
    private static final class Fingerprinting {
        private final CRC32C crc = new CRC32C();
        private final CRC32 crc32 = new CRC32();
        private long length;

        void update(byte[] bytes) {
            update(bytes, bytes.length);
        }

        void update(byte[] bytes, int count) {
            crc.update(bytes, 0, count);
            crc32.update(bytes, 0, count);
            length += count;
        }

        byte[] fingerprint() {
            return ByteBuffer.allocate(16).putLong(length).putInt((int) crc.getValue()).putInt((int) crc32.getValue())
                    .array();
        }
    }
}
