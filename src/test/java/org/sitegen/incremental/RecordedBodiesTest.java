package org.sitegen.incremental;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitegen.diag.Diagnostics;
import org.sitegen.exec.Parallel;
import org.sitegen.markdown.LeadParagraph;
import org.sitegen.markdown.LinkTargets;
import org.sitegen.markdown.RenderedBody;
import org.sitegen.markdown.StoredBody;
import org.sitegen.store.Fingerprint;
import org.sitegen.store.TextStore;

/**
 * The store keeps what deciding on reuse needs, not a body's HTML and text: a kept body's HTML
 * is read from its page in the published site when it is there as it was (length and checksums),
 * else the body is rendered again, once, which also gives its text; what is rendered again must
 * be the body that was kept.
 */
class RecordedBodiesTest {
    private static final String KEY = "k".repeat(32);
    private static final LinkTargets NO_TARGETS = new LinkTargets(Map.of(), Set.of());

    @TempDir
    Path folder;

    private final Parallel parallel = new Parallel(2);
    private final TextStore store = new TextStore();
    private final AtomicInteger rendered = new AtomicInteger();

    @AfterEach
    void close() throws Exception {
        parallel.close();
        store.close();
    }

    /** Two paths in the same shard, {@code first} sorting before {@code second} (written in that order). */
    private static String[] twoPathsInOneShard() {
        String first = "2023/a.md";
        int shard = Math.floorMod(first.hashCode(), RecordedBodies.SHARDS);
        for (int i = 0; ; i++) {
            String other = "2023/b" + i + ".md";
            if (Math.floorMod(other.hashCode(), RecordedBodies.SHARDS) == shard) {
                return new String[] {first, other};
            }
        }
    }

    private Path site() {
        return folder.resolve("site");
    }

    private RecordedBodies read(Map<Fingerprint.Identity, String> texts) {
        return RecordedBodies.read(folder.resolve("bodies"), KEY, site(), parallel, texts);
    }

    private StoredBody body(RecordedBodies bodies, String path, String file, String html) {
        return bodies.body(path, file, "/" + path + "/", NO_TARGETS, () -> "", new Diagnostics(), store,
                (targets, problems) -> {
                    rendered.incrementAndGet();
                    return new RenderedBody(html, "lead", 3, List.of(), "text of " + html, List.of(), false);
                });
    }

    /** Writes the page of {@code path}'s body as a template would: the body's HTML amid the page's own. */
    private void page(String path, String html) throws Exception {
        Path page = RecordedBodies.pageOf(site(), "/" + path + "/");
        Files.createDirectories(page.getParent());
        Files.write(page, ("<html><p>a summary</p><article>" + html + "</article><p>more</p></html>")
                .getBytes(StandardCharsets.UTF_8)); // half a surrogate pair: '?', as the JDK writes it
    }

    @Test
    void keptBody_isNotRenderedUntilItsTextIsAskedFor_thenOnceForBoth() throws Exception {
        String[] paths = twoPathsInOneShard();
        String keptHtml = "<p>Kept « body » of " + paths[1] + "</p>\n<p>more</p>";
        Map<Fingerprint.Identity, String> firstTexts = new ConcurrentHashMap<>();
        RecordedBodies first = read(firstTexts);
        body(first, paths[0], "f1", "<p>short</p>");
        StoredBody fresh = body(first, paths[1], "f2", keptHtml);
        String htmlFingerprint = firstTexts.get(new Fingerprint.Identity(fresh.html()));
        String textFingerprint = firstTexts.get(new Fingerprint.Identity(fresh.text()));
        assertThat(htmlFingerprint).isNotNull().isNotEqualTo(textFingerprint);
        first.write();

        Map<Fingerprint.Identity, String> texts = new ConcurrentHashMap<>();
        RecordedBodies second = read(texts);
        rendered.set(0);
        StoredBody kept = body(second, paths[1], "f2", keptHtml);
        assertThat(rendered).hasValue(0);
        assertThat(kept.lead()).isEqualTo(LeadParagraph.opening(keptHtml));
        // its fingerprints are known without making it (those it was given when rendered): what
        // pages and search segments use
        assertThat(texts).containsEntry(new Fingerprint.Identity(kept.html()), htmlFingerprint)
                .containsEntry(new Fingerprint.Identity(kept.text()), textFingerprint);
        second.write();
        assertThat(kept.text().load()).isEqualTo("text of " + keptHtml); // no page: rendered again
        assertThat(kept.html().load()).isEqualTo(keptHtml);
        assertThat(new String(kept.html().utf8(), StandardCharsets.UTF_8)).isEqualTo(keptHtml);
        assertThat(rendered).hasValue(1);
    }

