package org.sitegen.markdown.fast;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.CharSubSequence;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The filtered autolinker finds exactly the links Flexmark's own AutolinkExtension finds (with typographic quotes, as site-gen runs it). */
class QuickAutolinkExtensionTest {

    /** The filter alone: markdown's own rules for the links found (HostlessLinksTest) run through the callback. */
    private static final Extension QUICK = new QuickAutolinkExtension(parent -> { });

    private static String html(Extension autolinks, String markdown) {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(autolinks, TypographicExtension.create()));
        return HtmlRenderer.builder(options).build().render(Parser.builder(options).build().parse(markdown));
    }

    /** As site-gen parses: from a char array (text nodes are then slices of the array). */
    private static String htmlFromChars(Extension autolinks, String markdown) {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(autolinks, TypographicExtension.create()));
        return HtmlRenderer.builder(options).build().render(fromChars(Parser.builder(options).build(), markdown));
    }

    @SuppressWarnings("deprecation") // an array slice, as markdown's FlexmarkSetup.parse
    private static com.vladsch.flexmark.util.ast.Document fromChars(Parser parser, String markdown) {
        char[] chars = markdown.toCharArray();
        return parser.parse(CharSubSequence.of(chars, 0, chars.length));
    }

    /** {@code text} as a slice of a longer array whose other characters would all trigger a link. */
    @SuppressWarnings("deprecation") // an array slice
    private static BasedSequence sliceOf(String text) {
        String around = "www.@://";
        char[] chars = (around + text + around).toCharArray();
        return CharSubSequence.of(chars, 0, chars.length).subSequence(around.length(), around.length() + text.length());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "See https://example.com and www.example.org now.",
        "Mail press@example.org or WWW.EXAMPLE.ORG or Www.Example.org.",
        "ftp://files.example.org/a.txt, mailto:x@example.org and http://example.org alone",
        "*emphasis with https://example.com/a_b inside* and `code https://x.org`",
        "No link here: a 1:2 ratio, w.w.w. and an email-less @ sign.",
        "[already a link](https://example.com) next to https://example.net.",
        "Brackets (https://example.com/x) and trailing dots https://example.com/y.",
        "- item www.example.com\n- item two\n\n> quote https://example.com/q",
        // typographic nodes the autolinker reads on into: the apostrophe is part of the address
        "'single'a@b.org and o'brien@example.org, it's www.example.org's",
        "\"quoted\"https://example.com/x--y and a...b@c.org",
    })
    void render_sameHtmlAsFlexmarksAutolinkExtension(String markdown) {
        String expected = html(AutolinkExtension.create(), markdown);
        assertThat(html(QUICK, markdown)).isEqualTo(expected);
        assertThat(htmlFromChars(QUICK, markdown)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a://b", "x@y", "www.", "WWW.", "wWw.x"})
    void mayHoldLink_triggers(String text) {
        assertThat(QuickAutolinkExtension.mayHoldLink(BasedSequence.of(text))).isTrue();
        assertThat(QuickAutolinkExtension.mayHoldLink(sliceOf(text))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "plain text", "a:/b", "ww.x", "www", "w w w."})
    void mayHoldLink_plainText(String text) {
        assertThat(QuickAutolinkExtension.mayHoldLink(BasedSequence.of(text))).isFalse();
        assertThat(QuickAutolinkExtension.mayHoldLink(sliceOf(text))).isFalse();
    }
}
