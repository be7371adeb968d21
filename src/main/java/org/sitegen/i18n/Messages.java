package org.sitegen.i18n;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.NumberingSystem;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.sitegen.diag.Diagnostic;
import org.sitegen.diag.Diagnostics;
import org.sitegen.diag.OneLine;
import org.sitegen.diag.SourcePosition;
import org.sitegen.diag.Suggestions;

/**
 * Every word the theme and the engine show a reader, in the site's language: the built-in
 * theme's bundles ({@code messages_en.properties}, the reference for which keys exist, and one per
 * shipped language), then the archive's {@code templates/messages_LANG.properties} overriding single
 * keys. Messages are ICU MessageFormat patterns, so plural forms follow CLDR's rules for the
 * language ({@code {0, plural, one {# briefing} other {# briefings}}}) and numbers its digits and
 * grouping. A key the language's bundle lacks falls back to English; a key an override names that
 * does not exist, or a pattern that does not parse, is reported at its file and line.
 */
public final class Messages {
    /** Bundles are {@code messages_LANG.properties}, in the theme and in an archive's templates/. */
    public static final String PREFIX = "messages_";
    public static final String SUFFIX = ".properties";
    /** Languages the theme ships bundles for (besides which English is shown). */
    public static final List<String> SHIPPED = List.of("en", "fr", "de", "es", "ru", "ar", "zh");
    private static final String BUILT_IN = "/org/sitegen/theme/";
    private static final String ENGLISH = "en";

    private final ULocale locale;
    private final Map<String, String> patterns;
    private final List<String> keys;
    private final List<Diagnostic> problems;
    private final Map<String, Object> compiled = new ConcurrentHashMap<>();
    /** Counts below this are remembered per key, formatted. */
    private static final int SMALL = 2048;
    private final Map<String, String[]> smallCounts = new ConcurrentHashMap<>();

    private Messages(ULocale locale, Map<String, String> patterns, List<Diagnostic> problems) {
        this.locale = locale;
        this.patterns = patterns;
        this.keys = List.copyOf(patterns.keySet());
        this.problems = List.copyOf(problems);
    }

    /**
     * Makes ICU ready to format messages in {@code language} (its classes, plural rules, number
     * formats and digits), which the first count a build formats would otherwise wait for on the
     * build's own thread (a fifth of a second in a fresh JVM). For a build to call on a thread of
     * its own once it knows it will render; the messages themselves are the same either way.
     */
    public static void prepare(String language) {
        try {
            ULocale locale = ULocale.forLanguageTag(language);
            NumberingSystem.getInstance(locale);
            new MessageFormat("{0, plural, one {# x} other {# x}} {1}", locale).format(new Object[] {2, "x"});
        } catch (RuntimeException e) {
            // only a head start: whatever fails here fails again where the messages are loaded and used, and is reported there
        }
    }

    /**
     * The messages for {@code language}: the shipped ones, overridden by {@code templatesDir}'s
     * (may be null). {@code displayPath} names an override file in problems; {@code settingsFile}
     * is where an unshipped language is reported.
     */
    public static Messages load(String language, Path templatesDir, java.util.function.Function<Path, String> displayPath,
                                String settingsFile) {
        ULocale locale = ULocale.forLanguageTag(language);
        String base = locale.getLanguage().isEmpty() ? ENGLISH : locale.getLanguage();
        List<Diagnostic> problems = new ArrayList<>();
        Map<String, String> english = shipped(ENGLISH);
        Map<String, String> patterns = new LinkedHashMap<>(english);
        Map<String, String> own = base.equals(ENGLISH) ? Map.of() : shipped(base);
        patterns.putAll(own);
        int translated = base.equals(ENGLISH) ? english.size() : own.size();
        if (templatesDir != null) {
            for (String name : overrideNames(locale, base)) {
                Path file = templatesDir.resolve(PREFIX + name + SUFFIX);
                if (Files.isRegularFile(file)) {
                    translated += override(file, displayPath.apply(file), english, own, patterns, locale, problems);
                }
            }
        }
        if (translated < english.size()) {
            problems.add(Diagnostic.warning(SourcePosition.of(settingsFile), "language '" + OneLine.of(language)
                    + "': " + (english.size() - translated) + " of " + english.size() + " messages have no "
                    + "translation and are shown in English (shipped: " + String.join(", ", SHIPPED)
                    + "); give them in templates/" + PREFIX + base + SUFFIX + " (see docs/languages.md)"));
        }
        return new Messages(locale, patterns, problems);
    }

