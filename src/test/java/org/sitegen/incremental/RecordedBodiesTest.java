package org.sitegen.incremental;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
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
import org.sitegen.store.StoredText;
import org.sitegen.store.TextStore;

/**
 * Kept bodies are read lazily: a shard is checked whole when read, but a kept body's HTML and
 * text stay in its file until asked for, and must still be the bytes that were checked when
 * this build's {@link RecordedBodies#write} has renamed a new shard over the file meanwhile.
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

    private RecordedBodies read(Map<Fingerprint.Identity, String> texts) {
        return RecordedBodies.read(folder, KEY, parallel, texts);
    }

    private StoredBody body(RecordedBodies bodies, String path, String file, String html) {
        return bodies.body(path, file, "/" + path + "/", NO_TARGETS, () -> "", new Diagnostics(), store,
                (targets, problems) -> {
                    rendered.incrementAndGet();
                    return new RenderedBody(html, "lead", 3, List.of(), "text of " + html, List.of(), false);
                });
    }

    @Test
    void keptBody_isReadFromTheShardItWasCheckedIn_evenAfterThisBuildReplacedIt() throws Exception {
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
        first.close();

        Map<Fingerprint.Identity, String> texts = new ConcurrentHashMap<>();
        RecordedBodies second = read(texts);
        rendered.set(0);
        StoredBody kept = body(second, paths[1], "f2", keptHtml);
        assertThat(rendered).hasValue(0);
        assertThat(kept.html()).isInstanceOf(StoredText.InFile.class); // not decoded when read
        assertThat(kept.lead()).isEqualTo(LeadParagraph.opening(keptHtml));
        // its fingerprints are known without reading it (those it was given when rendered): what
        // pages and search segments use
        assertThat(texts).containsEntry(new Fingerprint.Identity(kept.html()), htmlFingerprint)
                .containsEntry(new Fingerprint.Identity(kept.text()), textFingerprint);
        // the other body changes and grows, so the kept one moves further into a new file
        body(second, paths[0], "f1 edited", "<p>" + "much longer ".repeat(500) + "</p>");
        assertThat(rendered).hasValue(1);
        Path shard = folder.resolve(Math.floorMod(paths[0].hashCode(), RecordedBodies.SHARDS) + ".bodies");
        Object before = Files.readAttributes(shard, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
        second.write();
        assertThat(Files.readAttributes(shard, java.nio.file.attribute.BasicFileAttributes.class).fileKey())
                .as("the shard was replaced").isNotEqualTo(before);
        assertThat(kept.html().load()).isEqualTo(keptHtml);
        assertThat(kept.text().load()).isEqualTo("text of " + keptHtml);
        second.close();

        // and the new shard holds the kept body as it was (copied as bytes), the edited one as edited
        RecordedBodies third = read(new ConcurrentHashMap<>());
        rendered.set(0);
        assertThat(body(third, paths[1], "f2", "not rendered").html().load()).isEqualTo(keptHtml);
        assertThat(body(third, paths[0], "f1 edited", "not rendered").html().load()).startsWith("<p>much longer ");
        assertThat(rendered).hasValue(0);
        third.close();
    }

    @Test
    void truncatedShard_isIgnored_andItsBodiesRenderedAgain() throws Exception {
        String[] paths = twoPathsInOneShard();
        RecordedBodies first = read(new ConcurrentHashMap<>());
        body(first, paths[0], "f1", "<p>one</p>");
        body(first, paths[1], "f2", "<p>two</p>");
        first.write();
        first.close();
        Path shard = folder.resolve(Math.floorMod(paths[0].hashCode(), RecordedBodies.SHARDS) + ".bodies");
        byte[] bytes = Files.readAllBytes(shard);
        Files.write(shard, java.util.Arrays.copyOf(bytes, bytes.length - 1));

        RecordedBodies second = read(new ConcurrentHashMap<>());
        rendered.set(0);
        assertThat(body(second, paths[0], "f1", "<p>one again</p>").html().load()).isEqualTo("<p>one again</p>");
        assertThat(body(second, paths[1], "f2", "<p>two again</p>").html().load()).isEqualTo("<p>two again</p>");
        assertThat(rendered).hasValue(2);
        second.write(); // and the shard is whole again
        second.close();
        RecordedBodies third = read(new ConcurrentHashMap<>());
        rendered.set(0);
        assertThat(body(third, paths[1], "f2", "x").html().load()).isEqualTo("<p>two again</p>");
        assertThat(rendered).hasValue(0);
        third.close();
    }

    @Test
    void leadOfAKeptBody_isWhatLeadParagraphKeeps_inBytesAsInCharacters() throws Exception {
        String[] htmls = {"", "no paragraph at all", " \n<p>Caf\u00e9 \u201cquoted\u201d \uD83D\uDE00</p><p>second</p>",
                "<p>never closed \u00e9", "<h2>x</h2><p>late</p>", "<p>a</p"};
        RecordedBodies first = read(new ConcurrentHashMap<>());
        for (int i = 0; i < htmls.length; i++) {
            body(first, "2023/lead-" + i + ".md", "f", htmls[i]);
        }
        first.write();
        first.close();
        RecordedBodies second = read(new ConcurrentHashMap<>());
        rendered.set(0);
        for (int i = 0; i < htmls.length; i++) {
            StoredBody kept = body(second, "2023/lead-" + i + ".md", "f", "not rendered");
            assertThat(kept.lead()).as(htmls[i]).isEqualTo(LeadParagraph.opening(htmls[i]));
            assertThat(kept.html().load()).isEqualTo(htmls[i]);
        }
        assertThat(rendered).hasValue(0);
        second.close();
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
        RecordedBodies bodies = RecordedBodies.read(own, key, parallel, texts);
        StoredBody body = bodies.body("2023/a.md", file, url, new LinkTargets(pages, Set.of()), () -> templates,
                new Diagnostics(), store, (targets, problems) -> {
                    pages.keySet().forEach(targets.pages()::get); // looks its links up
                    return new RenderedBody(html, "lead", 3, List.of(), "text", List.of(), embeds);
                });
        bodies.close();
        String fingerprint = texts.get(new Fingerprint.Identity(body.html()));
        assertThat(fingerprint).isNotNull().isNotEqualTo(texts.get(new Fingerprint.Identity(body.text())));
        return fingerprint;
    }
}
