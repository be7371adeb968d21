package org.sitegen.importer;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.sitegen.content.DateParser;
import org.sitegen.content.EntityKeys;
import org.sitegen.content.PublishedDate;
import org.sitegen.content.Slugs;
import org.sitegen.diag.Diagnostics;
import org.sitegen.diag.SourcePosition;
import org.sitegen.init.ArchiveScaffold;
import org.sitegen.init.NewArchive;
import org.sitegen.url.UrlSchemes;

/**
 * {@code site-gen:import}: turns a Jekyll or Hugo archive into a site-gen one. Plans every file
 * first (dates, URLs, where each post goes, the old URLs to keep as aliases), then converts front
 * matter and bodies, then writes {@code content/}, a {@code pom.xml} when there is none, and the
 * report. A file that exists is never overwritten unless asked, so importing twice is safe.
 */
public final class Importer {
    /** The report's file name in the target folder. */
    public static final String REPORT_FILE = "import-report.txt";
    private static final Pattern JEKYLL_POST_NAME = Pattern.compile("^(\\d{4}-\\d{1,2}-\\d{1,2})-(.+)$");
    private static final Pattern DATE_PREFIX = Pattern.compile("^(\\d{4}-\\d{1,2}-\\d{1,2})-(.+)$");
    /** YAML 1.1's timestamp with a time and no offset: Jekyll's loader reads it as UTC. */
    private static final Pattern YAML_TIMESTAMP_LOCAL = Pattern.compile(
            "\\d{4}-\\d{1,2}-\\d{1,2}([Tt]|[ \\t]+)\\d{1,2}:\\d{2}:\\d{2}(\\.\\d*)?");
    /** An offset Ruby's Time.zone_offset does not know (one or three digits): Jekyll drops it. */
    private static final Pattern RUBY_UNKNOWN_OFFSET = Pattern.compile("^(.*\\d)\\s*[+-](\\d|\\d{3})$");
    private static final Pattern WRITTEN_DAY = Pattern.compile(
            "^(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[Tt ](\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?");
    private static final Set<String> MARKDOWN = Set.of("md", "markdown", "mdown", "mkd", "mkdn");
    private static final List<String> HUGO_DATE_KEYS = List.of("date", "publishdate", "pubdate", "published",
            "lastmod", "modified");
    private static final List<String> UPDATED_KEYS = List.of("updated", "lastmod", "last_modified_at", "modified");
    private static final Set<String> RESERVED_PAGES = Set.of("archive", "page", "assets", "search");
    /** Keys site-gen reads with a meaning of its own: another generator's value would be misread. */
    private static final Set<String> SITE_GEN_OWN = Set.of("sources", "corrections", "follows", "scheduled");
    /** Markdown link targets and reference definitions, with Liquid's site.baseurl/site.url in front. */
    private static final String LIQUID_SITE = "((?:\\{\\{-?\\s*site\\.(?:baseurl|url)\\s*-?\\}\\})*)";
    private static final Pattern INLINE_LINK = Pattern.compile("(\\]\\(\\s*<?)" + LIQUID_SITE + "([^)\\s>\"']*)");
    /** A reference definition: the label, the URL, at most a title after it, nothing else on the line. */
    private static final Pattern REFERENCE_LINK = Pattern.compile("(^[ ]{0,3}\\[[^\\]\\n]+\\]:[ \\t]*<?)" + LIQUID_SITE
            + "([^)\\s>\"']*)(?=>?[ \\t]*(?:\"[^\"\\n]*\"|'[^'\\n]*'|\\([^)\\n]*\\))?[ \\t]*$)", Pattern.MULTILINE);
    /** Control characters but tab and line breaks: invisible, and not allowed in the site's XML feeds. */
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");

    private final Slugs slugs = new Slugs();
    /** Hugo's files in content/ outside page bundles (images of a section): copied to the same path. */
    private final List<Path> sectionFiles = new ArrayList<>();

    /** What to import, from where, into where. */
    public record Options(Path source, Optional<SourceKind> kind, Path target, boolean overwrite,
                          ArchiveScaffold.Plugin plugin) {
    }

    /** What an import did. */
    public record Result(SourceKind kind, SourceConfig config, List<Item> items, List<String> written,
                         List<String> refused, ImportReport report, String reportText) {
        public long posts() {
            return items.stream().filter(i -> !i.page).count();
        }

        public long pages() {
            return items.stream().filter(i -> i.page).count();
        }
    }

    /** One imported file: where it came from, where it goes, the URLs it answers. */
    public static final class Item {
        final String sourcePath;
        final Path file;
        final SourceFrontMatter frontMatter;
        final List<Path> resources = new ArrayList<>();
        boolean page;
        boolean draft;
        String name;
        String title;
        String dateText;
        boolean writeDate;
        PublishedDate date;
        LocalDateTime oldUrlTime;
        String slug;
        boolean writeSlug;
        String destPath;
        String url;
        final List<String> oldUrls = new ArrayList<>();
        final List<String> aliases = new ArrayList<>();
        List<String> taxonomies = new ArrayList<>();
        String text;
        final Map<String, Integer> literals = new TreeMap<>();

        Item(String sourcePath, Path file, SourceFrontMatter frontMatter) {
            this.sourcePath = sourcePath;
            this.file = file;
            this.frontMatter = frontMatter;
        }

        /** The source file, relative to the source folder. */
        public String sourcePath() {
            return sourcePath;
        }

        /** The imported file, relative to the target's content folder. */
        public String destPath() {
            return destPath;
        }

        /** The site-gen URL of the imported file. */
        public String url() {
            return url;
        }

        /** The URLs the source generator gave this file. */
        public List<String> oldUrls() {
            return List.copyOf(oldUrls);
        }

        /** The old URLs written as 'aliases'. */
        public List<String> aliases() {
            return List.copyOf(aliases);
        }

        public boolean isPage() {
            return page;
        }

        public boolean isDraft() {
            return draft;
        }

        /** How many times each of {% and {{ stands in text kept as written ({% raw %}, commented-out shortcodes). */
        public Map<String, Integer> literalsKept() {
            return Map.copyOf(literals);
        }