    /** The shipped messages of {@code language} alone, or none when it ships none. */
    public static Map<String, String> shipped(String language) {
        Map<String, String> out = new LinkedHashMap<>();
        try (InputStream in = Messages.class.getResourceAsStream(BUILT_IN + PREFIX + language + SUFFIX)) {
            if (in != null) {
                for (MessageFile.Line line : MessageFile.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8))) {
                    out.put(line.key(), line.value());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** templates/messages_fr.properties, then the more particular messages_fr_CA.properties. */
    private static List<String> overrideNames(ULocale locale, String base) {
        List<String> names = new ArrayList<>(List.of(base));
        String full = locale.toLanguageTag().replace('-', '_');
        if (!full.equals(base) && !full.equals("und")) {
            names.add(full);
        }
        return names;
    }

    /** Applies one override file; returns how many keys it translates that the shipped bundle did not. */
    private static int override(Path file, String shown, Map<String, String> english, Map<String, String> own,
                                Map<String, String> patterns, ULocale locale, List<Diagnostic> problems) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            problems.add(Diagnostic.error(SourcePosition.of(shown), "cannot read this message file: "
                    + OneLine.of(String.valueOf(e.getMessage()))));
            return 0;
        }
        int added = 0;
        for (MessageFile.Line line : MessageFile.parse(text)) {
            SourcePosition at = SourcePosition.of(shown, line.line(), 1);
            // taxonomy.KEY names a taxonomy of the archive's own (taxonomy.topics=Thèmes); site.title and
            // site.description give a language's part of a multilingual archive its own
            if (!english.containsKey(line.key()) && !line.key().startsWith("taxonomy.") && !SITE_KEYS.contains(line.key())) {
                String hint = Suggestions.closest(line.key(), List.copyOf(english.keySet()))
                        .map(k -> "; did you mean '" + k + "'?").orElse("; the keys are listed in docs/languages.md");
                problems.add(Diagnostic.warning(at, "unknown message key '" + OneLine.of(line.key())
                        + "', ignored" + hint));
                continue;
            }
            try {
                new MessageFormat(line.value(), locale);
            } catch (IllegalArgumentException e) {
                problems.add(Diagnostic.error(at, "message '" + line.key() + "' is not a valid ICU message pattern: "
                        + OneLine.of(String.valueOf(e.getMessage()))));
                continue;
            }
            String before = patterns.get(line.key());
            if (!own.containsKey(line.key()) && before != null && before.equals(english.get(line.key()))) {
                added++;
            }
            patterns.put(line.key(), line.value());
        }
        return added;
    }

    /** Reports what loading found: unknown keys, patterns that do not parse, an unshipped language. */
    public void report(Diagnostics diagnostics) {
        problems.forEach(diagnostics::add);
    }

    public List<Diagnostic> problems() {
        return problems;
    }

    /** Every key, in the English bundle's order. */
    public List<String> keys() {
        return keys;
    }

    /**
     * Keys an archive's bundle may add, which the theme ships none of: the title and description
     * of a language's part of a multilingual archive (the settings give the site language's).
     */
    public static final java.util.Set<String> SITE_KEYS = java.util.Set.of("site.title", "site.description");

    public boolean has(String key) {
        return patterns.containsKey(key);
    }

    public ULocale locale() {
        return locale;
    }

    /**
     * The language's name in itself, as a menu shows it ("Français", "العربية", "English"): CLDR's,
     * through ICU, for a language switcher.
     */
    public String ownName() {
        return com.ibm.icu.text.LocaleDisplayNames.getInstance(locale,
                com.ibm.icu.text.DisplayContext.CAPITALIZATION_FOR_UI_LIST_OR_MENU).localeDisplayName(locale);
    }

