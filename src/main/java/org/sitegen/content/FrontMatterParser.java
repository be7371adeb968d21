package org.sitegen.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitegen.content.YamlNode.Entry;
import org.sitegen.content.YamlNode.Mapping;
import org.sitegen.content.YamlNode.Scalar;
import org.sitegen.content.YamlNode.ScalarKind;
import org.sitegen.content.YamlNode.Sequence;
import org.sitegen.diag.Diagnostics;
import org.sitegen.diag.OneLine;
import org.sitegen.diag.SourcePosition;
import org.sitegen.url.UrlSchemes;

/**
 * Reads front matter YAML into a {@link FrontMatter}, reporting every problem with the file
 * line and column of the offending value. Lenient where archives differ (synonyms, single
 * values for lists, empty values), strict where a mistake would publish something wrong
 * (impossible dates, unknown draft values).
 */
public final class FrontMatterParser {
    private static final Set<String> SUMMARY_KEYS = Set.of("summary", "excerpt", "description");
    private static final Set<String> KNOWN = Set.of("title", "date", "updated", "lastmod", "summary", "excerpt",
            "description", "author", "authors", "slug", "draft", "sources", "corrections", "scheduled", "follows", "aliases",
            "lang", "translationKey", "translations");
    /** Keys other generators (and writers) use for a taxonomy: ignored unless configured, so said. */
    private static final Set<String> TAXONOMY_LIKE = Set.of("tags", "tag", "categories", "category", "topics",
            "keywords", "series");
    /** A date further ahead than this is taken for a typo (2052 for 2025) unless 'scheduled: true'. */
    private static final java.time.Duration FAR_AHEAD = java.time.Duration.ofDays(366);
    /**
     * Terms one briefing may have in one taxonomy. Every term page lists the briefing with all
     * its terms, so its output grows with the square of their number: a few thousand tags on one
     * briefing would write hundreds of megabytes.
     */
    public static final int MAX_TERMS = 50;
    private static final Set<String> TRUE = Set.of("true", "yes", "on");
    private static final Set<String> FALSE = Set.of("false", "no", "off");
    /**
     * What a source is: a page a reader can open or an address to write to. Stricter than the
     * one check every published URL passes ({@link UrlSchemes#isScript}), which it implies.
     */
    private static final Set<String> SOURCE_SCHEMES = Set.of("http", "https", "mailto");
    /** The keys of a source mapping, with the synonyms 'name' (title) and 'link' (url). */
    private static final Set<String> SOURCE_KEYS = Set.of("publisher", "title", "name", "url", "link", "date", "type");
    /** The keys of which a source needs one. */
    private static final Set<String> SOURCE_NAMING_KEYS = Set.of("publisher", "title", "name", "url", "link");

    private final YamlTreeReader yamlReader = new YamlTreeReader();
    private final DateParser dates;
    private final List<String> taxonomies;
    private final List<String> entityKeys;
    private final Slugs slugs;
    private final java.time.Instant now;

    public FrontMatterParser(DateParser dates, List<String> taxonomies) {
        this(dates, taxonomies, new Slugs(), java.time.Instant.MAX);
    }

    public FrontMatterParser(DateParser dates, List<String> taxonomies, Slugs slugs) {
        this(dates, taxonomies, EntityKeys.inEffect(taxonomies), slugs, java.time.Instant.MAX);
    }

    /** @param now the build's "now": a date more than a year after it needs 'scheduled: true' */
    public FrontMatterParser(DateParser dates, List<String> taxonomies, Slugs slugs, java.time.Instant now) {
        this(dates, taxonomies, EntityKeys.inEffect(taxonomies), slugs, now);
    }

    /**
     * @param entityKeys the keys read as entity mentions ({@link EntityKeys#inEffect})
     * @param now        the build's "now": a date more than a year after it needs 'scheduled: true'
     */
    public FrontMatterParser(DateParser dates, List<String> taxonomies, List<String> entityKeys, Slugs slugs,
                             java.time.Instant now) {
        this.dates = dates;
        this.taxonomies = List.copyOf(taxonomies);
        this.entityKeys = List.copyOf(entityKeys);
        this.slugs = slugs;
        this.now = now;
    }

