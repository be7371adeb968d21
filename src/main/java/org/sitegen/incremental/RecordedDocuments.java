package org.sitegen.incremental;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import org.sitegen.content.Alias;
import org.sitegen.content.Correction;
import org.sitegen.content.FrontMatter;
import org.sitegen.content.PublishedDate;
import org.sitegen.content.Source;
import org.sitegen.content.SourceDocument;
import org.sitegen.content.SourceFile;
import org.sitegen.content.StoryLink;
import org.sitegen.content.Term;
import org.sitegen.content.Translation;
import org.sitegen.diag.Diagnostic;
import org.sitegen.diag.SourcePosition;
import org.sitegen.markdown.Typeset;

/**
 * Loaded front matter kept on disk between builds (target/site-gen/build-state.cache/documents/),
 * so that a rebuild reads, decodes and parses only the Markdown files that changed (loading
 * every file's front matter was a large part of an everyday rebuild: docs/performance.md). A
 * file's {@link SourceDocument} (front matter, slug, body line) and the warnings loading gave
 * are reused only for the same path, bytes (fingerprint), display path and kind, under the same
 * key (settings, engine and JDK, whose zone rules dates depend on); the caller also asks the
 * loader whether the build's "now" still accepts it ({@code ContentLoader#stillLoadsAs}). A file
 * with errors is never kept (the build fails anyway).
 *
 * <p>The store is split in {@link #SEGMENTS} files by path, each written whole then renamed, and
 * only when one of its entries changed: one new briefing rewrites a sixteenth of the store
 * (the whole of it was 10 MB at 10,000 briefings, rewritten by every build that changed
 * anything). Each file starts with the format and the key and ends with a CRC-32C of the rest;
 * a file of another format, key, or damaged, is ignored (its files loaded again) and written
 * again, never trusted. A build killed between two segments' writes leaves each segment whole,
 * old or new: an entry is used only for the same bytes, whichever build wrote it. Entries stay
 * encoded until a loading thread asks for one, so the store is read on one thread and decoded
 * on all of them.
 *
 * <p>A published file's entry also keeps its title and summary as typeset for its pages ({@link
 * #typeset}), which depend on nothing but their text (and the engine, part of the key): a
 * rebuild typesets only the files it loads afresh.
 */
final class RecordedDocuments {
    private static final String FORMAT = "site-gen loaded documents 4";
    static final int SEGMENTS = 16;

    /** A document as loading gave it, and its warnings in their order. */
    record Loaded(SourceDocument document, List<Diagnostic> warnings) {
    }

    /**
     * One kept load, still encoded: the fingerprint of the bytes it was loaded from, and its bytes
     * in {@code data}; with its typeset title and summary once a build has published it (else null).
     */
    private record Kept(byte[] fingerprint, byte[] data, int offset, int length, Typeset typeset) {
        Kept with(Typeset made) {
            return new Kept(fingerprint, data, offset, length, made);
        }
    }

    private final Path folder;
    private final String key;
    /** What the last build kept, by relative path. */
    private final Map<String, Kept> last;
    /** What this build keeps, by relative path: reused entries as they were, fresh ones newly encoded. */
    private final Map<String, Kept> next = new ConcurrentHashMap<>();
    /** Segments with an entry added, replaced or dropped this build, or unreadable: written again. */
    private final Set<Integer> changed = ConcurrentHashMap.newKeySet();

    private RecordedDocuments(Path folder, String key, Map<String, Kept> last) {
        this.folder = folder;
        this.key = key;
        this.last = last;
    }

    static int segmentOf(String path) {
        return Math.floorMod(path.hashCode(), SEGMENTS);
    }

    static Path segmentFile(Path folder, int segment) {
        return folder.resolve(segment + ".documents");
    }

    /** The documents kept in {@code folder} under {@code key}; a segment missing, of another key or damaged holds none. */
    static RecordedDocuments read(Path folder, String key) {
        Map<String, Kept> kept = new HashMap<>();
        Set<Integer> unreadable = new java.util.HashSet<>();
        for (int segment = 0; segment < SEGMENTS; segment++) {
            if (!readSegment(folder, segment, key, kept)) {
                unreadable.add(segment);
            }
        }
        RecordedDocuments store = new RecordedDocuments(folder, key, kept);
        store.changed.addAll(unreadable);
        return store;
    }

