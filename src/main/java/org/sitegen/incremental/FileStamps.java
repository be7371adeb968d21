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
 * Each input file's fingerprint as of a size, modification time and file identity (the inode
 * on Unix), recorded with the build state, so that the next build reads only the files whose
 * listing changed (as git's index does): a no-change re-run lists the content instead of reading
 * it (docs/performance.md, finding 30). The identity is there because a rename carries a file's
 * size and time to another path: two briefings of one size, written in one clock tick (a tar
 * extract, a checkout) and swapped by renames, kept each other's fingerprint without it.
 * A stamp is trusted only for a file last modified well before the build that recorded it:
 * one written in the same clock tick as it was listed could change again unseen, so it is read.
 */
final class FileStamps {
    /** How long before a build a file must have been modified for its stamp to be trusted. */
    private static final long RACY_NANOS = TimeUnit.SECONDS.toNanos(3);
    private static final String FORMAT = "site-gen file stamps 3";

    /**
     * A file as listed (size, modification time in nanoseconds, {@link #identity}) before its
     * bytes were read, and their fingerprint.
     */
    record Stamp(long size, long modified, int identity, byte[] fingerprint) {
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
                long size = in.readLong();
                long modified = in.readLong();
                int identity = in.readInt();
                byPath.put(path, new Stamp(size, modified, identity, in.readBytes(in.readUnsignedByte())));
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
            if (stamp.modified() < listedFrom - RACY_NANOS) {
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
            out.writeLong(stamp.size());
            out.writeLong(stamp.modified());
            out.writeInt(stamp.identity());
            out.writeByte(stamp.fingerprint().length);
            out.write(stamp.fingerprint());
        }
        out.flush();
        StateFiles.replaceChecked(file, bytes);
    }

    /** The recorded fingerprint of {@code path} when it is still {@code listed} as it was, else null. */
    byte[] fingerprintIfUnchanged(Path path, BasicFileAttributes listed) {
        Stamp stamp = byPath.get(path.toString());
        return stamp != null && stamp.size() == listed.size()
                && stamp.modified() == listed.lastModifiedTime().to(TimeUnit.NANOSECONDS)
                && stamp.identity() == identity(listed) ? stamp.fingerprint() : null;
    }

    /** {@code attributes} as a stamp's size, modification time and identity, with {@code fingerprint}. */
    static Stamp of(BasicFileAttributes attributes, byte[] fingerprint) {
        return new Stamp(attributes.size(), attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS), identity(attributes),
                fingerprint);
    }

    /**
     * The file's identity as listed, without another system call: the hash of its file key
     * (device and inode on Unix, the same for a file as long as it exists), 0 where the file
     * system has none (Windows).
     */
    static int identity(BasicFileAttributes attributes) {
        Object key = attributes.fileKey();
        return key == null ? 0 : key.hashCode();
    }
}
