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
     * Every plural argument in every shipped bundle has exactly the CLDR categories ICU gives its
     * language: none missing (French and Spanish "many" is for millions: "1 000 000 de synthèses",
     * "1.000.000 de boletines"; Arabic needs zero, one, two, few, many and other, Russian one, few,
     * many and other), and none the language never selects (a "one" in Chinese is dead text that
     * a translator may think is shown). Explicit values ({@code =0}) are the translator's own and
     * allowed. The rules are ICU's (CLDR), not ours.
     */
    @Test
    void everyPluralHasExactlyTheCategoriesOfItsLanguage() {
        List<String> wrong = new ArrayList<>();
        int plurals = 0;
        for (String language : Messages.SHIPPED) {
            Set<String> categories = new TreeSet<>(PluralRules.forLocale(new ULocale(language)).getKeywords());
            for (Map.Entry<String, String> message : Messages.shipped(language).entrySet()) {
                if (message.getKey().startsWith("date.")) {
                    continue;
                }
                MessagePattern pattern = new MessagePattern(message.getValue());
                for (int i = 0; i < pattern.countParts(); i++) {
                    MessagePattern.Part part = pattern.getPart(i);
                    if (part.getType() == MessagePattern.Part.Type.ARG_START
                            && part.getArgType() == MessagePattern.ArgType.PLURAL) {
                        plurals++;
                        Set<String> selectors = selectors(pattern, i);
                        if (!selectors.equals(categories)) {
                            wrong.add(language + " " + message.getKey() + " has " + selectors + ", CLDR has " + categories);
                        }
                    }
                }
            }
        }
        assertThat(plurals).as("plural arguments looked at").isGreaterThan(150);
        assertThat(wrong).isEmpty();
    }

    /** The keyword selectors of the plural argument starting at part {@code start}, not those of arguments inside it. */
    private static Set<String> selectors(MessagePattern pattern, int start) {
        Set<String> selectors = new TreeSet<>();
        int limit = pattern.getLimitPartIndex(start);
        for (int i = start + 1; i < limit; i++) {
            MessagePattern.Part part = pattern.getPart(i);
            if (part.getType() == MessagePattern.Part.Type.MSG_START) {
                i = pattern.getLimitPartIndex(i); // a form's own text and arguments
            } else if (part.getType() == MessagePattern.Part.Type.ARG_SELECTOR
                    && !pattern.getSubstring(part).startsWith("=")) {
                selectors.add(pattern.getSubstring(part));
            }
        }
        return selectors;
    }

    /** The check above sees a category that is missing, one too many, and one inside another argument. */
    @Test
    void theCategoryCheckSeesWhatIsWrong() {
        MessagePattern french = new MessagePattern("{0, plural, one {# note} other {# notes}}");
        assertThat(selectors(french, 1)).containsExactly("one", "other");
        MessagePattern nested = new MessagePattern(
                "{1, select, a {{0, plural, =0 {aucune} one {# note} many {# de notes} other {# notes}}} other {x}}");
        int plural = 0;
        while (nested.getPart(plural).getType() != MessagePattern.Part.Type.ARG_START
                || nested.getPart(plural).getArgType() != MessagePattern.ArgType.PLURAL) {
            plural++;
        }
        assertThat(selectors(nested, plural)).containsExactly("many", "one", "other");
        assertThat(selectors(nested, 1)).as("the select's own").containsExactly("a", "other");
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
        assertThat(load("fr").format("count.briefings", 0)).as("French counts 0 as one").isEqualTo("0 synthèse");
        assertThat(load("fr").format("count.briefings", 2_000_000)).as("a million is a noun: de")
                .isEqualTo("2\u202f000\u202f000 de synthèses");
        assertThat(load("fr").format("count.parts", 1_000_000)).isEqualTo("1\u202f000\u202f000 d’épisodes");
        assertThat(load("es").format("count.briefings", 1_000_000)).isEqualTo("1.000.000 de boletines");
        assertThat(load("ru").format("entity.people.count", 5)).isEqualTo("5 человек упомянуто в сводках");
        assertThat(load("ar").format("publishers.meta", 2)).isEqualTo("استُشهد بناشرَين");
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
        assertThat(fr.format("count.briefings", 2)).as("a broken override keeps the shipped one").isEqualTo("2 synthèses");
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
