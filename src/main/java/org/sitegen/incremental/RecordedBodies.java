package org.sitegen.incremental;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
import org.sitegen.exec.Scratch;
import org.sitegen.diag.Diagnostic;
import org.sitegen.diag.Diagnostics;
import org.sitegen.diag.SourcePosition;
import org.sitegen.markdown.FragmentLink;
import org.sitegen.markdown.Heading;
import org.sitegen.markdown.LinkTargets;
import org.sitegen.markdown.ReadingLength;
import org.sitegen.markdown.RenderedBody;
import org.sitegen.markdown.StoredBody;
import org.sitegen.store.StoredText;
import org.sitegen.store.TextStore;
import org.sitegen.store.Utf8;

/**
 * Rendered bodies kept on disk between builds (target/site-gen/bodies/), so that a rebuild
 * renders only the bodies that changed: at 10,000 briefings, Markdown rendering is most of a
 * build's CPU. A body is reused only when everything it was rendered from is the same: the
 * file's bytes (fingerprint), its URL, the answer to every link target it looked up (a new or
 * deleted briefing changes only the bodies that link to it), the templates when it has embeds,
 * and (for the whole store) the settings and the engine. Its warnings are kept with it and
 * reported again; a body with errors is never kept (the build fails anyway).
 *
 * <p>What is kept of a body is what deciding on reuse and the pages' models need (its lead,
 * first paragraph, words, headings, links to fragments, warnings, fingerprints, and in a language
 * read character by character the count its reading time is made of), not its HTML
 * and plain text, which were most of the store's bytes (a copy of what the site holds, written
 * by every cold build; docs/performance.md, nineteenth session, bodyrec helper). A kept body's
 * HTML is read, when a page or feed asks for it, from the body's own page in the published
 * site, where the last build printed it; its plain text (for the search index) and an HTML
 * not found there (the page gone, edited by hand, or printed otherwise by the templates) are
 * made by rendering the body again, from the same inputs. Either is used only when it is the
 * very text the body had: its UTF-8's length and two checksums are kept ({@link Check}).
 *
 * <p>The store is split in {@link #SHARDS} files by path, each replaced whole (written beside,
 * then renamed) and only when one of its bodies changed. Each file starts with the format and
 * the store's key and ends with a CRC-32C of the rest: a file of another version, engine or
 * settings, or damaged, is ignored (its bodies rendered again), never trusted.
 */
final class RecordedBodies {
    static final int SHARDS = 32;
    private static final String FORMAT = "site-gen rendered bodies 5";
    /** How many first bytes of a body's HTML are kept to find it in its page. */
    static final int PREFIX = 48;

    /**
     * What a body's HTML or text must be, to be taken from its page or from rendering it again:
     * its UTF-8's length, CRC-32C and CRC-32 (64 bits between them: an edit, not an adversary,
     * is what they tell apart, as the build state's fingerprints do) and, for HTML, its first
     * bytes, to find it in the page; {@code inPage} false when UTF-8 does not carry the text (half
     * a surrogate pair), which only rendering again then gives back.
     */
    record Check(int length, int crc32c, int crc32, byte[] prefix, boolean inPage) {
        static Check of(String text, boolean html) {
            byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
            return of(utf8, html, Utf8.carries(text, utf8));
        }

        static Check of(StoredText text, boolean html) {
            if (text instanceof StoredText.InMemoryUtf8 bytes) { // UTF-8 that carries it, by its making
                return of(bytes.utf8(), html, true);
            }
            return of(text.load(), html);
        }

        private static Check of(byte[] utf8, boolean html, boolean carried) {
            return new Check(utf8.length, crc32c(utf8, 0, utf8.length), crc32(utf8, 0, utf8.length),
                    html ? java.util.Arrays.copyOf(utf8, Math.min(PREFIX, utf8.length)) : new byte[0], carried);
        }

        /** Whether the {@link #length} bytes of {@code bytes} at {@code at} are the text. */
        boolean matches(byte[] bytes, int at) {
            return at >= 0 && at <= bytes.length - length && crc32c(bytes, at, length) == crc32c
                    && crc32(bytes, at, length) == crc32;
        }

        boolean matches(String text) {
            byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
            return utf8.length == length && matches(utf8, 0);
        }

        private static int crc32c(byte[] bytes, int at, int length) {
            java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
            crc.update(bytes, at, length);
            return (int) crc.getValue();
        }

        private static int crc32(byte[] bytes, int at, int length) {
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(bytes, at, length);
            return (int) crc.getValue();
        }
    }

    /**
     * One kept body and what it was rendered from; {@code made} is the body as this build
     * rendered it (its texts in the build's store), null for one read from the store, whose
     * texts are known by their {@link Check}s ({@code html}, {@code text}: null until written).
     */
    record Kept(String file, String url, String templates, List<String[]> links, String lead, String firstParagraph,
                int words, List<Heading> headings, List<FragmentLink> fragments, List<Diagnostic> warnings,
                String htmlFingerprint, String textFingerprint, StoredBody made, Check html, Check text,
                ReadingLength reading) {
    }

