package org.sitegen.incremental;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitegen.exec.Background;
import org.sitegen.exec.Parallel;
import org.sitegen.search.KeptTerms;
import org.sitegen.search.SearchDoc;
import org.sitegen.store.Fingerprint;

/**
 * The search documents' analysed terms kept on disk between builds
 * (target/site-gen/build-state.cache/terms/), so that a search segment made again analyses only
 * the documents whose words changed ({@link KeptTerms}). A document's terms are found by what
 * they are made from: its title, tag, entity and author names, summary and text (the text by
 * its fingerprint, which kept bodies already know), never by its id, which a deletion or a date
 * moved changes for every later document.
 *
 * <p>One file per segment (named by its first id), replaced whole (written beside, then
 * renamed) by a background thread when the segment was made again and more than a few of its
 * documents were not found in it ({@link #REWRITE_SHARE}); a segment kept as it was leaves its file alone. Each file starts with the format and
 * the store's key (settings, engine and the analysis) and ends with a CRC-32C of the rest: a
 * file of another version or analysis, or damaged, is ignored (its documents analysed again),
 * never trusted. Deleting the folder only makes the next segments analyse every document.
 *
 * <p>Beside it, each segment's postings as the last build that made the segment made them
 * (FROM.postings, {@link #encodePostings}), so that a segment whose documents changed only a
 * little is made by editing them ({@link Segment#lastPostings}); written whenever the segment is
 * made, by a background thread, with the same checks. Deleting one only makes its segment whole
 * again.
 */
final class RecordedTerms implements KeptTerms {
    private static final String FORMAT = "site-gen search terms 1";
    private static final String POSTINGS_FORMAT = "site-gen search postings 3";
    /** A segment's postings file: its first id and this. */
    private static final String POSTINGS = ".postings";
    /**
     * A segment's file is written again when more than one in this many of its documents were
     * not found in it: encoding the terms of thousands of documents costs more than analysing a
     * few again (a body edit, or the one document a deletion moves into a segment, is analysed
     * again in each build until then).
     */
    private static final int REWRITE_SHARE = 16;
    /** A document's key: its fingerprint's 32 hex digits, ASCII. */
    private static final int KEY_BYTES = 32;

    private final Path folder;
    private final String key;
    private final Map<Fingerprint.Identity, String> texts;
    private final Parallel parallel;
    private final List<Background<Void>> writing;

    /**
     * @param key   the cache's key (settings and engine)
     * @param texts fingerprints of stored texts by identity (the kept bodies' are known without reading them)
     */
    RecordedTerms(Path folder, String key, Map<Fingerprint.Identity, String> texts, Parallel parallel) {
        this(folder, key, texts, parallel, java.util.Collections.synchronizedList(new ArrayList<>()));
    }

    private RecordedTerms(Path folder, String key, Map<Fingerprint.Identity, String> texts, Parallel parallel,
                          List<Background<Void>> writing) {
        this.folder = folder;
        this.key = key;
        this.texts = texts;
        this.parallel = parallel;
        this.writing = writing;
    }

    /**
     * A language part's terms, in a folder of their own beside the root part's files ("lang-zh"
     * for "/zh": not a segment's number, so {@link #segments} leaves it), written and waited for
     * with them ({@link #written}).
     */
    @Override
    public KeptTerms inFolder(String part) {
        return new RecordedTerms(folder.resolve("lang" + part.replace('/', '-')), key, texts, parallel, writing);
    }

