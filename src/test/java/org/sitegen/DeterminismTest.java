package org.sitegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same input gives byte-identical output whatever the thread count, the machine's
 * default locale (Turkish breaks naive lower-casing) and default time zone.
 */
class DeterminismTest {
    private static final Path SITE = Path.of("src/test/resources/sites/basic");

    @TempDir
    Path temp;

    @Test
    void build_differentThreadsLocaleAndZone_identicalTrees() throws Exception {
        Map<String, byte[]> reference = build("one", 1);
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            System.setProperty("org.jdom2.output.LineSeparator", "DOS"); // JDOM's default line end: not ours
            Map<String, byte[]> other = build("four", 4);
            assertThat(other.keySet()).containsExactlyElementsOf(reference.keySet());
            reference.forEach((path, bytes) -> assertThat(other.get(path)).as(path).isEqualTo(bytes));
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
            System.clearProperty("org.jdom2.output.LineSeparator");
        }
    }

    /** Large archives keep rendered bodies in a spool file instead of the heap: same site. */
    @Test
    void build_bodiesSpooledToDisk_identicalTree() throws Exception {
        Map<String, byte[]> reference = build("heap", 2);
        Path spoolFolder = java.nio.file.Files.createDirectories(temp.resolve("spool"));
        org.sitegen.store.TextStore store = new org.sitegen.store.TextStore(0, spoolFolder);
        Map<String, byte[]> spooled = build("spooled", 2, new SiteGenerator().withBodyStores(() -> store));
        assertThat(store.spooled()).isTrue();
        assertThat(spoolFolder).isEmptyDirectory(); // deleted when the build ends
        assertThat(spooled.keySet()).containsExactlyElementsOf(reference.keySet());
        reference.forEach((path, bytes) -> assertThat(spooled.get(path)).as(path).isEqualTo(bytes));
    }

    private Map<String, byte[]> build(String name, int threads) throws Exception {
        return build(name, threads, new SiteGenerator());
    }

    private Map<String, byte[]> build(String name, int threads, SiteGenerator generator) throws Exception {
        Path output = temp.resolve(name);
        // with a site URL, so feeds, sitemap and JSON-LD are compared too
        generator.build(SiteTrees.withSiteUrl(SiteTrees.fixtureConfig(SITE, output, threads), SiteTrees.FIXTURE_URL));
        return SiteTrees.read(output);
    }
}
