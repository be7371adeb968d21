package org.sitegen.incremental;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.TimeUnit;

/**
 * What says that a file has not changed without reading it, as git's index does: its size, its
 * modification time to the nanosecond the file system keeps, and its identity. The identity is
 * there because a rename carries a file's size and time to another path: two briefings of one
 * size, written in one clock tick (a tar extract, a checkout) and swapped by renames, kept each
 * other's results without it. An edit in place that keeps size and time (within one clock tick)
 * is the known limit, which is why the build's stamps on disk are trusted only for files
 * modified well before they were recorded ({@link FileStamps}).
 *
 * @param size          bytes
 * @param modifiedNanos last modification, nanoseconds since the epoch
 * @param identity      the hash of the file key (device and inode on Unix, the same for a file
 *                      as long as it exists), 0 where the file system has none (Windows)
 */
record FileStamp(long size, long modifiedNanos, int identity) {

    /** The stamp of a file as listed, without another system call. */
    static FileStamp of(BasicFileAttributes attributes) {
        Object key = attributes.fileKey();
        return new FileStamp(attributes.size(), attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS),
                key == null ? 0 : key.hashCode());
    }

    /** The stamp of {@code file} as it is now (links followed). */
    static FileStamp of(Path file) throws IOException {
        return of(Files.readAttributes(file, BasicFileAttributes.class));
    }
}
