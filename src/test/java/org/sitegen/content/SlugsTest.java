package org.sitegen.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class SlugsTest {
    private final Slugs slugs = new Slugs();

    @Test
    void slugify_asciiTitle_lowercaseWithSingleHyphens() {
        assertThat(slugs.slugify("Hello World")).isEqualTo("hello-world");
        assertThat(slugs.slugify("  Hello,   World!  ")).isEqualTo("hello-world");
        assertThat(slugs.slugify("Q3 2023: GDP / Inflation")).isEqualTo("q3-2023-gdp-inflation");
        assertThat(slugs.slugify("already-a-slug")).isEqualTo("already-a-slug");
        assertThat(slugs.slugify("--a--b--")).isEqualTo("a-b");
    }

    @Test
    void slugify_accents_areDropped() {
        assertThat(slugs.slugify("Café économique")).isEqualTo("cafe-economique");
        assertThat(slugs.slugify("Straße")).isEqualTo("strasse");
    }

    @Test
    void slugify_apostrophes_joinWords() {
        assertThat(slugs.slugify("Côte d'Ivoire")).isEqualTo("cote-divoire");
        assertThat(slugs.slugify("Côte d\u2019Ivoire")).isEqualTo("cote-divoire");
        assertThat(slugs.slugify("Don't panic")).isEqualTo("dont-panic");
    }

    @Test
    void slugify_cyrillic_isStableNonEmptyAscii() {
        String slug = slugs.slugify("Україна");
        assertThat(slug).isEqualTo("ukraina").matches("[a-z0-9-]+");
        assertThat(slugs.slugify("Україна")).isEqualTo(slug);
        assertThat(new Slugs().slugify("Україна")).isEqualTo(slug);
    }

    @Test
    void slugify_greek_isTransliterated() {
        assertThat(slugs.slugify("Ελλάδα")).isEqualTo("ellada");
    }

    @Test
    void slugify_cjk_isTransliteratedPerSyllable() {
        assertThat(slugs.slugify("中国")).isEqualTo("zhong-guo");
        assertThat(slugs.slugify("北京")).isEqualTo("bei-jing");
    }

    @Test
    void slugify_punctuationOnly_isEmptyAndFallbackIsUsed() {
        assertThat(slugs.slugify("!!! ... ???")).isEmpty();
        assertThat(slugs.slugify("'")).isEmpty();
        assertThat(slugs.slugify("!!!", "briefing")).isEqualTo("briefing");
        assertThat(slugs.slugify("Iran", "briefing")).isEqualTo("iran");
    }

    @Test
    void slugify_longTitle_isCutAtHyphenWithinMaxLength() {
        String title = String.join(" ", java.util.Collections.nCopies(20, "abcdefg"));
        String slug = slugs.slugify(title);
        // hyphens at 7, 15, ..., 79: the last one at or before 80 is at 79
        assertThat(slug).isEqualTo(String.join("-", java.util.Collections.nCopies(10, "abcdefg")));
        assertThat(slug).hasSize(79).doesNotEndWith("-");
    }

    @Test
    void slugify_longWordWithoutHyphen_isCutAtMaxLength() {
        String word = "a".repeat(100);
        assertThat(slugs.slugify(word)).isEqualTo("a".repeat(Slugs.MAX_LENGTH));
    }

    @Test
    void slugify_exactlyMaxLength_isKept() {
        String text = "b".repeat(Slugs.MAX_LENGTH);
        assertThat(slugs.slugify(text)).isEqualTo(text);
    }

    @Test
    void slugify_turkishDefaultLocale_lowercasesAsciiI() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(new Locale("tr"));
            assertThat(slugs.slugify("TITLE")).isEqualTo("title");
            assertThat(slugs.slugify("INDIA IS BIG")).isEqualTo("india-is-big");
            assertThat(Slugs.lower("TITLE")).isEqualTo("title");
            assertThat(new Slugs().slugify("İSTANBUL")).isEqualTo("istanbul");
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void slugify_windowsDeviceNames_getASuffix() {
        assertThat(slugs.slugify("CON")).isEqualTo("con-1");
        assertThat(slugs.slugify("nul")).isEqualTo("nul-1");
        assertThat(slugs.slugify("Com1")).isEqualTo("com1-1");
        assertThat(slugs.slugify("../lpt9")).isEqualTo("lpt9-1");
        assertThat(slugs.slugify("console")).isEqualTo("console");
        assertThat(slugs.slugify("con 1")).isEqualTo("con-1");
        assertThat(slugs.isDeviceSlug(" Aux ")).isTrue();
        assertThat(slugs.isDeviceSlug("con-1")).isFalse();
    }

    /** Warming up on a thread of its own changes no slug, however the threads interleave. */
    @Test
    void prepare_thenSlugify_sameSlugs() {
        java.util.List<String> names = java.util.List.of("Україна", "東京とソウル", "Côte d'Ivoire", "plain", "Ελλάδα");
        Slugs cold = new Slugs();
        java.util.List<String> expected = names.stream().map(cold::slugify).toList();
        Slugs warmed = new Slugs();
        try (org.sitegen.exec.Parallel scope = new org.sitegen.exec.Parallel(1)) {
            warmed.prepare(names, scope);
            assertThat(names.stream().map(warmed::slugify).toList()).isEqualTo(expected)
                    .contains("ukraina", "cote-divoire", "plain");
        }
    }

    @Test
    void isDeviceName_anyCaseAndExtension() {
        assertThat(Slugs.isDeviceName("CON.png")).isTrue();
        assertThat(Slugs.isDeviceName("aux")).isTrue();
        assertThat(Slugs.isDeviceName("prn.tar.gz")).isTrue();
        assertThat(Slugs.isDeviceName("LPT0")).isTrue();
        assertThat(Slugs.isDeviceName("com10")).isFalse();
        assertThat(Slugs.isDeviceName("icon.png")).isFalse();
        assertThat(Slugs.isDeviceName("con-1")).isFalse();
        assertThat(Slugs.isDeviceName("nul  .txt")).isTrue();
        assertThat(Slugs.isDeviceName("co")).isFalse();
        assertThat(Slugs.isDeviceName("")).isFalse();
    }
}
