package org.sitegen.incremental;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.sitegen.exec.Parallel;

/**
 * What a build left in the output folder, as a digest of every file's and folder's path, size
 * and modification time: a site edited, damaged or added to by hand since has another digest,
 * and the next build does the work again (file systems give a folder a new time when an entry
 * is added to, removed from or renamed in it; an edited file gets one of its own).
 * <p>
 * A build records the paths it wrote beside the build state and looks them up ({@link #check})
 * for the digest; a no-change re-run looks up the same paths again. Listing the site's 17,000
 * folders instead (10,000 briefings) took twice the CPU, on the re-run's two saturated cores.
 * The digest is the entry count and the sum of a 64-bit mix per entry: no sorting, whatever
 * order the entries come in.
 */
final class PublishedSite {
    /** The digest of a site that is not there, or not as recorded. */
    static final String NONE = "none";
    /** How the site's own folder is named among its entries; other folders end with '/' too. */
    static final String ROOT = "./";
    private static final String FORMAT = "site-gen published entries 2";
    /** Entries looked up per task by {@link #check}. */
    private static final int CHECK_SLICE = 512;

    private PublishedSite() {
    }

    /**
     * The digest of {@code site} if it still holds exactly {@code entries} (as its build wrote
     * them: paths relative to it with '/', folders ending with '/', the site itself as {@link
     * #ROOT}), found by looking each up by its path; {@link #NONE} when one is gone or has turned
     * from a file into a folder or back.
     */
    static String check(Path site, List<String> entries, Parallel parallel) throws IOException {
        List<List<String>> slices = new ArrayList<>();
        for (int from = 0; from < entries.size(); from += CHECK_SLICE) {
            slices.add(entries.subList(from, Math.min(entries.size(), from + CHECK_SLICE)));
        }
        List<Long> sums;
        try {
            sums = parallel.map(slices, slice -> sumOf(site, slice));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        long sum = 0;
        for (Long slice : sums) {
            if (slice == null) {
                return NONE;
            }
            sum += slice;
        }
        return digest(entries.size(), sum);
    }

    /** The sum of the slice's mixes, or null when an entry is missing or of the other kind. */
    private static Long sumOf(Path site, List<String> slice) {
        long sum = 0;
        try {
            for (String entry : slice) {
                boolean folder = entry.endsWith("/");
                Path path = entry.equals(ROOT) ? site : site.resolve(folder ? entry.substring(0, entry.length() - 1) : entry);
                BasicFileAttributes attrs = attributes(path);
                if (attrs == null || attrs.isDirectory() != folder) {
                    return null;
                }
                sum += mix(entry, attrs);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sum;
    }

    /** Writes {@code entries} to {@code file}, whole or not at all (any name: a line break in one is kept as it is). */
    static void write(Path file, List<String> entries) throws IOException {
        StateFiles.Buffer bytes = new StateFiles.Buffer(64 + entries.size() * 48);
        DataOutputStream out = new DataOutputStream(bytes);
        StateFiles.writeString(out, FORMAT);
        out.writeInt(entries.size());
        for (String entry : entries) {
            StateFiles.writeString(out, entry);
        }
        out.flush();
        StateFiles.replaceChecked(file, bytes);
    }

    /** The entries {@link #write} recorded in {@code file}, or null when it is missing, damaged or unreadable. */
    static List<String> read(Path file) {
        try {
            StateFiles.Reader in = StateFiles.checked(Files.readAllBytes(file));
            if (in == null || !in.readString().equals(FORMAT)) {
                return null;
            }
            int count = in.readInt();
            if (count < 0 || count > in.available()) {
                return null;
            }
            List<String> entries = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                entries.add(in.readString());
            }
            return in.available() == 0 ? entries : null;
        } catch (IOException | RuntimeException missingOrDamaged) {
            return null;
        }
    }

    /** A path's own attributes (a link is not followed), or null when nothing is there. */
    private static BasicFileAttributes attributes(Path path) throws IOException {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException gone) {
            return null;
        }
    }

    private static String digest(long entries, long sum) {
        return entries + "-" + Long.toHexString(sum);
    }

    /** A 64-bit mix of an entry's path, size and modification time (SplitMix64's finaliser on each step). */
    private static long mix(String entry, BasicFileAttributes attrs) {
        return mixIn(mixIn(entry.hashCode(), attrs.size()), attrs.lastModifiedTime().to(TimeUnit.NANOSECONDS));
    }

    private static long mixIn(long h, long part) {
        long x = (h ^ part) * 0xbf58476d1ce4e5b9L;
        x = (x ^ (x >>> 27)) * 0x94d049bb133111ebL;
        return x ^ (x >>> 31);
    }
}
