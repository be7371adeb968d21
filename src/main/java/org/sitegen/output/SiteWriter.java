package org.sitegen.output;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.stream.Stream;

/**
 * Publishes a site atomically: everything is written into a fresh sibling folder, which
 * replaces the output folder only once the whole build succeeded. A failed or killed build
 * leaves the previous site as it was; leftovers of a killed build are cleaned up next time.
 * The output folder carries a marker file, so site-gen never replaces a folder it did not make.
 */
public final class SiteWriter {
    /** Marks a folder as site-gen output, safe to replace. */
    public static final String MARKER = ".site-gen-output";

    private final Path output;
    private final Path staging;
    private final Path previous;

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
        Files.writeString(writer.staging.resolve(MARKER), "Built by site-gen; this folder is replaced by every build.\n");
        return writer;
    }

    /** Writes one file of the new site; {@code relativePath} uses '/' and stays inside the site. */
    public void write(String relativePath, byte[] bytes) throws IOException {
        Path target = resolve(relativePath);
        Files.createDirectories(target.getParent());
        Files.write(target, bytes);
    }

    /** Copies one file into the new site. */
    public void copy(String relativePath, Path source) throws IOException {
        Path target = resolve(relativePath);
        Files.createDirectories(target.getParent());
        Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Replaces the output folder by the new site. */
    public void commit() throws IOException {
        deleteTree(previous);
        if (Files.exists(output)) {
            move(output, previous);
        }
        move(staging, output);
        deleteTree(previous);
    }

    /** Throws the new site away; the output folder is untouched. */
    public void abort() throws IOException {
        deleteTree(staging);
    }

    private Path resolve(String relativePath) throws IOException {
        Path target = staging.resolve(relativePath).normalize();
        if (!target.startsWith(staging) || target.equals(staging)) {
            throw new IOException("refusing to write outside the output folder: " + relativePath);
        }
        return target;
    }

    /** A build killed between the two moves of commit() left the last good site in 'previous'. */
    private void recover() throws IOException {
        if (!Files.exists(output) && Files.isDirectory(previous)) {
            move(previous, output);
        }
        deleteTree(previous);
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

    /** Deletes a folder and everything in it, without following symbolic links. */
    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
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
