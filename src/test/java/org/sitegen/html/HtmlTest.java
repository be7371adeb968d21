package org.sitegen.html;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.sitegen.PropertySeed;

/** The escaper against jsoup's own reading of HTML: what is escaped reads back as the text, in text and attributes. */
class HtmlTest {
    @Test
    void escape_theFiveCharacters() {
        assertThat(Html.escape("a<b>&\"c'd")).isEqualTo("a&lt;b&gt;&amp;&quot;c&#39;d");
        assertThat(Html.escapeText("a<b>&\"c'd")).isEqualTo("a&lt;b&gt;&amp;\"c'd");
        String plain = "nothing to escape";
        assertThat(Html.escape(plain)).isSameAs(plain);
    }

    @Test
    void escape_aLeadingNewline_readsBack() { // the case a random seed found (4426421909856902099)
        escape_readsBackAsTheTextInAnElementAndInBothQuotes("\n");
        escape_readsBackAsTheTextInAnElementAndInBothQuotes("\n\uc88d\u93b0 \n");
    }

    @Property(seed = PropertySeed.VALUE)
    void escape_readsBackAsTheTextInAnElementAndInBothQuotes(@ForAll String text) {
        String clean = text.replace('\0', ' ').replace('\r', ' '); // an HTML parser changes these wherever they are
        String escaped = Html.escape(clean);
        assertThat(Parser.unescapeEntities(escaped, false)).isEqualTo(clean);
        assertThat(Jsoup.parseBodyFragment("<p title=\"" + escaped + "\" data-x='" + escaped + "'>").selectFirst("p")
                .attributes().asList()).allSatisfy(a -> assertThat(a.getValue()).isEqualTo(clean));
        // a newline right after the start tag may or may not be kept by the parser (jsoup keeps it
        // before some text and drops it before other; seed 4426421909856902099): not the escaper's
        assertThat(Jsoup.parseBodyFragment("<div>" + escaped + "</div>").selectFirst("div").wholeText()
                .replaceFirst("^\n", "")).isEqualTo(clean.replaceFirst("^\n", ""));
    }

    @Property(seed = PropertySeed.VALUE)
    void escapeText_readsBackAsTheText(@ForAll String text) {
        String clean = text.replace('\0', ' ').replace('\r', ' ');
        assertThat(Parser.unescapeEntities(Html.escapeText(clean), false)).isEqualTo(clean);
    }
}
