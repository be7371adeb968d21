package org.sitegen.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitegen.config.RawHtml;
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

    /** One link policy, with and without raw HTML in the body (issue #18: tel: lost its href only next to raw HTML). */
    @ParameterizedTest
    @ValueSource(strings = {"", "<b>raw</b> "})
    void telLinks_keepTheirHref_withAndWithoutRawHtml(String rawHtml) {
        String html = render(RawHtml.SANITIZE, rawHtml + "[call](tel:+15550100) <tel:+15550100> "
                + "<a href=\"tel:+15550100\">raw call</a>\n");
        assertThat(html).contains("<a href=\"tel:+15550100\">call</a>", "<a href=\"tel:+15550100\">tel:+15550100</a>");
        if (!rawHtml.isEmpty()) {
            assertThat(html).contains("<a href=\"tel:+15550100\">raw call</a>");
        }
        assertThat(messages()).isEmpty();
    }

    /** The CommonMark spec's autolink examples with harmless schemes stay links, under every policy. */
    @ParameterizedTest
    @ValueSource(strings = {"irc://foo.bar:2233/baz", "MAILTO:FOO@BAR.BAZ", "a+b+c:d", "made-up-scheme://foo,bar",
            "localhost:5001/foo", "http://example.com/\\[\\"})
    void commonMarkAutolinks_withHarmlessSchemes_stayLinks(String url) {
        for (RawHtml policy : RawHtml.values()) {
            assertThat(render(policy, "<" + url + ">\n")).as(policy + " " + url).contains("<a href=\"");
        }
        assertThat(messages()).isEmpty();
    }

    /** Autolinks are Markdown, not HTML: rawHtml=escape does not stop them, the scheme check does. */
    @ParameterizedTest
    @ValueSource(strings = {"SANITIZE", "ESCAPE"})
    void scriptAutolinks_becomeText_underSanitizeAndEscape(RawHtml policy) {
        String html = render(policy, "Intro.\n\n<JavaScript:alert(1)> and www.example.com <VbScript:x>\n");
        assertThat(html).isEqualTo("<p>Intro.</p>\n<p>JavaScript:alert(1) and "
                + "<a href=\"http://www.example.com\">www.example.com</a> VbScript:x</p>\n");
        assertThat(messages()).containsExactly(
                "content/a.md:6:1: warning: unsafe link removed (script or data URL): JavaScript:alert(1)",
                "content/a.md:6:43: warning: unsafe link removed (script or data URL): VbScript:x");
    }
}
