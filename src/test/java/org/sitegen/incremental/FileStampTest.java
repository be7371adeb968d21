package org.sitegen.incremental;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A stamp changes with the size, with the modification time (to below a millisecond) and with the file. */
class FileStampTest {
    @TempDir
    Path dir;

    @Test
    void stamp_followsSizeAndTime() throws Exception {
        Path file = Files.writeString(dir.resolve("a.md"), "one");
        Instant at = Instant.parse("2023-02-19T09:30:00.000001Z");
        Files.setLastModifiedTime(file, FileTime.from(at));
        FileStamp first = FileStamp.of(file);
        assertThat(FileStamp.of(file)).isEqualTo(first);

        Files.writeString(file, "two");
        Files.setLastModifiedTime(file, FileTime.from(at));
        assertThat(FileStamp.of(file)).as("same size, same time: the known limit").isEqualTo(first);

        Files.writeString(file, "three");
        Files.setLastModifiedTime(file, FileTime.from(at));
        assertThat(FileStamp.of(file)).isNotEqualTo(first);

        Files.writeString(file, "one");
        Files.setLastModifiedTime(file, FileTime.from(at.plusNanos(1000)));
        assertThat(FileStamp.of(file)).as("a microsecond later, where the file system keeps them")
                .isNotEqualTo(first);

        Files.setLastModifiedTime(file, FileTime.from(at));
        assertThat(FileStamp.of(file)).isEqualTo(first);
        Path other = Files.writeString(dir.resolve("b.md"), "one");
        Files.setLastModifiedTime(other, FileTime.from(at));
        Files.move(other, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThat(FileStamp.of(file)).as("another file of the same size and time renamed over it").isNotEqualTo(first);
    }
}
