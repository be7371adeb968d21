package org.sitegen.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextStoreTest {
    @TempDir
    Path temp;

    @Test
    void put_withinBudget_staysOnHeap_andNeverCreatesASpool() throws Exception {
        try (TextStore store = new TextStore(10, temp)) {
            StoredText text = store.put("0123456789");
            assertThat(text).isEqualTo(StoredText.of("0123456789"));
            assertThat(store.spooled()).isFalse();
            assertThat(temp).isEmptyDirectory();
        }
    }

    @Test
    void put_overBudget_spoolsTheRest_andReadsEveryTextBack() throws Exception {
        try (TextStore store = new TextStore(5, temp)) {
            StoredText first = store.put("héllo");
            StoredText second = store.put("Zürich — “quoted” \uD83D\uDE00 ");
            StoredText empty = store.put("");
            assertThat(first).isInstanceOf(StoredText.InMemory.class);
            assertThat(second).isNotInstanceOf(StoredText.InMemory.class);
            assertThat(store.spooled()).isTrue();
            assertThat(second.load()).isEqualTo("Zürich — “quoted” \uD83D\uDE00 ");
            assertThat(second.toString()).isEqualTo(second.load());
            assertThat(empty.load()).isEmpty();
            assertThat(first.load()).isEqualTo("héllo");
        }
        assertThat(temp).isEmptyDirectory(); // the spool is deleted on close
    }

    @Test
    void put_fromManyThreads_everyTextReadsBackWhole() throws Exception {
        try (TextStore store = new TextStore(0, temp)) {
            List<String> texts = IntStream.range(0, 2000).mapToObj(i -> ("body " + i + " ").repeat(i % 50 + 1)).toList();
            List<StoredText> stored = texts.parallelStream().map(store::put).toList();
            List<String> loaded = stored.parallelStream().map(StoredText::load).toList();
            assertThat(loaded).isEqualTo(texts);
        }
    }
}
