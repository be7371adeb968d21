package org.sitegen.incremental;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitegen.store.Fingerprint;
import org.sitegen.related.RelatedBriefings;
import org.sitegen.render.RenderMemo;

/**
 * Each published page's fingerprint of what it was rendered from (and of what its model was made
 * from, {@link RenderMemo#sources}), the search index's, and each language part's related lists
 * with the fingerprint of what they were made from ({@link RelatedBriefings.Recorded}), kept
 * on disk between builds (target/site-gen/pages) as a {@link RenderMemo}: a rebuild renders only
 * the pages whose fingerprint changed or whose file is gone. Trusted only for the site the last
 * build left: the file is deleted before a build publishes anything and written again after it
 * succeeded, so a build killed in between leaves none (the next build renders every page); and
 * it starts with the format and the key of settings and engine, and ends with a CRC-32C, so one
 * of another version or damaged is ignored.
 */
final class RecordedPages {
    private static final String FORMAT = "site-gen page fingerprints 11";

    private RecordedPages() {
    }

    /** The memo recorded in {@code file} under {@code key}; an empty one when there is none to trust. */
    static RenderMemo read(Path file, String key, Map<Fingerprint.Identity, String> texts) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            StateFiles.Reader in = StateFiles.checked(bytes);
            if (in == null) {
                return empty(texts);
            }
            if (!StateFiles.hasHeader(in, FORMAT, key)) {
                return empty(texts);
            }
            String searchKey = in.readString();
            int files = in.readInt();
            List<String> searchFiles = new ArrayList<>(files);
            for (int i = 0; i < files; i++) {
                searchFiles.add(in.readString());
            }
            Map<String, String> pages = readMap(in);
            Map<String, String> parts = readMap(in);
            int types = in.readInt();
            Map<String, java.util.Set<String>> reads = new java.util.TreeMap<>();
            for (int i = 0; i < types; i++) {
                String type = in.readString();
                int names = in.readInt();
                java.util.Set<String> read = new java.util.TreeSet<>();
                for (int k = 0; k < names; k++) {
                    read.add(in.readString());
                }
                reads.put(type, read);
            }
            Map<String, String> sources = readMap(in);
            Map<String, RelatedBriefings.Recorded> related = readRelated(in);
            Map<String, java.util.Set<String>> targets = new HashMap<>();
            int folders = in.readInt();
            for (int i = 0; i < folders; i++) {
                String folder = in.readString();
                int count = in.readInt();
                java.util.Set<String> asked = new java.util.HashSet<>(count * 2);
                for (int k = 0; k < count; k++) {
                    asked.add(in.readString());
                }
                targets.put(folder, asked);
            }
            if (in.available() != 0) {
                return empty(texts);
            }
            RenderMemo memo = RenderMemo.fingerprinted(texts, pages, searchKey.isEmpty() ? null : searchKey,
                    searchFiles, parts, reads, sources);
            memo.relatedRecorded(related);
            memo.linkTargetsRecorded(targets);
            return memo;
        } catch (IOException | RuntimeException missingOrDamaged) {
            return empty(texts);
        }
    }

    static RenderMemo empty(Map<Fingerprint.Identity, String> texts) {
        return RenderMemo.fingerprinted(texts, Map.of(), null, List.of(), Map.of(), null);
    }

    private static Map<String, String> readMap(StateFiles.Reader in) throws IOException {
        int count = in.readInt();
        Map<String, String> map = new HashMap<>(count * 2);
        for (int i = 0; i < count; i++) {
            map.put(in.readString(), in.readString());
        }
        return map;
    }

    /** Each language part's related lists (RelatedBriefings.Recorded): its folder, key, and lists of archive positions. */
    private static Map<String, RelatedBriefings.Recorded> readRelated(StateFiles.Reader in) throws IOException {
        int count = in.readInt();
        Map<String, RelatedBriefings.Recorded> related = new HashMap<>();
        for (int i = 0; i < count; i++) {
            String folder = in.readString();
            String key = in.readString();
            int briefings = in.readInt();
            int[][] lists = new int[briefings][];
            for (int b = 0; b < briefings; b++) {
                int[] list = new int[in.readInt()];
                for (int k = 0; k < list.length; k++) {
                    list[k] = in.readInt();
                    if (list[k] < 0 || list[k] >= briefings) {
                        throw new IOException("damaged");
                    }
                }
                lists[b] = list;
            }
            related.put(folder, new RelatedBriefings.Recorded(key, lists));
        }
        return related;
    }

    private static void writeRelated(DataOutputStream out, Map<String, RelatedBriefings.Recorded> related)
            throws IOException {
        String[] folders = related.keySet().toArray(new String[0]);
        java.util.Arrays.sort(folders);
        out.writeInt(folders.length);
        for (String folder : folders) {
            RelatedBriefings.Recorded lists = related.get(folder);
            StateFiles.writeString(out, folder);
            StateFiles.writeString(out, lists.key());
            out.writeInt(lists.positions().length);
            for (int[] list : lists.positions()) {
                out.writeInt(list.length);
                for (int p : list) {
                    out.writeInt(p);
                }
            }
        }
    }

    private static final java.util.Comparator<String> BY_HASH = java.util.Comparator.comparingInt(String::hashCode)
            .thenComparing(java.util.Comparator.naturalOrder());

    private static void writeMap(DataOutputStream out, Map<String, ?> map) throws IOException {
        String[] keys = map.keySet().toArray(new String[0]);
        // the same state, the same bytes: in an order of their own (by hash, which a String keeps,
        // then by text), where URLs' long common beginnings made the alphabetical one costly
        java.util.Arrays.sort(keys, BY_HASH);
        out.writeInt(keys.length);
        for (String key : keys) {
            StateFiles.writeString(out, key);
            StateFiles.writeString(out, (String) map.get(key));
        }
    }

    /** Writes {@code memo} to {@code file}, whole or not at all. */
    static void write(Path file, String key, RenderMemo memo) throws IOException {
        if (memo.reads() == null) { // no page rendered: nothing to trust (the next build renders every page)
            return;
        }
        memo.forgetPartsGone(); // a language gone since the last build
        StateFiles.Buffer bytes = new StateFiles.Buffer(1 << 20);
        DataOutputStream out = new DataOutputStream(bytes);
        StateFiles.writeHeader(out, FORMAT, key);
        Object searchKey = memo.searchKey();
        StateFiles.writeString(out, searchKey == null ? "" : (String) searchKey);
        List<String> files = searchKey == null ? List.of() : memo.searchFiles();
        out.writeInt(files.size());
        for (String f : files) {
            StateFiles.writeString(out, f);
        }
        writeMap(out, memo.pages());
        writeMap(out, memo.parts());
        Map<String, java.util.Set<String>> reads = memo.reads(); // what the page fingerprints cover
        out.writeInt(reads.size());
        for (Map.Entry<String, java.util.Set<String>> type : reads.entrySet()) {
            StateFiles.writeString(out, type.getKey());
            out.writeInt(type.getValue().size());
            for (String name : type.getValue()) {
                StateFiles.writeString(out, name);
            }
        }
        writeMap(out, memo.sources()); // what each page was made from
        writeRelated(out, memo.related());
        // each language part's link targets that could name a content file (SiteRenderer.withMount)
        Map<String, java.util.Set<String>> targets = new java.util.TreeMap<>(memo.linkTargets());
        out.writeInt(targets.size());
        for (Map.Entry<String, java.util.Set<String>> part : targets.entrySet()) {
            StateFiles.writeString(out, part.getKey());
            String[] asked = part.getValue().toArray(new String[0]);
            java.util.Arrays.sort(asked);
            out.writeInt(asked.length);
            for (String target : asked) {
                StateFiles.writeString(out, target);
            }
        }
        out.flush();
        StateFiles.replaceChecked(file, bytes);
    }
}
