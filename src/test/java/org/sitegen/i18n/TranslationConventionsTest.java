package org.sitegen.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The shipped bundles follow the typography of their language and call one thing by one word.
 * These are the classes of mistakes the review of 2026-12-06 found (docs/languages.md): French
 * colons and guillemets without their no-break spaces, English or German quotation marks in
 * French and Russian, Latin punctuation in Arabic and Chinese, a count word that drifts from the
 * language's own count.briefings. The checks read the literal text of each message (ICU's parts:
 * not the {0, plural, ...} syntax around it), so they see what a reader sees.
 */
class TranslationConventionsTest {
    private static final char NBSP = '\u00a0';
    private static final char NNBSP = '\u202f';

    @Test
    void everyShippedLanguageFollowsItsTypography() {
        List<String> wrong = new ArrayList<>();
        for (String language : List.of("fr", "de", "es", "ru", "ar", "zh")) {
            eachText(language, (key, text) -> wrong.addAll(typography(language, language + " " + key, text)));
            for (Map.Entry<String, String> message : Messages.shipped(language).entrySet()) {
                List<String> texts = new ArrayList<>();
                literalText(message.getValue(), texts);
                String whole = String.join("", texts); // the quotes of „{1}“ are in two runs
                if (count(whole, '„') != count(whole, '“') && language.equals("de")
                        || count(whole, '«') != count(whole, '»')) {
                    wrong.add(language + " " + message.getKey() + ": quotation marks do not pair in " + show(whole));
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** Each rule fails on the mistake it is for, and passes its language's right spelling. */
    @Test
    void theTypographyRulesSeeTheirMistakes() {
        assertThat(typography("fr", "k", "Dernier épisode : ")).hasSize(1);
        assertThat(typography("fr", "k", ": x")).as("a colon right after an argument").hasSize(1);
        assertThat(typography("fr", "k", "pour « x »")).hasSize(2);
        assertThat(typography("fr", "k", "l'année")).hasSize(1);
        assertThat(typography("fr", "k", "pour «\u00a0x\u00a0» ; Dernier\u00a0:")).hasSize(1);
        assertThat(typography("fr", "k", "pour «\u00a0x\u00a0»\u202f; Dernier\u00a0: l’année")).isEmpty();
        assertThat(typography("de", "k", "in “x”")).hasSize(1);
        assertThat(typography("de", "k", "in „x“")).isEmpty();
        assertThat(typography("ru", "k", "в „x“")).hasSize(1);
        assertThat(typography("ru", "k", "в « x »")).hasSize(1);
        assertThat(typography("ru", "k", "в «x»")).isEmpty();
        assertThat(typography("ar", "k", "الأشخاص, الدول?")).hasSize(1);
        assertThat(typography("ar", "k", "الأشخاص، الدول؟")).isEmpty();
        assertThat(typography("zh", "k", "作者:{0}")).hasSize(1);
        assertThat(typography("zh", "k", "正在加载…")).hasSize(1);
        assertThat(typography("zh", "k", "作者：正在加载……")).isEmpty();
    }

    /**
     * The typography mistakes in {@code text}, a run of a message's own text in {@code language}.
     * French: a no-break space (U+00A0, or the narrow U+202F) before : ; ? ! » and after «, and
     * no other quotation marks or the straight apostrophe (’). German: „…“ only. Russian and
     * Spanish: «…» with no space inside (Russian „…“ is for quotes within quotes, which the theme
     * has none of). Arabic: ، ؛ ؟ not , ; ?. Chinese: full-width punctuation next to Chinese,
     * and …… as the ellipsis.
     */
    static List<String> typography(String language, String key, String text) {
        List<String> wrong = new ArrayList<>();
        switch (language) {
            case "fr" -> {
                for (int i = 0; i < text.length(); i++) {
                    char c = text.charAt(i);
                    if (":;?!»".indexOf(c) >= 0 && (i == 0 || !noBreak(text.charAt(i - 1)))) {
                        wrong.add(key + ": no no-break space before '" + c + "' in " + show(text));
                    } else if (c == '«' && (i + 1 == text.length() || !noBreak(text.charAt(i + 1)))) {
                        wrong.add(key + ": no no-break space after '«' in " + show(text));
                    } else if ("\"“”„'".indexOf(c) >= 0) {
                        wrong.add(key + ": '" + c + "' (French quotes with « » and writes ’) in " + show(text));
                    }
                }
            }
            case "de" -> {
                if (text.matches("(?s).*[«»”\"].*")) {
                    wrong.add(key + ": quotation marks other than „…“ in " + show(text));
                }
            }
            case "ru", "es" -> {
                if (text.matches("(?s).*[„“”\"].*")) {
                    wrong.add(key + ": quotation marks other than «…» in " + show(text));
                } else if (text.matches("(?s).*(«\\s|\\s»).*")) {
                    wrong.add(key + ": a space inside «…» in " + show(text));
                }
            }
            case "ar" -> {
                if (text.matches("(?s).*[,;?\"].*")) {
                    wrong.add(key + ": Latin , ; ? or \" in " + show(text));
                }
            }
            case "zh" -> {
                if (LATIN_NEXT_TO_HAN.matcher(text).find()) {
                    wrong.add(key + ": Latin punctuation next to Chinese in " + show(text));
                } else if (text.replace("……", "").indexOf('…') >= 0) {
                    wrong.add(key + ": a single … (the Chinese ellipsis is ……) in " + show(text));
                }
            }
            default -> throw new IllegalArgumentException(language);
        }
        return wrong;
    }

    private static final Pattern LATIN_NEXT_TO_HAN = Pattern.compile("\\p{IsHan}[,:;?!()\"]|[,:;?!()\"]\\s*\\p{IsHan}");

    @Test
    void theChecksReadTheTextAReaderSees() {
        List<String> texts = new ArrayList<>();
        literalText("{0, plural, one {# briefing} other {# briefings}} for « {1} » : {2}", texts);
        assertThat(texts).containsExactly(" briefing", " briefings", " for « ", " » : ");
        texts.clear();
        literalText("Dernier '{'épisode'}' : {0, select, a {x} other {y}}", texts);
        assertThat(texts).containsExactly("Dernier {épisode} : ", "x", "y");
    }

    /**
     * One word per thing: the messages that count briefings (or parts, or stories) say it as the
     * language's own count.* does, for every plural category, so a key left with an older or
     * English word ("briefing" in French) shows. The keys here are those whose count stands alone
     * in the English sentence; a verb or a case around the count (Russian "в 5 сводках") is left out.
     */
    @Test
    void countsUseTheLanguagesOwnCountWords() {
        Map<String, List<String>> sameWords = Map.of(
                "count.briefings", List.of("home.total", "archive.span", "archive.spanFrom", "archive.spanFromTo",
                        "timeline.one", "timeline.range"),
                "count.parts", List.of("stories.partsSince", "story.meta", "review.partsIn"),
                "count.stories", List.of("stories.meta"));
        List<String> wrong = new ArrayList<>();
        for (String language : Messages.SHIPPED) {
            Map<String, String> bundle = Messages.shipped(language);
            ULocale locale = new ULocale(language);
            for (Map.Entry<String, List<String>> count : sameWords.entrySet()) {
                for (int n : new int[] {0, 1, 2, 3, 5, 11, 21, 22, 100, 101, 1_000_000}) {
                    String word = new MessageFormat(bundle.get(count.getKey()), locale).format(new Object[] {n});
                    for (String key : count.getValue()) {
                        String sentence = new MessageFormat(bundle.get(key), locale)
                                .format(new Object[] {n, "2023", "2024", "2024", 7});
                        if (!sentence.contains(word)) {
                            wrong.add(language + " " + key + "(" + n + ") = " + sentence + ", not " + word);
                        }
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    private static boolean noBreak(char c) {
        return c == NBSP || c == NNBSP;
    }

    private static long count(String text, char c) {
        return text.chars().filter(x -> x == c).count();
    }

    private static String show(String text) {
        return "\"" + text.replace(NBSP, '⍽').replace(NNBSP, '⍽') + "\"";
    }

    private interface TextCheck {
        void check(String key, String text);
    }

    /** Each message's literal text, all its forms together (date patterns are java.time's, not text). */
    private static void eachText(String language, TextCheck check) {
        int seen = 0;
        for (Map.Entry<String, String> message : Messages.shipped(language).entrySet()) {
            if (message.getKey().startsWith("date.") || message.getKey().startsWith("text.")) {
                continue;
            }
            List<String> texts = new ArrayList<>();
            literalText(message.getValue(), texts);
            for (String text : texts) {
                check.check(message.getKey(), text);
            }
            seen++;
        }
        assertThat(seen).as(language + " messages read").isGreaterThan(150);
    }

    /** Parts after which the pattern's own text follows, up to the next part. */
    private static final Set<MessagePattern.Part.Type> TEXT_FOLLOWS = EnumSet.of(MessagePattern.Part.Type.MSG_START,
            MessagePattern.Part.Type.SKIP_SYNTAX, MessagePattern.Part.Type.INSERT_CHAR,
            MessagePattern.Part.Type.REPLACE_NUMBER, MessagePattern.Part.Type.ARG_LIMIT);

    /**
     * The runs of literal text of an ICU pattern, in order, one per gap between its parts ("{0, plural,"
     * and the selectors are syntax; a quoted '{' is text). Neighbouring runs are separate, so a check
     * of "what comes before :" does not look across an argument.
     */
    static void literalText(String pattern, List<String> texts) {
        MessagePattern parsed = new MessagePattern(pattern);
        StringBuilder run = new StringBuilder();
        for (int i = 0; i + 1 < parsed.countParts(); i++) {
            MessagePattern.Part part = parsed.getPart(i);
            if (part.getType() == MessagePattern.Part.Type.SKIP_SYNTAX) {
                // a quote: the text goes on after it
            } else if (TEXT_FOLLOWS.contains(part.getType())) {
                texts.add(run.toString());
                run.setLength(0);
            }
            if (TEXT_FOLLOWS.contains(part.getType())) {
                run.append(pattern, part.getLimit(), parsed.getPart(i + 1).getIndex());
            }
        }
        texts.add(run.toString());
        texts.removeIf(String::isEmpty);
    }
}
