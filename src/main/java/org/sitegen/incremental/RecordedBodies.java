package org.sitegen.incremental;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
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
import org.sitegen.exec.Scratch;
import org.sitegen.diag.Diagnostic;
import org.sitegen.diag.Diagnostics;
import org.sitegen.diag.SourcePosition;
import org.sitegen.markdown.FragmentLink;
import org.sitegen.markdown.Heading;
import org.sitegen.markdown.LinkTargets;
import org.sitegen.markdown.LeadParagraph;
import org.sitegen.markdown.RenderedBody;
import org.sitegen.markdown.StoredBody;
import org.sitegen.store.StoredText;
import org.sitegen.store.TextStore;

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
 *
 * <p>Reading a shard checks it whole but decodes only what deciding on reuse needs; a kept
 * body's HTML and text (nearly all of the bytes) stay in the file,
 * read when a page or the search index asks for them ({@link StoredText#inFile}), and their
 * fingerprints are known without reading them: an everyday rebuild decodes the bodies of the
 * pages it renders, not all of them. The shard stays open for the build, so a kept body reads
 * the file it was checked in even after this build's {@link #write} has renamed a new one over it.
 */
final class RecordedBodies {
    static final int SHARDS = 32;
    /** The buffer each build thread reads shard files into. */
    private static final Scratch<byte[][]> SHARD_BYTES = Scratch.of(() -> new byte[1][]);
    private static final String FORMAT = "site-gen rendered bodies 3";

    /** One kept body and what it was rendered from. */
    record Kept(String file, String url, String templates, List<String[]> links, StoredBody body,
                List<Diagnostic> warnings, String htmlFingerprint, String textFingerprint) {
    }

    private final Path folder;
    private final String key;
    private final Map<String, Kept> kept = new ConcurrentHashMap<>();
    /** Shards with a body added, replaced or dropped this build. */
    private final Set<Integer> changed = ConcurrentHashMap.newKeySet();
    private final Set<String> used = ConcurrentHashMap.newKeySet();
    /** The shard files kept bodies are read from, open until {@link #close}. */
    private final List<FileChannel> open = java.util.Collections.synchronizedList(new ArrayList<>());

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
        FileChannel channel;
        try {
            channel = FileChannel.open(shardFile(shard), StandardOpenOption.READ);
        } catch (java.nio.file.NoSuchFileException missing) {
            return Map.of();
        } catch (IOException unreadable) {
            return null;
        }
        Map<String, Kept> bodies = null;
        try {
            bodies = readShard(shard, channel);
        } catch (IOException | RuntimeException damaged) {
            bodies = null;
        } finally {
            if (bodies == null || bodies.isEmpty()) {
                closeQuietly(channel);
            } else {
                open.add(channel); // its kept bodies read their texts from it
            }
        }
        return bodies;
    }

    /** A shard's bodies, read from {@code channel} (the bytes checked are the bytes kept bodies read later); null when of another key or damaged. */
    private Map<String, Kept> readShard(int shard, FileChannel channel) throws IOException {
        long size = channel.size();
        if (size > Integer.MAX_VALUE - 16) {
            return null;
        }
        // Read into this thread's buffer, kept from shard to shard: nothing decoded refers to it
        // (texts are read from the file later), and an archive's shards are not
        // allocated, zeroed and collected again at every build.
        byte[][] space = SHARD_BYTES.get();
        if (space[0] == null || space[0].length < size) {
            space[0] = new byte[(int) Math.min(Integer.MAX_VALUE - 16, size + (size >> 3))];
        }
        byte[] bytes = space[0];
        ByteBuffer buffer = ByteBuffer.wrap(bytes, 0, (int) size);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, buffer.position()) < 0) {
                return null; // shorter than it was a moment ago: not this build's to trust
            }
        }
        StateFiles.Reader in = StateFiles.checked(bytes, (int) size);
        if (in == null) {
            return null;
        }
        if (!StateFiles.hasHeader(in, FORMAT, key)) {
            return null;
        }
        int count = in.readInt();
        Map<String, Kept> bodies = new java.util.HashMap<>();
        for (int n = 0; n < count; n++) {
            String path = in.readString();
            String file = in.readAscii();
            String url = in.readString();
            String templates = in.readAscii();
            int linkCount = in.readInt();
            List<String[]> links = new ArrayList<>(linkCount);
            for (int i = 0; i < linkCount; i++) {
                links.add(new String[] {in.readString(), in.readString()});
            }
            int htmlLength = in.readLength();
            int htmlAt = in.position();
            in.skip(htmlLength);
            String lead = LeadParagraph.opening(leadOf(bytes, htmlAt, htmlLength));
            String firstParagraph = in.readString();
            int words = in.readInt();
            int headingCount = in.readInt();
            List<Heading> headings = new ArrayList<>(headingCount);
            for (int i = 0; i < headingCount; i++) {
                headings.add(new Heading(in.readInt(), in.readString(), in.readString()));
            }
            int textLength = in.readLength();
            int textAt = in.position();
            in.skip(textLength);
            int fragmentCount = in.readInt();
            List<FragmentLink> fragments = new ArrayList<>(fragmentCount);
            for (int i = 0; i < fragmentCount; i++) {
                fragments.add(new FragmentLink(in.readString(), in.readString(), readPosition(in)));
            }
            int warningCount = in.readInt();
            List<Diagnostic> warnings = new ArrayList<>(warningCount);
            for (int i = 0; i < warningCount; i++) {
                warnings.add(Diagnostic.warning(readPosition(in), in.readString()));
            }
            String htmlFingerprint = in.readAscii();
            String textFingerprint = in.readAscii();
            if (shardOf(path) != shard) {
                return null;
            }
            bodies.put(path, new Kept(file, url, templates, links,
                    new StoredBody(StoredText.inFile(channel, htmlAt, htmlLength), lead, firstParagraph, words,
                            headings, StoredText.inFile(channel, textAt, textLength), fragments),
                    warnings, htmlFingerprint, textFingerprint));
        }
        return in.available() == 0 ? bodies : null;
    }

    /**
     * The HTML of {@code length} bytes at {@code at}, decoded up to its first {@code </p>} (what
     * {@link LeadParagraph#opening} keeps of it: the rest is read when a page needs it). "</p>"
     * is ASCII, so it ends the same text in bytes as in characters.
     */
    private static String leadOf(byte[] bytes, int at, int length) {
        int end = at + length;
        for (int i = at; i + 4 <= end; i++) {
            if (bytes[i] == '<' && bytes[i + 1] == '/' && bytes[i + 2] == 'p' && bytes[i + 3] == '>') {
                end = i + 4;
                break;
            }
        }
        return new String(bytes, at, end - at, StandardCharsets.UTF_8);
    }

    /**
     * The body of {@code path} as rendered from a file with fingerprint {@code file} at {@code url},
     * taken from the store when nothing it was rendered from changed, else rendered by {@code render}
     * (given the link targets to use, which note what the body looks up) and kept.
     *
     * @param templates the templates' fingerprint, for bodies with embeds
     * @param problems  where the body's problems go (kept ones: its warnings, again)
     * @param store     where a body rendered now keeps its texts (a kept one's stay in its shard file)
     */
    StoredBody body(String path, String file, String url, LinkTargets targets, java.util.function.Supplier<String> templates,
                    Diagnostics problems, TextStore store, BodyRenderer render) {
        used.add(path);
        Kept known = kept.get(path);
        if (known != null && known.file().equals(file) && known.url().equals(url)
                && (known.templates().isEmpty() || known.templates().equals(templates.get()))
                && known.links().stream().allMatch(link -> link[1].equals(answer(targets, link[0])))) {
            known.warnings().forEach(problems::add);
            // pages and search segments showing it fingerprint it by these, without reading it
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
        StoredBody stored = StoredBody.of(body, store);
        if (found.stream().anyMatch(Diagnostic::isError)) {
            kept.remove(path);
        } else {
            List<String[]> links = new ArrayList<>();
            new java.util.TreeSet<>(looked).forEach(target -> links.add(new String[] {target, answer(targets, target)}));
            String embedTemplates = body.embeds() ? templates.get() : "";
            String renderedFrom = renderedFrom(key, file, url, embedTemplates, links);
            Kept fresh = new Kept(file, url, embedTemplates, links, stored, found,
                    new Fingerprint().add("html").add(renderedFrom).hex(),
                    new Fingerprint().add("text").add(renderedFrom).hex());
            kept.put(path, fresh);
            texts.put(new Fingerprint.Identity(stored.html()), fresh.htmlFingerprint());
            texts.put(new Fingerprint.Identity(stored.text()), fresh.textFingerprint());
        }
        return stored;
    }

    /**
     * The fingerprint of everything a body is rendered from: what the store checks before it
     * reuses one (the settings and engine in {@code key}, the file's bytes, the URL, the templates
     * for a body with embeds, the answer to each link target it looked up). The same inputs give
     * the same HTML and text (else a kept body would be wrong), so the fingerprints of a body's
     * HTML and text, which pages and search segments are fingerprinted by, are made from this
     * instead of hashing both texts: a few dozen bytes hashed instead of every body's output
     * (hashing them was ~3 % of a cold build's CPU, on the parse stage's critical path). A body
     * whose file changed but whose HTML did not gets new fingerprints: its pages are rendered
     * again (the same output), which a front matter edit does anyway.
     */
    static String renderedFrom(String key, String file, String url, String templates, List<String[]> links) {
        Fingerprint f = new Fingerprint().add(key).add(file).add(url).add(templates).add(links.size());
        for (String[] link : links) {
            f.add(link[0]).add(link[1]);
        }
        return f.hex();
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
        List<Integer> written = changed.stream().sorted().toList();
        // only the shards written are sorted: a new briefing's build writes one of them
        List<Map<String, Kept>> shards = new ArrayList<>();
        for (int i = 0; i < SHARDS; i++) {
            shards.add(written.contains(i) ? new TreeMap<>() : null);
        }
        kept.forEach((path, body) -> {
            Map<String, Kept> shard = shards.get(shardOf(path));
            if (shard != null) {
                shard.put(path, body);
            }
        });
        StateFiles.Buffer bytes = null;
        for (int shard : written) {
            // a kept body's texts are copied as the bytes they are in its old shard, never decoded
            Map<String, byte[][]> utf8 = new java.util.HashMap<>();
            long size = 0;
            for (Map.Entry<String, Kept> k : shards.get(shard).entrySet()) {
                byte[][] both = {k.getValue().body().html().utf8(), k.getValue().body().text().utf8()};
                utf8.put(k.getKey(), both);
                size += both[0].length + both[1].length + 256;
            }
            if (bytes == null || bytes.array().length < size + (size >> 3)) { // one buffer for all, grown seldom
                bytes = new StateFiles.Buffer((int) Math.min(Integer.MAX_VALUE - 16, size + (size >> 2)));
            }
            bytes.reset();
            writeShard(shard, shards.get(shard), utf8, bytes);
        }
        changed.clear();
    }

    /** Lets go of the shard files kept bodies were read from: no text of a kept body may be read after this. */
    void close() {
        synchronized (open) {
            open.forEach(RecordedBodies::closeQuietly);
            open.clear();
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) { // only read from: nothing is lost
        }
    }

    private void writeShard(int shard, Map<String, Kept> bodies, Map<String, byte[][]> utf8, StateFiles.Buffer bytes)
            throws IOException {
        DataOutputStream out = new DataOutputStream(bytes);
        StateFiles.writeHeader(out, FORMAT, key);
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
            StoredBody body = k.body();
            StateFiles.writeBytes(out, utf8.get(entry.getKey())[0]);
            StateFiles.writeString(out, body.firstParagraph());
            out.writeInt(body.wordCount());
            out.writeInt(body.headings().size());
            for (Heading heading : body.headings()) {
                out.writeInt(heading.level());
                StateFiles.writeString(out, heading.id());
                StateFiles.writeString(out, heading.text());
            }
            StateFiles.writeBytes(out, utf8.get(entry.getKey())[1]);
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

    private static SourcePosition readPosition(StateFiles.Reader in) throws IOException {
        String path = in.readString();
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
