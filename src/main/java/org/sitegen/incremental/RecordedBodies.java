package org.sitegen.incremental;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.sitegen.store.Fingerprint;
import org.sitegen.exec.Parallel;
import org.sitegen.diag.Diagnostic;
import org.sitegen.diag.Diagnostics;
import org.sitegen.diag.SourcePosition;
import org.sitegen.markdown.FragmentLink;
import org.sitegen.markdown.Heading;
import org.sitegen.markdown.LinkTargets;
import org.sitegen.markdown.RenderedBody;

/**
 * Rendered bodies kept on disk between builds (target/site-gen/bodies/), so that a rebuild
 * renders only the bodies that changed: at 10,000 briefings, Markdown rendering is most of a
 * build's CPU. A body is reused only when everything it was rendered from is the same: the
 * file's bytes (fingerprint), its URL, the answer to every link target it looked up (a new or
 * deleted briefing changes only the bodies that link to it), the templates when it has embeds,
 * and (for the whole store) the settings and the engine. Its warnings are kept with it and
 * reported again; a body with errors is never kept (the build fails anyway).
 *
 * <p>The store is split in {@link #SHARDS} files by path, each replaced whole (written beside,
 * then renamed) and only when one of its bodies changed: one new briefing rewrites one file
 * of a few megabytes. Each file starts with the format and the store's key and ends with a
 * CRC-32C of the rest: a file of another version, engine or settings, or damaged, is ignored
 * (its bodies rendered again), never trusted.
 */
final class RecordedBodies {
    static final int SHARDS = 32;
    private static final String FORMAT = "site-gen rendered bodies 2";

    /** One kept body and what it was rendered from. */
    record Kept(String file, String url, String templates, List<String[]> links, RenderedBody body,
                List<Diagnostic> warnings, String htmlFingerprint, String textFingerprint) {
    }

    private final Path folder;
    private final String key;
    private final Map<String, Kept> kept = new ConcurrentHashMap<>();
    /** Shards with a body added, replaced or dropped this build. */
    private final Set<Integer> changed = ConcurrentHashMap.newKeySet();
    private final Set<String> used = ConcurrentHashMap.newKeySet();

    /** Fingerprints of the kept bodies' texts, by identity: a page showing a kept body does not hash it again. */
    private final Map<Fingerprint.Identity, String> texts;

    private RecordedBodies(Path folder, String key, Map<Fingerprint.Identity, String> texts) {
        this.folder = folder;
        this.key = key;
        this.texts = texts;
    }

    /** The bodies kept in {@code folder} under {@code key}; shards of another key or damaged count as empty. */
    static RecordedBodies read(Path folder, String key, Parallel parallel, Map<Fingerprint.Identity, String> texts) {
        RecordedBodies store = new RecordedBodies(folder, key, texts);
        List<Integer> shards = new ArrayList<>();
        for (int i = 0; i < SHARDS; i++) {
            shards.add(i);
        }
        List<Map<String, Kept>> read = parallel.map(shards, store::readShard);
        for (int i = 0; i < SHARDS; i++) {
            if (read.get(i) == null) {
                store.changed.add(i); // unreadable: written again
            } else {
                store.kept.putAll(read.get(i));
            }
        }
        return store;
    }

    private Path shardFile(int shard) {
        return folder.resolve(shard + ".bodies");
    }

    private static int shardOf(String path) {
        return Math.floorMod(path.hashCode(), SHARDS);
    }

