package org.sitegen.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AnalyzerTest {

    @Test
    void fold_removesCaseAndDiacritics_andSpellsOutLigatures() {
        assertThat(Folding.fold("Zürich CAFÉ Économique")).isEqualTo("zurich cafe economique");
        assertThat(Folding.fold("Straße Ærø Œuvre Łódź")).isEqualTo("strasse aero oeuvre lodz");
        assertThat(Folding.fold("Україна Ελλάδα")).isEqualTo("украіна ελλαδα");
    }

    @Test
    void words_splitOnNonLetters_dropOneLetterAndOverlongTokens() {
        assertThat(Analyzer.words("Examplia's 2023 budget—passed (at 9 a.m.)"))
                .containsExactly("examplia", "2023", "budget", "passed", "at");
        assertThat(Analyzer.words("x".repeat(31) + " ok")).containsExactly("ok");
    }

    @Test
    void terms_dropStopWords_andStem() {
        assertThat(Analyzer.terms("The talks of the ministers were stopped"))
                .containsExactly("talk", "minister", "stop");
    }

    @Test
    void stem_handlesPluralsVerbFormsAndSilentE() {
        assertThat(Stemmer.stem("economies")).isEqualTo("economy");
        assertThat(Stemmer.stem("classes")).isEqualTo("class");
        assertThat(Stemmer.stem("taxes")).isEqualTo("tax");
        assertThat(Stemmer.stem("sanctions")).isEqualTo(Stemmer.stem("sanction"));
        assertThat(Stemmer.stem("trading")).isEqualTo(Stemmer.stem("trade")).isEqualTo("trad");
        assertThat(Stemmer.stem("votes")).isEqualTo(Stemmer.stem("vote"));
        assertThat(Stemmer.stem("planned")).isEqualTo("plan");
        assertThat(Stemmer.stem("falling")).isEqualTo("fall");
    }

    @Test
    void stem_leavesShortWordsLatinEndingsNumbersAndOtherScriptsAlone() {
        assertThat(Stemmer.stem("gas")).isEqualTo("gas");
        assertThat(Stemmer.stem("crisis")).isEqualTo("crisis");
        assertThat(Stemmer.stem("status")).isEqualTo("status");
        assertThat(Stemmer.stem("agreed")).isEqualTo("agreed");
        assertThat(Stemmer.stem("2023s")).isEqualTo("2023s");
        assertThat(Stemmer.stem("украинаs")).isEqualTo("украинаs");
    }


}
