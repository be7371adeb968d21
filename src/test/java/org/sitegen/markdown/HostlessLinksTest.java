package org.sitegen.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitegen.markdown.fast.FastMarkdown;

/** A bare "http://" stays text, with the fast autolinker and with Flexmark's own (fastMarkdown off) alike. */
class HostlessLinksTest {

    private static String html(boolean fast, String markdown) {
        List<Extension> extensions = fast
                ? List.of(FastMarkdown.autolinks(HostlessLinks::keepAsText), TypographicExtension.create())
                : List.of(AutolinkExtension.create(), new HostlessLinks(), TypographicExtension.create());
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, extensions);
        return HtmlRenderer.builder(options).build().render(Parser.builder(options).build().parse(markdown));
    }

    private static String flexmarkAlone(String markdown) {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(AutolinkExtension.create(), TypographicExtension.create()));
        return HtmlRenderer.builder(options).build().render(Parser.builder(options).build().parse(markdown));
    }

    /** Issue 21: Flexmark links a bare "http://" to nowhere; GFM wants a valid domain after the scheme. */
    @ParameterizedTest
    @ValueSource(strings = {"see http:// alone", "x https://. y", "x http://:80/a y", "x http:///path y", "ftp:// z",
        "http://@ x"})
    void render_linkWithoutHost_staysText(String markdown) {
        for (boolean fast : new boolean[] {true, false}) {
            assertThat(html(fast, markdown)).as("fast: %s", fast).doesNotContain("<a ")
                    .isEqualTo("<p>" + markdown + "</p>\n");
        }
        assertThat(flexmarkAlone(markdown)).as("Flexmark's own").contains("<a ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"see http://example.org and http:// too", "<http://> is the writer's", "http://x.y/ http://"})
    void render_hostlessLinkBesideOthers_onlyItStaysText(String markdown) {
        for (boolean fast : new boolean[] {true, false}) {
            String html = html(fast, markdown);
            assertThat(html).as("fast: %s", fast).doesNotContain("href=\"http://\">http://</a> too")
                    .doesNotContain("</a> http://</a>").contains("<a ");
        }
    }
}