        /** The imported file's text. */
        public String text() {
            return text;
        }
    }

    /** Plans, converts and writes; problems go to {@code diagnostics} and the report. */
    public Result run(Options options, Diagnostics diagnostics) throws IOException {
        Result planned = convert(options, diagnostics);
        List<String> written = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        Map<String, byte[]> files = new LinkedHashMap<>();
        Map<String, Path> copies = new LinkedHashMap<>();
        for (Item item : planned.items()) {
            files.put("content/" + item.destPath, item.text.getBytes(StandardCharsets.UTF_8));
            String folder = item.destPath.substring(0, item.destPath.lastIndexOf('/') + 1);
            Path bundle = item.file.getParent();
            for (Path resource : item.resources) {
                copies.put("content/" + folder + slash(bundle.relativize(resource)), resource);
            }
        }
        Path content = options.source().resolve(planned.config().contentDir());
        for (Path file : sectionFiles) {
            copies.put("content/" + slash(content.relativize(file)), file);
        }
        Path target = options.target();
        if (!Files.exists(target.resolve("pom.xml"), LinkOption.NOFOLLOW_LINKS)) {
            files.put("pom.xml", pom(planned, options.plugin()).getBytes(StandardCharsets.UTF_8));
        }
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            write(target, file.getKey(), file.getValue(), null, options.overwrite(), written, refused);
        }
        for (Map.Entry<String, Path> copy : copies.entrySet()) {
            write(target, copy.getKey(), null, copy.getValue(), options.overwrite(), written, refused);
        }
        ImportReport report = planned.report();
        for (String path : refused) {
            report.warning(SourcePosition.of(path), "exists already: not overwritten (-Dsite-gen.overwrite=true overwrites it)");
        }
        String text = report.text(heading(planned));
        Files.writeString(target.resolve(REPORT_FILE), text, StandardCharsets.UTF_8);
        return new Result(planned.kind(), planned.config(), planned.items(), written, refused, report, text);
    }

    private static void write(Path target, String path, byte[] bytes, Path copyOf, boolean overwrite,
                              List<String> written, List<String> refused) throws IOException {
        Path file = target.resolve(path);
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !overwrite) {
            refused.add(path);
            return;
        }
        Files.createDirectories(file.getParent());
        byte[] content = bytes != null ? bytes : Files.readAllBytes(copyOf);
        if (Files.isSymbolicLink(file)) {
            Files.delete(file); // replaced, never written through
        }
        Files.write(file, content, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE);
        written.add(path);
    }

    static String heading(Result result) {
        return "site-gen import report: " + result.kind().label() + " archive (" + result.config().file() + "), "
                + result.posts() + " posts, " + result.pages() + " pages";
    }

    /** The archive's pom.xml, by {@link ArchiveScaffold}'s writer, with the source's settings. */
    private String pom(Result result, ArchiveScaffold.Plugin plugin) {
        SourceConfig config = result.config();
        String title = config.title().isEmpty() ? "Imported archive" : config.title();
        NewArchive archive = new NewArchive(title, config.siteUrl(), config.description(), "",
                config.zoneSet() ? config.zone().getId() : "");
        try {
            return new ArchiveScaffold(plugin, slugs).pom(archive, taxonomies(result));
        } catch (IllegalArgumentException e) {
            result.report().warning(SourcePosition.of(config.file()), e.getMessage()
                    + ": the pom.xml names the site \"Imported archive\" with no address; set them by hand");
            return new ArchiveScaffold(plugin, slugs).pom(NewArchive.titled("Imported archive"), taxonomies(result));
        }
    }

    /** The taxonomies the imported files use, tags first. */
    static List<String> taxonomies(Result result) {
        Set<String> used = new java.util.TreeSet<>();
        for (Item item : result.items()) {
            used.addAll(item.taxonomies);
        }
        List<String> ordered = new ArrayList<>();
        if (used.remove("tags") || used.isEmpty()) {
            ordered.add("tags");
        }
        ordered.addAll(used);
        return ordered;
    }

    /** Plans and converts without writing anything. */
    public Result convert(Options options, Diagnostics diagnostics) throws IOException {
        Path source = options.source();
        SourceKind kind = options.kind().or(() -> SourceKind.detect(source)).orElseThrow(() -> new IOException(
                source + " is neither a Jekyll archive (_config.yml and _posts/) nor a Hugo one (hugo.toml or "
                        + "config.toml/.yaml and content/): name its kind with -Dsite-gen.sourceKind=jekyll or hugo"));
        SourceConfig config = SourceConfig.read(kind, source);
        ImportReport report = new ImportReport(diagnostics);
        if (!config.zoneSet()) {
            report.converted(SourcePosition.of(config.file()), "no time zone set: dates without an offset are read "
                    + "in UTC, as " + (kind == SourceKind.JEKYLL ? "Jekyll does on a machine in UTC" : "Hugo does"));
        }
        DateParser dates = new DateParser(config.zone());
        List<Item> items = kind == SourceKind.JEKYLL ? jekyllItems(source, config, report)
                : hugoItems(source, config, report);
        for (Item item : items) {
            plan(kind, config, dates, item, report);
        }
        assignUrls(items, report);
        Map<String, Item> byOldUrl = new HashMap<>();
        Map<String, Item> bySource = new HashMap<>();
        for (Item item : items) {
            item.oldUrls.forEach(url -> byOldUrl.putIfAbsent(url, item));
            bySource.put(item.sourcePath, item);
        }
        for (Item item : items) {
            item.text = text(kind, source, config, item, byOldUrl, bySource, report);
            report.converted(SourcePosition.of(item.sourcePath), "imported as content/" + item.destPath + " ("
                    + (item.draft ? "draft, " : "") + item.url + (item.aliases.isEmpty() ? "" : ", old URL "
                    + String.join(", ", item.aliases) + " kept as an alias") + ")");
        }
        Result result = new Result(kind, config, items, List.of(), List.of(), report, "");
        return result;
    }

    // ---- collecting the files --------------------------------------------------------------

    private List<Item> jekyllItems(Path source, SourceConfig config, ImportReport report) throws IOException {
        List<Item> items = new ArrayList<>();
        Path posts = source.resolve("_posts");
        for (Path file : listFiles(posts, source, report)) {
            String path = slash(source.relativize(file));
            String name = file.getFileName().toString();
            if (!MARKDOWN.contains(extension(name))) {
                report.warning(SourcePosition.of(path), "not imported: only Markdown posts are (convert it by hand)");
                continue;
            }
            if (!JEKYLL_POST_NAME.matcher(baseName(name)).matches()) {
                report.warning(SourcePosition.of(path), "not imported: Jekyll publishes only posts named "
                        + "YYYY-MM-DD-title.md, and so is this file not published");
                continue;
            }
            read(source, file, report).ifPresent(items::add);
        }
        if (Files.isDirectory(source.resolve("_drafts"))) {
            report.warning(SourcePosition.of("_drafts"), "not imported: Jekyll does not publish drafts; "
                    + "move the ones you want into content/ as briefings with 'draft: true'");
        }
        return items;
    }

    private List<Item> hugoItems(Path source, SourceConfig config, ImportReport report) throws IOException {
        List<Item> items = new ArrayList<>();
        Path content = source.resolve(config.contentDir());
        List<Path> files = listFiles(content, source, report);
        Set<Path> bundles = new LinkedHashSet<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (MARKDOWN.contains(extension(name)) && baseName(name).equals("index")) {
                bundles.add(file.getParent());
            }
        }
        Map<Path, Item> bundleItems = new HashMap<>();
        sectionFiles.clear();
        for (Path file : files) {
            String path = slash(source.relativize(file));
            String name = file.getFileName().toString();
            if (MARKDOWN.contains(extension(name))) {
                if (config.ignores(slash(content.relativize(file)))) {
                    report.converted(SourcePosition.of(path), "not imported: Hugo ignores it too (ignoreFiles)");
                    continue;
                }
                Optional<Item> item = read(source, file, report);
                item.ifPresent(items::add);
                if (baseName(name).equals("index")) {
                    item.ifPresent(i -> bundleItems.put(file.getParent(), i));
                }
                continue;
            }
            Path bundle = bundleOf(file, bundles);
            String inContent = slash(content.relativize(file));
            if (config.ignores(inContent)) {
                report.converted(SourcePosition.of(path), "not imported: Hugo ignores it too (ignoreFiles)");
            } else if (bundle == null) {
                sectionFiles.add(file);
                report.converted(SourcePosition.of(path), "copied to content/" + inContent + ", published at /"
                        + inContent + " as Hugo publishes it");
            }
        }
        for (Path file : files) {
            Path bundle = bundleOf(file, bundles);
            if (bundle != null && !MARKDOWN.contains(extension(file.getFileName().toString())) && bundleItems.containsKey(bundle)) {
                bundleItems.get(bundle).resources.add(file);
            }
        }
        return items;
    }

    private static Path bundleOf(Path file, Set<Path> bundles) {
        for (Path dir = file.getParent(); dir != null; dir = dir.getParent()) {
            if (bundles.contains(dir)) {
                return dir;
            }
        }
        return null;
    }

    private Optional<Item> read(Path source, Path file, ImportReport report) throws IOException {
        String path = slash(source.relativize(file));
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            report.error(SourcePosition.of(path), "not imported: not UTF-8 text");
            return Optional.empty();
        }
        try {
            SourceFrontMatter frontMatter = SourceFrontMatter.read(text);
            for (SourceFrontMatter.Duplicate duplicate : frontMatter.duplicates()) {
                report.warning(SourcePosition.of(path, duplicate.keptLine(), 1), "'" + duplicate.key()
                        + "' is given twice (also on line " + duplicate.droppedLine() + "): the last value is kept, "
                        + "as Jekyll and Hugo keep it; the one on line " + duplicate.droppedLine() + " is dropped");
            }
            if (!frontMatter.format().equals("yaml") && !frontMatter.format().equals("none")) {
                report.converted(SourcePosition.of(path, 1, 1), frontMatter.format().toUpperCase(Locale.ROOT)
                        + " front matter into YAML");
            }
            return Optional.of(new Item(path, file, frontMatter));
        } catch (SourceFrontMatter.Unreadable e) {
            report.error(SourcePosition.of(path, e.line, 0), "not imported: " + e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * The files below {@code folder}, in path order; hidden ones left out, as the generators leave
     * them out. Symbolic links are not followed (one could lead to any file of the machine): each
     * is reported.
     */
    private static List<Path> listFiles(Path folder, Path source, ImportReport report) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> {
                        if (Files.isSymbolicLink(p)) {
                            report.warning(SourcePosition.of(slash(source.relativize(p))), "not imported: a symbolic "
                                    + "link (not followed); copy what it points to if it belongs to the archive");
                            return false;
                        }
                        return Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS);
                    })
                    .filter(p -> folder.relativize(p).toString().chars().noneMatch(c -> c == 0)
                            && Stream.of(folder.relativize(p).toString().split("[/\\\\]")).noneMatch(n -> n.startsWith(".")))
                    .sorted(java.util.Comparator.comparing(p -> slash(folder.relativize(p)))).toList();
        }
    }

    // ---- planning: dates, names, old URLs --------------------------------------------------------------

    private void plan(SourceKind kind, SourceConfig config, DateParser dates, Item item, ImportReport report) {
        SourceFrontMatter fm = item.frontMatter;
        String fileName = item.file.getFileName().toString();
        String base = baseName(fileName);
        boolean isIndex = base.equals("index") || base.equals("_index");
        String named = isIndex ? item.file.getParent().getFileName().toString() : base;
        Matcher prefix = DATE_PREFIX.matcher(named);
        item.name = prefix.matches() ? prefix.group(2) : named;
        item.title = text(field(kind, fm, "title"));
        item.draft = isTrue(field(kind, fm, "draft")) || "false".equalsIgnoreCase(text(field(kind, fm, "published")));
        String slugValue = text(field(kind, fm, "slug"));
        List<String> folders = folders(kind, config, item);
        // the date, as the source generator reads it
        String dateKey = null;
        if (kind == SourceKind.JEKYLL) {
            if (fm.fields().containsKey("date")) {
                dateKey = "date";
                item.dateText = text(fm.value("date"));
                item.writeDate = true;
            } else {
                item.dateText = JEKYLL_POST_NAME.matcher(base).replaceFirst("$1");
            }
        } else {
            for (String key : HUGO_DATE_KEYS) {
                String value = text(field(kind, fm, key));
                if (value != null && !value.isBlank()) {
                    dateKey = key;
                    item.dateText = value;
                    item.writeDate = true;
                    break;
                }
            }
        }
        item.page = kind == SourceKind.HUGO && (base.equals("_index") || folders.isEmpty() || item.dateText == null);
        if (item.page) {
            planPage(kind, config, item, folders, slugValue, report);
            return;
        }
        SourcePosition dateAt = dateKey == null ? SourcePosition.of(item.sourcePath)
                : SourcePosition.of(item.sourcePath, lineOf(kind, fm, dateKey), 0);
        if (kind == SourceKind.JEKYLL && dateKey != null && !fieldOf(kind, fm, "date").quoted()
                && YAML_TIMESTAMP_LOCAL.matcher(item.dateText).matches() && !config.zone().equals(ZoneOffset.UTC)) {
            item.dateText = item.dateText + " +00:00";
            report.converted(dateAt, "'date' without an offset is UTC to Jekyll's YAML loader: written with +00:00");
        }
        try {
            DateParser.Reading reading = dates.read(item.dateText);
            item.date = reading.date();
        } catch (DateParser.NotADate e) {
            report.error(dateAt, "'" + (dateKey == null ? "date" : dateKey) + "' is not a date site-gen reads: \""
                    + item.dateText + "\"" + (e.getMessage() == null ? "" : "; " + e.getMessage()) + "; fix it in the imported file");
            item.date = new PublishedDate(java.time.ZonedDateTime.of(1, 1, 1, 0, 0, 0, 0, config.zone()), false);
        }
        if (dateKey != null && !dateKey.equals("date")) {
            report.converted(dateAt, "'" + dateKey + "' is the date Hugo gives this post: written as 'date'");
        }
        item.oldUrlTime = oldUrlTime(kind, item, fieldOf(kind, fm, "date"), dates, report, dateAt);
        // the name and slug site-gen gives it
        String wanted = slugValue != null && !slugValue.isBlank() ? slugValue : item.name;
        item.slug = slugs.slugify(wanted);
        if (item.slug.isEmpty()) {
            item.slug = slugs.slugify(item.title == null ? "" : item.title, "briefing");
        }
        item.writeSlug = slugValue != null && !slugValue.isBlank();
        if (item.writeSlug && !item.slug.equals(slugValue)) {
            report.converted(SourcePosition.of(item.sourcePath, lineOf(kind, fm, "slug"), 0), "'slug' \"" + slugValue
                    + "\" written as \"" + item.slug + "\" (one URL segment of lowercase letters, digits and '-')");
        }
        java.time.LocalDate day = item.date.at().toLocalDate();
        // a page bundle stays one: its files beside its index.md, so its relative links keep working
        item.destPath = String.format(item.resources.isEmpty() ? "%04d/%s-%s.md" : "%04d/%s-%s/index.md", day.getYear(),
                day, fileNameOf(item.name));
        // the URLs it had
        String own = text(field(kind, fm, kind == SourceKind.JEKYLL ? "permalink" : "url"));
        if (kind == SourceKind.JEKYLL) {
            String title = slugValue != null && !slugValue.isBlank() ? slugValue : item.name;
            item.oldUrls.add(OldUrls.jekyll(config.permalink(), own, item.oldUrlTime, title,
                    stringList(kind, fm, "categories", "category", true)));
        } else if (own != null && !own.isBlank()) {
            item.oldUrls.add(own.startsWith("/") ? own : "/" + own);
        } else {
            String section = folders.isEmpty() ? "" : folders.get(0);
            String pattern = config.permalinks().get(section);
            item.oldUrls.add(OldUrls.hugo(pattern, folders, named, slugValue, item.title, item.oldUrlTime));
        }
        sourceAliases(kind, item, report);
    }

    private void planPage(SourceKind kind, SourceConfig config, Item item, List<String> folders, String slugValue,
                          ImportReport report) {
        String base = baseName(item.file.getFileName().toString());
        String pageName = base.equals("_index") ? (folders.isEmpty() ? "home" : folders.get(folders.size() - 1))
                : base.equals("index") ? item.file.getParent().getFileName().toString() : base;
        String wanted = slugValue != null && !slugValue.isBlank() ? slugValue : pageName;
        item.slug = slugs.slugify(wanted, "page");
        if (RESERVED_PAGES.contains(item.slug) || item.slug.matches("\\d{4}")
                || List.of("tags", "categories").contains(item.slug) || config.taxonomies().contains(item.slug)) {
            report.warning(SourcePosition.of(item.sourcePath), "a page at /" + item.slug + "/ would hide one site-gen "
                    + "makes: published at /" + item.slug + "-page/ instead");
            item.slug = item.slug + "-page";
        }
        item.writeSlug = slugValue != null && !slugValue.isBlank();
        if (item.title == null || item.title.isBlank()) {
            item.title = pageName.substring(0, 1).toUpperCase(Locale.ROOT) + pageName.substring(1);
            report.converted(SourcePosition.of(item.sourcePath), "no 'title': titled \"" + item.title
                    + "\" after its folder or file");
        }
        item.destPath = "pages/" + item.slug + ".md";
        String own = text(field(kind, item.frontMatter, "url"));
        String old;
        if (own != null && !own.isBlank()) {
            old = own.startsWith("/") ? own : "/" + own;
        } else if (base.equals("_index") || base.equals("index")) {
            List<String> path = base.equals("index") ? folders : folders;
            old = ("/" + String.join("/", path) + "/").replaceAll("/{2,}", "/").toLowerCase(Locale.ROOT);
        } else {
            old = OldUrls.hugo(null, folders, base, slugValue, item.title, LocalDateTime.of(1, 1, 1, 0, 0));
        }
        item.oldUrls.add(old);
        if (base.equals("_index")) {
            report.converted(SourcePosition.of(item.sourcePath), "a section's list page ("
                    + old + ") into the standalone page " + "content/" + item.destPath + " (site-gen lists posts by date, "
                    + "tag and search, not by folder)");
        }
        sourceAliases(kind, item, report);
    }

    /** Hugo's 'aliases' and jekyll-redirect-from's 'redirect_from': URLs the post answers too. */
    private static void sourceAliases(SourceKind kind, Item item, ImportReport report) {
        for (String key : List.of("aliases", "redirect_from")) {
            for (String alias : stringList(kind, item.frontMatter, key, null, false)) {
                boolean web = UrlSchemes.isWeb(alias);
                String url = alias.startsWith("/") || web ? alias : "/" + alias;
                if (web) {
                    url = java.net.URI.create(url.replace(" ", "%20")).getPath();
                }
                item.oldUrls.add(url);
            }
        }
    }

    /** The folders of a Hugo file below the content folder (a bundle's own folder left out). */
    private static List<String> folders(SourceKind kind, SourceConfig config, Item item) {
        if (kind == SourceKind.JEKYLL) {
            return List.of();
        }
        List<String> parts = new ArrayList<>(List.of(item.sourcePath.split("/")));
        parts.remove(0); // the content folder
        parts.remove(parts.size() - 1); // the file
        String base = baseName(item.file.getFileName().toString());
        if (base.equals("index") && !parts.isEmpty()) {
            parts.remove(parts.size() - 1);
        }
        return parts;
    }

    /** The time the source generator took the URL's date from. */
    private static LocalDateTime oldUrlTime(SourceKind kind, Item item, SourceFrontMatter.Field dateField,
                                            DateParser dates, ImportReport report, SourcePosition at) {
        LocalDateTime siteGen = item.date.at().toLocalDateTime();
        if (kind == SourceKind.HUGO) {
            // Hugo keeps the offset written and takes the URL's day from it
            Matcher m = WRITTEN_DAY.matcher(item.dateText.strip());
            if (m.find()) {
                try {
                    return LocalDateTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                            Integer.parseInt(m.group(3)), m.group(4) == null ? 0 : Integer.parseInt(m.group(4)),
                            m.group(5) == null ? 0 : Integer.parseInt(m.group(5)));
                } catch (java.time.DateTimeException e) {
                    return siteGen;
                }
            }
            return siteGen;
        }
        if (dateField != null && dateField.quoted()) {
            Matcher m = RUBY_UNKNOWN_OFFSET.matcher(item.dateText.strip());
            if (m.matches()) {
                Optional<PublishedDate> jekyll = dates.parse(m.group(1));
                if (jekyll.isPresent()) {
                    report.warning(at, "Jekyll drops the offset of \"" + item.dateText + "\" and reads "
                            + jekyll.get().at().toLocalDateTime() + " local time; site-gen reads the offset as written"
                            + " (docs/dates.md): check the date");
                    return jekyll.get().at().toLocalDateTime();
                }
            }
        }
        return siteGen;
    }

    /** site-gen URLs, made unique; then aliases for the old URLs that differ, each claimed once. */
    private static void assignUrls(List<Item> items, ImportReport report) {
        Map<String, Item> taken = new HashMap<>();
        Map<String, Item> paths = new HashMap<>();
        for (Item item : items) {
            String url = urlOf(item);
            String destPath = item.destPath;
            for (int n = 2; taken.containsKey(url.toLowerCase(Locale.ROOT))
                    || paths.containsKey(destPath.toLowerCase(Locale.ROOT)); n++) {
                Item other = taken.getOrDefault(url.toLowerCase(Locale.ROOT), paths.get(destPath.toLowerCase(Locale.ROOT)));
                String slug = item.slug.replaceAll("-\\d+$", "") + "-" + n;
                if (n == 2) {
                    report.warning(SourcePosition.of(item.sourcePath), "would have the URL or file of "
                            + other.sourcePath + " (" + url + "): given the slug \"" + slug + "\"");
                }
                item.slug = slug;
                item.writeSlug = true;
                url = urlOf(item);
                destPath = item.page ? "pages/" + slug + ".md" : item.destPath.endsWith("/index.md")
                        ? item.destPath.replaceAll("(-\\d+)?/index\\.md$", "") + "-" + n + "/index.md"
                        : item.destPath.replaceAll("(-\\d+)?\\.md$", "") + "-" + n + ".md";
            }
            item.url = url;
            item.destPath = destPath;
            taken.put(url.toLowerCase(Locale.ROOT), item);
            paths.put(destPath.toLowerCase(Locale.ROOT), item);
        }
        for (Item item : items) {
            for (String old : new LinkedHashSet<>(item.oldUrls)) {
                String normal = normalUrl(old);
                if (normal.equals(item.url)) {
                    continue;
                }
                if (normal.equals("/") || normal.matches("/[^/]+/?") && RESERVED_PAGES.contains(normal.replace("/", ""))) {
                    report.warning(SourcePosition.of(item.sourcePath), "old URL " + old + " is "
                            + (normal.equals("/") ? "the home page" : "a page") + " site-gen makes itself, so it is "
                            + "not kept as an alias of " + item.url);
                    continue;
                }
                // An old URL in other letter case (Jekyll keeps a file name's capitals) is kept too: the
                // build writes the page itself there (Alias#differsOnlyInCase), so no redirect collides with it.
                Item owner = taken.get(normal.toLowerCase(Locale.ROOT));
                if (owner != null && owner != item) {
                    report.warning(SourcePosition.of(item.sourcePath), "old URL " + old + " is also "
                            + owner.sourcePath + "'s (" + (owner.url.equalsIgnoreCase(normal) ? "its new URL" : "an alias")
                            + "): not kept for this file");
                    continue;
                }
                if (owner == null) {
                    taken.put(normal.toLowerCase(Locale.ROOT), item);
                }
                item.aliases.add(old);
            }
        }
    }

    /** An old URL as a site path: "/x/index.html" is "/x/". */
    static String normalUrl(String url) {
        return url.endsWith("/index.html") ? url.substring(0, url.length() - "index.html".length()) : url;
    }

    private static String urlOf(Item item) {
        if (item.page) {
            return "/" + item.slug + "/";
        }
        java.time.LocalDate day = item.date.at().toLocalDate();
        return String.format("/%04d/%02d/%02d/%s/", day.getYear(), day.getMonthValue(), day.getDayOfMonth(), item.slug);
    }

    // ---- converting ----------------------------------------------------------------------

    private String text(SourceKind kind, Path source, SourceConfig config, Item item, Map<String, Item> byOldUrl,
                        Map<String, Item> bySource, ImportReport report) {
        SourceFrontMatter fm = item.frontMatter;
        Map<String, Object> out = new LinkedHashMap<>();
        Set<String> used = new java.util.HashSet<>();
        if (item.title == null || item.title.isBlank()) {
            item.title = kind == SourceKind.JEKYLL ? titleize(item.name) : item.name;
            report.warning(SourcePosition.of(item.sourcePath), "no 'title': titled \"" + item.title + "\" after its "
                    + "file name" + (kind == SourceKind.JEKYLL ? ", as Jekyll does" : "") + "; check it");
        }
        out.put("title", item.title);
        used.add("title");
        if (!item.page && item.writeDate) {
            out.put("date", item.dateText);
        }
        used.addAll(List.of("date", "publishdate", "pubdate", "published"));
        for (String key : UPDATED_KEYS) {
            String value = text(field(kind, fm, key));
            if (value != null && !value.isBlank() && !out.containsKey("updated")) {
                out.put("updated", value);
                if (!key.equals("updated")) {
                    report.converted(SourcePosition.of(item.sourcePath, lineOf(kind, fm, key), 0), "'" + key
                            + "' written as 'updated'");
                }
            }
        }
        used.addAll(UPDATED_KEYS);
        List<String> summaryKeys = kind == SourceKind.JEKYLL ? List.of("excerpt", "summary", "description")
                : List.of("summary", "description");
        for (String key : summaryKeys) {
            String value = text(field(kind, fm, key));
            if (value != null && !value.isBlank()) {
                out.put("summary", value);
                used.add(key);
                if (!key.equals("summary")) {
                    report.converted(SourcePosition.of(item.sourcePath, lineOf(kind, fm, key), 0), "'" + key
                            + "' written as 'summary'");
                }
                break;
            }
        }
        for (String key : List.of("author", "authors")) {
            if (fieldOf(kind, fm, key) != null) {
                List<String> names = stringList(kind, fm, key, null, false);
                out.put(key, fieldOf(kind, fm, key).value() instanceof String ? names.get(0) : names);
                used.add(key);
            }
        }
        // taxonomies: every key the generators take for one, plural
        item.taxonomies = new ArrayList<>();
        List<String> taxonomyKeys = new ArrayList<>(List.of("tags", "categories", "keywords"));
        config.taxonomies().forEach(t -> {
            if (!taxonomyKeys.contains(t)) {
                taxonomyKeys.add(t);
            }
        });
        for (String key : taxonomyKeys) {
            String singular = key.equals("tags") ? "tag" : key.equals("categories") ? "category" : null;
            if (fieldOf(kind, fm, key) == null && (singular == null || fieldOf(kind, fm, singular) == null)) {
                continue;
            }
            List<String> terms = stringList(kind, fm, key, singular, kind == SourceKind.JEKYLL);
            used.add(key);
            if (singular != null) {
                used.add(singular);
            }
            if (!terms.isEmpty()) {
                out.put(key, terms);
                item.taxonomies.add(key);
            }
        }
        if (item.writeSlug) {
            out.put("slug", item.slug);
        }
        used.add("slug");
        String expiry = text(field(kind, fm, "expirydate"));
        if (expiry != null && !expiry.isBlank()) {
            report.warning(SourcePosition.of(item.sourcePath, lineOf(kind, fm, "expirydate"), 0), "'expiryDate' "
                    + expiry + ": site-gen does not take posts down by date; the post stays published "
                    + "(set 'draft: true' when it should go)");
        }
        if (item.draft) {
            out.put("draft", "true");
            if ("false".equalsIgnoreCase(text(field(kind, fm, "published")))) {
                report.converted(SourcePosition.of(item.sourcePath, lineOf(kind, fm, "published"), 0),
                        "'published: false' written as 'draft: true'");
            }
        }
        used.addAll(List.of("draft", "published"));
        if (!item.aliases.isEmpty()) {
            out.put("aliases", List.copyOf(item.aliases));
        }
        used.addAll(List.of("aliases", "redirect_from", "permalink", "url"));
        for (String key : List.of("permalink", "url", "redirect_from")) {
            if (fieldOf(kind, fm, key) != null) {
                report.converted(SourcePosition.of(item.sourcePath, lineOf(kind, fm, key), 0), "'" + key
                        + "' kept as an alias of the new URL where it differs");
            }
        }
        fm.fields().forEach((key, field) -> {
            String lower = kind == SourceKind.HUGO ? key.toLowerCase(Locale.ROOT) : key;
            if (used.contains(lower) || used.contains(key) || taxonomyKeys.contains(lower)) {
                return;
            }
            String written = key;
            if (SITE_GEN_OWN.contains(lower) || EntityKeys.ALL.contains(lower)) {
                written = key + "_imported";
                report.warning(SourcePosition.of(item.sourcePath, field.line(), 0), "'" + key + "' means something "
                        + "else to site-gen: kept as '" + written + "'");
            }
            out.put(written, field.value());
        });
        out.replaceAll((key, value) -> withoutControlCharacters(value, item, key, report));
        // the body
        String body = withoutControlCharacters(fm.body(), context(kind, source, config, item, bySource, report, fm.body()));
        // each step keeps the lines where they are, so its positions are the source's
        body = rewriteOldLinks(body, item, byOldUrl, context(kind, source, config, item, bySource, report, body), report);
        BodyContext context = context(kind, source, config, item, bySource, report, body);
        body = kind == SourceKind.JEKYLL ? LiquidConverter.convert(body, context)
                : ShortcodeConverter.convert(body, context);
        return FrontMatterWriter.write(out) + body;
    }

    /** Links to an old URL of an imported post (with Liquid's site.baseurl in front) become links to its file. */
    private static String rewriteOldLinks(String body, Item item, Map<String, Item> byOldUrl, BodyContext context,
                                          ImportReport report) {
        return rewriteOldLinks(rewriteOldLinks(body, INLINE_LINK, item, byOldUrl, context, report), REFERENCE_LINK,
                item, byOldUrl, context, report);
    }

    private static String rewriteOldLinks(String body, Pattern links, Item item, Map<String, Item> byOldUrl,
                                          BodyContext context, ImportReport report) {
        Matcher m = links.matcher(body);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String url = m.group(3);
            String path = url;
            String suffix = "";
            int cut = firstOf(path, '#', '?');
            if (cut >= 0) {
                suffix = path.substring(cut);
                path = path.substring(0, cut);
            }
            String site = context.siteUrl();
            if (path.startsWith("{")) {
                m.appendReplacement(out, Matcher.quoteReplacement(m.group())); // Liquid or a shortcode: converted next
                continue;
            }
            if (!site.isEmpty() && path.startsWith(site)) {
                path = path.substring(site.length());
            } else if (!m.group(2).isEmpty() || path.startsWith("/")) {
                path = context.baseurl().isEmpty() || !path.startsWith(context.baseurl()) ? path
                        : path.substring(context.baseurl().length());
            } else if (path.isEmpty() || UrlSchemes.isAbsolute(path)
                    || path.contains("{{") || isBeside(item, path) || item.oldUrls.isEmpty()) {
                m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
                continue;
            } else {
                // a browser resolves it against the page's old URL, not its file: so do we
                String absolute = resolveAgainst(item.oldUrls.get(0), path);
                if (absolute == null) {
                    m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
                    continue;
                }
                Item target = byOldUrl.get(absolute);
                if (target == null && !absolute.endsWith("/") && !absolute.contains(".")) {
                    target = byOldUrl.get(absolute + "/");
                }
                String link = target != null && !target.draft ? relative(item.destPath, target.destPath) + suffix
                        : absolute + suffix;
                report.converted(context.at(m.start(3)), "link " + url + ", relative to the old URL "
                        + item.oldUrls.get(0) + ", into " + (target != null && !target.draft ? "a link to " : "") + link);
                m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + link));
                continue;
            }
            Item target = byOldUrl.get(path);
            if (target == null && !path.endsWith("/") && !path.contains(".")) {
                target = byOldUrl.get(path + "/");
            }
            if (target == null || target.draft || !path.startsWith("/")) {
                m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
                continue;
            }
            String link = relative(item.destPath, target.destPath) + suffix;
            report.converted(context.at(m.start(3)), "link to the old URL " + m.group(2) + url + " into a link to "
                    + link);
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + link));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Whether a relative link names a file beside the source file (a page bundle's image): kept as it is. */
    private static boolean isBeside(Item item, String path) {
        try {
            return Files.isRegularFile(item.file.resolveSibling(java.net.URLDecoder.decode(path, StandardCharsets.UTF_8)));
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** {@code link} resolved against the site path {@code base}, or null when it is no URL path. */
    static String resolveAgainst(String base, String link) {
        try {
            return new java.net.URI("http", "h", base, null).resolve(new java.net.URI(null, null, link, null)).getPath();
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    private static int firstOf(String text, char a, char b) {
        int i = text.indexOf(a);
        int j = text.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }

    /** A front matter value without control characters (site-gen refuses them there), said once per key. */
    private static Object withoutControlCharacters(Object value, Item item, String key, ImportReport report) {
        if (value instanceof String text) {
            String clean = text.replaceAll("[\\p{Cntrl}&&[^\\t\\n]]", "");
            if (!clean.equals(text)) {
                report.warning(SourcePosition.of(item.sourcePath, lineOf(SourceKind.HUGO, item.frontMatter, key), 0),
                        "'" + key + "' holds control characters: left out");
            }
            return clean;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(v -> withoutControlCharacters(v, item, key, report)).toList();
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> clean = new LinkedHashMap<>();
            map.forEach((k, v) -> clean.put(k, withoutControlCharacters(v, item, key, report)));
            return clean;
        }
        return value;
    }

    /** Control characters are left out, each said: no reader sees them, and XML (the feeds) cannot hold them. */
    private static String withoutControlCharacters(String body, BodyContext context) {
        Matcher m = CONTROL.matcher(body);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            context.report().warning(context.at(m.start()), String.format("control character U+%04X left out",
                    (int) m.group().charAt(0)));
            m.appendReplacement(out, "");
        }
        return m.appendTail(out).toString();
    }

    private BodyContext context(SourceKind kind, Path source, SourceConfig config, Item item, Map<String, Item> bySource,
                                ImportReport report, String body) {
        int[] lineStarts = lineStarts(body);
        String contentPrefix = kind == SourceKind.HUGO ? config.contentDir() + "/" : "";
        String folder = item.sourcePath.contains("/") ? item.sourcePath.substring(0, item.sourcePath.lastIndexOf('/') + 1) : "";
        return new BodyContext() {
            @Override
            public SourcePosition at(int offset) {
                int index = java.util.Arrays.binarySearch(lineStarts, offset);
                int line = index >= 0 ? index : -index - 2;
                return SourcePosition.of(item.sourcePath, item.frontMatter.bodyFirstLine() + line,
                        offset - lineStarts[line] + 1);
            }

            @Override
            public ImportReport report() {
                return report;
            }

            @Override
            public Optional<String> linkToPost(String name) {
                String wanted = name.strip().replaceAll("\\.(md|markdown)$", "");
                for (String extension : List.of(".md", ".markdown")) {
                    Item target = bySource.get("_posts/" + wanted + extension);
                    if (target == null) {
                        target = bySource.values().stream().filter(i -> i.sourcePath.endsWith("/" + wanted + extension))
                                .findFirst().orElse(null);
                    }
                    if (target != null && !target.draft) {
                        return Optional.of(relative(item.destPath, target.destPath));
                    }
                }
                return Optional.empty();
            }

            @Override
            public Optional<String> linkToSource(String path) {
                String wanted = path.strip().replaceAll("^[\"']|[\"']$", "");
                String anchor = "";
                int hash = wanted.indexOf('#');
                if (hash >= 0) {
                    anchor = wanted.substring(hash);
                    wanted = wanted.substring(0, hash);
                }
                List<String> candidates = new ArrayList<>();
                String clean = wanted.replaceAll("^/+", "");
                if (!wanted.startsWith("/")) {
                    candidates.add(java.nio.file.Path.of(folder + wanted).normalize().toString().replace('\\', '/'));
                }
                candidates.add(contentPrefix + clean);
                candidates.add(clean);
                for (String candidate : candidates) {
                    for (String form : List.of(candidate, candidate + ".md", candidate + "/index.md", candidate + "/_index.md",
                            candidate.replaceAll("/$", "") + "/index.md")) {
                        Item target = bySource.get(form);
                        if (target != null && !target.draft) {
                            return Optional.of(relative(item.destPath, target.destPath) + anchor);
                        }
                    }
                }
                String baseName = clean.replaceAll("\\.md$", "");
                List<Item> byName = bySource.values().stream().filter(i -> !i.draft && (i.sourcePath.endsWith("/" + baseName + ".md")
                        || i.sourcePath.endsWith("/" + baseName + "/index.md"))).toList();
                return byName.size() == 1 ? Optional.of(relative(item.destPath, byName.get(0).destPath) + anchor)
                        : Optional.empty();
            }

            @Override
            public void keptLiterally(String text) {
                for (String literal : List.of("{%", "{{<", "{{%", "{{")) {
                    int count = 0;
                    for (int i = text.indexOf(literal); i >= 0; i = text.indexOf(literal, i + 1)) {
                        count++;
                    }
                    item.literals.merge(literal, count, Integer::sum);
                }
            }

            @Override
            public String pageValue(String key) {
                return text(item.frontMatter.value(key));
            }

            @Override
            public String baseurl() {
                return config.basePath();
            }

            @Override
            public String siteUrl() {
                return config.siteUrl();
            }

            @Override
            public Optional<String> include(String name) {
                Path includes = source.resolve("_includes").normalize();
                Path file = includes.resolve(name).normalize();
                if (!file.startsWith(includes) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                    return Optional.empty();
                }
                try {
                    String text = Files.readString(file, StandardCharsets.UTF_8);
                    return text.contains("{%") || text.contains("{{") ? Optional.empty() : Optional.of(text);
                } catch (IOException e) {
                    return Optional.empty();
                }
            }
        };
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** A relative link from one content file to another, as site-gen resolves it. */
    static String relative(String fromPath, String toPath) {
        Path from = Path.of(fromPath).getParent();
        Path to = Path.of(toPath);
        return slash(from == null ? to : from.relativize(to));
    }

    // ---- small helpers ----------------------------------------------------------------------

    /** A front matter field by key; Hugo's keys are case-insensitive. */
    private static SourceFrontMatter.Field fieldOf(SourceKind kind, SourceFrontMatter fm, String key) {
        SourceFrontMatter.Field exact = fm.fields().get(key);
        if (exact != null || kind == SourceKind.JEKYLL) {
            return exact;
        }
        for (Map.Entry<String, SourceFrontMatter.Field> entry : fm.fields().entrySet()) {
            if (entry.getKey().equalsIgnoreCase(key)) {
                return entry.getValue();
            }
        }
        return null;
    }

    private static Object field(SourceKind kind, SourceFrontMatter fm, String key) {
        SourceFrontMatter.Field field = fieldOf(kind, fm, key);
        return field == null ? null : field.value();
    }

    private static int lineOf(SourceKind kind, SourceFrontMatter fm, String key) {
        SourceFrontMatter.Field field = fieldOf(kind, fm, key);
        return field == null ? 0 : field.line();
    }

    private static String text(Object value) {
        return value instanceof String text ? text : null;
    }

    private static boolean isTrue(Object value) {
        return value instanceof String text && Set.of("true", "yes", "on").contains(text.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * The texts of a list-or-single value (and of its singular spelling). Jekyll splits a single
     * text of tags or categories at spaces; a map in a list gives its "name" or first value.
     */
    private static List<String> stringList(SourceKind kind, SourceFrontMatter fm, String key, String singular,
                                           boolean splitText) {
        List<String> values = new ArrayList<>();
        for (String name : singular == null ? List.of(key) : List.of(key, singular)) {
            Object value = field(kind, fm, name);
            if (value instanceof String text) {
                if (splitText) {
                    values.addAll(Stream.of(text.strip().split("\\s+")).filter(s -> !s.isEmpty()).toList());
                } else if (!text.isBlank()) {
                    values.add(text.strip());
                }
            } else if (value instanceof List<?> list) {
                for (Object item : list) {
                    if (item instanceof String text && !text.isBlank()) {
                        values.add(text.strip());
                    } else if (item instanceof Map<?, ?> map && !map.isEmpty()) {
                        Object named = map.containsKey("name") ? map.get("name") : map.values().iterator().next();
                        if (named instanceof String text) {
                            values.add(text.strip());
                        }
                    }
                }
            }
        }
        return values.stream().distinct().toList();
    }

    private static String titleize(String name) {
        StringBuilder out = new StringBuilder();
        for (String word : name.split("-")) {
            if (!word.isEmpty()) {
                out.append(out.length() == 0 ? "" : " ").append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return out.toString();
    }

    private static String fileNameOf(String name) {
        String clean = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "-");
        return clean.isEmpty() ? "post" : clean;
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String baseName(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

    static String slash(Path path) {
        return path.toString().replace('\\', '/');
    }

    /** For tests: a sorted view of the items by source path. */
    static Map<String, Item> bySource(Result result) {
        Map<String, Item> map = new TreeMap<>();
        result.items().forEach(i -> map.put(i.sourcePath, i));
        return map;
    }
}
