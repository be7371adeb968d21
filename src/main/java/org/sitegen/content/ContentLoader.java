package org.sitegen.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitegen.config.SiteConfig;
import org.sitegen.diag.Diagnostics;
import org.sitegen.diag.SourcePosition;
import org.sitegen.exec.Parallel;

/**
 * Reads every Markdown file and its front matter (in parallel, results in path order).
 * Files with errors are reported and left out; the build fails later on those errors.
 */
public final class ContentLoader {
    /** What a slug cannot hold: it is one segment of a URL. */
    private static final Pattern PATH_LIKE = Pattern.compile("[/\\\\]|\\.\\.");
    static final Pattern DATE_PREFIX = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})-(.*)$");

    private final SiteConfig config;
    private final SourceReader reader = new SourceReader();
    private final FrontMatterSplitter splitter = new FrontMatterSplitter();
    private final FrontMatterParser parser;
    private final DateParser dates;
    private final Slugs slugs;
    /** Bodies read while loading, kept for {@link #body} (which takes them out) while the budget lasts. */
    private final Map<SourceFile, String> keptBodies = new ConcurrentHashMap<>();
    /** Characters of body the loader may still keep. */
    private final AtomicLong keepBudget;
    private ReadListener whenRead;

    /** A loader that keeps bodies for rendering up to a 32nd of the heap limit in chars (at most a 16th in bytes). */
    public ContentLoader(SiteConfig config, Slugs slugs) {
        this(config, slugs, Runtime.getRuntime().maxMemory() / 32);
    }

    /** @param keepChars how many characters of bodies to keep from loading to rendering; the rest are read again */
    ContentLoader(SiteConfig config, Slugs slugs, long keepChars) {
        this.keepBudget = new AtomicLong(keepChars);
        this.config = config;
        this.slugs = slugs;
        this.dates = new DateParser(config.zone());
        this.parser = new FrontMatterParser(dates, config.taxonomies(), slugs, config.now());
    }

    /** Told of every file loading reads, from the loading threads. */
    @FunctionalInterface
    public interface ReadListener {
        /** @param listed the file's attributes, listed before its bytes were read */
        void read(Path file, BasicFileAttributes listed, byte[] bytes);
    }

    /** Tells {@code listener} (when not null) of every file as loading reads it; returns this loader. */
    public ContentLoader whenRead(ReadListener listener) {
        this.whenRead = listener;
        return this;
    }

    /** Loads the Markdown files among {@code files}, in the same order. */
    public List<SourceDocument> load(List<SourceFile> files, Parallel parallel, Diagnostics diagnostics) {
        List<SourceFile> markdown = files.stream().filter(f -> f.kind().isMarkdown()).toList();
        return parallel.map(markdown, file -> load(file, diagnostics).orElse(null)).stream()
                .filter(Objects::nonNull).toList();
    }

    /**
     * The Markdown body of a loaded document: as loaded when it was kept (each body is kept for
     * one call), else read from its file again. Reading and decoding every file twice is work
     * saved (docs/performance.md, finding 24); keeping every body would not fit the heap of a
     * large archive.
     *
     * @throws IOException when the file can no longer be read or split as it was when loaded
     */
    public String body(SourceDocument document) throws IOException {
        String kept = keptBodies.remove(document.file());
        if (kept != null) {
            return kept;
        }
        try {
            return withoutControlCharacters(splitter.split(reader.decode(Files.readAllBytes(document.file().file())))
                    .body());
        } catch (SourceReader.InvalidEncodingException | FrontMatterSplitter.UnclosedFrontMatterException e) {
            throw new IOException(document.file().displayPath() + " changed while it was being built", e);
        }
    }

    /**
     * Whether a document this loader's settings loaded from the same bytes in an earlier build is
     * what loading them now gives: a date more than a year ahead of the build's "now" is an error
     * unless it is scheduled, so such a document is loaded again (its file says whether it is).
     */
    public boolean stillLoadsAs(SourceDocument earlier) {
        PublishedDate date = earlier.frontMatter().date();
        return date == null || !parser.isFarAhead(date);
    }

    /** Loads one Markdown file; its problems go to {@code diagnostics}. */
    public Optional<SourceDocument> load(SourceFile file, Diagnostics diagnostics) {
        try {
            return read(file, diagnostics);
        } catch (OutOfMemoryError e) {
            throw e; // the whole build's problem, not this file's
        } catch (RuntimeException | Error e) { // a library's StackOverflowError, a bug of ours: this file's error
            diagnostics.error(SourcePosition.of(file.displayPath(), 1, 1),
                    "internal error while reading this file: " + e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    /**
     * Why a listed file could not be read, in words: the exceptions' own messages are only the
     * file's absolute path, which the diagnostic already names.
     */
    static String cannotRead(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "cannot read file: permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "cannot read file: it was deleted while the build ran";
        }
        return "cannot read file: " + e.getMessage();
    }

    private Optional<SourceDocument> read(SourceFile file, Diagnostics diagnostics) {
        byte[] bytes;
        try {
            BasicFileAttributes listed = whenRead == null ? null : file.attributes();
            bytes = Files.readAllBytes(file.file());
            if (whenRead != null) {
                whenRead.read(file.file(), listed, bytes);
            }
        } catch (IOException e) {
            diagnostics.error(SourcePosition.of(file.displayPath()), cannotRead(e));
            return Optional.empty();
        }
        Optional<String> decoded = reader.decode(file, bytes, diagnostics);
        if (decoded.isEmpty()) {
            return Optional.empty();
        }
        String text = decoded.get();
        SplitSource split;
        try {
            split = splitter.split(text);
        } catch (FrontMatterSplitter.UnclosedFrontMatterException e) {
            diagnostics.error(SourcePosition.of(file.displayPath(), 1, 1), e.getMessage());
            return Optional.empty();
        }
        String baseName = baseName(file);
        Matcher prefix = DATE_PREFIX.matcher(baseName);
        Optional<PublishedDate> dateFromName = prefix.matches() ? dates.parse(prefix.group(1)) : Optional.empty();
        boolean isBriefing = file.kind() == SourceFile.Kind.BRIEFING;
        Optional<SourceDocument> document = parser.parse(split, file.displayPath(), dateFromName, isBriefing,
                        diagnostics)
                .map(fm -> new SourceDocument(file, fm, slug(fm, prefix.matches() ? prefix.group(2) : baseName,
                        diagnostics),
                        split.bodyFirstLine()));
        String body = split.body();
        int marks = marks(bytes);
        int control = (marks & CONTROL) == 0 ? -1 : firstControlCharacter(body);
        if (control >= 0) {
            int[] at = lineAndColumn(body, control, split.bodyFirstLine());
            diagnostics.warning(SourcePosition.of(file.displayPath(), at[0], at[1]), String.format(java.util.Locale.ROOT,
                    "the control character U+%04X is not allowed in pages and feeds; it was left out (and any other "
                            + "in this body)", (int) body.charAt(control)));
            body = withoutControlCharacters(body);
        }
        if (document.isPresent() && keepBudget.addAndGet(-body.length()) >= 0) {
            keptBodies.put(file, body);
        }
        if ((marks & PLACEHOLDER_START) != 0 && document.isPresent() && !document.get().frontMatter().draft()) {
            warnOfOutlineText(file, split, diagnostics);
        }
        return document;
    }

    /** {@link #marks}: the file may hold a character {@link #firstControlCharacter} finds. */
    static final int CONTROL = 1;
    /** {@link #marks}: the file may hold {@link BriefingScaffold#PLACEHOLDER}. */
    static final int PLACEHOLDER_START = 2;
    private static final byte[] PLACEHOLDER_HEAD =
            BriefingScaffold.PLACEHOLDER.substring(0, 8).getBytes(StandardCharsets.US_ASCII);

    /**
     * What a file's bytes may hold, in one pass over them, so that the body's text (a string of
     * two bytes a character when it has one curly quote) is searched only when they might:
     * {@link #CONTROL} for a C0 control other than tab, line feed and carriage return, or the
     * UTF-8 of U+FFFE/U+FFFF (a body's text holds such a character only when its file's bytes
     * hold it: the file is strict UTF-8, decoded as it is but for line ends and a byte order
     * mark); {@link #PLACEHOLDER_START} where the placeholder's first characters (ASCII) stand.
     */
    static int marks(byte[] bytes) {
        int marks = 0;
        byte p0 = PLACEHOLDER_HEAD[0];
        int n = bytes.length;
        for (int i = 0; i < n; i++) {
            byte b = bytes[i];
            if (b >= 0x20) {
                if (b == p0 && (marks & PLACEHOLDER_START) == 0 && startsWith(bytes, i, PLACEHOLDER_HEAD)) {
                    marks |= PLACEHOLDER_START;
                }
            } else if (b >= 0) {
                if (b != '\t' && b != '\n' && b != '\r') {
                    marks |= CONTROL;
                }
            } else if (b == (byte) 0xEF && i + 2 < n && bytes[i + 1] == (byte) 0xBF
                    && (bytes[i + 2] == (byte) 0xBE || bytes[i + 2] == (byte) 0xBF)) {
                marks |= CONTROL;
            }
        }
        return marks;
    }

    private static boolean startsWith(byte[] bytes, int at, byte[] head) {
        if (at + head.length > bytes.length) {
            return false;
        }
        for (int i = 1; i < head.length; i++) {
            if (bytes[at + i] != head[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where the body has a character that XML (feeds) and HTML do not allow in text: a C0 control
     * other than tab and line feed (carriage returns are already line feeds), or U+FFFE/U+FFFF;
     * -1 when none. A feed library refuses such a character, and browsers show nothing for it.
     */
    static int firstControlCharacter(String body) {
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c < 0x20 ? c != '\t' && c != '\n' : c >= '\uFFFE') {
                return i;
            }
        }
        return -1;
    }

    static String withoutControlCharacters(String body) {
        int first = firstControlCharacter(body);
        if (first < 0) {
            return body;
        }
        StringBuilder kept = new StringBuilder(body.length()).append(body, 0, first);
        for (int i = first; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c < 0x20 ? c == '\t' || c == '\n' : c < '\uFFFE') {
                kept.append(c);
            }
        }
        return kept.toString();
    }

    /** Line and column (1-based, in characters) of {@code index} in a body that starts at {@code firstLine}. */
    private static int[] lineAndColumn(String body, int index, int firstLine) {
        int line = firstLine;
        int lineStart = 0;
        for (int i = 0; i < index; i++) {
            if (body.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, index - lineStart + 1};
    }

    /**
     * A briefing taken out of draft with site-gen:new's placeholder paragraph still in it would
     * publish that paragraph as its summary, on the home page too.
     */
    private static void warnOfOutlineText(SourceFile file, SplitSource split, Diagnostics diagnostics) {
        int at = split.body().indexOf(BriefingScaffold.PLACEHOLDER);
        if (at >= 0) {
            int line = lineAndColumn(split.body(), at, split.bodyFirstLine())[0];
            diagnostics.warning(SourcePosition.of(file.displayPath(), line, 1), "still holds the placeholder of "
                    + "site-gen:new (\"" + BriefingScaffold.PLACEHOLDER + "\"), which readers would see: write the "
                    + "news there, or keep 'draft: true' until it is written");
        }
    }

    private String slug(FrontMatter frontMatter, String nameWithoutDate, Diagnostics diagnostics) {
        String wanted = frontMatter.slug() != null ? frontMatter.slug() : nameWithoutDate;
        String slug = slugs.slugify(wanted);
        // The title only when the name gives nothing: transliterating every title (ICU) is costly.
        if (slug.isEmpty()) {
            slug = slugs.slugify(frontMatter.title(), "briefing");
        }
        if (frontMatter.slug() != null && PATH_LIKE.matcher(wanted).find()) {
            diagnostics.warning(frontMatter.urlAt(), "'slug' \"" + wanted + "\" holds folder separators or '..', "
                    + "which one URL segment cannot; published as \"" + slug + "\"");
        }
        return slug;
    }

    /** The file name without ".md"; for a bundle's index.md, the folder's name. */
    private static String baseName(SourceFile file) {
        String name = file.fileName().substring(0, file.fileName().length() - 3);
        if (name.equalsIgnoreCase("index") && !file.folder().isEmpty()) {
            String folder = file.folder().substring(0, file.folder().length() - 1);
            return folder.substring(folder.lastIndexOf('/') + 1);
        }
        return name;
    }
}
