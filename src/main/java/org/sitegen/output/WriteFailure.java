package org.sitegen.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;
import org.sitegen.config.IncrementalMode;
import org.sitegen.config.SiteConfig;
import org.sitegen.diag.Diagnostic;
import org.sitegen.diag.SourcePosition;

/**
 * A file-system failure of a build (the output folder or the build cache could not be written: a
 * read-only or immutable folder, a full disk, a file where a folder must go), said as a compiler
 * says it: where ({@code site-output} or the cache's folder), which file and why, what the build
 * left, and what to do. The operating system's own words ("Read-only file system") are kept,
 * since they are what a writer searches for; a bare path was all the build said before.
 */
public final class WriteFailure {
    private WriteFailure() {
    }

    /** What a failed build left behind, which the message says. */
    public enum Outcome {
        /** Failed before the published site was touched. */
        NOTHING_CHANGED,
        /** Failed while moving the new files in: the site holds whole files, some new, some old. */
        PARTLY_PUBLISHED,
        /** The site was published; only what the next build keeps from this one was not written. */
        PUBLISHED_NOT_RECORDED
    }

    /**
     * {@code e} naming {@code file}, the file a write failed on: a full disk fails a write with a
     * bare "No space left on device", which the build's error must place (in the site or the
     * cache). A {@link FileSystemException} names its file already.
     */
    public static IOException naming(IOException e, Path file) {
        if (e instanceof FileSystemException) {
            return e;
        }
        FileSystemException named = new FileSystemException(file.toString(), null, e.getMessage());
        named.initCause(e);
        return named;
    }

    /**
     * The file-system failure that {@code thrown} is or carries (an {@link IOException} thrown
     * by the build's own code, or one a worker thread wrapped on its way out), or null when
     * {@code thrown} is something else (a bug, which keeps its stack trace).
     */
    public static IOException cause(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof IOException io) {
                return io;
            }
            if (!(t instanceof UncheckedIOException || t instanceof IllegalStateException
                    || t instanceof java.util.concurrent.CompletionException
                    || t instanceof java.util.concurrent.ExecutionException) || t.getCause() == t) {
                return null;
            }
        }
        return null;
    }

    /** The error for {@code failure} in a build of {@code config}, which left {@code outcome}. */
    public static Diagnostic of(IOException failure, SiteConfig config, Outcome outcome) {
        Path output = config.outputDir().toAbsolutePath().normalize();
        Path file = failedFile(failure);
        Path cache = cacheFolder(config);
        boolean inCache = file != null && cache != null && file.startsWith(cache);
        String where = inCache ? config.displayPath(cache) : config.displayPath(output);
        String reason = reason(failure);
        String shown = file == null ? null : shownPath(file, output, config);
        if (!inCache && file != null && (file.equals(output.getParent()) || file.equals(SiteWriter.stagingOf(output)))) {
            // the site and its staging folder are made in the output's parent: that is what to fix
            where = config.displayPath(output.getParent());
            shown = null;
        }
        String what = inCache ? "cannot write the build cache" : shown == null && !where.equals(config.displayPath(output))
                ? "cannot make the site's folder " + config.displayPath(output) + " here" : "cannot write the site";
        StringBuilder message = new StringBuilder(what);
        if (shown != null) {
            message.append(" (").append(shown).append(')');
        }
        message.append(": ").append(reason).append("; ");
        message.append(switch (outcome) {
            case NOTHING_CHANGED -> "nothing was changed";
            case PARTLY_PUBLISHED -> "the site was partly updated (every file whole, some still the old ones), "
                    + "and the next build that succeeds completes it";
            case PUBLISHED_NOT_RECORDED -> "the site was published, but this build was not recorded, "
                    + "so the next build renders every page again";
        });
        message.append(": ").append(advice(reason, where, inCache)).append(", then build again");
        return Diagnostic.error(SourcePosition.of(where), message.toString());
    }

    private static String advice(String reason, String where, boolean inCache) {
        String lower = reason.toLowerCase(Locale.ROOT);
        if (lower.contains("no space") || lower.contains("quota")) {
            return "free space on its disk (a build writes its new and changed files beside " + (inCache
                    ? "its cache" : "the site") + " before it publishes them)";
        }
        if (lower.contains("not a directory") || lower.contains("is a directory")) {
            return "remove the file that stands where " + where + " needs a folder" + (inCache ? "" : " (or choose another outputDirectory)");
        }
        if (lower.contains("read-only file system")) {
            return "build on a disk mounted read-write" + (inCache ? " (or delete the build cache: mvn clean)"
                    : ", or choose another outputDirectory");
        }
        return "make " + where + " and its folders writable (chmod u+w; chattr -i where a folder is immutable; "
                + "a read-write mount)"
                + (inCache ? ", or delete the build cache (mvn clean)" : ", or choose another outputDirectory");
    }

    /**
     * The operating system's reason, starting in lower case ("read-only file system"); for the
     * JDK's exceptions that carry none, the kind they name.
     */
    static String reason(IOException failure) {
        String reason = failure instanceof FileSystemException fs ? fs.getReason() : failure.getMessage();
        if (reason == null || reason.isBlank()) {
            if (failure instanceof AccessDeniedException) {
                reason = "permission denied";
            } else if (failure instanceof NoSuchFileException) {
                reason = "a folder on its path is missing";
            } else if (failure instanceof NotDirectoryException) {
                reason = "not a directory";
            } else if (failure instanceof java.nio.file.FileAlreadyExistsException) {
                reason = "something else is already there";
            } else {
                reason = failure.getClass().getSimpleName();
            }
        }
        return reason.isEmpty() ? reason : Character.toLowerCase(reason.charAt(0)) + reason.substring(1);
    }

    private static Path failedFile(IOException failure) {
        if (failure instanceof FileSystemException fs) {
            String named = fs.getOtherFile() != null ? fs.getOtherFile() : fs.getFile();
            if (named != null) {
                return Path.of(named).toAbsolutePath().normalize();
            }
        }
        return null;
    }

    /**
     * The file as the writer knows it: a file of the staging folder beside the site is shown as
     * the site's (the build writes there first), others relative to the project.
     */
    private static String shownPath(Path file, Path output, SiteConfig config) {
        Path staging = SiteWriter.stagingOf(output);
        if (file.startsWith(staging)) {
            return config.displayPath(output.resolve(staging.relativize(file)));
        }
        return config.displayPath(file);
    }

    private static Path cacheFolder(SiteConfig config) {
        if (config.incremental() instanceof IncrementalMode.Recorded recorded) {
            Path state = recorded.stateFile().toAbsolutePath().normalize();
            return state.getParent();
        }
        return null;
    }
}