    /** The store holds no copy of a body's HTML or text: the site has the one, rendering gives the other. */
    @Test
    void theStore_holdsNeitherTheHtmlNorTheTextOfABody() throws Exception {
        RecordedBodies first = read(new ConcurrentHashMap<>());
        String html = "<p>A short lead.</p><p>" + "Uncopied words. ".repeat(40) + "</p>";
        body(first, "2023/a.md", "f1", html);
        first.write();
        try (Stream<Path> files = Files.list(folder.resolve("bodies"))) {
            for (Path file : files.toList()) {
                assertThat(new String(Files.readAllBytes(file), StandardCharsets.UTF_8)).doesNotContain("Uncopied words. Uncopied words.");
                assertThat(Files.size(file)).isLessThan(html.length());
            }
        }
    }

    @Test
    void keptHtml_isReadFromItsPage_whenThePageHoldsItAsItWas() throws Exception {
        String html = "<p>Caf\u00e9 \u201cquoted\u201d \uD83D\uDE00</p><p>second</p>";
        RecordedBodies first = read(new ConcurrentHashMap<>());
        body(first, "2023/a.md", "f1", html);
        first.write();
        page("2023/a.md", html);

        RecordedBodies second = read(new ConcurrentHashMap<>());
        rendered.set(0);
        StoredBody kept = body(second, "2023/a.md", "f1", "not rendered");
        assertThat(kept.html().load()).isEqualTo(html);
        assertThat(kept.html().utf8()).isEqualTo(html.getBytes(StandardCharsets.UTF_8));
        assertThat(rendered).hasValue(0);
    }

    /** Anyone may edit the published site: a page whose copy of the body differs is not trusted. */
    @Test
    void keptHtml_whosePageWasEdited_evenToTheSameLength_isRenderedAgain() throws Exception {
        String html = "<p>Genuine text of the briefing, long enough to be found by its first bytes.</p>";
        RecordedBodies first = read(new ConcurrentHashMap<>());
        body(first, "2023/a.md", "f1", html);
        body(first, "2023/b.md", "f2", html);
        first.write();
        page("2023/a.md", html.replace("briefing", "briefinG"));
        page("2023/b.md", html.substring(0, html.length() - 5)); // cut short: the file ends before the body does

        RecordedBodies second = read(new ConcurrentHashMap<>());
        rendered.set(0);
        assertThat(body(second, "2023/a.md", "f1", html).html().load()).isEqualTo(html);
        assertThat(rendered).hasValue(1);
        assertThat(body(second, "2023/b.md", "f2", html).html().load()).isEqualTo(html);
        assertThat(rendered).hasValue(2);
    }

