package org.sitegen.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.sitegen.Fuzz;
import org.sitegen.PropertySeed;
import org.sitegen.config.RawHtml;
import org.sitegen.diag.Diagnostics;
import org.sitegen.url.RelativeUrls;

/** Whatever HTML or Markdown goes in, what comes out of sanitising cannot run script. */
class SanitizerProperties {
    private static final MarkdownRenderer MARKDOWN = new MarkdownRenderer(new RelativeUrls(false), RawHtml.SANITIZE);
    private static final LinkTargets TARGETS = new LinkTargets(Map.of("2023/other.md", "/2023/01/01/other/"), Set.of());

    @Provide
    Arbitrary<String> html() {
        return Arbitraries.oneOf(Arbitraries.of(Fuzz.MARKDOWN_HTML), Arbitraries.strings().withChars("<>/=\"' ")
                        .withCharRange('a', 'z').ofMaxLength(30))
                .list().ofMaxSize(8).map(parts -> String.join("", parts));
    }

    @Provide
    Arbitrary<String> markdown() {
        return Fuzz.markdown();
    }

    @Property(tries = 500, seed = PropertySeed.VALUE)
    void sanitizedHtml_hasNoScriptHandlersOrScriptUrls(@ForAll("html") String html) {
        assertSafe(HtmlSanitizer.clean(html));
    }

    @Property(tries = 400, seed = PropertySeed.VALUE)
    void renderedMarkdown_hasNoScriptHandlersOrScriptUrls(@ForAll("markdown") String markdown) {
        Diagnostics diagnostics = new Diagnostics();
        String html = MARKDOWN.render(markdown, new BodySource("content/2023/x.md", "2023/x.md", 5, "/2023/01/02/x/"),
                TARGETS, diagnostics).html();
        assertSafe(html);
        diagnostics.sorted().forEach(d -> assertThat(d.at().line()).isGreaterThanOrEqualTo(5));
    }

    /** Attributes a browser follows, loads or submits. */
    private static final java.util.Set<String> URL_ATTRIBUTES = java.util.Set.of("href", "src", "srcset", "action",
            "formaction", "xlink:href", "poster", "data", "cite", "background", "longdesc", "usemap");

    static void assertSafe(String html) {
        String lower = html.toLowerCase(Locale.ROOT);
        assertThat(lower).doesNotContain("<script").doesNotContain("<iframe");
        for (Element element : Jsoup.parseBodyFragment(html).getAllElements()) {
            assertThat(element.normalName()).isNotIn("script", "iframe", "object", "embed", "style", "form", "base",
                    "svg", "math", "meta");
            for (Attribute attribute : element.attributes()) {
                assertThat(attribute.getKey().toLowerCase(Locale.ROOT)).as(html).doesNotMatch("on\\w+");
                if (!URL_ATTRIBUTES.contains(attribute.getKey().toLowerCase(Locale.ROOT))) {
                    continue; // text such as class="language-[js](javascript:x)" from a code fence is inert
                }
                String value = attribute.getValue().replaceAll("[\\x00-\\x20]", "").toLowerCase(Locale.ROOT);
                assertThat(value).as(html).doesNotContain("javascript:").doesNotContain("vbscript:")
                        .doesNotStartWith("data:");
            }
        }
        // Tag interiors, as text: no " onx=" handler survives in any tag.
        assertThat(html).as(html).doesNotContainPattern("<[a-zA-Z][^>]*\\son\\w+=");
    }
}
