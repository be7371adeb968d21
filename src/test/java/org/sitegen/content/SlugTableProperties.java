package org.sitegen.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.sitegen.PropertySeed;

/** Random texts of ASCII and SlugTable's characters: the table spells the slug ICU spells, device suffix and truncation included. */
class SlugTableProperties {
    private static final List<Character> TABLE = SlugTableTest.tableChars();
    /** The characters titles use most, so that they meet each other often. */
    private static final String COMMON = "\u2013\u2014\u2018\u2019\u201c\u201d\u2026\u00a0\u00e9\u00c9\u00e8\u00e7\u00f1\u00f6\u00fc"
            + "\u00df\u00e6\u00c6\u00f8\u0142\u0131\u0130\u00ad\u00bd\u00a9\u2122";

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<Character> ascii = Arbitraries.chars().range(' ', '~');
        Arbitrary<Character> letters = Arbitraries.of('a', 'B', 'o', 'N', '1', ' ', '\'', '-', 'c', 'L', 'p', 't');
        Arbitrary<Character> table = Arbitraries.of(TABLE);
        Arbitrary<Character> common = Arbitraries.of(COMMON.chars().mapToObj(c -> (char) c).toList());
        return Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(3, ascii), net.jqwik.api.Tuple.of(4, letters),
                        net.jqwik.api.Tuple.of(3, table), net.jqwik.api.Tuple.of(3, common))
                .list().ofMaxSize(120)
                .map(chars -> chars.stream().map(String::valueOf).reduce("", String::concat));
    }

    @Property(tries = 10_000, seed = PropertySeed.VALUE)
    void tableSlug_isIcusSlug(@ForAll("texts") String text) {
        assertThat(Slugs.viaTable(text)).as("slug of \"%s\"", text).isEqualTo(Slugs.viaIcu(text));
        Slugs slugs = new Slugs();
        assertThat(slugs.slugify(text)).isEqualTo(Slugs.isDeviceName(Slugs.viaIcu(text))
                ? Slugs.viaIcu(text) + Slugs.DEVICE_SUFFIX : Slugs.viaIcu(text));
    }
}