    /** A shard's bodies; empty when missing; null when of another key or damaged. */
    private Map<String, Kept> readShard(int shard) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(shardFile(shard));
        } catch (java.nio.file.NoSuchFileException missing) {
            return Map.of();
        } catch (IOException unreadable) {
            return null;
        }
        DataInputStream checked = StateFiles.checked(bytes);
        if (checked == null) {
            return null;
        }
        try (DataInputStream in = checked) {
            if (!StateFiles.readString(in).equals(FORMAT) || !StateFiles.readString(in).equals(key)) {
                return null;
            }
            int count = in.readInt();
            Map<String, Kept> bodies = new java.util.HashMap<>();
            for (int n = 0; n < count; n++) {
                String path = StateFiles.readString(in);
                String file = StateFiles.readString(in);
                String url = StateFiles.readString(in);
                String templates = StateFiles.readString(in);
                int linkCount = in.readInt();
                List<String[]> links = new ArrayList<>(linkCount);
                for (int i = 0; i < linkCount; i++) {
                    links.add(new String[] {StateFiles.readString(in), StateFiles.readString(in)});
                }
                String html = StateFiles.readString(in);
                String firstParagraph = StateFiles.readString(in);
                int words = in.readInt();
                int headingCount = in.readInt();
                List<Heading> headings = new ArrayList<>(headingCount);
                for (int i = 0; i < headingCount; i++) {
                    headings.add(new Heading(in.readInt(), StateFiles.readString(in), StateFiles.readString(in)));
                }
                String text = StateFiles.readString(in);
                int fragmentCount = in.readInt();
                List<FragmentLink> fragments = new ArrayList<>(fragmentCount);
                for (int i = 0; i < fragmentCount; i++) {
                    fragments.add(new FragmentLink(StateFiles.readString(in), StateFiles.readString(in), readPosition(in)));
                }
                int warningCount = in.readInt();
                List<Diagnostic> warnings = new ArrayList<>(warningCount);
                for (int i = 0; i < warningCount; i++) {
                    warnings.add(Diagnostic.warning(readPosition(in), StateFiles.readString(in)));
                }
                String htmlFingerprint = StateFiles.readString(in);
                String textFingerprint = StateFiles.readString(in);
                if (shardOf(path) != shard) {
                    return null;
                }
                bodies.put(path, new Kept(file, url, templates, links,
                        new RenderedBody(html, firstParagraph, words, headings, text, fragments, !templates.isEmpty()), warnings,
                        htmlFingerprint, textFingerprint));
            }
            return in.available() == 0 ? bodies : null;
        } catch (IOException | RuntimeException damaged) {
            return null;
        }
    }

    /**
     * The body of {@code path} as rendered from a file with fingerprint {@code file} at {@code url},
     * taken from the store when nothing it was rendered from changed, else rendered by {@code render}
     * (given the link targets to use, which note what the body looks up) and kept.
     *
     * @param templates the templates' fingerprint, for bodies with embeds
     * @param problems  where the body's problems go (kept ones: its warnings, again)
     */
    RenderedBody body(String path, String file, String url, LinkTargets targets, java.util.function.Supplier<String> templates,
                      Diagnostics problems, BodyRenderer render) {
        used.add(path);
        Kept known = kept.get(path);
        if (known != null && known.file().equals(file) && known.url().equals(url)
                && (known.templates().isEmpty() || known.templates().equals(templates.get()))
                && known.links().stream().allMatch(link -> link[1].equals(answer(targets, link[0])))) {
            known.warnings().forEach(problems::add);
            texts.put(new Fingerprint.Identity(known.body().html()), known.htmlFingerprint());
            texts.put(new Fingerprint.Identity(known.body().text()), known.textFingerprint());
            return known.body();
        }
        Set<String> looked = ConcurrentHashMap.newKeySet();
        Diagnostics own = new Diagnostics();
        RenderedBody body = render.render(new LinkTargets(new Looked<>(targets.pages(), looked),
                new LookedSet(targets.assets(), looked), new LookedSet(targets.unpublished(), looked),
                new LookedSet(targets.erroneous(), looked)), own);
        List<Diagnostic> found = own.sorted();
        found.forEach(problems::add);
        changed.add(shardOf(path));
        if (found.stream().anyMatch(Diagnostic::isError)) {
            kept.remove(path);
        } else {
            List<String[]> links = new ArrayList<>();
            new java.util.TreeSet<>(looked).forEach(target -> links.add(new String[] {target, answer(targets, target)}));
            Kept fresh = new Kept(file, url, body.embeds() ? templates.get() : "", links, body, found,
                    Fingerprint.ofText(body.html(), null), Fingerprint.ofText(body.text(), null));
            kept.put(path, fresh);
            texts.put(new Fingerprint.Identity(body.html()), fresh.htmlFingerprint());
            texts.put(new Fingerprint.Identity(body.text()), fresh.textFingerprint());
        }
        return body;
    }

    /** Renders a body with the given link targets; its problems go to the given diagnostics. */
    @FunctionalInterface
    interface BodyRenderer {
        RenderedBody render(LinkTargets targets, Diagnostics problems);
    }

    /** Everything a link to {@code contentPath} can find out about it. */
    private static String answer(LinkTargets targets, String contentPath) {
        String page = targets.pages().get(contentPath);
        return (page == null ? "-" : "+" + page) + (targets.assets().contains(contentPath) ? " a" : "")
                + (targets.unpublished().contains(contentPath) ? " u" : "") + (targets.erroneous().contains(contentPath) ? " e" : "");
    }

    /**
     * Keeps the bodies of this build only (those of deleted files go) and writes the shards that
     * changed, each whole or not at all, one after the other (on a thread of its own while pages render).
     */
    void write() throws IOException {
        for (String path : new ArrayList<>(kept.keySet())) {
            if (!used.contains(path)) {
                kept.remove(path);
                changed.add(shardOf(path));
            }
        }
        Files.createDirectories(folder);
        List<Map<String, Kept>> shards = new ArrayList<>();
        for (int i = 0; i < SHARDS; i++) {
            shards.add(new TreeMap<>());
        }
        kept.forEach((path, body) -> shards.get(shardOf(path)).put(path, body));
        StateFiles.Buffer bytes = null;
        for (int shard : changed.stream().sorted().toList()) {
            long size = 0;
            for (Kept k : shards.get(shard).values()) {
                size += k.body().html().length() + k.body().text().length() + 256;
            }
            if (bytes == null || bytes.array().length < size + (size >> 3)) { // one buffer for all, grown seldom
                bytes = new StateFiles.Buffer((int) Math.min(Integer.MAX_VALUE - 16, size + (size >> 2)));
            }
            bytes.reset();
            writeShard(shard, shards.get(shard), bytes);
        }
        changed.clear();
    }

    private void writeShard(int shard, Map<String, Kept> bodies, StateFiles.Buffer bytes) throws IOException {
        DataOutputStream out = new DataOutputStream(bytes);
        StateFiles.writeString(out, FORMAT);
        StateFiles.writeString(out, key);
        out.writeInt(bodies.size());
        for (Map.Entry<String, Kept> entry : bodies.entrySet()) {
            Kept k = entry.getValue();
            StateFiles.writeString(out, entry.getKey());
            StateFiles.writeString(out, k.file());
            StateFiles.writeString(out, k.url());
            StateFiles.writeString(out, k.templates());
            out.writeInt(k.links().size());
            for (String[] link : k.links()) {
                StateFiles.writeString(out, link[0]);
                StateFiles.writeString(out, link[1]);
            }
            RenderedBody body = k.body();
            StateFiles.writeString(out, body.html());
            StateFiles.writeString(out, body.firstParagraph());
            out.writeInt(body.wordCount());
            out.writeInt(body.headings().size());
            for (Heading heading : body.headings()) {
                out.writeInt(heading.level());
                StateFiles.writeString(out, heading.id());
                StateFiles.writeString(out, heading.text());
            }
            StateFiles.writeString(out, body.text());
            out.writeInt(body.fragmentLinks().size());
            for (FragmentLink link : body.fragmentLinks()) {
                StateFiles.writeString(out, link.target());
                StateFiles.writeString(out, link.fragment());
                writePosition(out, link.at());
            }
            out.writeInt(k.warnings().size());
            for (Diagnostic warning : k.warnings()) {
                writePosition(out, warning.at());
                StateFiles.writeString(out, warning.message());
            }
            StateFiles.writeString(out, k.htmlFingerprint());
            StateFiles.writeString(out, k.textFingerprint());
        }
        out.flush();
        StateFiles.replaceChecked(shardFile(shard), bytes);
    }

    private static void writePosition(DataOutputStream out, SourcePosition at) throws IOException {
        StateFiles.writeString(out, at.path());
        out.writeInt(at.line());
        out.writeInt(at.column());
    }

    private static SourcePosition readPosition(DataInputStream in) throws IOException {
        String path = StateFiles.readString(in);
        return SourcePosition.of(path, in.readInt(), in.readInt());
    }

    /** A map that notes every key looked up in it (the link targets a body asks about). */
    private static final class Looked<V> extends AbstractMap<String, V> {
        private final Map<String, V> map;
        private final Set<String> looked;

        Looked(Map<String, V> map, Set<String> looked) {
            this.map = map;
            this.looked = looked;
        }

        @Override
        public V get(Object key) {
            looked.add((String) key);
            return map.get(key);
        }

        @Override
        public boolean containsKey(Object key) {
            looked.add((String) key);
            return map.containsKey(key);
        }

        @Override
        public Set<Entry<String, V>> entrySet() {
            return map.entrySet();
        }
    }

    /** A set that notes every element asked about. */
    private static final class LookedSet extends AbstractSet<String> {
        private final Set<String> set;
        private final Set<String> looked;

        LookedSet(Set<String> set, Set<String> looked) {
            this.set = set;
            this.looked = looked;
        }

        @Override
        public boolean contains(Object o) {
            looked.add((String) o);
            return set.contains(o);
        }

        @Override
        public Iterator<String> iterator() {
            return set.iterator();
        }

        @Override
        public int size() {
            return set.size();
        }
    }
}