    /**
     * Parses {@code split}'s YAML. Returns empty when the file has errors (all reported).
     *
     * @param path          the file as shown in messages, e.g. "content/2023/x.md"
     * @param dateFromName  the date of a YYYY-MM-DD- file-name prefix, used when front matter has none
     * @param dateRequired  briefings need a date, pages do not
     */
    public Optional<FrontMatter> parse(SplitSource split, String path, Optional<PublishedDate> dateFromName,
                                       boolean dateRequired, Diagnostics diagnostics) {
        Mapping root;
        try {
            root = yamlReader.read(split.yaml(), split.yamlFirstLine());
        } catch (YamlTreeReader.YamlProblem problem) {
            diagnostics.error(SourcePosition.of(path, problem.line, problem.column), problem.getMessage());
            return Optional.empty();
        }
        Reader reader = new Reader(root, path, diagnostics);
        FrontMatter result = reader.read(dateFromName, dateRequired);
        return reader.failed ? Optional.empty() : Optional.of(result);
    }

    /**
     * Whether {@code date} is more than a year after the build's "now", which a briefing may be
     * only with 'scheduled: true' (else an error): the one part of parsing that depends on when
     * the build runs, not on the file and the settings.
     */
    boolean isFarAhead(PublishedDate date) {
        return !now.equals(java.time.Instant.MAX) && date.at().toInstant().isAfter(now.plus(FAR_AHEAD));
    }

    /** One file's reading; remembers whether anything failed. */
    private final class Reader {
        private final Mapping root;
        private final String path;
        private final Diagnostics diagnostics;
        private boolean failed;

        Reader(Mapping root, String path, Diagnostics diagnostics) {
            this.root = root;
            this.path = path;
            this.diagnostics = diagnostics;
        }

        FrontMatter read(Optional<PublishedDate> dateFromName, boolean dateRequired) {
            String title = requiredText("title");
            PublishedDate date = date("date");
            if (date == null && !root.entries().containsKey("date")) {
                date = dateFromName.orElse(null);
                if (date == null && dateRequired) {
                    error(root, "missing required 'date' (add 'date: YYYY-MM-DD' or a YYYY-MM-DD- file-name prefix)"
                            + whyTheNameGivesNoDate());
                }
            } else if (date != null) {
                checkDate(date, dateFromName);
            }
            warnOfUnconfiguredTaxonomies();
            PublishedDate updated = date(root.entries().containsKey("updated") ? "updated" : "lastmod");
            Map<String, List<Term>> terms = new LinkedHashMap<>();
            for (String taxonomy : taxonomies) {
                terms.put(taxonomy, terms(taxonomy));
            }
            Map<String, List<Term>> mentions = new LinkedHashMap<>();
            for (String key : entityKeys) {
                List<Term> named = terms(key);
                if (!named.isEmpty()) {
                    mentions.put(key, named);
                }
            }
            List<String> authors = new ArrayList<>(stringList("author"));
            authors.addAll(stringList("authors"));
            return new FrontMatter(title, date, updated, terms, summary(), List.copyOf(authors), slug(),
                    draft(), sources(), params(), corrections(), urlAt(), mentions, follows(), aliases(), translation());
        }

        /** follows: one path or a list of paths of earlier briefings (resolved by org.sitegen.stories). */
        private List<StoryLink> follows() {
            Entry entry = root.entries().get("follows");
            List<StoryLink> links = new ArrayList<>();
            if (entry == null) {
                return links;
            }
            for (YamlNode item : items(entry)) {
                if (item instanceof Scalar scalar && scalar.kind() != ScalarKind.NULL && !scalar.text().isBlank()) {
                    links.add(new StoryLink(scalar.text().strip(), at(scalar)));
                } else if (!(item instanceof Scalar)) {
                    error(item, "each of 'follows' must be the path of a briefing, e.g. 2023-02-18-munich.md");
                }
            }
            return List.copyOf(links);
        }

