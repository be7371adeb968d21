package org.sitegen.incremental;

import java.io.IOException;
import java.io.DataOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Each input file's fingerprint as of its {@link FileStamp}, recorded with the build state, so
 * that the next build reads only the files whose listing changed (as git's index does): a
 * no-change re-run lists the content instead of reading it (docs/performance.md, finding 30).
 * A stamp is trusted only for a file last modified well before the build that recorded it:
 * one written in the same clock tick as it was listed could change again unseen, so it is read.
 */
final class FileStamps {
    /** How long before a build a file must have been modified for its stamp to be trusted. */
    private static final long RACY_NANOS = TimeUnit.SECONDS.toNanos(3);
    private static final String FORMAT = "site-gen file stamps 4";

    /** A file as listed before its bytes were read, and their fingerprint. */
    record Stamp(FileStamp file, byte[] fingerprint) {
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
            StateFiles.Reader in = StateFiles.checked(Files.readAllBytes(file));
            if (in == null || !in.readString().equals(FORMAT)) {
                return none();
            }
            in.readLong(); // when the build that wrote them listed its files
            int count = in.readInt();
            if (count < 0 || count > in.available()) {
                return none();
            }
            Map<String, Stamp> byPath = new HashMap<>(Math.max(16, count * 2));
            for (int i = 0; i < count; i++) {
                String path = in.readString();
                FileStamp listed = new FileStamp(in.readLong(), in.readLong(), in.readInt());
                byPath.put(path, new Stamp(listed, in.readBytes(in.readUnsignedByte())));
            }
            return in.available() == 0 ? new FileStamps(byPath) : none();
        } catch (IOException | RuntimeException missingOrDamaged) {
            return none();
        }
    }

    /**
     * Writes {@code stamps}, listed by a build that started at {@code listedFrom} (nanoseconds
     * since the epoch), to {@code file}, whole or not at all, ending with a checksum (read back
     * from their bytes in place, as the other state files); those of files modified shortly
     * before are left out (their next build reads them).
     */
    static void write(Path file, Map<Path, Stamp> stamps, long listedFrom) throws IOException {
        List<Map.Entry<Path, Stamp>> trusted = new ArrayList<>(stamps.size());
        stamps.forEach((path, stamp) -> {
            if (stamp.file().modifiedNanos() < listedFrom - RACY_NANOS) {
                trusted.add(Map.entry(path, stamp));
            }
        });
        StateFiles.Buffer bytes = new StateFiles.Buffer(64 + trusted.size() * 160);
        DataOutputStream out = new DataOutputStream(bytes);
        StateFiles.writeString(out, FORMAT);
        out.writeLong(listedFrom);
        out.writeInt(trusted.size());
        for (Map.Entry<Path, Stamp> entry : trusted) {
            Stamp stamp = entry.getValue();
            StateFiles.writeString(out, entry.getKey().toString());
            out.writeLong(stamp.file().size());
            out.writeLong(stamp.file().modifiedNanos());
            out.writeInt(stamp.file().identity());
            out.writeByte(stamp.fingerprint().length);
            out.write(stamp.fingerprint());
        }
        out.flush();
        StateFiles.replaceChecked(file, bytes);
    }

    /** The recorded fingerprint of {@code path} when it is still {@code listed} as it was, else null. */
    byte[] fingerprintIfUnchanged(Path path, BasicFileAttributes listed) {
        Stamp stamp = byPath.get(path.toString());
        return stamp != null && stamp.file().equals(FileStamp.of(listed)) ? stamp.fingerprint() : null;
    }

    /** {@code attributes} as a stamp, with {@code fingerprint}. */
    static Stamp of(BasicFileAttributes attributes, byte[] fingerprint) {
        return new Stamp(FileStamp.of(attributes), fingerprint);
    }
}
