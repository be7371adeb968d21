package org.sitegen.incremental;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32C;
import org.sitegen.render.RenderMemo;

/**
 * Each published page's fingerprint of what it was rendered from, and the search index's, kept
 * on disk between builds (target/site-gen/pages) as a {@link RenderMemo}: a rebuild renders only
 * the pages whose fingerprint changed or whose file is gone. Trusted only for the site the last
 * build left: the file is deleted before a build publishes anything and written again after it
 * succeeded, so a build killed in between leaves none (the next build renders every page); and
 * it starts with the format and the key of settings and engine, and ends with a CRC-32C, so one
 * of another version or damaged is ignored.
 */
final class RecordedPages {
    private static final String FORMAT = "site-gen page fingerprints 1";

    private RecordedPages() {
    }

    /** The memo recorded in {@code file} under {@code key}; an empty one when there is none to trust. */
    static RenderMemo read(Path file, String key) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            CRC32C crc = new CRC32C();
            crc.update(bytes, 0, bytes.length - 4);
            if ((int) crc.getValue() != ByteBuffer.wrap(bytes, bytes.length - 4, 4).getInt()) {
                return empty();
            }
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, 0, bytes.length - 4));
            if (!in.readUTF().equals(FORMAT) || !in.readUTF().equals(key)) {
                return empty();
            }
            String searchKey = in.readUTF();
            int files = in.readInt();
            List<String> searchFiles = new ArrayList<>(files);
            for (int i = 0; i < files; i++) {
                searchFiles.add(in.readUTF());
            }
            int count = in.readInt();
            Map<String, String> pages = new HashMap<>(count * 2);
            for (int i = 0; i < count; i++) {
                pages.put(in.readUTF(), in.readUTF());
            }
            if (in.available() != 0) {
                return empty();
            }
            return RenderMemo.fingerprinted(Fingerprints::of, pages, searchKey.isEmpty() ? null : searchKey,
                    searchFiles);
        } catch (IOException | RuntimeException missingOrDamaged) {
            return empty();
        }
    }

    static RenderMemo empty() {
        return RenderMemo.fingerprinted(Fingerprints::of, Map.of(), null, List.of());
    }

    /** Writes {@code memo} to {@code file}, whole or not at all. */
    static void write(Path file, String key, RenderMemo memo) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeUTF(FORMAT);
        out.writeUTF(key);
        Object searchKey = memo.searchKey();
        out.writeUTF(searchKey == null ? "" : (String) searchKey);
        List<String> files = searchKey == null ? List.of() : memo.searchFiles();
        out.writeInt(files.size());
        for (String f : files) {
            out.writeUTF(f);
        }
        Map<String, Object> pages = new java.util.TreeMap<>(memo.pages());
        out.writeInt(pages.size());
        for (Map.Entry<String, Object> page : pages.entrySet()) {
            out.writeUTF(page.getKey());
            out.writeUTF((String) page.getValue());
        }
        out.flush();
        CRC32C crc = new CRC32C();
        crc.update(bytes.toByteArray());
        out.writeInt((int) crc.getValue());
        out.flush();
        Files.createDirectories(file.getParent());
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        Files.write(partial, bytes.toByteArray());
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Fingerprints of page inputs and search documents; none for values the walk does not know. */
    private static final class Fingerprints {
        static String of(Object value) {
            try {
                return Fingerprint.of(value);
            } catch (Fingerprint.Unhashable unknown) {
                return null;
            }
        }
    }
}
