package org.sitegen.content;

import com.ibm.icu.util.ULocale;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which language tags a file's {@code lang:} may be: a well-formed BCP 47 tag whose language
 * CLDR (through ICU) has data for, so dates, numbers and plural forms can be written in it.
 * The words of the theme are another matter: a language without a shipped bundle is shown in
 * English, with a warning from org.sitegen.i18n.
 */
public final class LanguageTags {
    /** The languages CLDR has data for ("en", "fr", "ar", "fil"…). */
    private static final Set<String> KNOWN = java.util.Arrays.stream(ULocale.getAvailableLocales())
            .map(ULocale::getLanguage).filter(l -> !l.isEmpty()).collect(Collectors.toUnmodifiableSet());

    private LanguageTags() {
    }

    /** Reads the languages CLDR knows, if not yet read: a build does it on a thread of its own while files load. */
    public static void prepare() {
        // the class's initialisation reads them
    }

    /** Why {@code tag} cannot be a page's language, or null when it can. */
    public static String problem(String tag) {
        String shown = org.sitegen.diag.OneLine.of(tag);
        Locale locale;
        try {
            locale = new Locale.Builder().setLanguageTag(tag.strip().replace('_', '-')).build();
        } catch (java.util.IllformedLocaleException e) {
            return "'lang' \"" + shown + "\" is not a language tag (BCP 47, e.g. en, fr, ar, pt-BR)";
        }
        if (locale.getLanguage().isEmpty()) {
            return "'lang' \"" + shown + "\" is not a language tag (BCP 47, e.g. en, fr, ar, pt-BR)";
        }
        if (!KNOWN.contains(locale.getLanguage())) {
            return "'lang' \"" + shown + "\" is not a language CLDR knows (it has no dates, numbers or plural "
                    + "rules for it); use a language tag such as en, fr, ar, pt-BR";
        }
        return null;
    }

    /** The tag as BCP 47 writes it ("pt-BR", "zh-Hant"), for a tag {@link #problem} accepts. */
    public static String canonical(String tag) {
        return new Locale.Builder().setLanguageTag(tag.strip().replace('_', '-')).build().toLanguageTag();
    }
}