    /** Whether the language is written right to left (Arabic, Hebrew, Persian, Urdu...), from CLDR. */
    public boolean rightToLeft() {
        return locale.isRightToLeft();
    }

    /** The zero digit of the language's default numbering system ('0', or '۰' for Persian), for dates made in java.time. */
    public char zeroDigit() {
        NumberingSystem system = NumberingSystem.getInstance(locale);
        String digits = system.isAlgorithmic() ? "0" : system.getDescription();
        return digits.charAt(0);
    }

    /** The raw pattern of {@code key} (for a java.time date pattern such as {@code date.long}). */
    public String pattern(String key) {
        String pattern = patterns.get(key);
        if (pattern == null) {
            throw new IllegalArgumentException("no message '" + OneLine.of(key) + "'");
        }
        return pattern;
    }

    /**
     * The message {@code key} with {@code args} ({@code {0}}, {@code {1}}...): numbers for plural
     * and number arguments, strings for the rest.
     */
    public String format(String key, Object... args) {
        if (args.length == 1 && args[0] instanceof Integer n && n >= 0 && n < SMALL) {
            // a count: formatted once per number (ICU takes microseconds; pages ask for the same few counts)
            String[] counts = smallCounts.computeIfAbsent(key, k -> new String[SMALL]);
            String text = counts[n];
            if (text == null) {
                text = formatted(key, args);
                counts[n] = text; // a benign race: any thread computes the same immutable String
            }
            return text;
        }
        return formatted(key, args);
    }

    private String formatted(String key, Object[] args) {
        Object message = compiled.computeIfAbsent(key, this::compile);
        if (message instanceof String fixed) {
            return fixed;
        }
        MessageFormat format = (MessageFormat) message;
        synchronized (format) { // ICU's formats keep state while formatting
            return format.format(args);
        }
    }

    /** A message without arguments is formatted once (its quotes undone); the rest are kept compiled. */
    private Object compile(String key) {
        MessageFormat format = new MessageFormat(pattern(key), locale);
        return format.getFormatsByArgumentIndex().length == 0 && !pattern(key).contains("{")
                ? format.format(new Object[0]) : format;
    }

    /**
     * The forms of a message that is one plural argument ({@code {0, plural, one {...} other {...}}}):
     * selector ("one", "=0") → its text, with # for the number and the other arguments as written.
     * For a client that picks the form itself (search.js, with Intl.PluralRules).
     */
    public Map<String, String> pluralForms(String key) {
        String pattern = pattern(key);
        com.ibm.icu.text.MessagePattern parsed = new com.ibm.icu.text.MessagePattern(pattern);
        Map<String, String> forms = new LinkedHashMap<>();
        int depth = 0;
        String selector = null;
        int start = 0;
        int argStart = -1;
        int argLimit = -1;
        for (int i = 0; i < parsed.countParts(); i++) {
            com.ibm.icu.text.MessagePattern.Part part = parsed.getPart(i);
            switch (part.getType()) {
                case MSG_START -> {
                    depth++;
                    start = part.getLimit();
                }
                case MSG_LIMIT -> {
                    if (depth == 2 && selector != null && argLimit < 0) {
                        forms.put(selector, pattern.substring(start, part.getIndex()));
                    }
                    depth--;
                }
                case ARG_SELECTOR -> selector = parsed.getSubstring(part);
                case ARG_START -> argStart = depth == 1 && argStart < 0 ? part.getIndex() : argStart;
                case ARG_LIMIT -> argLimit = depth == 1 && argLimit < 0 && !forms.isEmpty() ? part.getLimit() : argLimit;
                default -> {
                }
            }
        }
        if (forms.isEmpty()) {
            throw new IllegalArgumentException("message '" + key + "' is not a plural: " + pattern);
        }
        // text around the plural ("{0, plural, ...} {1}.") belongs to every form
        String before = pattern.substring(0, argStart);
        String after = pattern.substring(argLimit);
        forms.replaceAll((k, v) -> before + v + after);
        return forms;
    }

    /** The language tag as given, in lower case with '-' ("en", "fr-ca"), for logs. */
    @Override
    public String toString() {
        return locale.toLanguageTag().toLowerCase(Locale.ROOT);
    }
}
