package org.sitegen.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitegen.config.RawHtml;
import org.sitegen.diag.Diagnostics;
import org.sitegen.url.RelativeUrls;

/** Embeds: their lines, checks and markers, with a stand-in for the theme's templates. */
class EmbedsTest {
    private static final BodySource DOC = new BodySource("content/2023/a.md", "2023/a.md", 6, "/2023/02/19/a/");
    private static final LinkTargets TARGETS = new LinkTargets(
            Map.of("2023/a.md", "/2023/02/19/a/", "2023/b.md", "/2023/02/20/b/"), Set.of("2023/map.png"), Set.of(),
            Set.of());
    /** Shows what a template is given: [name attributes|content]. */
    private static final EmbedRenderer SHOW = embed -> "[" + embed.name() + " " + embed.attributes()
            + (embed.video() == null ? "" : " " + embed.video().embedUrl()) + "|" + embed.content() + "]";
    private final Diagnostics diagnostics = new Diagnostics();
    private final MarkdownRenderer renderer = new MarkdownRenderer(new RelativeUrls(false), RawHtml.SANITIZE, SHOW);

    private String html(String body) {
        return renderer.render(body, DOC, TARGETS, diagnostics).html();
    }

    private List<String> problems() {
        return diagnostics.sorted().stream().map(Object::toString).toList();
    }

    @Test
    void siblings_eachClosedByItsLine() {
        assertThat(html("::: note\nOne.\n:::\n\n::: note title=\"Two\"\nTwo.\n:::\n"))
                .isEqualTo("[note {}|<p>One.</p>]\n[note {title=Two}|<p>Two.</p>]\n");
        assertThat(problems()).isEmpty();
    }

    /** Pandoc's manual: nested divs, the outer fence with trailing colons, closed by a longer line. */
    @Test
    void pandocManual_nestedWithTrailingColons() {
        assertThat(html("::: note title=\"Warning\" ::::::\nThis is a warning.\n\n::: note title=\"Danger\"\n"
                + "This is a warning within a warning.\n:::\n::::::::::::::::::\n"))
                .isEqualTo("[note {title=Warning}|<p>This is a warning.</p>\n"
                        + "[note {title=Danger}|<p>This is a warning within a warning.</p>]]\n");
        assertThat(problems()).isEmpty();
    }

    /** Lunamark's fenced_divs test: fences of more, fewer and as many colons, and divs directly in divs. */
    @Test
    void lunamark_fenceLengthsAndDirectNesting() {
        assertThat(html(":::: note\nOuter\n\n::::: quote\nmore colons\n:::::\n\n::: quote\nfewer colons\n:::\n"
                + "::::\n"))
                .isEqualTo("[note {}|<p>Outer</p>\n[quote {}|<p>more colons</p>]\n[quote {}|<p>fewer colons</p>]]\n");
        assertThat(html("::: note\n::: note\n::: quote\nDirectly nested.\n:::\n:::\n:::\n"))
                .isEqualTo("[note {}|[note {}|[quote {}|<p>Directly nested.</p>]]]\n");
        assertThat(problems()).isEmpty();
    }

    /** Lunamark: fences without a name are no div, and fences may be indented up to three spaces. */
    @Test
    void lunamark_noNameIsText_indentedFences() {
        assertThat(html(":::\nThis is not a div\n:::\n")).isEqualTo("<p>:::\nThis is not a div\n:::</p>\n");
        assertThat(html(" ::: note\nSome better div\n  :::\n")).isEqualTo("[note {}|<p>Some better div</p>]\n");
        assertThat(html("    ::: note\n")).isEqualTo("<pre><code>::: note\n</code></pre>\n");
        assertThat(problems()).isEmpty();
    }

    /** A closing line inside a fenced code block is the code's; lines of prose after ':::' close too. */
    @Test
    void codeBlockInside_keepsItsColonLines_closingLineEndsAnOpenParagraph() {
        assertThat(html("::: note\n```\n:::\n```\n:::\nAfter.\n"))
                .isEqualTo("[note {}|<pre><code>:::\n</code></pre>]\n<p>After.</p>\n");
        assertThat(html("Before.\n::: note\nIn.\n:::\nAfter.\n"))
                .isEqualTo("<p>Before.</p>\n[note {}|<p>In.</p>]\n<p>After.</p>\n");
        assertThat(problems()).isEmpty();
    }

    @Test
    void attributes_quotedBareEscaped() {
        assertThat(html("::: figure src=map.png alt='A \"map\"' credit=\"Me \\\"and\\\" you\"\nCap.\n:::\n"))
                .isEqualTo("[figure {src=../../../map.png, alt=A \"map\", credit=Me \"and\" you}|<p>Cap.</p>]\n");
        assertThat(problems()).isEmpty();
    }