    private final Path folder;
    private final String key;
    /** The published site, where a kept body's HTML is looked for in its page. */
    private final Path site;
    private final Map<String, Kept> kept = new ConcurrentHashMap<>();
    /** Shards with a body added, replaced or dropped this build. */
    private final Set<Integer> changed = ConcurrentHashMap.newKeySet();
    private final Set<String> used = ConcurrentHashMap.newKeySet();

    /** Fingerprints of the kept bodies' texts, by identity: a page showing a kept body does not hash it again. */
    private final Map<Fingerprint.Identity, String> texts;

    private RecordedBodies(Path folder, String key, Path site, Map<Fingerprint.Identity, String> texts) {
        this.folder = folder;
        this.key = key;
        this.site = site;
        this.texts = texts;
    }

    /**
     * The bodies kept in {@code folder} under {@code key}; shards of another key or damaged count
     * as empty. {@code site} is the published site (null: none), where kept bodies' HTML is looked for.
     */
    static RecordedBodies read(Path folder, String key, Path site, Parallel parallel,
                               Map<Fingerprint.Identity, String> texts) {
        RecordedBodies store = new RecordedBodies(folder, key, site, texts);
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
        try {
            return readShard(shard, bytes);
        } catch (IOException | RuntimeException damaged) {
            return null;
        }
    }