        /**
         * lang:, translationKey: and translations: (one path or a list of paths of the same text in
         * other languages). The tag is checked here, where its line is known: a tag Java cannot read
         * back as the same language is refused (checked against the other files by org.sitegen.languages).
         */
        private Translation translation() {
            String lang = optionalText("lang");
            SourcePosition langAt = lang == null ? null : at(root.entries().get("lang").value());
            if (lang != null) {
                String problem = LanguageTags.problem(lang);
                if (problem != null) {
                    error(root.entries().get("lang").value(), problem);
                    lang = null;
                } else {
                    lang = LanguageTags.canonical(lang);
                }
            }
            String key = optionalText("translationKey");
            SourcePosition keyAt = key == null ? null : at(root.entries().get("translationKey").value());
            List<StoryLink> paths = new ArrayList<>();
            Entry entry = root.entries().get("translations");
            if (entry != null) {
                for (YamlNode item : items(entry)) {
                    if (item instanceof Scalar scalar && scalar.kind() != ScalarKind.NULL && !scalar.text().isBlank()) {
                        paths.add(new StoryLink(scalar.text().strip(), at(scalar)));
                    } else if (!(item instanceof Scalar)) {
                        error(item, "each of 'translations' must be the path of a briefing or page in another "
                                + "language, e.g. ../fr/2023-02-18-munich.md");
                    }
                }
            }
            Translation translation = new Translation(lang, langAt, key, keyAt, List.copyOf(paths));
            return translation.isNone() ? Translation.NONE : translation;
        }

        /** aliases: one old URL path or a list of them, each normalised ({@link Alias#normalise}). */
        private List<Alias> aliases() {
            Entry entry = root.entries().get("aliases");
            List<Alias> aliases = new ArrayList<>();
            if (entry == null) {
                return aliases;
            }
            for (YamlNode item : items(entry)) {
                if (item instanceof Scalar scalar && scalar.kind() != ScalarKind.NULL) {
                    try {
                        aliases.add(new Alias(Alias.normalise(scalar.text()), at(scalar)));
                    } catch (Alias.NotAnAlias e) {
                        error(scalar, e.getMessage());
                    }
                } else if (!(item instanceof Scalar)) {
                    error(item, "each of 'aliases' must be a path, e.g. /2015/03/17/old-post.html");
                }
            }
            return List.copyOf(aliases);
        }

        /** The front matter's date wins; a different day in the file name, or a far-off day, is said. */
        private void checkDate(PublishedDate date, Optional<PublishedDate> dateFromName) {
            YamlNode value = root.entries().get("date").value();
            java.time.LocalDate day = date.at().toLocalDate();
            dateFromName.map(named -> named.at().toLocalDate()).filter(named -> !named.equals(day))
                    .ifPresent(named -> warning(value, "'date' is " + day + " but the file name says " + named
                            + "; the front matter's date is used (URL and archives): make them agree"));
            if (isFarAhead(date) && !isTrue("scheduled")) {
                error(value, "'date' " + day + " is more than a year ahead, so the briefing would stay unpublished "
                        + "until then; fix the year, or add 'scheduled: true' if this is intended");
            }
        }

        private boolean isTrue(String key) {
            Entry entry = root.entries().get(key);
            String text = entry == null ? null : scalarText(entry);
            return text != null && TRUE.contains(text.strip().toLowerCase(Locale.ROOT));
        }

