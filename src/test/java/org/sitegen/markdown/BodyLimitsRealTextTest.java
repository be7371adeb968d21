package org.sitegen.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sitegen.diag.Diagnostic;
import org.sitegen.diag.Diagnostics;
import org.sitegen.url.RelativeUrls;

/**
 * Real text that {@link BodyLimits} must let through, next to the hostile inputs of the bad-input
 * catalogue (limits-word-*, limits-nesting-brackets) it must still refuse.
 */
class BodyLimitsRealTextTest {
    private static final BodySource DOC = new BodySource("content/pages/cn-sing.md", "pages/cn-sing.md", 6, "/cn/sing/");
    private final MarkdownRenderer renderer = new MarkdownRenderer(new RelativeUrls(true));
    private final Diagnostics diagnostics = new Diagnostics();

    private RenderedBody render(String body) {
        return renderer.render(body, DOC, new LinkTargets(Map.of(), Set.of()), diagnostics);
    }

    /**
     * yihui.org's song list (content/cn-sing.md, lines 255-262, CC BY-NC-SA 4.0; see
     * docs/real-archives.md): Chinese puts no space between words, so a line of 39 links to
     * kg.qq.com is one "word" with 39 "](" and 78 dots in their destinations.
     */
    @Test
    void aChineseListOfLinksWithoutSpaces_isRendered() throws IOException {
        String body = resource("/real-archives/yihui-cn-sing-excerpt.md");
        RenderedBody rendered = render(body);
        assertThat(diagnostics.sorted()).extracting(Diagnostic::toString).isEmpty();
        int links = (int) Pattern.compile("\\]\\(https://kg\\.qq\\.com/").matcher(body).results().count();
        assertThat(links).isGreaterThan(BodyLimits.MAX_WORD_PARTS / 2);
        assertThat(Pattern.compile("<a href=\"https://kg\\.qq\\.com/").matcher(rendered.html()).results().count())
                .isEqualTo(links);
        assertThat(rendered.html()).contains("《<a href=\"https://kg.qq.com/node/play?s=98YnYUL95x3cSLpM\">把思念寄托远方</a>》");
    }

    /** Long words of closed links reach the parser (LinearTimeTest times the last two shapes). */
    @Test
    void longWordsOfClosedLinks_areParsed() {
        for (String unit : java.util.List.of("《[歌](https://kg.qq.com/node/play?s=Ue-y.C9)》",
                "[".repeat(90) + "a" + "](/u.v)".repeat(90), "[a](/u(v(w)x)y.z)")) {
            render(unit.repeat(240_000 / unit.length()) + "\n");
        }
        assertThat(diagnostics.sorted()).isEmpty();
    }

    @Test
    void dotsInALinksText_stillCount() {
        render("Visit [" + "www.".repeat(BodyLimits.MAX_WORD_PARTS + 1) + "x](https://a.b/) now.\n");
        assertThat(diagnostics.hasErrors()).isTrue();
    }

    @Test
    void destinationsThatDoNotCloseBeforeASpace_stillCount() {
        render("x" + "[a](b".repeat(BodyLimits.MAX_WORD_PARTS + 1) + "\n");
        assertThat(diagnostics.sorted()).extracting(Diagnostic::toString)
                .anyMatch(m -> m.contains("a word holds more than " + BodyLimits.MAX_WORD_PARTS));
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = BodyLimitsRealTextTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
