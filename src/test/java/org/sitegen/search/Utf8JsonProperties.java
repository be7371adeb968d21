package org.sitegen.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.sitegen.PropertySeed;
import org.sitegen.json.JsonText;
import org.sitegen.json.JsonWriter;
import org.sitegen.store.StoredText;

/**
 * The index's JSON written straight into UTF-8 is the JSON generator's text encoded as it was:
 * every string (control characters, quotes, any script, whole and half surrogate pairs), number
 * and fragment group byte for byte.
 */
class Utf8JsonProperties {
    @Property(tries = 3000, seed = PropertySeed.VALUE)
    void stringsAreTheGeneratorsQuotingInUtf8(@ForAll("texts") String text) {
        assertThat(new Utf8Json(0).ascii('x').string(text).bytes())
                .isEqualTo(("x" + JsonText.of(text)).getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 1000, seed = PropertySeed.VALUE)
    void numbersAreTheirDigits(@ForAll @IntRange(min = 0) int n) {
        assertThat(new Utf8Json(1).number(n).bytes()).isEqualTo(String.valueOf(n).getBytes(StandardCharsets.US_ASCII));
    }

    @Property(tries = 300, seed = PropertySeed.VALUE)
    void fragmentGroupsAreTheGeneratorsInUtf8(@ForAll("groups") List<SearchDoc> group) throws IOException {
        java.io.StringWriter json = new java.io.StringWriter();
        try (JsonWriter out = JsonWriter.to(json)) { // the group as the generator wrote it
            out.startArray();
            for (SearchDoc doc : group) {
                out.startObject();
                out.field("title", doc.title());
                out.field("link", doc.link());
                out.field("day", doc.day());
                out.field("date", doc.display());
                out.startArrayField("tags");
                for (SearchDoc.Tag tag : doc.tags()) {
                    out.startArray();
                    out.string(tag.name());
                    out.string(tag.link());
                    out.endArray();
                }
                out.endArray();
                out.startArrayField("authors");
                for (String author : doc.authors()) {
                    out.string(author);
                }
                out.endArray();
                out.field("summary", doc.summary());
                String text = doc.text().load();
                int space = text.lastIndexOf(' ', SearchIndexBuilder.SNIPPET_TEXT);
                out.field("text", text.length() <= SearchIndexBuilder.SNIPPET_TEXT ? text
                        : text.substring(0, space > SearchIndexBuilder.SNIPPET_TEXT / 2 ? space : SearchIndexBuilder.SNIPPET_TEXT));
                out.endObject();
            }
            out.endArray();
        }
        String file = "window.__sitegenSearch(" + JsonText.of("d/12") + "," + json + ");\n";
        assertThat(new String(SearchIndexBuilder.fragments("d/12", group, ids(group.size()), 0), StandardCharsets.UTF_8))
                .isEqualTo(new String(file.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
        assertThat(SearchIndexBuilder.fragments("d/12", group, ids(group.size()), 0)).isEqualTo(file.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A snippet cut from UTF-8 bytes around the 2,000th char: a pair, a three-byte char, a space
     * or a quote on either side of the cut, spaces early or late; the same bytes as from the string.
     */
    @net.jqwik.api.Example
    void snippetsFromUtf8_cutWhereTheStringIsCut() {
        for (String filler : List.of("a", "a b", "\u00e9", "\u4e2d")) {
            for (String mark : List.of("\uD83D\uDE00", "\u4e2d", " ", "\"", "\n", "\u00e9")) {
                for (int at = 1995; at <= 2003; at++) {
                    for (String early : List.of("", "x y ")) {
                        String text = early + filler.repeat(at / filler.length() + 1).substring(0, at - early.length())
                                + mark + filler.repeat(40);
                        SearchDoc expected = new SearchDoc("t", "l", "d", "d", List.of(), List.of(), "s", StoredText.of(text));
                        SearchDoc fromBytes = new SearchDoc("t", "l", "d", "d", List.of(), List.of(), "s",
                                new StoredText.InMemoryUtf8(text.getBytes(StandardCharsets.UTF_8)));
                        assertThat(SearchIndexBuilder.fragments("d/0", List.of(fromBytes), ids(1), 0))
                                .as("%s %s at %d", filler, mark, at)
                                .isEqualTo(SearchIndexBuilder.fragments("d/0", List.of(expected), ids(1), 0));
                    }
                }
            }
        }
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(12),
                Arbitraries.strings().withCharRange('\u0000', '\u00a0').ofMaxLength(20),
                Arbitraries.strings().withChars("a\"\\/\u2028\u00e9\u4e2d\uD83D\uDE00\uDBFF\uDFFF\u007f\n\t\u0000\u001f")
                        .ofMaxLength(20));
    }

    @Provide
    Arbitrary<List<SearchDoc>> groups() {
        Arbitrary<String> text = texts();
        Arbitrary<String> longText = Arbitraries.oneOf(
                Arbitraries.strings().withChars("ab \u00e9\uD83D\uDE00\"").ofMinLength(1900).ofMaxLength(2200),
                // no space after the first thousand chars: cut at 2,000, maybe inside a surrogate pair
                Combinators.combine(Arbitraries.strings().withChars("ab \u00e9").ofMinLength(0).ofMaxLength(1100),
                        Arbitraries.strings().withChars("ab\u00e9\u4e2d\n\uD83D\uDE00\"").ofMinLength(900).ofMaxLength(1200),
                        Arbitraries.of("", "\uD83D\uDE00", "\uD83D\uDE00\uD83D\uDE00", "\uDE00", "\uD83D"))
                        .as((a, b, c) -> a + b + c + b));
        Arbitrary<SearchDoc.Tag> tag = Combinators.combine(text, text).as((n, l) -> new SearchDoc.Tag(n, "t/x", l));
        Arbitrary<SearchDoc> doc = Combinators.combine(text, text, text, tag.list().ofMaxSize(3), text.list().ofMaxSize(2),
                text, Arbitraries.oneOf(text, longText)).as((title, link, day, tags, authors, summary, body) ->
                new SearchDoc(title, link, day, day + " display", tags, authors, summary, stored(body)));
        return doc.list().ofMinSize(1).ofMaxSize(8);
    }

    /**
     * A body as the build keeps it: a string, its UTF-8 (whose snippet is written from the bytes),
     * or bytes that are not UTF-8 (the text's with a stray byte; written from the decoded text).
     */
    private static StoredText stored(String body) {
        byte[] utf8 = body.getBytes(StandardCharsets.UTF_8);
        return switch (Math.floorMod(body.hashCode(), 4)) {
            case 0 -> StoredText.of(body);
            case 1 -> StoredText.compact(body);
            case 2 -> new StoredText.InMemoryUtf8(utf8);
            default -> {
                byte[] broken = java.util.Arrays.copyOf(utf8, utf8.length + 1);
                broken[Math.min(utf8.length, 1500)] = (byte) 0xE2; // a lead byte without its followers
                System.arraycopy(utf8, Math.min(utf8.length, 1500), broken, Math.min(utf8.length, 1500) + 1,
                        utf8.length - Math.min(utf8.length, 1500));
                yield new StoredText.InMemoryUtf8(broken);
            }
        };
    }

    /** Ids 0 to {@code n - 1}: a group without holes. */
    private static int[] ids(int n) {
        return java.util.stream.IntStream.range(0, n).toArray();
    }
}
