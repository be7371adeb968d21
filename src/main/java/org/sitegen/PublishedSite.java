package org.sitegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * What a build left in the output folder, as a digest of every file's and folder's path, size
 * and modification time: a site edited, damaged or added to by hand since has another digest,
 * and the next build does the work again (file systems give a folder a new time when an entry
 * is added to, removed from or renamed in it; an edited file gets one of its own).
 * <p>
 * A build lists its site once at the end ({@link #list}) and records the paths beside the build
 * state; a no-change re-run then only looks up those paths ({@link #check}) instead of listing
 * 17,000 folders again (10,000 briefings: half the CPU, on the re-run's critical two cores). The
 * digest is the entry count and the sum of a 64-bit mix per entry: no sorting, whatever order
 * the folders list in.
 */
final class PublishedSite {
    /** The digest of a site that is not there, or not as recorded. */
    static final String NONE = "none";
    /** How the site's own folder is named among its entries; other folders end with '/' too. */
    static final String ROOT = "./";
    /** Entries looked up per task by {@link #check}. */
    private static final int CHECK_SLICE = 512;

    private PublishedSite() {
    }

    /** A site's entries (paths relative to it, folders ending with '/') and their digest. */
    record Listing(String digest, List<String> entries) {
    }

    /** Lists {@code site} from the file system, its top-level entries on the threads of {@code parallel}. */
    static Listing list(Path site, Parallel parallel) throws IOException {
        BasicFileAttributes root = attributes(site);
        if (root == null || !root.isDirectory()) {
            return new Listing(NONE, List.of());
        }
        List<Path> tops;
        try (Stream<Path> list = Files.list(site)) {
            tops = list.sorted().toList();
        }
        List<Listed> listed;
        try {
            listed = parallel.map(tops, top -> Listed.of(site, top));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        Listed all = new Listed();
        all.add(ROOT, root);
        for (Listed top : listed) {
            all.entries.addAll(top.entries);
            all.sum += top.sum;
        }
        return new Listing(all.digest(), all.entries);
    }

    /**
     * The digest of {@code site} if it still holds exactly {@code entries} (as listed by
     * {@link #list}), found by looking each up by its path; {@link #NONE} when one is gone or
     * has turned from a file into a folder or back.
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

    /** Writes {@code entries} to {@code file}, whole or not at all; false (nothing written) when a name holds a line break. */
    static boolean write(Path file, List<String> entries) throws IOException {
        StringBuilder text = new StringBuilder(entries.size() * 48);
        for (String entry : entries) {
            if (entry.indexOf('\n') >= 0 || entry.indexOf('\r') >= 0) {
                return false;
            }
            text.append(entry).append('\n');
        }
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        Files.writeString(partial, text, StandardCharsets.UTF_8);
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return true;
    }

    /** The entries {@link #write} recorded in {@code file}, or null when it is missing or unreadable. */
    static List<String> read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).lines().toList();
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
    static long mix(String entry, BasicFileAttributes attrs) {
        return mixIn(mixIn(entry.hashCode(), attrs.size()), attrs.lastModifiedTime().to(TimeUnit.NANOSECONDS));
    }

    private static long mixIn(long h, long part) {
        long x = (h ^ part) * 0xbf58476d1ce4e5b9L;
        x = (x ^ (x >>> 27)) * 0x94d049bb133111ebL;
        return x ^ (x >>> 31);
    }

    /** Entries listed under one top-level entry, and the sum of their mixes. */
    private static final class Listed {
        private final List<String> entries = new ArrayList<>();
        private long sum;

        static Listed of(Path site, Path top) {
            Listed listed = new Listed();
            try {
                BasicFileAttributes attrs = Files.readAttributes(top, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                String name = top.getFileName().toString();
                if (!attrs.isDirectory()) {
                    listed.add(name, attrs);
                    return listed;
                }
                listed.add(name + "/", attrs);
                try (DirectoryStream<Path> folder = Files.newDirectoryStream(top)) {
                    if (folder instanceof SecureDirectoryStream<Path> secure) {
                        listed.list(secure, name + "/");
                    } else {
                        listed.walk(site, top);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return listed;
        }

        void add(String entry, BasicFileAttributes attrs) {
            entries.add(entry);
            sum += mix(entry, attrs);
        }

        /**
         * Lists through open folders (Linux): each entry is looked up by its name in its folder,
         * not by its whole path from the root, which spared a fifth of the listing's CPU (the
         * kernel walked every path's seven components, for each of 19,000 files and 17,000 folders).
         */
        private void list(SecureDirectoryStream<Path> folder, String prefix) throws IOException {
            for (Path entry : folder) {
                Path name = entry.getFileName();
                BasicFileAttributes attrs = folder.getFileAttributeView(name, BasicFileAttributeView.class,
                        LinkOption.NOFOLLOW_LINKS).readAttributes();
                if (attrs.isDirectory()) {
                    String path = prefix + name + "/";
                    add(path, attrs);
                    try (SecureDirectoryStream<Path> sub = folder.newDirectoryStream(name, LinkOption.NOFOLLOW_LINKS)) {
                        list(sub, path);
                    }
                } else {
                    add(prefix + name, attrs);
                }
            }
        }

        private void walk(Path site, Path top) throws IOException {
            Files.walkFileTree(top, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (!dir.equals(top)) {
                        add(relative(site, dir) + "/", attrs);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    add(relative(site, file), attrs);
                    return FileVisitResult.CONTINUE;
                }
            });
        }

        private static String relative(Path site, Path path) {
            return site.relativize(path).toString().replace(path.getFileSystem().getSeparator(), "/");
        }

        String digest() {
            return PublishedSite.digest(entries.size(), sum);
        }
    }
}