        /** "; the file name's 2025-02-30 is not a date: February 2025 has 28 days", or "" without such a prefix. */
        private String whyTheNameGivesNoDate() {
            java.util.regex.Matcher prefix = ContentLoader.DATE_PREFIX.matcher(path.substring(path.lastIndexOf('/') + 1));
            if (!prefix.matches()) {
                return "";
            }
            try {
                dates.read(prefix.group(1));
                return "";
            } catch (DateParser.NotADate e) {
                return "; the file name's " + prefix.group(1) + " is not a date"
                        + (e.getMessage() == null ? "" : ": " + e.getMessage());
            }
        }

        private void warnOfUnconfiguredTaxonomies() {
            root.entries().forEach((key, entry) -> {
                if (TAXONOMY_LIKE.contains(key.toLowerCase(Locale.ROOT)) && !taxonomies.contains(key)) {
                    diagnostics.warning(SourcePosition.of(path, entry.line(), entry.column()), "'" + key + "' is not one of the configured taxonomies (" + String.join(", ",
                            taxonomies) + "), so its terms are not published; add it to <taxonomies> or remove it");
                }
            });
        }

        private String requiredText(String key) {
            Entry entry = root.entries().get(key);
            if (entry == null) {
                List<String> unknown = root.entries().keySet().stream()
                        .filter(k -> !KNOWN.contains(k) && !taxonomies.contains(k)).sorted().toList();
                error(root, "missing required '" + key + "'" + org.sitegen.diag.Suggestions.closest(key, unknown)
                        .map(typo -> " (is '" + OneLine.of(typo) + "' a misspelling of it?)").orElse(""));
                return null;
            }
            String text = scalarText(entry);
            if (text != null && text.isBlank()) {
                error(entry.value(), "'" + key + "' is empty");
            }
            return text == null ? null : text.strip();
        }

        private String optionalText(String key) {
            Entry entry = root.entries().get(key);
            if (entry == null) {
                return null;
            }
            String text = scalarText(entry);
            return text == null || text.isBlank() ? null : text.strip();
        }

        private SourcePosition urlAt() {
            Entry decides = root.entries().containsKey("slug") ? root.entries().get("slug") : root.entries().get("date");
            return decides == null ? null : at(decides.value());
        }

        /** An explicit slug is the writer's choice: one that is a device name is refused, not changed. */
        private String slug() {
            String slug = optionalText("slug");
            if (slug != null && slugs.isDeviceSlug(slug)) {
                error(root.entries().get("slug").value(), "'slug' \"" + slug + "\" is a reserved device name on "
                        + "Windows (no folder can have that name there); choose another 'slug'");
            }
            return slug;
        }

        private String summary() {
            for (String key : List.of("summary", "excerpt", "description")) {
                String text = optionalText(key);
                if (text != null) {
                    return text;
                }
            }
            return null;
        }

        /** The text of a scalar value; reports and returns null for a list or mapping. */
        private String scalarText(Entry entry) {
            if (entry.value() instanceof Scalar scalar) {
                return scalar.kind() == ScalarKind.NULL ? "" : scalar.text();
            }
            error(entry.value(), "'" + entry.key() + "' must be a single value, not a "
                    + (entry.value() instanceof Sequence ? "list" : "mapping"));
            return null;
        }

        private PublishedDate date(String key) {
            Entry entry = root.entries().get(key);
            if (entry == null) {
                return null;
            }
            String text = scalarText(entry);
            if (text == null) {
                return null;
            }
            if (text.isBlank()) {
                if (key.equals("date")) {
                    error(entry.value(), "'date' is empty");
                }
                return null;
            }
            return readDate(entry, "'" + key + "'", text);
        }

        /** The date in {@code text}, or null after reporting why it is not one. */
        private PublishedDate readDate(Entry entry, String what, String text) {
            try {
                DateParser.Reading reading = dates.read(text);
                if (reading.comment() != null) {
                    warning(entry.value(), what + " ignores \"" + reading.comment() + "\" after the date (a comment, as in "
                            + "RFC 2822); remove it, or write it as a YAML comment after '#'");
                }
                return reading.date();
            } catch (DateParser.NotADate e) {
                error(entry.value(), what + " is not a date: \"" + text + "\""
                        + (e.getMessage() == null ? "" : "; " + e.getMessage()));
                return null;
            }
        }

