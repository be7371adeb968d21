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

    /** Past its growth steps and its limit (where it starts over), the cache answers as the stemmer does. */
    @Test
    void termCache_manyDistinctWords_alwaysTheStemmersTerm() {
        Analyzer.TermCache cache = new Analyzer.TermCache();
        java.util.List<String> words = new java.util.ArrayList<>();
        for (int n = 0; n < 300_000; n++) {
            words.add(Integer.toString(n * 7919, 26).replace('0', 'z') + "ings");
        }
        words.addAll(java.util.List.of("the", "and", "taxes", "planned"));
        for (int round = 0; round < 2; round++) {
            for (String word : words) {
                String expected = Analyzer.STOP_WORDS.contains(word) ? "" : Stemmer.stem(word);
                assertThat(cache.term(("  " + word + " ").toCharArray(), 2, word.length())).as(word).isEqualTo(expected);
                assertThat(cache.term(word.toCharArray(), 0, word.length())).as(word).isEqualTo(expected);
            }
        }
    }

    /** The hash worked out while scanning is the cache's own: a word in any case is one entry. */
    @Test
    void termCache_sameWordInAnyCaseOrScript_isOneEntry() {
        Analyzer.TermCache cache = new Analyzer.TermCache();
        java.util.List<String> terms = new java.util.ArrayList<>();
        Analyzer.forEachTerm("Talks talks TALKS tAlKs Zürich ZÜRICH zurich", cache, terms::add);
        assertThat(terms).containsExactly("talk", "talk", "talk", "talk", "zurich", "zurich", "zurich");
        assertThat(cache.size()).isEqualTo(2);
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
