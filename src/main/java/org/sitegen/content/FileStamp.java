package org.sitegen.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.TimeUnit;

/**
 * What says that a file has not changed without reading it: its size and its modification
 * time, to the nanosecond the file system keeps. Two equal stamps of one path mean "take what
 * was made from it last time"; an edit that keeps both (rare: same size within one clock tick)
 * is the known limit, which is why the up-to-date check on disk also keeps a fingerprint of the
 * bytes it can fall back to.
 *
 * @param size          bytes
 * @param modifiedNanos last modification, nanoseconds since the epoch
 */
public record FileStamp(long size, long modifiedNanos) {

    public static FileStamp of(BasicFileAttributes attributes) {
        return new FileStamp(attributes.size(), attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS));
    }

    /** The stamp of {@code file} as it is now (links followed). */
    public static FileStamp of(Path file) throws IOException {
        return of(Files.readAttributes(file, BasicFileAttributes.class));
    }

    /** "size modified", as a line of a larger stamp. */
    @Override
    public String toString() {
        return size + " " + modifiedNanos;
    }
}
