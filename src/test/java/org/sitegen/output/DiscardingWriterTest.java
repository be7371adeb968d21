package org.sitegen.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code site-gen:check}'s writer: paths are checked as a build checks them, nothing reaches a disk. */
class DiscardingWriterTest {

    @Test
    void writesCopiesAndCommitsNothing(@TempDir Path temp) throws IOException {
        Path asset = Files.writeString(temp.resolve("map.png"), "png");
        SiteWriter writer = SiteWriter.discarding();
        writer.write("2023/01/01/x/index.html", "<p>x</p>".getBytes(StandardCharsets.UTF_8));
        writer.copy("2023/map.png", asset);
        assertThat(writer.keep("index.html")).as("nothing published to keep").isFalse();
        writer.commit();
        writer.abort();
        assertThat(Path.of("site-gen-check")).doesNotExist();
        assertThat(Path.of(".site-gen-check.staging")).doesNotExist();
        try (Stream<Path> left = Files.list(temp)) {
            assertThat(left).containsExactly(asset);
        }
    }

    @Test
    void refusesPathsThatLeaveTheSiteLikeABuild() {
        assertThatThrownBy(() -> SiteWriter.discarding().write("../outside.html", new byte[1]))
                .isInstanceOf(IOException.class).hasMessageContaining("outside the output folder");
    }
}