        private boolean draft() {
            Entry entry = root.entries().get("draft");
            if (entry == null) {
                return false;
            }
            String text = scalarText(entry);
            if (text == null || text.isBlank()) {
                return false;
            }
            String value = text.strip().toLowerCase(Locale.ROOT);
            if (TRUE.contains(value)) {
                return true;
            }
            if (!FALSE.contains(value)) {
                error(entry.value(), "'draft' must be true or false, not \"" + text + "\"");
            }
            return false;
        }

        private List<Term> terms(String key) {
            List<Term> terms = new ArrayList<>();
            Entry entry = root.entries().get(key);
            if (entry == null) {
                return terms;
            }
            List<YamlNode> items = items(entry);
            if (items.size() > MAX_TERMS) {
                error(items.get(MAX_TERMS), "'" + key + "' has " + items.size() + " terms; at most " + MAX_TERMS
                        + " are allowed (each of its term pages lists the briefing with all of them)");
                return terms;
            }
            for (YamlNode item : items) {
                if (item instanceof Scalar scalar && scalar.kind() != ScalarKind.NULL) {
                    if (!scalar.text().isBlank()) {
                        terms.add(new Term(scalar.text().strip(), at(scalar)));
                    }
                } else if (!(item instanceof Scalar)) {
                    error(item, "each of '" + key + "' must be a single value");
                }
            }
            return terms;
        }

        private List<String> stringList(String key) {
            Entry entry = root.entries().get(key);
            List<String> values = new ArrayList<>();
            if (entry == null) {
                return values;
            }
            for (YamlNode item : items(entry)) {
                if (item instanceof Scalar scalar) {
                    if (!scalar.text().isBlank() && scalar.kind() != ScalarKind.NULL) {
                        values.add(scalar.text().strip());
                    }
                } else {
                    error(item, "each of '" + key + "' must be a single value");
                }
            }
            return values;
        }

        private List<YamlNode> items(Entry entry) {
            if (entry.value() instanceof Sequence sequence) {
                return sequence.items();
            }
            if (entry.value() instanceof Mapping mapping) {
                error(mapping, "'" + entry.key() + "' must be a list or a single value, not a mapping");
                return List.of();
            }
            return List.of(entry.value());
        }

        private List<Source> sources() {
            Entry entry = root.entries().get("sources");
            List<Source> sources = new ArrayList<>();
            if (entry == null) {
                return sources;
            }
            List<YamlNode> items = entry.value() instanceof Mapping ? List.of(entry.value()) : items(entry);
            for (YamlNode item : items) {
                Source source = source(item);
                if (source != null) {
                    sources.add(source);
                }
            }
            return sources;
        }

