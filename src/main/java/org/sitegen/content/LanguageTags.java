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
    /**
     * Languages CLDR has data for whatever its version, answered without asking ICU: its list
     * of locales is read from its data files and costs a build more than the rest of the
     * language checks together (LanguageTagsTest holds every one to ICU's list).
     */
    static final Set<String> COMMON = Set.of("en", "fr", "de", "es", "ru", "ar", "zh", "pt", "it", "nl", "ja", "ko",
            "pl", "tr", "uk", "sv", "da", "nb", "fi", "cs", "el", "he", "hi", "id", "fa", "vi", "th", "ro", "hu");

    /** The languages CLDR has data for ("en", "fr", "ar", "fil"…), read on first use. */
    private static final class Known {
        static final Set<String> LANGUAGES = java.util.Arrays.stream(ULocale.getAvailableLocales())
                .map(ULocale::getLanguage).filter(l -> !l.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    private LanguageTags() {
    }

    /**
     * Reads the languages CLDR knows, if {@code siteLanguage} is not one of the {@link #COMMON}
     * ones: a build does it on a thread of its own while files load. A file in another language
     * has them read when it is checked.
     */
    public static void prepare(String siteLanguage) {
        if (siteLanguage == null || !isCommon(siteLanguage)) {
            icuLanguages();
        }
    }

    private static boolean isCommon(String tag) {
        try {
            return COMMON.contains(new Locale.Builder().setLanguageTag(tag.strip().replace('_', '-')).build().getLanguage());
        } catch (java.util.IllformedLocaleException e) {
            return false;
        }
    }

    /** Whether CLDR has data for {@code language} (a language subtag, lower case). */
    static boolean known(String language) {
        return COMMON.contains(language) || Known.LANGUAGES.contains(language);
    }

    /** ICU's own list, for the test that holds {@link #COMMON} to it. */
    static Set<String> icuLanguages() {
        return Known.LANGUAGES;
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
        if (!known(locale.getLanguage())) {
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
