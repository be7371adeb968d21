package org.sitegen.url;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.sitegen.PropertySeed;

/** The string-walking fast path gives exactly the links of the segment-by-segment one, query and fragment kept. */
class RelativeUrlsProperties {

    @Property(tries = 3000, seed = PropertySeed.VALUE)
    void fastPathEqualsSegmentPath(@ForAll("pages") String from, @ForAll("targets") String to,
                                   @ForAll boolean pretty) {
        RelativeUrls urls = new RelativeUrls(pretty);
        assertThat(urls.relative(from, to)).isEqualTo(urls.segmentRelative(from, to));
    }

    @Property(tries = 3000, seed = PropertySeed.VALUE)
    void fromPageEqualsSegmentPathWithSuffix(@ForAll("anyPages") String from, @ForAll("targets") String to,
                                             @ForAll("suffixes") String suffix, @ForAll boolean pretty) {
        RelativeUrls urls = new RelativeUrls(pretty);
        assertThat(urls.from(from).to(to + suffix)).isEqualTo(urls.segmentRelative(from, to) + suffix);
    }

    /** Pages, and paths a page cannot have (no trailing '/', "//"), which take the general path. */
    @Provide
    Arbitrary<String> anyPages() {
        return Arbitraries.oneOf(pages(), pages(), segments(), segments().map(path -> "/" + path + "/"));
    }

    @Provide
    Arbitrary<String> suffixes() {
        return Arbitraries.of("", "#x", "?q=a/b", "?q#f", "#a?b");
    }

    /** Similar paths (few, short segment names), so that they share prefixes of every kind. */
    @Provide
    Arbitrary<String> pages() {
        return segments().map(path -> path + "/");
    }

    @Provide
    Arbitrary<String> targets() {
        return Arbitraries.oneOf(segments(), segments().map(path -> path + "/"),
                segments().map(path -> path + "/index.html"), Arbitraries.just("/"), Arbitraries.just(""),
                segments().map(path -> path + "//x/"), segments().map(path -> "/" + path));
    }

    private static Arbitrary<String> segments() {
        return Arbitraries.of("a", "ab", "b", "2023", "02", "tags", "tag", "x.html")
                .list().ofMaxSize(5).map(parts -> "/" + String.join("/", parts))
                .map(path -> path.equals("/") ? "" : path);
    }
}
