package org.sitegen.output;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.sitegen.exec.Background;
import org.sitegen.exec.Parallel;

/**
 * Publishes a site so that a failed or killed build never leaves a half-written file, and a
 * failed build never touches the published site.
 *
 * <p>First build (no published site, or one without the marker file): the whole site is
 * assembled in a sibling staging folder and swapped in with two renames once the whole build
 * succeeded; a build killed between those two renames left the last good site in {@code
 * .NAME.previous}, which the next build puts back before anything else.
 *
 * <p>Every later build patches the published site, in proportion to what changed: a page
 * whose bytes equal the published file is not written at all; a changed or new file is
 * written whole into the staging folder (flat, under a number: no folders are made there),
 * and only once the whole build succeeded is each moved into the site with one atomic rename
 * (same file system: staging is a sibling), new files first, then changed ones, then files the
 * new site no longer has are deleted, and the folders they leave empty. A reader may see a mix of old and new whole files for the moment
 * the moves take, never a partial file; new pages arrive before the pages that link to them.
 * A build killed while moving leaves such a mix, which the next build (which does the work
 * again: its build state was forgotten) brings back to exactly the site it should be, finding
 * stale files by walking the site (a walk started when the writer opens, alongside rendering).
 * Rewriting or re-linking every unchanged file would create and delete as many files as the
 * site has, and that is what disks do slowest (docs/performance.md, findings 1 and 5).
 *
 * <p>The output folder carries a marker file, so site-gen never replaces a folder it did not make.
 *
 * <p>{@link #inPlace} is the preview's variant ({@code site-gen:serve}): changed files are
 * written straight into the folder and files no longer produced are deleted at commit, so a
 * rebuild after one edit touches a handful of files; it is not atomic, which a preview does not
 * need.
 */
public final class SiteWriter {
    /** Marks a folder as site-gen output, safe to replace. */
    public static final String MARKER = ".site-gen-output";
    private static final byte[] MARKER_TEXT =
            "Built by site-gen; this folder is replaced by every build.\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    private final Path output;
    private final Path staging;
    /** Whether {@link #staging} is its own normal form, as {@link #normalize}'s shortcut assumes. */
    private final boolean normalStaging;
    private final Path previous;
    /** Whether a previous site exists whose unchanged files stay as they are (patch or in place). */
    private boolean incremental;
    /** Preview mode: write into the output folder itself. */
    private boolean inPlace;
    /** Patch mode: staging holds only new and changed files, moved into the published site at commit. */
    private boolean patch;
    /** Patch mode: the published site's files when the writer opened (walked alongside rendering). */
    /** The published site's files, listed beside the build (null: listed at open, or no patch). */
    private Background<List<String>> publishedListing;
    private List<String> publishedFiles;
    /** Check mode: paths are checked, nothing is written anywhere. */
    private boolean discard;
    /** Patch mode, after commit: the paths moved in or deleted, and their folders (see {@link #touched}). */
    private java.util.Set<String> touched;
    /** In place: every file of the new site, so commit can delete the others. */
    private final java.util.Set<String> produced = java.util.concurrent.ConcurrentHashMap.newKeySet();
    /** Folders known to exist (see {@link #createParent}). */
    private final java.util.Set<Path> folders = java.util.concurrent.ConcurrentHashMap.newKeySet();
    /** Patch mode: what commit moves in and deletes, once planned. */
    private Patch patchPlan;
    /** Patch mode: each new or changed file's path in the site, and where it waits in staging ({@link #stagedFile}). */
    private final Map<String, Path> stagedFiles = new java.util.concurrent.ConcurrentHashMap<>();
    private final AtomicInteger stagedCount = new AtomicInteger();
    /** Whether {@link #checkPublishable} found every folder commit changes writable. */
    private boolean publishable;
    /** In place: what the previous build produced (null: unknown, so commit walks the folder). */
    private java.util.Set<String> lastProduced;
    /** Files written because they are new or their bytes changed (not those kept as they were). */
    private final AtomicInteger changedPages = new AtomicInteger();
    private final AtomicInteger changedOthers = new AtomicInteger();
    /** Pages (HTML files) kept as published, not rendered again. */
    private final AtomicInteger keptPages = new AtomicInteger();
    /** In place: files of the previous build deleted at commit. */
    private int removed;

