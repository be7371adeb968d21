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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.sitegen.exec.Parallel;

/**
 * What a build left in the output folder, as a digest of every file's and folder's path, size
 * and modification time: a site edited, damaged or added to by hand since has another digest,
 * and the next build does the work again (file systems give a folder a new time when an entry
 * is added to, removed from or renamed in it; an edited file gets one of its own).
 * <p>
 * A build records the paths it wrote beside the build state and looks them up ({@link #check})
 * for the digest; a no-change re-run looks up the same paths again. A build that patched the
 * site looks up again only what it changed ({@link #digestAfter}). Listing the site's 17,000
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
     * What {@link #check} found: the site's digest, and each entry's mix in the order of {@code
     * entries} (null when the digest is {@link #NONE}), so that recording the site a build
     * leaves looks up again only the entries the build changed ({@link #digestAfter}).
     */
    record Checked(String digest, List<String> entries, long[] mixes) {
        /** Each entry's mix, by entry. */
        Map<String, Long> byEntry() {
            Map<String, Long> byEntry = new HashMap<>(entries.size() * 2);
            for (int i = 0; i < entries.size(); i++) {
                byEntry.put(entries.get(i), mixes[i]);
            }
            return byEntry;
        }
    }

    /**
     * The digest of {@code site} if it still holds exactly {@code entries} (as its build wrote
     * them: paths relative to it with '/', folders ending with '/', the site itself as {@link
     * #ROOT}), found by looking each up by its path; {@link #NONE} when one is gone or has turned
     * from a file into a folder or back.
     */
    static Checked check(Path site, List<String> entries, Parallel parallel) throws IOException {
        List<List<String>> slices = new ArrayList<>();
        for (int from = 0; from < entries.size(); from += CHECK_SLICE) {
            slices.add(entries.subList(from, Math.min(entries.size(), from + CHECK_SLICE)));
        }
        List<long[]> sliceMixes;
        try {
            sliceMixes = parallel.map(slices, slice -> mixesOf(site, slice));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        long[] mixes = new long[entries.size()];
        long sum = 0;
        int at = 0;
        for (long[] slice : sliceMixes) {
            if (slice == null) {
                return new Checked(NONE, entries, null);
            }
            for (long mix : slice) {
                sum += mix;
                mixes[at++] = mix;
            }
        }
        return new Checked(digest(entries.size(), sum), entries, mixes);
    }

    /**
     * The digest of {@code site} holding {@code entries} after a build changed it, the published
     * site having been {@code before} when the build started: only entries the build {@code
     * touched} (moved in or deleted, and their folders, which such a move gives a new time) and
     * entries not there before are looked up again; every other entry's mix is the one found
     * then (the second look-up of every entry was most of recording a build). Were an entry left
     * alone changed by someone else meanwhile, the digest recorded is not the site's: the next
     * build then finds it changed, and does all the work, as for any site edited by hand.
     *
     * @param touched null when the build may have changed every entry (a site written whole)
     */
    static String digestAfter(Path site, List<String> entries, Checked before, Set<String> touched, Parallel parallel)
            throws IOException {
        if (before == null || before.mixes() == null || touched == null) {
            return check(site, entries, parallel).digest();
        }
        Map<String, Long> known = before.byEntry();
        List<String> look = new ArrayList<>();
        long sum = 0;
        for (String entry : entries) {
            Long mix = touched.contains(entry) ? null : known.get(entry);
            if (mix == null) {
                look.add(entry);
            } else {
                sum += mix;
            }
        }
        Checked looked = check(site, look, parallel);
        if (looked.mixes() == null) {
            return NONE;
        }
        for (long mix : looked.mixes()) {
            sum += mix;
        }
        return digest(entries.size(), sum);
    }

    /** Each entry's mix, or null when an entry is missing or of the other kind. */
    private static long[] mixesOf(Path site, List<String> slice) {
        long[] mixes = new long[slice.size()];
        try {
            for (int i = 0; i < slice.size(); i++) {
                String entry = slice.get(i);
                boolean folder = entry.endsWith("/");
                Path path = entry.equals(ROOT) ? site : site.resolve(folder ? entry.substring(0, entry.length() - 1) : entry);
                BasicFileAttributes attrs = attributes(path);
                if (attrs == null || attrs.isDirectory() != folder) {
                    return null;
                }
                mixes[i] = mix(entry, attrs);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return mixes;
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
