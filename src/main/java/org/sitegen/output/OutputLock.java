package org.sitegen.output;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One build at a time into an output folder. A build holds an exclusive lock on the empty file
 * {@code .NAME.lock} beside the folder (NAME the folder's name, like the staging and previous
 * folders beside it) from before it reads its recorded state until it has published. Two builds
 * of one archive started at once (two terminals, a script and a writer) used to race for the
 * staging folder and the state: every published file stayed whole, but either build could fail
 * with a bare file-system error. Now the second is refused at once, before it touches anything.
 * The operating system releases the lock when the process ends, however it ends, so a killed
 * build leaves no stale lock; the file itself stays (deleting it would let a third build lock a
 * new file while the second still waits on the old one).
 */
public final class OutputLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock file of the output folder {@code output}. */
    public static Path fileOf(Path output) {
        Path folder = output.toAbsolutePath().normalize();
        return folder.resolveSibling("." + folder.getFileName() + ".lock");
    }

    /**
     * The lock of {@code output}, or null when another build (of this process or another) holds
     * it. Where the file system cannot lock (or the lock file cannot be made, as beside a read-only
     * output folder, which the build then reports itself), the build goes on unlocked, as before
     * there was a lock.
     */
    public static OutputLock tryTake(Path output) {
        Path file = fileOf(output);
        FileChannel channel;
        try {
            Files.createDirectories(file.getParent());
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            return new OutputLock(null, null);
        }
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                return null;
            }
            return new OutputLock(channel, lock);
        } catch (OverlappingFileLockException e) { // held by another build of this JVM
            close(channel);
            return null;
        } catch (IOException e) {
            close(channel);
            return new OutputLock(null, null);
        }
    }

    private static void close(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing was locked through it
        }
    }

    @Override
    public void close() throws IOException {
        if (channel != null) {
            try {
                lock.release();
            } finally {
                channel.close();
            }
        }
    }
}
