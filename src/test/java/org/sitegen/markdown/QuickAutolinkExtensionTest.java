package org.sitegen.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The filtered autolinker finds exactly the links Flexmark's own AutolinkExtension finds. */
class QuickAutolinkExtensionTest {

    private static String html(Extension autolinks, String markdown) {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(autolinks));
        return HtmlRenderer.builder(options).build().render(Parser.builder(options).build().parse(markdown));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "See https://example.com and www.example.org now.",
        "Mail press@example.org or WWW.EXAMPLE.ORG or Www.Example.org.",
        "ftp://files.example.org/a.txt, mailto:x@example.org and http:// alone",
        "*emphasis with https://example.com/a_b inside* and `code https://x.org`",
        "No link here: a 1:2 ratio, w.w.w. and an email-less @ sign.",
        "[already a link](https://example.com) next to https://example.net.",
        "Brackets (https://example.com/x) and trailing dots https://example.com/y.",
        "- item www.example.com\n- item two\n\n> quote https://example.com/q",
    })
    void render_sameHtmlAsFlexmarksAutolinkExtension(String markdown) {
        assertThat(html(QuickAutolinkExtension.create(), markdown)).isEqualTo(html(AutolinkExtension.create(), markdown));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a://b", "x@y", "www.", "WWW.", "wWw.x"})
    void mayHoldLink_triggers(String text) {
        assertThat(QuickAutolinkExtension.mayHoldLink(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "plain text", "a:/b", "ww.x", "www", "w w w."})
    void mayHoldLink_plainText(String text) {
        assertThat(QuickAutolinkExtension.mayHoldLink(text)).isFalse();
    }
}
