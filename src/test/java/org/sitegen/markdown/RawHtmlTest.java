package org.sitegen.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitegen.diag.Diagnostic;
import org.sitegen.diag.Diagnostics;
import org.sitegen.url.RelativeUrls;

/** Raw HTML and script URLs in bodies, under each rawHtml policy. */
class RawHtmlTest {
    private static final BodySource DOC = new BodySource("content/a.md", "a.md", 4, "/2023/01/01/a/");
    private static final LinkTargets TARGETS = new LinkTargets(Map.of("a.md", "/2023/01/01/a/"), Set.of());
    private final Diagnostics diagnostics = new Diagnostics();

    private String render(RawHtml policy, String markdown) {
        return new MarkdownRenderer(new RelativeUrls(false), policy).render(markdown, DOC, TARGETS, diagnostics).html();
    }

    private List<String> messages() {
        return diagnostics.sorted().stream().map(Diagnostic::toString).toList();
    }

    @Test
    void sanitize_scriptBlock_isRemoved() {
        String html = render(RawHtml.SANITIZE, "Before.\n\n<script>alert(1)</script>\n\nAfter.\n");
        assertThat(html).doesNotContainIgnoringCase("script").doesNotContain("alert").contains("<p>Before.</p>")
                .contains("<p>After.</p>");
    }

    @Test
    void sanitize_eventHandlersStyleAndIframe_areRemovedHarmlessMarkupKept() {
        String html = render(RawHtml.SANITIZE, "<img src=\"x.png\" onerror=\"alert(1)\"> <b onclick=\"x()\">bold</b>"
                + " <span style=\"position:fixed\">s</span>\n\n<iframe src=\"https://evil.example\"></iframe>\n");
        assertThat(html).doesNotContain("onerror").doesNotContain("onclick").doesNotContain("style=")
                .doesNotContain("iframe").contains("<b>bold</b>").contains("<span>s</span>");
    }

    @Test
    void sanitize_rawAnchorWithJavascript_loosesHref() {
        String html = render(RawHtml.SANITIZE, "<a href=\"JaVaScRiPt:alert(1)\">x</a> and <a href=\"https://ok.example/\">y</a>\n");
        assertThat(html).doesNotContainIgnoringCase("javascript").contains("<a>x</a>")
                .contains("<a href=\"https://ok.example/\">y</a>");
    }

    @Test
    void sanitize_markdownOutputWithoutRawHtml_isUntouched() {
        String markdown = "## Head\n\n| a | b |\n|--:|---|\n| 1 | 2 |\n\nText[^1].\n\n[^1]: Note.\n";
        assertThat(render(RawHtml.SANITIZE, markdown)).isEqualTo(render(RawHtml.TRUST, markdown));
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JAVASCRIPT:alert(1)", "&#106;avascript:alert(1)",
            "&#x6A;avascript:alert(1)", "java&#x09;script:alert(1)", "vbscript:msgbox(1)",
            "data:text/html;base64,PHNjcmlwdD4=", "Javascript:&#x61;lert(1)"})
    void markdownLinkWithScriptUrl_isNeutralisedAndReported(String url) {
        String html = render(RawHtml.SANITIZE, "Intro.\n\n[click](<" + url + ">) ![i](<" + url + ">)\n");
        assertThat(html).doesNotContainIgnoringCase("script:").doesNotContain("data:")
                .contains("<a href=\"#\">click</a>");
        assertThat(messages()).isNotEmpty().allMatch(m -> m.startsWith("content/a.md:6:")
                && m.contains("warning: unsafe link removed (script or data URL)"));
    }

    @Test
    void escape_rawHtml_isShownAsText() {
        assertThat(render(RawHtml.ESCAPE, "Use <b>bold</b>.\n")).isEqualTo("<p>Use &lt;b&gt;bold&lt;/b&gt;.</p>\n");
    }

    @Test
    void trust_rawHtml_isKeptAsWritten() {
        assertThat(render(RawHtml.TRUST, "<div class=\"x\" onclick=\"f()\">hi</div>\n"))
                .isEqualTo("<div class=\"x\" onclick=\"f()\">hi</div>\n");
        render(RawHtml.TRUST, "[x](vbscript:f())\n");
        assertThat(messages()).isEmpty(); // not our business when the writers are trusted
    }

    @Test
    void parse_policyNames_caseInsensitive() {
        assertThat(RawHtml.parse("Sanitize")).contains(RawHtml.SANITIZE);
        assertThat(RawHtml.parse("nope")).isEmpty();
    }
}
