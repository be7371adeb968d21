package org.sitegen.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageTagsTest {
    /** The languages answered without ICU's list must be in it: the answer cannot depend on which way it was found. */
    @Test
    void commonLanguages_areAllInIcusList() {
        assertThat(LanguageTags.icuLanguages()).containsAll(LanguageTags.COMMON);
    }

    @Test
    void problem_knownUnknownAndMalformedTags() {
        assertThat(LanguageTags.problem("en")).isNull();
        assertThat(LanguageTags.problem("pt-BR")).isNull();
        assertThat(LanguageTags.problem("fil")).isNull(); // not a common one: ICU's list says
        assertThat(LanguageTags.problem("qq")).contains("not a language CLDR knows");
        assertThat(LanguageTags.problem("not a tag")).contains("is not a language tag");
        assertThat(LanguageTags.canonical("pt_br")).isEqualTo("pt-BR");
    }
}
