package org.sitegen.output;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Publishes a site so that a failed build never touches the previous one. Pages are written
 * into a sibling staging folder, which is published only once the whole build succeeded.
 *
 * <p>The first build (no previous site) stages the whole site and swaps the folder in. Later
 * builds are incremental: a page whose bytes equal the published file is not written at all
 * (its mtime stays, so rsync uploads nothing), only changed pages are staged. On commit a
 * journal listing the complete new site is written into staging first; then stale files are
 * deleted and staged files moved in, one atomic rename each. A build killed during that
 * finishes it next time from the journal (roll forward), so the published site is always
 * either the old one or converges to the new one; an aborted build just drops the staging
 * folder. The output folder carries a marker file, so site-gen never replaces a folder it did
 * not make.
 */
public final class SiteWriter {
    /** Marks a folder as site-gen output, safe to replace. */
    public static final String MARKER = ".site-gen-output";
    /** In staging: every file of the new site, written last; its presence means "roll forward". */
    static final String JOURNAL = ".site-gen-commit";
    private static final byte[] MARKER_TEXT =
            "Built by site-gen; this folder is replaced by every build.\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    private final Path output;
    private final Path staging;
    private final Path previous;
    /** Whether a previous site exists to update file by file (else the staged tree is swapped in whole). */
    private boolean incremental;
    /** Every file of the new site, as '/'-separated paths relative to the site root. */
    private final Set<String> produced = ConcurrentHashMap.newKeySet();

    private SiteWriter(Path output) {
        this.output = output;
        String name = output.getFileName().toString();
        this.staging = output.resolveSibling("." + name + ".staging");
        this.previous = output.resolveSibling("." + name + ".previous");
    }

    /**
     * Prepares to publish into {@code output}.
     *
     * @throws UnsafeOutputException when {@code output} is a non-empty folder site-gen did not create
     */
    public static SiteWriter open(Path output) throws IOException, UnsafeOutputException {
        SiteWriter writer = new SiteWriter(output.toAbsolutePath().normalize());
        writer.recover();
        writer.checkReplaceable();
        deleteTree(writer.staging);
        Files.createDirectories(writer.staging);
        writer.incremental = Files.isRegularFile(writer.output.resolve(MARKER));
        writer.write(MARKER, MARKER_TEXT);
        return writer;
    }

    /** Writes one file of the new site; {@code relativePath} uses '/' and stays inside the site. */
    public void write(String relativePath, byte[] bytes) throws IOException {
        String path = normalize(relativePath);
        if (unchanged(path, bytes)) {
            return;
        }
        Path target = staging.resolve(path);
        createParent(target);
        Files.write(target, bytes);
    }

    /** Copies one file into the new site. */
    public void copy(String relativePath, Path source) throws IOException {
        String path = normalize(relativePath);
        if (incremental) {
            Path published = output.resolve(path);
            if (Files.isRegularFile(published, LinkOption.NOFOLLOW_LINKS)
                    && Files.size(published) == Files.size(source) && Files.mismatch(published, source) == -1) {
                return;
            }
        }
        Path target = staging.resolve(path);
        createParent(target);
        Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Publishes the new site in place of the output folder's content. */
    public void commit() throws IOException {
        if (!incremental) {
            deleteTree(previous);
            if (Files.exists(output)) {
                move(output, previous); // an empty folder (checked at open)
            }
            move(staging, output);
            deleteTree(previous);
            return;
        }
        List<String> lines = new ArrayList<>(produced);
        lines.sort(null);
        Path journal = staging.resolve(JOURNAL);
        Path partial = staging.resolve(JOURNAL + ".partial");
        Files.write(partial, lines);
        move(partial, journal); // from here on the new site is decided
        rollForward();
    }

    /** Throws the new site away; the output folder is untouched. */
    public void abort() throws IOException {
        deleteTree(staging);
    }

    /** Finishes a commit whose journal is in staging: delete what the new site lacks, move staged files in. */
    private void rollForward() throws IOException {
        Set<String> wanted = new HashSet<>(Files.readAllLines(staging.resolve(JOURNAL)));
        deleteStale(wanted);
        Files.delete(staging.resolve(JOURNAL));
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(staging)) {
            walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).forEach(files::add);
        }
        for (Path file : files) {
            Path target = output.resolve(staging.relativize(file));
            createParent(target);
            moveReplacing(file, target);
        }
        deleteTree(staging);
    }

    /** Deletes published files (and then empty folders) that are not part of the new site. */
    private void deleteStale(Set<String> wanted) throws IOException {
        Files.walkFileTree(output, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (!wanted.contains(sitePath(file))) {
                    Files.delete(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                if (exc != null) {
                    throw exc;
                }
                if (!dir.equals(output)) {
                    try {
                        Files.delete(dir);
                    } catch (DirectoryNotEmptyException stillUsed) {
                        // holds files of the new site: keep it
                    }
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private String sitePath(Path file) {
        String relative = output.relativize(file).toString();
        return file.getFileSystem().getSeparator().equals("/") ? relative : relative.replace('\\', '/');
    }

    /** Whether the published site already holds exactly these bytes at {@code path}. */
    private boolean unchanged(String path, byte[] bytes) throws IOException {
        if (!incremental) {
            return false;
        }
        Path published = output.resolve(path);
        try {
            BasicFileAttributes attrs = Files.readAttributes(published, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return attrs.isRegularFile() && attrs.size() == bytes.length
                    && Arrays.equals(Files.readAllBytes(published), bytes);
        } catch (java.nio.file.FileSystemException missingOrNotAFolder) {
            return false;
        }
    }

    /** Checks that the path stays inside the site, records it as produced and returns it normalised. */
    private String normalize(String relativePath) throws IOException {
        Path target = staging.resolve(relativePath).normalize();
        if (!target.startsWith(staging) || target.equals(staging)) {
            throw new IOException("refusing to write outside the output folder: " + relativePath);
        }
        String path = staging.relativize(target).toString().replace(target.getFileSystem().getSeparator(), "/");
        produced.add(path);
        return path;
    }

    private static void createParent(Path target) throws IOException {
        Path parent = target.getParent();
        if (!Files.isDirectory(parent)) {
            Files.createDirectories(parent);
        }
    }

    /** A build killed between the two moves of a whole-site swap left the last good site in 'previous'. */
    private void recover() throws IOException {
        if (!Files.exists(output) && Files.isDirectory(previous)) {
            move(previous, output);
        }
        deleteTree(previous);
        if (Files.isRegularFile(staging.resolve(JOURNAL)) && Files.isDirectory(output)) {
            rollForward(); // a killed incremental commit: the new site was complete, finish publishing it
        }
    }

    private void checkReplaceable() throws IOException, UnsafeOutputException {
        if (!Files.exists(output)) {
            return;
        }
        if (!Files.isDirectory(output)) {
            throw new UnsafeOutputException("it exists and is not a folder; choose another outputDirectory");
        }
        if (Files.exists(output.resolve(MARKER))) {
            return;
        }
        try (Stream<Path> entries = Files.list(output)) {
            if (entries.findAny().isPresent()) {
                throw new UnsafeOutputException("refusing to replace this folder: it is not empty and was not "
                        + "created by site-gen (no " + MARKER
                        + " file); empty it or choose another outputDirectory");
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Replaces one file; readers see the old or the new bytes, never a partial file. */
    private static void moveReplacing(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Deletes a folder and everything in it, without following symbolic links. */
    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                if (exc != null) {
                    throw exc;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** The output setting would destroy something that is not ours. */
    public static final class UnsafeOutputException extends Exception {
        public UnsafeOutputException(String message) {
            super(message);
        }
    }
}
