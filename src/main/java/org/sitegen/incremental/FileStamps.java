package org.sitegen.incremental;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Each input file's fingerprint as of a size and modification time, recorded with the build
 * state, so that the next build reads only the files whose listing changed (as git's index
 * does): a no-change re-run lists the content instead of reading it (docs/performance.md, finding 30).
 * A stamp is trusted only for a file last modified well before the build that recorded it:
 * one written in the same clock tick as it was listed could change again unseen, so it is read.
 */
final class FileStamps {
    /** How long before a build a file must have been modified for its stamp to be trusted. */
    private static final long RACY_NANOS = TimeUnit.SECONDS.toNanos(3);

    /** A file as listed (size, modification time in nanoseconds) before its bytes were read, and their fingerprint. */
    record Stamp(long size, long modified, byte[] fingerprint) {
    }

    private final Map<String, Stamp> byPath;

    private FileStamps(Map<String, Stamp> byPath) {
        this.byPath = byPath;
    }

    static FileStamps none() {
        return new FileStamps(Map.of());
    }

    /** The stamps in {@code file}; none when it is missing or not readable as stamps. */
    static FileStamps read(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            Map<String, Stamp> byPath = new HashMap<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] parts = line.split("\t", 4);
                byPath.put(parts[3], new Stamp(Long.parseLong(parts[0]), Long.parseLong(parts[1]),
                        HexFormat.of().parseHex(parts[2])));
            }
            return new FileStamps(byPath);
        } catch (IOException | RuntimeException missingOrDamaged) {
            return none();
        }
    }

    /**
     * Writes {@code stamps}, listed by a build that started at {@code listedFrom} (nanoseconds
     * since the epoch), to {@code file}, whole or not at all; those of files modified shortly
     * before are left out (their next build reads them).
     */
    static void write(Path file, Map<Path, Stamp> stamps, long listedFrom) throws IOException {
        List<String> lines = new ArrayList<>(stamps.size() + 1);
        lines.add("listed-from " + listedFrom);
        stamps.forEach((path, stamp) -> {
            if (stamp.modified() < listedFrom - RACY_NANOS && path.toString().indexOf('\n') < 0) {
                lines.add(stamp.size() + "\t" + stamp.modified() + "\t" + HexFormat.of().formatHex(stamp.fingerprint())
                        + "\t" + path);
            }
        });
        StateFiles.replace(file, lines);
    }

    /** The recorded fingerprint of {@code path} when it is still {@code listed} as it was, else null. */
    byte[] fingerprintIfUnchanged(Path path, BasicFileAttributes listed) {
        Stamp stamp = byPath.get(path.toString());
        return stamp != null && stamp.size() == listed.size()
                && stamp.modified() == listed.lastModifiedTime().to(TimeUnit.NANOSECONDS) ? stamp.fingerprint() : null;
    }

    /** {@code attributes} as a stamp's size and modification time, with {@code fingerprint}. */
    static Stamp of(BasicFileAttributes attributes, byte[] fingerprint) {
        return new Stamp(attributes.size(), attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS), fingerprint);
    }
}
