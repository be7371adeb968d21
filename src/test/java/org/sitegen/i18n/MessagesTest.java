package org.sitegen.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitegen.diag.Diagnostic;

class MessagesTest {
    @TempDir
    Path templates;

    private Messages load(String language) {
        return Messages.load(language, templates, p -> "templates/" + templates.relativize(p), "pom.xml");
    }

    @Test
    void everyShippedBundleHasExactlyTheEnglishKeys() {
        Set<String> english = Messages.shipped("en").keySet();
        assertThat(english).hasSizeGreaterThan(150);
        for (String language : Messages.SHIPPED) {
            assertThat(Messages.shipped(language).keySet()).as(language).containsExactlyInAnyOrderElementsOf(english);
        }
    }

    /**
     * Every plural in every shipped bundle has a form for each of the language's CLDR categories
     * that a count below a million falls in (French and Spanish "many" is for millions), so no
     * count is shown in a form made for another: Arabic needs zero, one, two, few, many and other,
     * Russian one, few, many and other. The rules are ICU's (CLDR), not ours.
     */
    @Test
    void everyPluralHasTheFormsOfItsLanguage() {
        List<String> missing = new ArrayList<>();
        for (String language : Messages.SHIPPED) {
            PluralRules rules = PluralRules.forLocale(new ULocale(language));
            Set<String> needed = new TreeSet<>();
            for (int n = 0; n < 1_000_000; n = n < 200 ? n + 1 : n * 3 / 2) {
                needed.add(rules.select(n));
            }
            for (Map.Entry<String, String> message : Messages.shipped(language).entrySet()) {
                if (message.getKey().startsWith("date.")) {
                    continue;
                }
                MessagePattern pattern = new MessagePattern(message.getValue());
                Set<String> selectors = new TreeSet<>();
                boolean plural = false;
                for (int i = 0; i < pattern.countParts(); i++) {
                    MessagePattern.Part part = pattern.getPart(i);
                    if (part.getType() == MessagePattern.Part.Type.ARG_START
                            && part.getArgType() == MessagePattern.ArgType.PLURAL) {
                        plural = true;
                    } else if (part.getType() == MessagePattern.Part.Type.ARG_SELECTOR) {
                        selectors.add(pattern.getSubstring(part));
                    }
                }
                if (plural && !selectors.containsAll(needed)) {
                    missing.add(language + " " + message.getKey() + " has " + selectors + ", needs " + needed);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void datePatternsAreJavaTimePatternsInEveryLanguage() {
        LocalDate day = LocalDate.of(2023, 2, 19);
        assertThat(DateTimeFormatter.ofPattern(load("en").pattern("date.long"), java.util.Locale.ENGLISH).format(day))
                .isEqualTo("19 February 2023");
        assertThat(DateTimeFormatter.ofPattern(load("de").pattern("date.long"), java.util.Locale.GERMAN).format(day))
                .isEqualTo("19. Februar 2023");
        assertThat(DateTimeFormatter.ofPattern(load("zh").pattern("date.long"), java.util.Locale.CHINESE).format(day))
                .isEqualTo("2023年2月19日");
        assertThat(DateTimeFormatter.ofPattern(load("ru").pattern("date.dayMonth"), Locale("ru")).format(day))
                .as("the month in the genitive, as in a sentence").isEqualTo("19 февраля");
    }

    private static java.util.Locale Locale(String tag) {
        return java.util.Locale.forLanguageTag(tag);
    }

    @Test
    void pluralsFollowTheLanguage() {
        assertThat(load("en").format("count.briefings", 1)).isEqualTo("1 briefing");
        assertThat(load("en").format("count.briefings", 1234)).isEqualTo("1,234 briefings");
        assertThat(load("fr").format("count.briefings", 0)).as("French counts 0 as one").isEqualTo("0 briefing");
        assertThat(load("ru").format("count.briefings", 3)).isEqualTo("3 сводки");
        assertThat(load("ru").format("count.briefings", 11)).isEqualTo("11 сводок");
        assertThat(load("ru").format("count.briefings", 21)).isEqualTo("21 сводка");
        assertThat(load("ar").format("count.briefings", 2)).isEqualTo("إحاطتان");
        assertThat(load("ar").format("count.briefings", 11)).isEqualTo("11 إحاطة");
        assertThat(load("zh").format("count.briefings", 5)).isEqualTo("5 篇简报");
    }

    /** Small counts are remembered once formatted: the second time gives the same text, beyond them ICU each time. */
    @Test
    void rememberedCountsAreTheFormattedOnes() {
        Messages ru = load("ru");
        for (int n : new int[] {0, 1, 2, 5, 11, 21, 22, 2047, 2048, 100_001}) {
            String first = ru.format("count.briefings", n);
            assertThat(ru.format("count.briefings", n)).isEqualTo(first)
                    .isEqualTo(new com.ibm.icu.text.MessageFormat(ru.pattern("count.briefings"), ru.locale())
                            .format(new Object[] {n}));
        }
    }

    @Test
    void rightToLeftFromCldr() {
        assertThat(load("ar").rightToLeft()).isTrue();
        assertThat(load("he").rightToLeft()).isTrue();
        assertThat(load("fa").rightToLeft()).isTrue();
        assertThat(load("en").rightToLeft()).isFalse();
        assertThat(load("zh").rightToLeft()).isFalse();
    }

    @Test
    void anOverrideReplacesSingleKeys_unknownKeysAndBadPatternsAreReportedAtTheirLine() throws Exception {
        Files.writeString(templates.resolve("messages_fr.properties"), String.join("\n",
                "# nos mots",
                "home.title=Les dernières notes",
                "home.titel=typo",
                "count.briefings={0, plural, one {# note} other {# notes}",
                "taxonomy.themes=Thèmes",
                "meta.by=Signé \\",
                "    {0}",
                ""), StandardCharsets.UTF_8);

        Messages fr = load("fr");

        assertThat(fr.format("home.title")).isEqualTo("Les dernières notes");
        assertThat(fr.format("nav.home")).as("not overridden: the shipped French").isEqualTo("Accueil");
        assertThat(fr.format("count.briefings", 2)).as("a broken override keeps the shipped one").isEqualTo("2 briefings");
        assertThat(fr.format("taxonomy.themes")).isEqualTo("Thèmes");
        assertThat(fr.format("meta.by", "Claire")).isEqualTo("Signé Claire");
        assertThat(fr.problems()).extracting(Diagnostic::toString).containsExactly(
                "templates/messages_fr.properties:3:1: warning: unknown message key 'home.titel', ignored; "
                        + "did you mean 'home.title'?",
                "templates/messages_fr.properties:4:1: error: message 'count.briefings' is not a valid ICU message "
                        + "pattern: " + icuProblem("{0, plural, one {# note} other {# notes}"));
    }

    private static String icuProblem(String pattern) {
        try {
            new com.ibm.icu.text.MessageFormat(pattern);
            throw new AssertionError("parses");
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    @Test
    void anUnshippedLanguageIsShownInEnglishAndSaysSo_anOverrideMayTranslateIt() throws Exception {
        Messages pt = load("pt-BR");
        assertThat(pt.format("nav.home")).isEqualTo("Home");
        assertThat(pt.problems()).extracting(Diagnostic::toString).singleElement().asString()
                .startsWith("pom.xml: warning: language 'pt-BR': " + keys() + " of " + keys()
                        + " messages have no translation");

        Files.writeString(templates.resolve("messages_pt.properties"), "nav.home=Início\n", StandardCharsets.UTF_8);
        Files.writeString(templates.resolve("messages_pt_BR.properties"), "nav.archive=Arquivo\n", StandardCharsets.UTF_8);
        pt = load("pt-BR");
        assertThat(pt.format("nav.home")).isEqualTo("Início");
        assertThat(pt.format("nav.archive")).isEqualTo("Arquivo");
        assertThat(pt.problems()).extracting(Diagnostic::toString).singleElement().asString()
                .contains((keys() - 2) + " of " + keys() + " messages");
    }

    private static int keys() {
        return Messages.shipped("en").size();
    }

    @Test
    void pluralFormsForTheScript() {
        assertThat(load("en").pluralForms("search.found")).containsExactly(
                Map.entry("one", "# briefing found {1}."), Map.entry("other", "# briefings found {1}."));
        assertThat(load("zh").pluralForms("search.found")).containsExactly(Map.entry("other", "找到 # 篇简报{1}。"));
        assertThat(load("ar").pluralForms("search.found")).containsKeys("zero", "one", "two", "few", "many", "other");
    }
}
