package org.sitegen.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitegen.render.Theme;

class ThemeSettingsTest {

    private static ThemeSettings accent(String light, String dark) {
        return new ThemeSettings(light, dark, "", "", "", "", Map.of());
    }

    @Test
    void css_accentOnly_setsItAndDerivesTheDarkOneFromIt_screenOnly() {
        String css = accent("#0a5c36", "").css();

        assertThat(css).contains("@media screen {\n  :root { --accent: #0a5c36; }\n}")
                .contains("@media screen and (prefers-color-scheme: dark) {\n"
                        + "  :root { --accent: color-mix(in srgb, #0a5c36 55%, white); }\n}")
                .doesNotContain("--font");
    }

    @Test
    void css_bothAccentsAndFonts_eachAsWritten() {
        String css = new ThemeSettings("teal", "rgb(127 209 168 / 90%)", "", "", "Georgia, \"Times New Roman\", serif",
                "'Fira Sans', sans-serif", Map.of()).css();

        assertThat(css).contains("--accent: teal;").contains("--accent: rgb(127 209 168 / 90%);")
                .contains("--font-text: Georgia, \"Times New Roman\", serif;")
                .contains("--font-ui: 'Fira Sans', sans-serif;");
    }

    @Test
    void defaults_needNoStylesheet_andNameTaxonomiesByTheirKey() {
        ThemeSettings theme = ThemeSettings.defaults();

        assertThat(theme.hasStyles()).isFalse();
        assertThat(Theme.stylesheets(theme)).containsExactly("/assets/style.css", "/assets/custom.css");
        assertThat(theme.taxonomyName("countries")).isEqualTo("Countries");
        assertThat(Theme.stylesheets(accent("red", ""))).containsExactly("/assets/style.css",
                "/assets/theme-settings.css", "/assets/custom.css");
    }

    /** Values that would end the declaration, the rule or the stylesheet, or are no colour at all. */
    @ParameterizedTest
    @ValueSource(strings = {"red;}body{display:none", "#12345", "#ggg", "rgb(1,2,3);x", "url(x)", "</style>",
            "red /* x */", "var(--x)", "expression(alert(1))", "rgb(1 2 3)}", "\"red\"", "r\\65 d"})
    void accentColor_notAPlainColour_isRefusedWithItsName(String value) {
        assertThatThrownBy(() -> accent(value, "")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("accentColor '").hasMessageContaining("is not a CSS colour");
        assertThatThrownBy(() -> accent("", value)).hasMessageStartingWith("darkAccentColor '");
    }

    /** A writer fixing settings one failed build at a time would need as many builds as mistakes. */
    @Test
    void everyWrongSettingIsReportedAtOnce() {
        assertThatThrownBy(() -> new ThemeSettings("#0a5c3g", "", "../logo.svg", "two\nlines", "\"Unclosed, serif", "",
                Map.of("tags", " ")))
                .isInstanceOfSatisfying(InvalidSettings.class, e -> assertThat(e.problems()).containsExactly(
                        "accentColor '#0a5c3g' is not a CSS colour (e.g. #0a5c36, teal, rgb(10 92 54))",
                        "textFont '\"Unclosed, serif' has a quote without its closing quote",
                        "logo '../logo.svg' must not contain . or .. folders",
                        "headerText must be one line of text",
                        "taxonomyNames: the display name of 'tags' must be one line of text"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Georgia; color: red", "a{", "\"Unclosed, serif", "x /* y", "a\\62 c", "f\nx"})
    void fonts_thatCouldLeaveTheDeclaration_areRefused(String value) {
        assertThatThrownBy(() -> new ThemeSettings("", "", "", "", value, "", Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("textFont '")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void logo_isMadeSiteAbsolute_andMayNotClimbOutOrCarryAScheme() {
        assertThat(new ThemeSettings("", "", "assets/logo.svg", "", "", "", Map.of()).logo())
                .isEqualTo("/assets/logo.svg");
        for (String bad : List.of("../secret.png", "assets/../../x.png", "javascript:alert(1)", "https://x.org/l.png",
                "a b.png", "\"x.png")) {
            assertThatThrownBy(() -> new ThemeSettings("", "", bad, "", "", "", Map.of()))
                    .as(bad).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("logo '");
        }
    }

    @Test
    void taxonomyNames_parsedFromKeyEqualsNameItems_inOneOrManyItems() {
        assertThat(ThemeSettings.parseTaxonomyNames(List.of("countries=Countries, tags = Topics", "people=Who")))
                .containsExactly(Map.entry("countries", "Countries"), Map.entry("tags", "Topics"),
                        Map.entry("people", "Who"));
        assertThatThrownBy(() -> ThemeSettings.parseTaxonomyNames(List.of("tags")))
                .hasMessage("taxonomyNames: 'tags' is not key=Name (e.g. tags=Topics,countries=Countries)");
        assertThatThrownBy(() -> ThemeSettings.parseTaxonomyNames(List.of("=Topics")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ThemeSettings("", "", "", "", "", "", Map.of("tags", " ")))
                .hasMessage("taxonomyNames: the display name of 'tags' must be one line of text");
        assertThat(new ThemeSettings("", "", "", "", "", "", Map.of("tags", "Topics")).taxonomyName("tags"))
                .isEqualTo("Topics");
    }
}
