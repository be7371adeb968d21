package org.sitegen.content;

import com.ibm.icu.text.Transliterator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.sitegen.exec.Parallel;

/**
 * Turns titles, file names and tags into URL slugs: lowercase ASCII letters, digits and
 * single hyphens, readable for any script ("Україна" becomes "ukraina", "Côte d'Ivoire"
 * becomes "cote-divoire"), never empty, never longer than {@link #MAX_LENGTH}.
 * Locale-independent: Turkish dotted/dotless i cannot change a slug. Never a Windows device
 * name either ({@code con}, {@code nul}, {@code lpt1}…, which no Windows machine can store as a
 * folder): those get {@link #DEVICE_SUFFIX}, so a tag "CON" is published at {@code /tags/con-1/}.
 */
public final class Slugs {
    public static final int MAX_LENGTH = 80;
    /** Appended to a slug that would be a Windows device name. */
    public static final String DEVICE_SUFFIX = "-1";
    private static final java.util.regex.Pattern DEVICE =
            java.util.regex.Pattern.compile("(?i)(con|prn|aux|nul|com[0-9]|lpt[0-9])");

    /**
     * Made on first use by a text {@link SlugTable} cannot spell (costly: docs/performance.md), then shared
     * by every build in this JVM (previews rebuild often).
     */
    private static Transliterator toAscii;
    private final Map<String, String> cache = new ConcurrentHashMap<>();

    /** The slug of {@code text}, or "" when nothing slug-worthy remains (callers pick a fallback). */
    public String slugify(String text) {
        String slug = plain(text);
        return isDeviceName(slug) ? slug + DEVICE_SUFFIX : slug;
    }

    /** Whether the slug of {@code text} is a device name, i.e. {@link #slugify} had to add the suffix. */
    public boolean isDeviceSlug(String text) {
        return isDeviceName(plain(text));
    }

    private String plain(String text) {
        if (isAscii(text)) {
            return clean(text);
        }
        String spelt = SlugTable.spell(text);
        if (spelt != null) {
            return clean(spelt); // the slug ICU gives (SlugTableTest), without ICU
        }
        return cache.computeIfAbsent(text, t -> clean(transliterate(t)));
    }

    /** The slug ICU spells for {@code text}, before any device suffix: what {@link SlugTable} must match. */
    static String viaIcu(String text) {
        return clean(transliterate(text));
    }

    /** The slug {@link SlugTable} spells for {@code text}, before any device suffix, or null if it cannot. */
    static String viaTable(String text) {
        String spelt = SlugTable.spell(text);
        return spelt == null ? null : clean(spelt);
    }

    /** Whether this JVM has made ICU's transliterator (the test that a plain archive needs none asks). */
    static synchronized boolean transliteratorMade() {
        return toAscii != null;
    }

    /** Whether {@code text} is ASCII or spelt by {@link SlugTable}: no ICU needed. */
    private static boolean needsNoIcu(String text) {
        if (isAscii(text)) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            if (!SlugTable.has(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Starts slugging the ones of {@code texts} that need ICU on a thread of its own, so that the
     * transliteration rules they need are built while the build does other work: building them
     * takes a quarter of a second for Japanese, under a lock every loading thread may wait on.
     * The slugs themselves are the same either way. The build {@code scope} waits for it. Texts
     * in ASCII, or whose other characters {@link SlugTable} spells, need no rules: with none of
     * those, nothing starts.
     */
    public void prepare(java.util.List<String> texts, Parallel scope) {
        java.util.List<String> foreign = texts.stream().filter(text -> !needsNoIcu(text)).toList();
        if (!foreign.isEmpty()) {
            scope.background("site-gen-slugs", () -> {
                foreign.forEach(this::plain); // fills the cache and builds the rules these scripts need
                return null;
            });
        }
    }

    /** Like {@link #slugify} but never empty: falls back to {@code fallback}. */
    public String slugify(String text, String fallback) {
        String slug = slugify(text);
        return slug.isEmpty() ? fallback : slug;
    }

    // ICU transliterators are not documented as thread-safe; the cache keeps this off the hot path.
    private static synchronized String transliterate(String text) {
        return transliterator().transliterate(text);
    }

    private static synchronized Transliterator transliterator() {
        if (toAscii == null) {
            toAscii = Transliterator.getInstance("Any-Latin; Latin-ASCII");
        }
        return toAscii;
    }

    private static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingHyphen = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'' || c == '\u2019') {
                continue; // apostrophes join: "don't" -> "dont", "Côte d'Ivoire" -> "cote-divoire"
            }
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                appendWithHyphen(out, c, pendingHyphen);
                pendingHyphen = false;
            } else if (c >= 'A' && c <= 'Z') {
                appendWithHyphen(out, (char) (c + ('a' - 'A')), pendingHyphen);
                pendingHyphen = false;
            } else {
                pendingHyphen = true;
            }
        }
        return truncate(out.toString());
    }

    /**
     * Whether Windows reserves {@code name} for a device, in any case and with any extension
     * ({@code CON}, {@code nul.txt}, {@code Com1.png}): such a file or folder cannot exist there.
     */
    public static boolean isDeviceName(String name) {
        int dot = name.indexOf('.');
        String base = (dot < 0 ? name : name.substring(0, dot)).stripTrailing();
        // every device name is 3 or 4 characters long: the pattern only for those (slugs of every tag of every briefing come here)
        return (base.length() == 3 || base.length() == 4) && DEVICE.matcher(base).matches();
    }

    private static void appendWithHyphen(StringBuilder out, char c, boolean pendingHyphen) {
        if (pendingHyphen && !out.isEmpty()) {
            out.append('-');
        }
        out.append(c);
    }

    /** Cuts at a hyphen so a long title does not end mid-word. */
    private static String truncate(String slug) {
        if (slug.length() <= MAX_LENGTH) {
            return slug;
        }
        int cut = slug.lastIndexOf('-', MAX_LENGTH);
        return slug.substring(0, cut > MAX_LENGTH / 2 ? cut : MAX_LENGTH);
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0x7f) {
                return false;
            }
        }
        return true;
    }

    /** Locale-independent lower case, for comparisons. */
    public static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
