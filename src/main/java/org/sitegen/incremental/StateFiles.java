package org.sitegen.incremental;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The build state's files, each replaced whole or not at all: written beside it first, then
 * moved over it, so a build killed while writing one leaves the last one as it was.
 */
final class StateFiles {
    private StateFiles() {
    }

    /** Replaces {@code file} with {@code lines}, UTF-8, one per line. */
    static void replace(Path file, Iterable<? extends CharSequence> lines) throws IOException {
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        Files.write(partial, lines, StandardCharsets.UTF_8);
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** A byte buffer whose bytes are read in place (a body cache file is megabytes: no copies). */
    static final class Buffer extends java.io.ByteArrayOutputStream {
        Buffer(int size) {
            super(size);
        }

        byte[] array() {
            return buf;
        }
    }
}