    /** A shard's bodies, read from its file's {@code bytes}; null when of another key or damaged. */
    private Map<String, Kept> readShard(int shard, byte[] bytes) throws IOException {
        StateFiles.Reader in = StateFiles.checked(bytes);
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
            String lead = in.readString();
            String firstParagraph = in.readString();
            int words = in.readInt();
            int headingCount = in.readInt();
            List<Heading> headings = new ArrayList<>(headingCount);
            for (int i = 0; i < headingCount; i++) {
                headings.add(new Heading(in.readInt(), in.readString(), in.readString()));
            }
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
            Check html = readCheck(in);
            Check text = readCheck(in);
            ReadingLength reading = in.readBoolean() ? new ReadingLength(in.readInt(), in.readInt()) : null;
            if (shardOf(path) != shard) {
                return null;
            }
            bodies.put(path, new Kept(file, url, templates, links, lead, firstParagraph, words, List.copyOf(headings),
                    List.copyOf(fragments), warnings, htmlFingerprint, textFingerprint, null, html, text, reading));
        }
        return in.available() == 0 ? bodies : null;
    }

    private static Check readCheck(StateFiles.Reader in) throws IOException {
        int length = in.readInt();
        int crc32c = in.readInt();
        int crc32 = in.readInt();
        byte[] prefix = in.readBytes(in.readLength());
        boolean inPage = in.readBoolean();
        if (length < 0 || prefix.length > Math.min(PREFIX, length)) {
            throw new IOException("damaged");
        }
        return new Check(length, crc32c, crc32, prefix, inPage);
    }

    private static void writeCheck(DataOutputStream out, Check check) throws IOException {
        out.writeInt(check.length());
        out.writeInt(check.crc32c());
        out.writeInt(check.crc32());
        out.writeInt(check.prefix().length);
        out.write(check.prefix());
        out.writeBoolean(check.inPage());
    }

    /**
     * The body of {@code path} as rendered from a file with fingerprint {@code file} at {@code url},
     * taken from the store when nothing it was rendered from changed, else rendered by {@code render}
     * (given the link targets to use, which note what the body looks up) and kept. A kept body's
     * HTML and text are made when first asked for (see the class comment), by {@code render} if need be.
     *
     * @param templates the templates' fingerprint, for bodies with embeds
     * @param problems  where the body's problems go (kept ones: its warnings, again)
     * @param store     where a body rendered now keeps its texts
     */
    StoredBody body(String path, String file, String url, LinkTargets targets, java.util.function.Supplier<String> templates,
                    Diagnostics problems, TextStore store, BodyRenderer render) {
        used.add(path);
        Kept known = kept.get(path);
        if (known != null && known.file().equals(file) && known.url().equals(url)
                && (known.templates().isEmpty() || known.templates().equals(templates.get()))
                && known.links().stream().allMatch(link -> link[1].equals(answer(targets, link[0])))) {
            known.warnings().forEach(problems::add);
            StoredBody body = known.made() != null ? known.made() : keptBody(path, known, targets, render);
            // pages and search segments showing it fingerprint it by these, without reading it
            texts.put(new Fingerprint.Identity(body.html()), known.htmlFingerprint());
            texts.put(new Fingerprint.Identity(body.text()), known.textFingerprint());
            return body;
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
            Kept fresh = new Kept(file, url, embedTemplates, links, stored.lead(), stored.firstParagraph(),
                    stored.wordCount(), stored.headings(), stored.fragmentLinks(), found,
                    new Fingerprint().add("html").add(renderedFrom).hex(),
                    new Fingerprint().add("text").add(renderedFrom).hex(), stored, null, null, stored.reading());
            kept.put(path, fresh);
            texts.put(new Fingerprint.Identity(stored.html()), fresh.htmlFingerprint());
            texts.put(new Fingerprint.Identity(stored.text()), fresh.textFingerprint());
        }
        return stored;
    }

    /** A body read from the store: its HTML and text made when asked for. */
    private StoredBody keptBody(String path, Kept known, LinkTargets targets, BodyRenderer render) {
        Again again = new Again(path, known, targets, render);
        Path page = site == null ? null : pageOf(site, known.url());
        return new StoredBody(new KeptHtml(again, page, known.html()), known.lead(), known.firstParagraph(),
                known.words(), known.headings(), new KeptText(again), known.fragments(), known.reading());
    }

    /**
     * The file of the page at {@code url} (a folder's index.html), or null when the URL is not one
     * of this site's paths. Only where the HTML is looked for first: what is read there is
     * checked, so a page elsewhere (a language's folder) only costs rendering the body again.
     */
    static Path pageOf(Path site, String url) {
        if (!url.startsWith("/") || url.contains("..") || url.contains("?") || url.contains("#") || url.contains("\\")) {
            return null;
        }
        try {
            return site.resolve(url.endsWith("/") ? url.substring(1) + "index.html" : url.substring(1));
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
    }

    /**
     * A kept body rendered again, once, when its text (or an HTML its page does not hold) is
     * asked for: from the same inputs it gives the same texts, which it must (else its file
     * changed while the build ran, and the build stops rather than publish another body).
     */
    private static final class Again {
        private final String path;
        private final Kept known;
        private final LinkTargets targets;
        private final BodyRenderer render;
        private RenderedBody made;

        Again(String path, Kept known, LinkTargets targets, BodyRenderer render) {
            this.path = path;
            this.known = known;
            this.targets = targets;
            this.render = render;
        }

        synchronized RenderedBody get() {
            if (made == null) {
                Diagnostics problems = new Diagnostics();
                RenderedBody body = render.render(targets, problems);
                if (problems.hasErrors() || !known.html().matches(body.html()) || !known.text().matches(body.text())) {
                    throw new UncheckedIOException(new IOException(path + " changed while it was being built"));
                }
                made = body;
            }
            return made;
        }
    }

    /** A kept body's HTML: read from its page when it is there as it was, else rendered again. */
    private record KeptHtml(Again again, Path page, Check check) implements StoredText {
        @Override
        public String load() {
            if (check.length() == 0) {
                return "";
            }
            byte[] bytes = inPage();
            return bytes != null ? new String(bytes, StandardCharsets.UTF_8) : again.get().html();
        }

        @Override
        public byte[] utf8() {
            byte[] bytes = check.length() == 0 ? new byte[0] : inPage();
            return bytes != null ? bytes : again.get().markup().utf8();
        }

        /** The HTML's bytes as its page holds them, or null when it does not. */
        private byte[] inPage() {
            if (page == null || !check.inPage()) {
                return null;
            }
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(page);
            } catch (IOException | UncheckedIOException gone) {
                return null;
            }
            for (int at = indexOf(bytes, check.prefix(), 0); at >= 0; at = indexOf(bytes, check.prefix(), at + 1)) {
                if (check.matches(bytes, at)) {
                    return java.util.Arrays.copyOfRange(bytes, at, at + check.length());
                }
            }
            return null;
        }

        @Override
        public String toString() {
            return load();
        }
    }

    /** The first place from {@code from} where {@code bytes} holds {@code part} (not empty), or -1. */
    static int indexOf(byte[] bytes, byte[] part, int from) {
        byte first = part[0];
        for (int i = from, last = bytes.length - part.length; i <= last; i++) {
            if (bytes[i] == first && java.util.Arrays.equals(bytes, i, i + part.length, part, 0, part.length)) {
                return i;
            }
        }
        return -1;
    }

    /** A kept body's plain text: rendered again when asked for. */
    private record KeptText(Again again) implements StoredText {
        @Override
        public String load() {
            return again.get().text();
        }

        @Override
        public String toString() {
            return load();
        }
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
        StateFiles.Buffer bytes = new StateFiles.Buffer(1 << 16);
        for (int shard : written) {
            bytes.reset();
            writeShard(shard, shards.get(shard), bytes);
        }
        changed.clear();
    }

    private void writeShard(int shard, Map<String, Kept> bodies, StateFiles.Buffer bytes) throws IOException {
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
            StateFiles.writeString(out, k.lead());
            StateFiles.writeString(out, k.firstParagraph());
            out.writeInt(k.words());
            out.writeInt(k.headings().size());
            for (Heading heading : k.headings()) {
                out.writeInt(heading.level());
                StateFiles.writeString(out, heading.id());
                StateFiles.writeString(out, heading.text());
            }
            out.writeInt(k.fragments().size());
            for (FragmentLink link : k.fragments()) {
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
            // a body rendered now is checked by its texts, from the build's store
            writeCheck(out, k.html() != null ? k.html() : Check.of(k.made().html(), true));
            writeCheck(out, k.text() != null ? k.text() : Check.of(k.made().text(), false));
            out.writeBoolean(k.reading() != null);
            if (k.reading() != null) {
                out.writeInt(k.reading().characters());
                out.writeInt(k.reading().words());
            }
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
