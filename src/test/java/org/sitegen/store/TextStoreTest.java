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
            assertThat(first).isInstanceOf(StoredText.InMemoryUtf8.class); // on the heap, as UTF-8
            assertThat(second).isNotInstanceOf(StoredText.InMemory.class).isNotInstanceOf(StoredText.InMemoryUtf8.class);
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

    /**
     * On the heap, text other than ASCII is kept as UTF-8 (half the bytes of a string with one
     * curly quote), and must come back exactly: text with half a surrogate pair, which UTF-8
     * cannot carry, stays a string.
     */
    @Test
    void put_onHeap_keepsNonAsciiAsUtf8_andEveryTextComesBackExactly() throws Exception {
        String[] texts = {"", "plain ASCII, even with a ? in it", "Zürich — “quoted” \uD83D\uDE00 ", "caf\u00e9",
                "half a pair \uD83D here?", "low half \uDE00 alone", "\uD83D", "pair at the end \uD83D\uDE00"};
        try (TextStore store = new TextStore(Long.MAX_VALUE, temp)) {
            for (String text : texts) {
                StoredText stored = store.put(text);
                assertThat(stored.load()).as(text).isEqualTo(text);
                assertThat(stored.toString()).isEqualTo(text);
                assertThat(stored).isEqualTo(store.put(text)).hasSameHashCodeAs(store.put(text));
                boolean halfPair = text.chars().anyMatch(c -> Character.isSurrogate((char) c))
                        && !text.endsWith("\uD83D\uDE00 ") && !text.endsWith("\uD83D\uDE00");
                if (!halfPair && text.chars().anyMatch(c -> c >= 128)) {
                    assertThat(stored).as(text).isInstanceOf(StoredText.InMemoryUtf8.class);
                    assertThat(stored.utf8()).isEqualTo(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                } else {
                    assertThat(stored).as(text).isInstanceOf(StoredText.InMemory.class);
                }
            }
            assertThat(store.put("Zürich")).isNotEqualTo(store.put("Zurich"));
            assertThat(store.spooled()).isFalse();
        }
    }

    /**
     * Chars kept straight ({@link StoredText#compact(char[], int, int)}, a body's HTML from its
     * renderer) are kept as the string of them is: the same form, bytes and text, half surrogate
     * pairs and pairs at the slice's ends included; and a store keeps such a text as it is on
     * the heap, or spools it, reading back the same bytes.
     */
    @Test
    void compactChars_keepsWhatCompactStringKeeps() throws Exception {
        java.util.Random random = new java.util.Random(20);
        String alphabet = "ab<&?\n\u00e9\u00ff\u0100\u07ff\u0800\u201c\uffff\ud83d\ude00\ud835\udfce";
        try (TextStore store = new TextStore(3000, temp)) {
            for (int n = 0; n < 3000; n++) {
                char[] chars = new char[random.nextInt(12)];
                for (int i = 0; i < chars.length; i++) {
                    chars[i] = alphabet.charAt(random.nextInt(alphabet.length()));
                }
                int from = chars.length == 0 ? 0 : random.nextInt(chars.length);
                int to = from + random.nextInt(chars.length - from + 1);
                String text = new String(chars, from, to - from);
                StoredText kept = StoredText.compact(chars, from, to);
                assertThat(kept).as(text).isEqualTo(StoredText.compact(text)).hasSameClassAs(StoredText.compact(text));
                assertThat(kept.utf8()).isEqualTo(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                StoredText stored = store.put(kept);
                assertThat(stored.utf8()).as(text).isEqualTo(kept.utf8());
            }
            assertThat(store.spooled()).isTrue();
        }
    }
}