        private Source source(YamlNode item) {
            if (item instanceof Scalar scalar) {
                String text = scalar.text().strip();
                if (scalar.kind() == ScalarKind.NULL || text.isEmpty()) {
                    return null;
                }
                return UrlSchemes.isWeb(text) ? new Source(text, text, at(scalar)) : new Source(text, "");
            }
            if (item instanceof Mapping mapping) {
                mapping.entries().forEach((key, entry) -> {
                    if (!SOURCE_KEYS.contains(key)) {
                        diagnostics.warning(SourcePosition.of(path, entry.line(), entry.column()), "unknown key '" + key
                                + "' in a source (known: publisher, title, url, date, type); ignored");
                    }
                });
                String publisher = mappingText(mapping, "publisher", "publisher");
                String title = mappingText(mapping, "title", "name");
                String url = mappingText(mapping, "url", "link");
                boolean misshapen = mapping.entries().values().stream() // reported by scalarText already
                        .anyMatch(e -> SOURCE_NAMING_KEYS.contains(e.key()) && !(e.value() instanceof Scalar));
                if (publisher.isEmpty() && title.isEmpty() && url.isEmpty()) {
                    if (!misshapen) {
                        error(item, "each of 'sources' needs a 'publisher', a 'title' or a 'url'");
                    }
                    return null;
                }
                Entry urlEntry = mapping.entries().getOrDefault("url", mapping.entries().get("link"));
                String scheme = UrlSchemes.schemeOf(url);
                if (scheme != null && !SOURCE_SCHEMES.contains(scheme)) {
                    error(urlEntry.value(), "a source's '" + urlEntry.key() + "' must be an http(s) or mailto link, not "
                            + scheme + ": (" + url + ")");
                    return null;
                }
                Entry dateEntry = mapping.entries().get("date");
                String dateText = dateEntry == null ? null : scalarText(dateEntry);
                PublishedDate date = dateText == null || dateText.isBlank() ? null
                        : readDate(dateEntry, "'date' of a source", dateText);
                return new Source(publisher, title.isEmpty() && publisher.isEmpty() ? url : title, url, date,
                        sourceType(mapping), publisher.isEmpty() ? null : at(mapping.entries().get("publisher").value()),
                        url.isEmpty() ? null : at(urlEntry.value()));
            }
            error(item, "each of 'sources' must be a text or a {publisher, title, url, date, type} mapping");
            return null;
        }

        /** A source's 'type': one of {@link Source#TYPES} (any case); another is said and left out. */
        private String sourceType(Mapping mapping) {
            Entry entry = mapping.entries().get("type");
            String text = entry == null ? null : scalarText(entry);
            if (text == null || text.isBlank()) {
                return "";
            }
            String type = text.strip().toLowerCase(Locale.ROOT);
            if (!Source.TYPES.contains(type)) {
                warning(entry.value(), "a source's 'type' is one of " + String.join(", ", Source.TYPES) + ", not \""
                        + text.strip() + "\"; shown without a type");
                return "";
            }
            return type;
        }

        /** corrections: [{date: 2023-02-21, note: "..."}], sorted oldest first. */
        private List<Correction> corrections() {
            Entry entry = root.entries().get("corrections");
            List<Correction> corrections = new ArrayList<>();
            if (entry == null) {
                return corrections;
            }
            for (YamlNode item : items(entry)) {
                if (!(item instanceof Mapping mapping) || !mapping.entries().containsKey("date")
                        || mappingText(mapping, "note", "text").isEmpty()) {
                    error(item, "each of 'corrections' needs a 'date' and a 'note', e.g. {date: 2023-02-21, note: \"...\"}");
                    continue;
                }
                Entry dateEntry = mapping.entries().get("date");
                String text = scalarText(dateEntry);
                PublishedDate date = text == null ? null : readDate(dateEntry, "'date' of a correction", text);
                if (date != null) {
                    corrections.add(new Correction(date, mappingText(mapping, "note", "text")));
                }
            }
            corrections.sort(java.util.Comparator.comparing(Correction::date));
            return List.copyOf(corrections);
        }

        private String mappingText(Mapping mapping, String key, String synonym) {
            Entry entry = mapping.entries().getOrDefault(key, mapping.entries().get(synonym));
            if (entry == null) {
                return "";
            }
            String text = scalarText(entry);
            return text == null ? "" : text.strip();
        }

        private Map<String, Object> params() {
            Map<String, Object> params = new LinkedHashMap<>();
            root.entries().forEach((key, entry) -> {
                if (!KNOWN.contains(key) && !taxonomies.contains(key) && !entityKeys.contains(key)
                        && !SUMMARY_KEYS.contains(key)) {
                    params.put(key, PlainValues.of(entry.value()));
                }
            });
            return params;
        }

        private SourcePosition at(YamlNode node) {
            return SourcePosition.of(path, node.line(), node.column());
        }

        private void error(YamlNode node, String message) {
            failed = true;
            diagnostics.error(at(node), message);
        }

        private void warning(YamlNode node, String message) {
            diagnostics.warning(at(node), message);
        }
    }

}