    /**
     * Deletes the folders of language parts not among {@code parts} (their folders, "/zh"; see
     * {@link #inFolder}): a language taken away from the site left its terms behind, which no
     * part would read again (a language put back later analyses its documents again).
     */
    void forgetPartsOtherThan(Set<String> parts) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        Set<String> kept = new java.util.HashSet<>();
        parts.forEach(part -> kept.add("lang" + part.replace('/', '-')));
        List<Path> gone = new ArrayList<>();
        try (var files = Files.list(folder)) {
            files.filter(f -> f.getFileName().toString().startsWith("lang-") && !kept.contains(f.getFileName().toString()))
                    .forEach(gone::add);
        }
        for (Path part : gone) {
            org.sitegen.output.SiteWriter.deleteTree(part);
        }
    }

    @Override
    public Segment segment(int from, List<SearchDoc> docs, String analysis) throws IOException {
        Path file = folder.resolve(String.valueOf(from));
        String fileKey = key + " " + analysis;
        return new Segment() {
            /**
             * The documents' keys, made when first asked for (a segment made by editing its last
             * postings never needs them); on the calling thread: the index may be built while the
             * pages fill the pool (search's Workers).
             */
            private List<String> keys;
            /** Read when first asked for: a segment made by editing its last postings never needs it. */
            private Map<String, AnalysedTerms> kept;
            private Encoder out;
            private boolean started;

            private synchronized Map<String, AnalysedTerms> kept() throws IOException {
                if (kept == null) {
                    kept = read(file, fileKey);
                    keys = docs.stream().map(RecordedTerms.this::keyOf).toList();
                }
                return kept;
            }

            @Override
            public AnalysedTerms kept(int i) {
                try {
                    return kept().get(keys.get(i));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }

            @Override
            public void made(int i, AnalysedTerms terms) {
                if (!started) {
                    started = true;
                    Map<String, AnalysedTerms> all = keptQuietly();
                    long missing = keys.stream().filter(k -> !all.containsKey(k)).count();
                    out = missing * REWRITE_SHARE > docs.size() ? new Encoder(docs.size()) : null;
                }
                if (out != null) {
                    out.add(keys.get(i), terms);
                }
            }

            private Map<String, AnalysedTerms> keptQuietly() {
                try {
                    return kept();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }

            @Override
            public LastPostings lastPostings(String madeFor, int[] ids, List<String> docKeys) throws IOException {
                return RecordedTerms.lastPostings(postingsFile(from), fileKey, madeFor, from, ids, docKeys);
            }

            @Override
            public void postingsMade(String madeFor, int[] ids, List<String> docKeys, SegmentPostings postings) {
                writing.add(parallel.background("site-gen-search-postings", () -> {
                    StateFiles.replaceChecked(postingsFile(from), encodePostings(fileKey, madeFor, ids, docKeys, postings));
                    return null;
                }));
            }

            @Override
            public void done() {
                if (out != null) {
                    Encoder terms = out;
                    writing.add(parallel.background("site-gen-search-terms", () -> {
                        StateFiles.replaceChecked(file, terms.file(fileKey));
                        return null;
                    }));
                }
            }
        };
    }

    private Path postingsFile(int from) {
        return folder.resolve(from + POSTINGS);
    }

    @Override
    public void segments(Set<Integer> froms) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (var files = Files.list(folder)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                // not the files being written (NAME.partial), whose segments are this build's
                String name = file.getFileName().toString();
                String number = name.endsWith(POSTINGS) ? name.substring(0, name.length() - POSTINGS.length()) : name;
                if (number.matches("[0-9]{1,9}") && !froms.contains(Integer.parseInt(number))) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    /** Waits for the files being written (a build that publishes leaves none half done). */
    void written() throws IOException {
        List<Background<Void>> all;
        synchronized (writing) {
            all = new ArrayList<>(writing);
            writing.clear();
        }
        for (Background<Void> file : all) {
            file.join();
        }
    }

    /** What a document's terms are made from; the same words, the same key, whatever its id, link or date. */
    String keyOf(SearchDoc doc) {
        Fingerprint f = new Fingerprint(texts).addValue(doc.title());
        f.add(doc.tags().size());
        doc.tags().forEach(tag -> f.addValue(tag.name()));
        f.add(doc.entities().size());
        doc.entities().forEach(entity -> f.addValue(entity.name()));
        f.add(doc.authors().size());
        doc.authors().forEach(f::addValue);
        return f.addValue(doc.summary()).addValue(doc.text()).hex();
    }

    /**
     * A segment's postings file: the format, the store's key and analysis, what its shards were
     * made for ({@link Segment#postingsMade}), its documents' ids (as differences) and keys (as
     * given) in id order, then each term
     * (ascending) and its list: a count and the differences between its pairs, each larger
     * than the last. Written whole by a background thread whenever the segment is made.
     */
    static StateFiles.Buffer encodePostings(String fileKey, String madeFor, int[] ids, List<String> keys,
                                            SegmentPostings postings) {
        Bytes out = new Bytes(keys.size() * (KEY_BYTES + 4) + postings.terms().length * 16 + 1024);
        out.string(POSTINGS_FORMAT);
        out.string(fileKey);
        out.string(madeFor);
        out.varint(keys.size());
        int previousId = -1;
        for (int d = 0; d < keys.size(); d++) {
            out.varint(ids[d] - previousId);
            previousId = ids[d];
            out.string(keys.get(d));
        }
        String[] terms = postings.terms();
        out.varint(terms.length);
        for (int t = 0; t < terms.length; t++) {
            out.string(terms[t]);
            int count = postings.counts()[t];
            int[] pairs = postings.pairs()[t];
            out.varint(count);
            out.room(count * 5);
            int previous = 0;
            for (int i = 0; i < count; i++) {
                out.varint(pairs[i] - previous);
                previous = pairs[i];
            }
        }
        StateFiles.Buffer file = new StateFiles.Buffer(out.size + 4);
        file.write(out.bytes, 0, out.size);
        return file;
    }

    /**
     * The postings in {@code file} when they were made for {@code madeFor} under {@code fileKey},
     * and the ids whose documents differ from the segment's now (document {@code i} of id
     * {@code ids[i]} and key {@code keys.get(i)}): kept and gone, new, or of another key; null
     * when there are none such, or the file is damaged.
     */
    static LastPostings lastPostings(Path file, String fileKey, String madeFor, int from, int[] ids, List<String> keys)
            throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return null;
        }
        try {
            return decodePostings(bytes, fileKey, madeFor, from, ids, keys);
        } catch (RuntimeException damaged) { // a length or index past the end
            return null;
        }
    }

    private static LastPostings decodePostings(byte[] bytes, String fileKey, String madeFor, int from, int[] ids,
                                               List<String> keys) {
        if (bytes.length < 4) {
            return null;
        }
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        crc.update(bytes, 0, bytes.length - 4);
        if ((int) crc.getValue() != java.nio.ByteBuffer.wrap(bytes, bytes.length - 4, 4).getInt()) {
            return null;
        }
        Decoder in = new Decoder(bytes, bytes.length - 4);
        if (!in.string().equals(POSTINGS_FORMAT) || !in.string().equals(fileKey) || !in.string().equals(madeFor)) {
            return null;
        }
        int kept = in.count();
        int[] changed = new int[kept + ids.length];
        int changes = 0;
        int keptId = -1;
        int now = 0;
        for (int d = 0; d < kept; d++) {
            int gap = in.varint();
            if (gap <= 0) {
                return null;
            }
            keptId += gap;
            String keptKey = in.string();
            while (now < ids.length && ids[now] < keptId) {
                changed[changes++] = ids[now++]; // new since
            }
            if (now < ids.length && ids[now] == keptId) {
                if (!keptKey.equals(keys.get(now))) {
                    changed[changes++] = keptId;
                }
                now++;
            } else {
                changed[changes++] = keptId; // gone since
            }
        }
        while (now < ids.length) {
            changed[changes++] = ids[now++];
        }
        int end = keptId + 1;
        String[] terms = new String[in.count()];
        int[][] pairs = new int[terms.length][];
        int[] counts = new int[terms.length];
        for (int t = 0; t < terms.length; t++) {
            terms[t] = in.string();
            if (t > 0 && terms[t - 1].compareTo(terms[t]) >= 0) {
                return null; // not ascending: the edit's binary searches would miss
            }
            int count = in.count();
            int[] list = new int[count];
            int pair = 0;
            for (int i = 0; i < count; i++) {
                int gap = in.varint();
                if (gap <= 0) {
                    return null;
                }
                pair += gap;
                list[i] = pair;
            }
            if (count == 0 || (list[0] >>> 5) < from || (list[count - 1] >>> 5) >= end) {
                return null;
            }
            for (int i = 0; i < count; i++) {
                if ((list[i] & 0x1F) == 0) { // org.sitegen.search.Fields: one bit at least
                    return null;
                }
            }
            pairs[t] = list;
            counts[t] = count;
        }
        return in.at == in.end
                ? new LastPostings(new SegmentPostings(terms, pairs, counts), java.util.Arrays.copyOf(changed, changes))
                : null;
    }

    /** The kept documents of {@code file} by key; none when it is missing, damaged, of another format or key. */
    static Map<String, AnalysedTerms> read(Path file, String key) throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Map.of();
        }
        try {
            return decode(bytes, key);
        } catch (RuntimeException damaged) { // a length or index past the end
            return Map.of();
        }
    }

    private static Map<String, AnalysedTerms> decode(byte[] bytes, String key) {
        if (bytes.length < 4) {
            return Map.of();
        }
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        crc.update(bytes, 0, bytes.length - 4);
        if ((int) crc.getValue() != java.nio.ByteBuffer.wrap(bytes, bytes.length - 4, 4).getInt()) {
            return Map.of();
        }
        Decoder in = new Decoder(bytes, bytes.length - 4);
        if (!in.string().equals(FORMAT) || !in.string().equals(key)) {
            return Map.of();
        }
        String[] dictionary = new String[in.count()];
        for (int i = 0; i < dictionary.length; i++) {
            dictionary[i] = in.string();
        }
        int docs = in.count();
        Map<String, AnalysedTerms> kept = new HashMap<>(docs * 2);
        for (int d = 0; d < docs; d++) {
            String docKey = in.ascii(KEY_BYTES);
            int size = in.count();
            String[] terms = new String[size];
            int[] fields = new int[size];
            for (int t = 0; t < size; t++) {
                terms[t] = dictionary[in.varint()];
                fields[t] = in.bytes[in.at++];
                if (fields[t] <= 0 || fields[t] > 0x1F) { // org.sitegen.search.Fields: five bits, one at least
                    return Map.of();
                }
            }
            kept.put(docKey, new AnalysedTerms(terms, fields));
        }
        return in.at == in.end ? kept : Map.of();
    }

    /** Reads what {@link Encoder} wrote, checking every length against what is left. */
    private static final class Decoder {
        final byte[] bytes;
        final int end;
        int at;

        Decoder(byte[] bytes, int end) {
            this.bytes = bytes;
            this.end = end;
        }

        int varint() {
            int value = 0;
            for (int shift = 0; shift < 32; shift += 7) {
                if (at >= end) {
                    throw new IndexOutOfBoundsException("truncated");
                }
                byte b = bytes[at++];
                value |= (b & 0x7F) << shift;
                if (b >= 0) {
                    return value;
                }
            }
            throw new IllegalStateException("damaged");
        }

        /** A count of things that each take a byte at least: never more than the bytes left. */
        int count() {
            int count = varint();
            if (count < 0 || count > end - at) {
                throw new IllegalStateException("damaged");
            }
            return count;
        }

        String string() {
            int length = count();
            String text = StateFiles.textOf(bytes, at, length);
            at += length;
            return text;
        }

        String ascii(int length) {
            if (length > end - at) {
                throw new IndexOutOfBoundsException("truncated");
            }
            String text = new String(bytes, at, length, StandardCharsets.ISO_8859_1);
            at += length;
            return text;
        }
    }

    /** A growable byte array, written in place (no lock per byte, as a ByteArrayOutputStream takes). */
    private static final class Bytes {
        byte[] bytes;
        int size;

        Bytes(int capacity) {
            bytes = new byte[capacity];
        }

        void room(int more) {
            if (size + more > bytes.length) {
                bytes = java.util.Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
            }
        }

        void varint(int value) {
            room(5);
            while ((value & ~0x7F) != 0) {
                bytes[size++] = (byte) (value & 0x7F | 0x80);
                value >>>= 7;
            }
            bytes[size++] = (byte) value;
        }

        void string(String text) {
            byte[] utf8 = StateFiles.bytesOf(text);
            varint(utf8.length);
            room(utf8.length);
            System.arraycopy(utf8, 0, bytes, size, utf8.length);
            size += utf8.length;
        }
    }

    /**
     * One segment's file as its documents are made: each term once in a dictionary, each
     * document as its key and the dictionary numbers and field bits of its terms. Bytes go to a
     * plain array (a ByteArrayOutputStream locks for every byte: millions per segment).
     */
    private static final class Encoder {
        /** Each term's dictionary number: an open-addressing table (millions of look-ups a segment, no Integer boxed). */
        private String[] slots = new String[1 << 12];
        private int[] slotNumbers = new int[1 << 12];
        private final List<String> dictionary = new ArrayList<>();
        private byte[] docs;
        private int size;
        private int count;

        Encoder(int docs) {
            this.docs = new byte[docs * 1536 + 64]; // a briefing's ~330 terms take ~1.2 KB: room for most without copying
        }

        void add(String docKey, AnalysedTerms terms) {
            room(KEY_BYTES + 5 + terms.size() * 6);
            for (int i = 0; i < KEY_BYTES; i++) {
                docs[size++] = (byte) docKey.charAt(i);
            }
            varint(terms.size());
            String[] words = terms.terms();
            int[] fields = terms.fields();
            for (int t = 0; t < words.length; t++) {
                varint(number(words[t]));
                docs[size++] = (byte) fields[t];
            }
            count++;
        }

        /** The dictionary number of {@code term}, given the next one if it is new. */
        private int number(String term) {
            int mask = slots.length - 1;
            int i = Integer.rotateLeft(term.hashCode() * 0x9E3779B9, 16) & mask;
            for (String s; (s = slots[i]) != null; i = i + 1 & mask) {
                if (s.equals(term)) {
                    return slotNumbers[i];
                }
            }
            int number = dictionary.size();
            slots[i] = term;
            slotNumbers[i] = number;
            dictionary.add(term);
            if (dictionary.size() * 2 > slots.length) {
                grow();
            }
            return number;
        }

        private void grow() {
            String[] old = slots;
            int[] oldNumbers = slotNumbers;
            slots = new String[old.length * 2];
            slotNumbers = new int[old.length * 2];
            int mask = slots.length - 1;
            for (int j = 0; j < old.length; j++) {
                if (old[j] != null) {
                    int i = Integer.rotateLeft(old[j].hashCode() * 0x9E3779B9, 16) & mask;
                    while (slots[i] != null) {
                        i = i + 1 & mask;
                    }
                    slots[i] = old[j];
                    slotNumbers[i] = oldNumbers[j];
                }
            }
        }

        private void room(int bytes) {
            if (size + bytes > docs.length) {
                docs = java.util.Arrays.copyOf(docs, Math.max(docs.length * 2, size + bytes));
            }
        }

        private void varint(int value) {
            while ((value & ~0x7F) != 0) {
                docs[size++] = (byte) (value & 0x7F | 0x80);
                value >>>= 7;
            }
            docs[size++] = (byte) value;
        }

        StateFiles.Buffer file(String key) {
            StateFiles.Buffer file = new StateFiles.Buffer(size + dictionary.size() * 12 + 256);
            string(file, FORMAT);
            string(file, key);
            varint(file, dictionary.size());
            dictionary.forEach(term -> string(file, term));
            varint(file, count);
            file.write(docs, 0, size);
            return file;
        }

        private static void string(StateFiles.Buffer out, String text) {
            byte[] utf8 = StateFiles.bytesOf(text);
            varint(out, utf8.length);
            out.write(utf8, 0, utf8.length);
        }

        private static void varint(StateFiles.Buffer out, int value) {
            while ((value & ~0x7F) != 0) {
                out.write(value & 0x7F | 0x80);
                value >>>= 7;
            }
            out.write(value);
        }
    }
}