    /** A body whose file changed after it was found unchanged renders otherwise: the build stops, nothing else is published. */
    @Test
    void keptBody_renderedAgainOtherwise_stopsTheBuild() throws Exception {
        RecordedBodies first = read(new ConcurrentHashMap<>());
        body(first, "2023/a.md", "f1", "<p>as it was</p>");
        first.write();
        RecordedBodies second = read(new ConcurrentHashMap<>());
        StoredBody kept = body(second, "2023/a.md", "f1", "<p>as it is now</p>");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> kept.text().load())
                .isInstanceOf(java.io.UncheckedIOException.class).hasMessageContaining("2023/a.md changed");
    }

    @Test
    void truncatedShard_isIgnored_andItsBodiesRenderedAgain() throws Exception {
        String[] paths = twoPathsInOneShard();
        RecordedBodies first = read(new ConcurrentHashMap<>());
        body(first, paths[0], "f1", "<p>one</p>");
        body(first, paths[1], "f2", "<p>two</p>");
        first.write();
        Path shard = folder.resolve("bodies").resolve(Math.floorMod(paths[0].hashCode(), RecordedBodies.SHARDS) + ".bodies");
        byte[] bytes = Files.readAllBytes(shard);
        Files.write(shard, java.util.Arrays.copyOf(bytes, bytes.length - 1));

        RecordedBodies second = read(new ConcurrentHashMap<>());
        rendered.set(0);
        assertThat(body(second, paths[0], "f1", "<p>one again</p>").html().load()).isEqualTo("<p>one again</p>");
        assertThat(body(second, paths[1], "f2", "<p>two again</p>").html().load()).isEqualTo("<p>two again</p>");
        assertThat(rendered).hasValue(2);
        second.write(); // and the shard is whole again
        RecordedBodies third = read(new ConcurrentHashMap<>());
        rendered.set(0);
        body(third, paths[1], "f2", "<p>two again</p>");
        assertThat(rendered).hasValue(0);
    }

    @Test
    void aKeptBody_isWhatWasRendered_whateverItsText() throws Exception {
        String[] htmls = {"", "no paragraph at all", " \n<p>Caf\u00e9 \u201cquoted\u201d \uD83D\uDE00</p><p>second</p>",
                "<p>never closed \u00e9", "<h2>x</h2><p>late</p>", "<p>a</p", "<p>half a pair \uD83D</p>", "?"};
        RecordedBodies first = read(new ConcurrentHashMap<>());
        for (int i = 0; i < htmls.length; i++) {
            body(first, "2023/lead-" + i + ".md", "f", htmls[i]);
            if (!htmls[i].isEmpty()) {
                page("2023/lead-" + i + ".md", htmls[i]);
            }
        }
        first.write();
        RecordedBodies second = read(new ConcurrentHashMap<>());
        for (int i = 0; i < htmls.length; i++) {
            String html = htmls[i];
            StoredBody kept = body(second, "2023/lead-" + i + ".md", "f", html);
            assertThat(kept.lead()).as(html).isEqualTo(LeadParagraph.opening(html));
            assertThat(kept.html().load()).as(html).isEqualTo(html);
            assertThat(kept.text().load()).as(html).isEqualTo("text of " + html);
        }
    }

    /**
     * A body's fingerprints are made from what it was rendered from, not from its HTML: each of
     * those inputs must change them, the settings and engine (the store's key) included, or a page
     * fingerprinted by a body rendered under other settings would be kept with the old body.
     */
    @Test
    void bodyFingerprints_changeWithEachInputTheBodyIsRenderedFrom_andOnlyThen() throws Exception {
        String html = "<p>the same HTML every time</p>";
        String base = fingerprintOf(KEY, "f", "/2023/a/", "", Map.of(), false, html);
        assertThat(fingerprintOf(KEY, "f", "/2023/a/", "", Map.of(), false, html))
                .as("the same inputs, in another store").isEqualTo(base);
        assertThat(fingerprintOf("s".repeat(32), "f", "/2023/a/", "", Map.of(), false, html))
                .as("another key: a setting that affects rendering changed").isNotEqualTo(base);
        assertThat(fingerprintOf(KEY, "g", "/2023/a/", "", Map.of(), false, html))
                .as("the file's bytes changed").isNotEqualTo(base);
        assertThat(fingerprintOf(KEY, "f", "/2023/b/", "", Map.of(), false, html))
                .as("another URL").isNotEqualTo(base);
        assertThat(fingerprintOf(KEY, "f", "/2023/a/", "t1", Map.of(), true, html))
                .as("a body with embeds, by its templates")
                .isNotEqualTo(base).isNotEqualTo(fingerprintOf(KEY, "f", "/2023/a/", "t2", Map.of(), true, html));
        assertThat(fingerprintOf(KEY, "f", "/2023/a/", "t1", Map.of(), false, html))
                .as("templates do not matter to a body without embeds").isEqualTo(base);
        String linked = fingerprintOf(KEY, "f", "/2023/a/", "", Map.of("2023/x.md", "/2023/x/"), false, html);
        assertThat(linked).as("a link target it looked up").isNotEqualTo(base)
                .isNotEqualTo(fingerprintOf(KEY, "f", "/2023/a/", "", Map.of("2023/x.md", "/2023/y/"), false, html));
    }

    /** The HTML fingerprint of a body rendered (as {@code html}) in a new store of {@code key}. */
    private String fingerprintOf(String key, String file, String url, String templates, Map<String, String> pages,
                                 boolean embeds, String html) throws Exception {
        Map<Fingerprint.Identity, String> texts = new ConcurrentHashMap<>();
        Path own = Files.createTempDirectory(folder, "store");
        RecordedBodies bodies = RecordedBodies.read(own, key, null, parallel, texts);
        StoredBody body = bodies.body("2023/a.md", file, url, new LinkTargets(pages, Set.of()), () -> templates,
                new Diagnostics(), store, (targets, problems) -> {
                    pages.keySet().forEach(targets.pages()::get); // looks its links up
                    return new RenderedBody(html, "lead", 3, List.of(), "text", List.of(), embeds);
                });
        String fingerprint = texts.get(new Fingerprint.Identity(body.html()));
        assertThat(fingerprint).isNotNull().isNotEqualTo(texts.get(new Fingerprint.Identity(body.text())));
        return fingerprint;
    }
}