    @Test
    void video_idsMakeThePlayerUrls() {
        assertThat(html("::: video youtube=\"aqz-KE-bpKQ\" title=\"T\"\n:::\n")).isEqualTo(
                "[video {youtube=aqz-KE-bpKQ, title=T} https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ|]\n");
        assertThat(html("::: video vimeo=\"76979871\" title=\"T\"\n:::\n"))
                .isEqualTo("[video {vimeo=76979871, title=T} https://player.vimeo.com/video/76979871?dnt=1|]\n");
        assertThat(problems()).isEmpty();
    }

    @Test
    void problems_atTheirLineAndColumn() {
        html("Text.\n\n::: warning\nx\n:::\n\n::: figure alt=\"\"\n:::\n\n"
                + "::: video youtube=\"x\\\" onload=\\\"\" title=\"T\"\n:::\n\n"
                + "::: video vimeo=\"12\" youtube=\"aqz-KE-bpKQ\" title=\"T\"\n:::\n\n"
                + "::: post url=\"javascript:alert(1)\" author=\"A\" date=\"2023-02-30\"\nText\n:::\n\n"
                + "::: quote cite=\"x\" cite=\"y\" size=3\n:::\n\n::: note title=\"open\n\n::: note\nNever closed.\n");
        assertThat(problems()).containsExactly(
                "content/2023/a.md:8:5: error: unknown embed 'warning'; the embeds are figure, note, quote, video, post "
                        + "(see docs/embeds.md)",
                "content/2023/a.md:12:5: error: the 'figure' embed needs src=\"...\"",
                "content/2023/a.md:12:12: error: the 'figure' embed needs alt=\"...\", not an empty value",
                "content/2023/a.md:15:11: error: a YouTube video id is 11 letters, digits, '-' or '_' (the v= of its "
                        + "URL), not \"x\" onload=\"\"",
                "content/2023/a.md:18:5: error: the 'video' embed needs one of youtube=\"ID\" or vimeo=\"ID\", not both",
                "content/2023/a.md:21:10: error: a post's url must be an http(s) link to it, not \"javascript:alert(1)\"",
                "content/2023/a.md:21:47: error: a post's date is written YYYY-MM-DD, not \"2023-02-30\"",
                "content/2023/a.md:25:5: error: the 'quote' embed is empty; write its text between its ':::' lines",
                "content/2023/a.md:25:20: error: 'cite' is given twice",
                "content/2023/a.md:25:29: warning: the 'quote' embed has no attribute 'size' (it takes cite); ignored",
                "content/2023/a.md:28:5: error: the 'note' embed is never closed; end it with a line ':::'",
                "content/2023/a.md:28:16: error: the value of 'title' has no closing quote",
                "content/2023/a.md:30:5: error: the 'note' embed is never closed; end it with a line ':::'");
    }

    /** The markers' characters may not stand in a body with embeds; elsewhere they are text. */
    @Test
    void markerCharacters_refusedOnlyWithEmbeds() {
        assertThat(html("A \uE000 b.\n")).isEqualTo("<p>A \uE000 b.</p>\n");
        assertThat(problems()).isEmpty();
        html("A \uE001 b.\n\n::: note\nx\n:::\n");
        assertThat(problems()).containsExactly("content/2023/a.md:6:3: error: U+E001 is a private-use character "
                + "site-gen reserves in bodies with embeds; remove it");
    }

    /** Raw HTML inside an embed is sanitised with the body; the template's HTML is not touched. */
    @Test
    void rawHtmlInContent_sanitised_templateHtmlKept() {
        MarkdownRenderer themed = new MarkdownRenderer(new RelativeUrls(false), RawHtml.SANITIZE,
                embed -> "<button data-x=\"1\" onclick=\"go()\">" + embed.content() + "</button>");
        String html = themed.render("::: note\nHi <img src=x onerror=alert(1)> there\n:::\n", DOC, TARGETS,
                diagnostics).html();
        assertThat(html).isEqualTo("<button data-x=\"1\" onclick=\"go()\"><p>Hi <img src=\"x\"> there</p></button>\n");
    }

    @Test
    void figureSource_isLinkedLikeAnImage() {
        assertThat(html("::: figure src=\"map.png\" alt=\"M\"\n:::\n")).contains("src=../../../map.png");
        html("::: figure src=\"missing.png\" alt=\"M\"\n:::\n");
        assertThat(problems()).containsExactly(
                "content/2023/a.md:6:12: error: link target not found: missing.png");
    }

    /** Bodies without embed lines are not touched: the direct renderer still renders them. */
    @Test
    void bodyWithoutEmbeds_notMarked() {
        var ast = FlexmarkSetup.parse(FlexmarkSetup.parser(FlexmarkSetup.options(RawHtml.SANITIZE)),
                "Text: with colons.\n\n:: two\n\n:::\n");
        assertThat(EmbedExtension.PRESENT.get(ast)).isFalse();
    }
}