    /** Adds a segment's entries to {@code kept}; false (nothing added) when it is missing, of another key or damaged. */
    private static boolean readSegment(Path folder, int segment, String key, Map<String, Kept> kept) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(segmentFile(folder, segment));
        } catch (IOException missingOrUnreadable) {
            return false;
        }
        StateFiles.Reader in = StateFiles.checked(bytes);
        if (in == null) {
            return false;
        }
        try {
            if (!StateFiles.hasHeader(in, FORMAT, key)) {
                return false;
            }
            int count = in.readInt();
            Map<String, Kept> entries = new HashMap<>(Math.max(16, count * 2));
            for (int n = 0; n < count; n++) {
                String path = in.readString();
                byte[] fingerprint = in.readBytes(in.readUnsignedByte());
                Typeset typeset = in.readBoolean() ? new Typeset(Codec.readText(in), Codec.readText(in)) : null;
                int length = in.readInt();
                int offset = in.position();
                if (length < 0 || length > in.available() || segmentOf(path) != segment) {
                    throw new IOException("damaged");
                }
                in.skip(length);
                entries.put(path, new Kept(fingerprint, bytes, offset, length, typeset));
            }
            if (in.available() != 0) {
                throw new IOException("damaged");
            }
            kept.putAll(entries);
            return true;
        } catch (IOException | RuntimeException damaged) {
            return false;
        }
    }

    /**
     * The document loaded from {@code source} when its bytes had {@code fingerprint}, with its
     * warnings, kept for the next build too; null when none is kept for them or {@code current}
     * refuses it (then the caller loads the file and {@link #keep}s the result).
     */
    Loaded reuse(SourceFile source, byte[] fingerprint, Predicate<SourceDocument> current) {
        Kept kept = last.get(source.relativePath());
        if (kept == null || !Arrays.equals(kept.fingerprint(), fingerprint)) {
            return null;
        }
        Loaded loaded;
        try {
            StateFiles.Reader in = new StateFiles.Reader(kept.data(), kept.offset(), kept.offset() + kept.length());
            loaded = Codec.read(in, source);
            if (loaded == null || in.available() != 0 || !current.test(loaded.document())) {
                return null;
            }
        } catch (IOException | RuntimeException damaged) {
            return null;
        }
        next.put(source.relativePath(), kept);
        return loaded;
    }

    /** Keeps what loading gave for {@code source} (read with {@code fingerprint}): a document without errors. */
    void keep(SourceFile source, byte[] fingerprint, SourceDocument document, List<Diagnostic> warnings) {
        changed.add(segmentOf(source.relativePath()));
        StateFiles.Buffer bytes = new StateFiles.Buffer(4096); // room for nearly all: garbage at once
        try {
            DataOutputStream out = new DataOutputStream(bytes);
            Codec.write(out, document, warnings);
            out.flush();
        } catch (IOException | RuntimeException notKept) { // a value the codec does not know: loaded again next time
            return;
        }
        // kept until written, with no room to spare: the buffer it was encoded in was twice the
        // size of most (1 KB, grown to 2), and lived through the build
        next.put(source.relativePath(), new Kept(fingerprint.clone(), java.util.Arrays.copyOf(bytes.array(), bytes.size()),
                0, bytes.size(), null));
    }

    /**
     * The typeset title and summary of {@code document} as kept with it, else made by {@code
     * typeset} and kept with it. What is kept was made from the same front matter: an entry is
     * this build's load of the file (reused for the same bytes, or loaded afresh), so a title or
     * summary edited since comes with an entry of its own, without one.
     */
    Typeset typeset(SourceDocument document, Function<SourceDocument, Typeset> typeset) {
        String path = document.file().relativePath();
        Kept kept = next.get(path);
        if (kept != null && kept.typeset() != null) {
            return kept.typeset();
        }
        Typeset made = typeset.apply(document);
        if (kept != null) { // one thread per document: no other replaces this entry meanwhile
            next.put(path, kept.with(made));
            changed.add(segmentOf(path));
        }
        return made;
    }

    /**
     * Replaces the segments whose entries changed with this build's entries (those of deleted,
     * edited or failing files gone), each whole or not at all; the others stay as they are.
     */
    void write() throws IOException {
        for (String path : last.keySet()) {
            if (!next.containsKey(path)) {
                changed.add(segmentOf(path));
            }
        }
        if (changed.isEmpty()) {
            return;
        }
        if (Files.isRegularFile(folder)) {
            Files.delete(folder); // the one file of an older version
        }
        List<Map<String, Kept>> segments = new ArrayList<>();
        for (int i = 0; i < SEGMENTS; i++) {
            segments.add(new TreeMap<>()); // the same files, the same bytes
        }
        next.forEach((path, kept) -> {
            if (changed.contains(segmentOf(path))) {
                segments.get(segmentOf(path)).put(path, kept);
            }
        });
        for (int segment : new java.util.TreeSet<>(changed)) {
            writeSegment(segment, segments.get(segment));
        }
        changed.clear();
    }

    private void writeSegment(int segment, Map<String, Kept> entries) throws IOException {
        int size = 64 + key.length();
        for (Map.Entry<String, Kept> entry : entries.entrySet()) {
            Typeset typeset = entry.getValue().typeset();
            size += entry.getKey().length() * 3 + 32 + entry.getValue().length()
                    + (typeset == null ? 0 : 3 * (length(typeset.title()) + length(typeset.summary())));
        }
        StateFiles.Buffer bytes = new StateFiles.Buffer(size);
        DataOutputStream out = new DataOutputStream(bytes);
        StateFiles.writeHeader(out, FORMAT, key);
        out.writeInt(entries.size());
        for (Map.Entry<String, Kept> entry : entries.entrySet()) {
            Kept kept = entry.getValue();
            StateFiles.writeString(out, entry.getKey());
            out.writeByte(kept.fingerprint().length);
            out.write(kept.fingerprint());
            out.writeBoolean(kept.typeset() != null);
            if (kept.typeset() != null) {
                Codec.writeText(out, kept.typeset().title());
                Codec.writeText(out, kept.typeset().summary());
            }
            out.writeInt(kept.length());
            out.write(kept.data(), kept.offset(), kept.length());
        }
        out.flush();
        StateFiles.replaceChecked(segmentFile(folder, segment), bytes);
    }

    private static int length(String text) {
        return text == null ? 0 : text.length();
    }

    /**
     * A loaded document and its warnings, written field by field. Every record of the front
     * matter is rebuilt through its canonical constructor, so a field added to one does not
     * compile here until it is written and read too. Positions in the file itself (nearly all)
     * are written without their path.
     */
    static final class Codec {
        private static final int NULL = 0;
        private static final int IN_FILE = 1;
        private static final int ELSEWHERE = 2;
        private Codec() {
        }

        static void write(DataOutputStream out, SourceDocument document, List<Diagnostic> warnings)
                throws IOException {
            String path = SourcePosition.of(document.file().displayPath()).path();
            StateFiles.writeString(out, document.file().displayPath());
            out.writeByte(document.file().kind().ordinal());
            StateFiles.writeString(out, document.slug());
            out.writeInt(document.bodyFirstLine());
            FrontMatter fm = document.frontMatter();
            writeText(out, fm.title());
            writeDate(out, fm.date());
            writeDate(out, fm.updated());
            writeTerms(out, fm.terms(), path);
            writeText(out, fm.summary());
            writeTexts(out, fm.authors());
            writeText(out, fm.slug());
            out.writeBoolean(fm.draft());
            out.writeInt(fm.sources().size());
            for (Source source : fm.sources()) {
                writeText(out, source.publisher());
                writeText(out, source.title());
                writeText(out, source.url());
                writeDate(out, source.date());
                writeText(out, source.type());
                writePosition(out, source.publisherAt(), path);
                writePosition(out, source.urlAt(), path);
            }
            writePlain(out, fm.params());
            out.writeInt(fm.corrections().size());
            for (Correction correction : fm.corrections()) {
                writeDate(out, correction.date());
                writeText(out, correction.note());
            }
            writePosition(out, fm.urlAt(), path);
            writeTerms(out, fm.mentions(), path);
            writeLinks(out, fm.follows(), path);
            out.writeInt(fm.aliases().size());
            for (Alias alias : fm.aliases()) {
                writeText(out, alias.path());
                writePosition(out, alias.at(), path);
            }
            Translation translation = fm.translation();
            out.writeBoolean(translation.equals(Translation.NONE));
            if (!translation.equals(Translation.NONE)) {
                writeText(out, translation.lang());
                writePosition(out, translation.langAt(), path);
                writeText(out, translation.key());
                writePosition(out, translation.keyAt(), path);
                writeLinks(out, translation.paths(), path);
            }
            out.writeInt(warnings.size());
            for (Diagnostic warning : warnings) {
                if (warning.isError()) {
                    throw new IllegalArgumentException("a document with errors is not kept");
                }
                writePosition(out, warning.at(), path);
                StateFiles.writeString(out, warning.message());
            }
        }

        /** The document {@link #write} wrote, for {@code source}; null when written for another display path or kind. */
        static Loaded read(StateFiles.Reader in, SourceFile source) throws IOException {
            if (!in.readString().equals(source.displayPath()) || in.readUnsignedByte() != source.kind().ordinal()) {
                return null;
            }
            String path = SourcePosition.of(source.displayPath()).path();
            String slug = in.readString();
            int bodyFirstLine = in.readInt();
            String title = readText(in);
            PublishedDate date = readDate(in);
            PublishedDate updated = readDate(in);
            Map<String, List<Term>> terms = readTerms(in, path);
            String summary = readText(in);
            List<String> authors = readTexts(in);
            String fmSlug = readText(in);
            boolean draft = in.readBoolean();
            int sourceCount = count(in);
            List<Source> sources = new ArrayList<>(sourceCount);
            for (int i = 0; i < sourceCount; i++) {
                sources.add(new Source(readText(in), readText(in), readText(in), readDate(in), readText(in),
                        readPosition(in, path), readPosition(in, path)));
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> params = (Map<String, Object>) readPlain(in, true);
            int correctionCount = count(in);
            List<Correction> corrections = new ArrayList<>(correctionCount);
            for (int i = 0; i < correctionCount; i++) {
                corrections.add(new Correction(readDate(in), readText(in)));
            }
            SourcePosition urlAt = readPosition(in, path);
            Map<String, List<Term>> mentions = readTerms(in, path);
            List<StoryLink> follows = readLinks(in, path);
            int aliasCount = count(in);
            List<Alias> aliases = new ArrayList<>(aliasCount);
            for (int i = 0; i < aliasCount; i++) {
                aliases.add(new Alias(readText(in), readPosition(in, path)));
            }
            Translation translation = in.readBoolean() ? Translation.NONE
                    : new Translation(readText(in), readPosition(in, path), readText(in), readPosition(in, path),
                    readLinks(in, path));
            FrontMatter frontMatter = new FrontMatter(title, date, updated, terms, summary, List.copyOf(authors),
                    fmSlug, draft, sources, params, List.copyOf(corrections), urlAt, mentions, List.copyOf(follows),
                    List.copyOf(aliases), translation);
            int warningCount = count(in);
            List<Diagnostic> warnings = new ArrayList<>(warningCount);
            for (int i = 0; i < warningCount; i++) {
                warnings.add(Diagnostic.warning(readPosition(in, path), in.readString()));
            }
            return new Loaded(new SourceDocument(source, frontMatter, slug, bodyFirstLine), warnings);
        }

        /** A count; one beyond what is left (each item takes a byte at least) means a damaged entry. */
        private static int count(StateFiles.Reader in) throws IOException {
            int count = in.readInt();
            if (count < 0 || count > in.available()) {
                throw new IOException("damaged");
            }
            return count;
        }

        static void writeText(DataOutputStream out, String text) throws IOException {
            out.writeBoolean(text != null);
            if (text != null) {
                StateFiles.writeString(out, text);
            }
        }

        static String readText(StateFiles.Reader in) throws IOException {
            return in.readBoolean() ? in.readString() : null;
        }

        private static void writeTexts(DataOutputStream out, List<String> texts) throws IOException {
            out.writeInt(texts.size());
            for (String text : texts) {
                writeText(out, text);
            }
        }

        private static List<String> readTexts(StateFiles.Reader in) throws IOException {
            int count = count(in);
            List<String> texts = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                texts.add(readText(in));
            }
            return texts;
        }

        /** The date-time as written (local time, offset, zone), so the same instant in the same zone comes back. */
        private static void writeDate(DataOutputStream out, PublishedDate date) throws IOException {
            out.writeBoolean(date != null);
            if (date != null) {
                LocalDateTime local = date.at().toLocalDateTime();
                out.writeLong(local.toEpochSecond(ZoneOffset.UTC));
                out.writeInt(local.getNano());
                out.writeInt(date.at().getOffset().getTotalSeconds());
                StateFiles.writeString(out, date.at().getZone().getId());
                out.writeBoolean(date.hasTime());
            }
        }

        /** A date {@link #writeDate} wrote; one the zone's rules (another JDK's) no longer give is damaged. */
        private static PublishedDate readDate(StateFiles.Reader in) throws IOException {
            if (!in.readBoolean()) {
                return null;
            }
            long seconds = in.readLong();
            int nanos = in.readInt();
            int offset = in.readInt();
            String zone = in.readString();
            try {
                ZonedDateTime at = ZonedDateTime.ofStrict(LocalDateTime.ofEpochSecond(seconds, nanos, ZoneOffset.UTC),
                        ZoneOffset.ofTotalSeconds(offset), ZoneId.of(zone));
                return new PublishedDate(at, in.readBoolean());
            } catch (DateTimeException e) {
                throw new IOException("damaged", e);
            }
        }

        private static void writePosition(DataOutputStream out, SourcePosition at, String path) throws IOException {
            if (at == null) {
                out.writeByte(NULL);
                return;
            }
            boolean inFile = at.path().equals(path);
            out.writeByte(inFile ? IN_FILE : ELSEWHERE);
            if (!inFile) {
                StateFiles.writeString(out, at.path());
            }
            out.writeInt(at.line());
            out.writeInt(at.column());
        }

        private static SourcePosition readPosition(StateFiles.Reader in, String path) throws IOException {
            int kind = in.readUnsignedByte();
            if (kind == NULL) {
                return null;
            }
            String at = switch (kind) {
                case IN_FILE -> path;
                case ELSEWHERE -> in.readString();
                default -> throw new IOException("damaged");
            };
            return SourcePosition.of(at, in.readInt(), in.readInt());
        }

        private static void writeTerms(DataOutputStream out, Map<String, List<Term>> terms, String path)
                throws IOException {
            out.writeInt(terms.size());
            for (Map.Entry<String, List<Term>> entry : terms.entrySet()) {
                StateFiles.writeString(out, entry.getKey());
                out.writeInt(entry.getValue().size());
                for (Term term : entry.getValue()) {
                    writeText(out, term.name());
                    writePosition(out, term.at(), path);
                }
            }
        }

        private static Map<String, List<Term>> readTerms(StateFiles.Reader in, String path) throws IOException {
            int count = count(in);
            Map<String, List<Term>> terms = new LinkedHashMap<>();
            for (int i = 0; i < count; i++) {
                String key = in.readString();
                int termCount = count(in);
                List<Term> list = new ArrayList<>(termCount);
                for (int j = 0; j < termCount; j++) {
                    list.add(new Term(readText(in), readPosition(in, path)));
                }
                terms.put(key, list);
            }
            return terms;
        }

        private static void writeLinks(DataOutputStream out, List<StoryLink> links, String path) throws IOException {
            out.writeInt(links.size());
            for (StoryLink link : links) {
                writeText(out, link.target());
                writePosition(out, link.at(), path);
            }
        }

        private static List<StoryLink> readLinks(StateFiles.Reader in, String path) throws IOException {
            int count = count(in);
            List<StoryLink> links = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                links.add(new StoryLink(readText(in), readPosition(in, path)));
            }
            return List.copyOf(links);
        }

        /**
         * A plain value of the params: text, true/false, a list or a mapping of them (see
         * PlainValues); anything else is refused, and the document is then not kept.
         */
        private static void writePlain(DataOutputStream out, Object value) throws IOException {
            if (value instanceof String text) {
                out.writeByte('S');
                StateFiles.writeString(out, text);
            } else if (value instanceof Boolean bool) {
                out.writeByte(bool ? 'T' : 'F');
            } else if (value instanceof List<?> list) {
                out.writeByte('L');
                out.writeInt(list.size());
                for (Object item : list) {
                    writePlain(out, item);
                }
            } else if (value instanceof Map<?, ?> map) {
                out.writeByte('M');
                out.writeInt(map.size());
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    StateFiles.writeString(out, (String) entry.getKey());
                    writePlain(out, entry.getValue());
                }
            } else {
                throw new IllegalArgumentException("not a plain value: " + value);
            }
        }

        /** A plain value; the params themselves ({@code top}) as the parser makes them, a changeable ordered map. */
        private static Object readPlain(StateFiles.Reader in, boolean top) throws IOException {
            int kind = in.readUnsignedByte();
            switch (kind) {
                case 'S':
                    return in.readString();
                case 'T':
                    return Boolean.TRUE;
                case 'F':
                    return Boolean.FALSE;
                case 'L': {
                    int count = count(in);
                    List<Object> list = new ArrayList<>(count);
                    for (int i = 0; i < count; i++) {
                        list.add(readPlain(in, false));
                    }
                    return Collections.unmodifiableList(list);
                }
                case 'M': {
                    int count = count(in);
                    Map<String, Object> map = new LinkedHashMap<>();
                    for (int i = 0; i < count; i++) {
                        map.put(in.readString(), readPlain(in, false));
                    }
                    return top ? map : Collections.unmodifiableMap(map);
                }
                default:
                    throw new IOException("damaged");
            }
        }
    }
}