    /**
     * What a build changed in the published site, compared with the one before: pages (HTML
     * files) and other files written because they are new or different, and files removed
     * (by previews and patching builds; a first build has no folder to remove from); and pages
     * (HTML files) kept as they were without being rendered again (their inputs unchanged).
     */
    public record Changes(int pages, int otherFiles, int removed, int pagesKept) {
        public static final Changes NONE = new Changes(0, 0, 0, 0);
    }

    /** What this writer changed so far ({@link Changes}). */
    public Changes changes() {
        return new Changes(changedPages.get(), changedOthers.get(), removed, keptPages.get());
    }

    private void changed(String path) {
        (path.endsWith(".html") ? changedPages : changedOthers).incrementAndGet();
    }

    private SiteWriter(Path output) {
        this.output = output;
        String name = output.getFileName().toString();
        this.staging = stagingOf(output);
        this.previous = output.resolveSibling("." + name + ".previous");
        this.normalStaging = staging.equals(staging.normalize());
    }

    /** The staging folder of the site at {@code output}: its sibling ".NAME.staging". */
    static Path stagingOf(Path output) {
        return output.resolveSibling("." + output.getFileName() + ".staging");
    }

    /**
     * Prepares to publish into {@code output}, listing the published site at once.
     *
     * @throws UnsafeOutputException when {@code output} is a non-empty folder site-gen did not create
     */
    public static SiteWriter open(Path output) throws IOException, UnsafeOutputException {
        return open(output, null);
    }

    /**
     * Prepares to publish into {@code output}; the published site (to be patched) is listed on a
     * thread of the build {@code scope} meanwhile (null: at once), which waits for it.
     *
     * @throws UnsafeOutputException when {@code output} is a non-empty folder site-gen did not create
     */
    public static SiteWriter open(Path output, Parallel scope) throws IOException, UnsafeOutputException {
        return open(output, scope, null);
    }

    /**
     * {@link #open(Path, Parallel)} of a site whose files are known to be {@code published} (paths
     * relative to it with '/'; null: unknown, listed): a build whose state says the site is as
     * the last build left it (every entry looked up) need not walk its 17,000 folders again.
     */
    public static SiteWriter open(Path output, Parallel scope, List<String> published)
            throws IOException, UnsafeOutputException {
        SiteWriter writer = new SiteWriter(output.toAbsolutePath().normalize());
        writer.recover();
        writer.checkReplaceable();
        deleteTree(writer.staging);
        Files.createDirectories(writer.staging);
        writer.incremental = Files.isRegularFile(writer.output.resolve(MARKER));
        writer.patch = writer.incremental;
        if (writer.patch) {
            Path site = writer.output;
            if (published != null) {
                writer.publishedFiles = List.copyOf(published);
            } else if (scope != null) {
                writer.publishedListing = scope.background("site-gen-published", () -> filesOf(site));
            } else {
                writer.publishedFiles = filesOf(site);
            }
        }
        writer.write(MARKER, MARKER_TEXT);
        return writer;
    }

    /**
     * Writes straight into {@code output} (created if missing), for previews: no staging, no swap.
     *
     * @throws UnsafeOutputException when {@code output} is a non-empty folder site-gen did not create
     */
    public static SiteWriter inPlace(Path output, java.util.Set<String> lastProduced)
            throws IOException, UnsafeOutputException {
        SiteWriter writer = new SiteWriter(output.toAbsolutePath().normalize());
        writer.lastProduced = lastProduced;
        writer.checkReplaceable();
        writer.inPlace = true;
        writer.incremental = true;
        writer.write(MARKER, MARKER_TEXT);
        return writer;
    }

    /**
     * A writer that checks every path as a build would and writes nothing, for {@code
     * site-gen:check}: a scratch folder would take as much disk as the site, and a check killed
     * by a CI timeout would leave it behind.
     */
    public static SiteWriter discarding() {
        SiteWriter writer = new SiteWriter(Path.of("site-gen-check").toAbsolutePath()); // a name only: never made
        writer.discard = true;
        return writer;
    }

    /** Writes one file of the new site; {@code relativePath} uses '/' and stays inside the site. */
    public void write(String relativePath, byte[] bytes) throws IOException {
        write(relativePath, bytes, bytes.length);
    }

    /** Writes the first {@code length} of {@code bytes} as one file of the new site (see {@link #write(String, byte[])}). */
    public void write(String relativePath, byte[] bytes, int length) throws IOException {
        String path = normalize(relativePath);
        if (discard) {
            return;
        }
        if (inPlace) {
            if (!unchanged(path, bytes, length)) {
                Path target = output.resolve(path);
                createParent(target);
                writeFile(target, bytes, length);
                changed(path);
            }
            return;
        }
        if (unchanged(path, bytes, length)) { // patching: the published file stays as it is
            return;
        }
        writeFile(stagedFile(path), bytes, length);
        changed(path);
    }

    /**
     * Where the new site's file at {@code path} is written until commit: at its path in the
     * staged site, or when patching, flat in the staging folder under a number. A patch that
     * changes every briefing's page would otherwise make (and at its end delete) a folder for
     * each, as many as the published site has, and making and deleting folders is what this
     * kind of disk does slowest (docs/performance.md, twenty-second session).
     */
    private Path stagedFile(String path) throws IOException {
        if (!patch) {
            Path target = staging.resolve(path);
            createParent(target);
            return target;
        }
        Path file = staging.resolve(Integer.toString(stagedCount.incrementAndGet()));
        stagedFiles.put(path, file);
        return file;
    }

    /** In one write call: Files.write hands a stream 8 KB at a time, three system calls for a page. */
    private static void writeFile(Path target, byte[] bytes, int length) throws IOException {
        try (java.io.OutputStream out = Files.newOutputStream(target)) {
            out.write(bytes, 0, length);
        } catch (IOException e) {
            throw WriteFailure.naming(e, target);
        }
    }

    /**
     * Keeps the published file at {@code relativePath} as it is, for a page the caller knows is
     * unchanged without rendering it again.
     *
     * @return false when there is no such file (the caller must write it)
     */
    public boolean keep(String relativePath) throws IOException {
        String path = normalize(relativePath);
        Path published = output.resolve(path);
        boolean kept = !discard && incremental && Files.isRegularFile(published, LinkOption.NOFOLLOW_LINKS);
        if (kept && path.endsWith(".html")) {
            keptPages.incrementAndGet();
        }
        return kept;
    }

    /** Copies one file into the new site. */
    public void copy(String relativePath, Path source) throws IOException {
        String path = normalize(relativePath);
        if (discard) {
            return;
        }
        if (incremental) {
            Path published = output.resolve(path);
            if (Files.isRegularFile(published, LinkOption.NOFOLLOW_LINKS)
                    && Files.size(published) == Files.size(source) && Files.mismatch(published, source) == -1) {
                return;
            }
        }
        Path target;
        if (inPlace) {
            target = output.resolve(path);
            createParent(target);
        } else {
            target = stagedFile(path);
        }
        try {
            Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw WriteFailure.naming(e, target);
        }
        changed(path);
    }

    /** Replaces the output folder by the new site (in place: deletes the files it no longer has). */
    public void commit() throws IOException {
        if (discard) {
            return;
        }
        if (inPlace) {
            deleteUnproduced();
            return;
        }
        checkPublishable();
        if (patch) {
            patchPublished();
            return;
        }
        deleteTree(previous);
        if (Files.exists(output)) {
            move(output, previous);
        }
        move(staging, output); // between these two renames only: the last good site waits in 'previous'
        deleteTree(previous);
    }

    /** Throws the new site away; the output folder is untouched (in place: what was written stays). */
    public void abort() throws IOException {
        // the listing of the published site may still run: it reads only the output folder, and
        // the build scope waits for it before the next build may touch that
        if (!inPlace && !discard) {
            deleteTree(staging);
        }
    }

    /** Patch mode: the staged files in the order they are moved in, and the published files this build did not produce. */
    private record Patch(List<String> staged, List<String> gone) {
    }

    /** Patch mode: what commit moves and deletes (made once; {@link #checkPublishable} needs it first). */
    private Patch patchPlan() throws IOException {
        if (patchPlan != null) {
            return patchPlan;
        }
        checkFilesAreNotFolders();
        List<String> staged = new ArrayList<>(stagedFiles.keySet());
        List<String> published = publishedListing != null ? publishedListing.join() : publishedFiles;
        // which staged paths were published, and which published ones are gone: one pass over the
        // site's files, looked up in the few staged ones and in the produced ones (no set of the site made)
        java.util.Set<String> stagedPaths = new java.util.HashSet<>(staged);
        java.util.Set<String> old = new java.util.HashSet<>();
        List<String> gone = new ArrayList<>();
        for (String path : published) {
            if (stagedPaths.contains(path)) {
                old.add(path);
            }
            if (!produced.contains(path)) {
                gone.add(path);
            }
        }
        staged.sort(java.util.Comparator.comparing((String path) -> old.contains(path)).thenComparing(path -> path));
        patchPlan = new Patch(staged, gone);
        return patchPlan;
    }

    /**
     * Checks, before the published site is touched, that every folder {@link #commit} must change
     * can be changed: the folder of each file it moves in (or, for a new folder, the nearest one
     * that exists, where it is made) and of each file it deletes; the output's own parent when it
     * swaps the whole site in. A read-only or immutable folder (or one on a read-only disk) used to
     * stop the commit at its first such file, after the files before it had moved in. The system's
     * own check (access(2)) is asked, which knows read-only mounts and immutable folders and lets
     * root through where root may write.
     *
     * @throws FileSystemException naming the first folder that cannot be changed
     */
    public void checkPublishable() throws IOException {
        if (discard || inPlace || publishable) {
            return;
        }
        java.util.Set<Path> changed = new java.util.TreeSet<>();
        if (patch) {
            Patch plan = patchPlan();
            for (String path : plan.staged()) {
                Path folder = output.resolve(path).getParent();
                while (!folder.equals(output) && !Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
                    folder = folder.getParent(); // made at commit, in the nearest folder that exists
                }
                changed.add(folder);
            }
            for (String path : plan.gone()) {
                Path file = output.resolve(path.endsWith("/") ? path.substring(0, path.length() - 1) : path);
                changed.add(file.getParent());
            }
        } else {
            changed.add(output.getParent());
        }
        for (Path folder : changed) {
            if (Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS) && !Files.isWritable(folder)) {
                throw new FileSystemException(folder.toString(), null,
                        "the folder cannot be written (no write permission, it is immutable, or its disk is read-only)");
            }
        }
        publishable = true;
    }

    /**
     * Moves the staged (new and changed) files into the published site, each with one rename:
     * new paths first, so a page never links to a file that is not there yet; then deletes the
     * files this build did not produce and the folders that leaves empty.
     */
    private void patchPublished() throws IOException {
        Patch patchPlan = patchPlan();
        List<String> staged = patchPlan.staged();
        List<String> gone = patchPlan.gone();
        java.util.Set<String> moved = new java.util.HashSet<>();
        for (String path : staged) {
            Path target = output.resolve(path);
            clearWay(target);
            move(stagedFiles.get(path), target);
            touch(moved, path);
        }
        java.util.Set<Path> emptied = deepestFirst();
        for (String path : gone) {
            if (path.endsWith("/")) { // a folder without files (see filesOf): gone unless the new site fills it
                emptied.add(output.resolve(path));
                touch(moved, path.substring(0, path.length() - 1)); // its folder's time changes
                continue;
            }
            touch(moved, path);
            Path file = output.resolve(path);
            try {
                if (Files.deleteIfExists(file)) {
                    removed++;
                }
            } catch (FileSystemException folderBecameAFile) { // its folder went when the file took its place
                removed++;
            }
            addFolders(emptied, file);
        }
        deleteEmptyFolders(emptied);
        deleteTree(staging);
        touched = moved;
    }

    /**
     * Fails when the new site has a file where it also has a folder ("x" and "x/index.html"): a
     * site staged whole fails so at the second of them, and a patch, which stages flat, must not
     * publish one over the other instead.
     */
    private void checkFilesAreNotFolders() throws IOException {
        java.util.Set<String> folderNames = new java.util.HashSet<>();
        for (String path : produced) {
            for (int slash = path.lastIndexOf('/'); slash >= 0; slash = path.lastIndexOf('/', slash - 1)) {
                if (!folderNames.add(path.substring(0, slash))) {
                    break;
                }
            }
        }
        for (String path : produced) {
            if (folderNames.contains(path)) {
                throw new FileAlreadyExistsException(output.resolve(path).toString(), null,
                        "the new site has both a file and a folder of this name");
            }
        }
    }

    /** Folders in the order they can be deleted: deepest first. */
    private static java.util.Set<Path> deepestFirst() {
        return new java.util.TreeSet<>(java.util.Comparator.comparing(Path::getNameCount).reversed()
                .thenComparing(Path::toString));
    }

    /** Adds the folders above {@code file}, up to the site's own (excluded). */
    private void addFolders(java.util.Set<Path> folders, Path file) {
        for (Path folder = file.getParent(); !folder.equals(output); folder = folder.getParent()) {
            folders.add(folder);
        }
    }

    /** Deletes those of {@code folders} (from {@link #deepestFirst}) that deleted files left empty. */
    private static void deleteEmptyFolders(java.util.Set<Path> folders) throws IOException {
        for (Path folder : folders) {
            try {
                if (Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) { // not a file that took its place
                    Files.deleteIfExists(folder);
                }
            } catch (java.nio.file.DirectoryNotEmptyException stillUsed) {
                // a folder of the new site too
            }
        }
    }

    /** Adds {@code path} and its folders, named as {@link #entries} names them. */
    private static void touch(java.util.Set<String> touched, String path) {
        touched.add(path);
        for (int slash = path.lastIndexOf('/'); slash >= 0; slash = path.lastIndexOf('/', slash - 1)) {
            if (!touched.add(path.substring(0, slash + 1))) {
                break; // a folder already added has its own folders added too
            }
        }
        touched.add("./");
    }

    /**
     * After a commit that patched the published site: every entry of {@link #entries} whose
     * attributes the commit may have changed (files moved in or deleted, and every folder above
     * them, whose time an entry added or removed changes); null when the commit may have changed
     * every entry (a site written whole) or did not patch.
     */
    public java.util.Set<String> touched() {
        return touched == null ? null : java.util.Collections.unmodifiableSet(touched);
    }

    /**
     * Makes the target's folders in the published site, deleting a file where a folder must be
     * and a folder where the file must be (a page whose URL became a file's, or the reverse).
     */
    private void clearWay(Path target) throws IOException {
        Path parent = target.getParent();
        if (!Files.isDirectory(parent, LinkOption.NOFOLLOW_LINKS)) {
            for (Path folder = parent; !folder.equals(output); folder = folder.getParent()) {
                if (Files.exists(folder, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
                    Files.delete(folder);
                }
            }
            Files.createDirectories(parent);
        }
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            deleteTree(target);
        }
    }

    /**
     * Every file under {@code site} (links and other non-folders too), as paths relative to it
     * with '/'; and every folder below it that holds no file at all, however deep, ending with
     * '/' (made by hand, or left by a tool): no file's deletion would remove it, and a cold build
     * has none.
     */
    private static List<String> filesOf(Path site) throws IOException {
        List<String> files = new ArrayList<>();
        String separator = site.getFileSystem().getSeparator();
        java.util.ArrayDeque<int[]> counts = new java.util.ArrayDeque<>(); // files seen below each open folder
        Files.walkFileTree(site, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attrs) {
                counts.push(new int[1]);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (!attrs.isDirectory()) {
                    files.add(site.relativize(file).toString().replace(separator, "/"));
                    counts.peek()[0]++;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path folder, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                int below = counts.pop()[0];
                if (!counts.isEmpty()) {
                    if (below == 0) {
                        files.add(site.relativize(folder).toString().replace(separator, "/") + "/");
                    } else {
                        counts.peek()[0] += below;
                    }
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return files;
    }

    /**
     * Every folder and file of the new site: paths relative to it with '/', folders ending with
     * '/', the site's own folder as "./". A staged site holds nothing else, so after {@link
     * #commit} this is the published site, as its build state records it. In place, files and
     * folders of earlier builds may remain, so this is staged builds only.
     */
    public List<String> entries() {
        if (inPlace) {
            throw new IllegalStateException("a site written in place may hold more than this build wrote");
        }
        // The folders of the produced files: after commit the site holds nothing else (a staged
        // site's folders are made for its files only), named from the files' paths, not by
        // relativizing the 7,000 folders' Paths made while writing.
        java.util.Set<String> named = new java.util.HashSet<>(folders.size() * 2);
        for (String path : produced) {
            // deepest folder first: one already known has its parents known too
            for (int slash = path.lastIndexOf('/'); slash >= 0; slash = path.lastIndexOf('/', slash - 1)) {
                if (!named.add(path.substring(0, slash + 1))) {
                    break;
                }
            }
        }
        List<String> entries = new ArrayList<>(named.size() + produced.size() + 1);
        if (patch || !folders.isEmpty()) { // a whole site that wrote nothing made no folder of its own
            entries.add("./");
        }
        entries.addAll(named);
        entries.addAll(produced);
        return entries;
    }

    /** Every file this build produced (for the next in-place build). */
    public java.util.Set<String> produced() {
        return java.util.Set.copyOf(produced);
    }

    private void deleteUnproduced() throws IOException {
        List<Path> stale = new ArrayList<>();
        if (lastProduced != null) { // walking a large site costs more than the rest of a small rebuild
            for (String path : lastProduced) {
                if (!produced.contains(path)) {
                    stale.add(output.resolve(path));
                }
            }
        } else {
            try (Stream<Path> walk = Files.walk(output)) {
                walk.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS))
                        .filter(f -> !produced.contains(output.relativize(f).toString().replace('\\', '/')))
                        .forEach(stale::add);
            }
        }
        java.util.Set<Path> emptied = deepestFirst(); // a deleted page's folder goes too, as a cold build has none
        for (Path file : stale) {
            if (Files.deleteIfExists(file)) {
                removed++;
                addFolders(emptied, file);
            }
        }
        deleteEmptyFolders(emptied);
    }

    /** Whether the published site already holds exactly these bytes at {@code path}. */
    private boolean unchanged(String path, byte[] bytes, int length) throws IOException {
        if (!incremental) {
            return false;
        }
        Path published = output.resolve(path);
        try {
            BasicFileAttributes attrs = Files.readAttributes(published, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return attrs.isRegularFile() && attrs.size() == length
                    && sameBytes(Files.readAllBytes(published), bytes, length);
        } catch (java.nio.file.FileSystemException missingOrNotAFolder) {
            return false;
        }
    }

    private static boolean sameBytes(byte[] published, byte[] bytes, int length) {
        return published.length == length && Arrays.equals(published, 0, length, bytes, 0, length);
    }

    /** Checks that the path stays inside the site and returns it normalised. */
    private String normalize(String relativePath) throws IOException {
        if (normalStaging && plain(relativePath)) { // what pages' paths are: already normal, and inside
            produced.add(relativePath);
            return relativePath;
        }
        Path target = staging.resolve(relativePath).normalize();
        if (!target.startsWith(staging) || target.equals(staging)) {
            throw new IOException("refusing to write outside the output folder: " + relativePath);
        }
        String path = staging.relativize(target).toString().replace(target.getFileSystem().getSeparator(), "/");
        produced.add(path);
        return path;
    }

    /**
     * Whether {@code path} is its own normal form below the site on every file system: names of
     * ASCII letters, digits and {@code - _ . ~ % +}, separated by single slashes, none empty
     * or ending with a dot (so not "." or ".."). Anything else is normalised through {@link Path}. Every kept page's paths pass
     * here, and each Path made, normalised and made relative again was garbage.
     */
    static boolean plain(String path) {
        int length = path.length();
        int nameStart = 0;
        for (int i = 0; i <= length; i++) {
            char c = i < length ? path.charAt(i) : '/';
            if (c == '/') {
                int name = i - nameStart;
                if (name == 0 || path.charAt(i - 1) == '.') { // "", ".", ".." (and "x.", which Windows trims)
                    return false;
                }
                nameStart = i + 1;
            } else if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_'
                    || c == '.' || c == '~' || c == '%' || c == '+')) {
                return false;
            }
        }
        return true;
    }

    /**
     * Makes the target's folder unless this writer made or met it before: a page is most often
     * the only file in its folder, and asking the file system first cost a failed stat per page.
     */
    private void createParent(Path target) throws IOException {
        Path parent = target.getParent();
        if (!folders.contains(parent)) {
            makeFolder(parent);
        }
    }

    /**
     * Makes {@code folder}, its unknown parents first, so each new folder is one mkdir (the first
     * page of a new day made Files.createDirectories fail, throw, and probe its way up).
     */
    private void makeFolder(Path folder) throws IOException {
        Path root = inPlace ? output : staging;
        if (folder.equals(root)) {
            Files.createDirectories(folder);
        } else {
            if (!folders.contains(folder.getParent())) {
                makeFolder(folder.getParent());
            }
            try {
                Files.createDirectory(folder);
            } catch (FileAlreadyExistsException e) { // another thread's, or in place a previous build's
                if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
                    throw e;
                }
            }
        }
        folders.add(folder);
    }

    /** A build killed between the two renames of commit() left the last good site in 'previous'. */
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
