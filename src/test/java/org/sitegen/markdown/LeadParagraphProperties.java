package org.sitegen.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import freemarker.template.Configuration;
import freemarker.template.Template;
import java.io.StringWriter;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.sitegen.PropertySeed;

/**
 * {@link LeadParagraph} decides what the briefing template used to decide with string built-ins
 * and regular expressions; the reference here is that very template function, run by Freemarker.
 */
class LeadParagraphProperties {
    private static final Template REFERENCE = reference();

    private static Template reference() {
        try {
            return new Template("reference", """
                    <#function summaryRepeatsBody summary content>
                      <#if !summary?has_content || !content?trim?starts_with("<p")><#return false></#if>
                      <#local first = content?trim?keep_before("</p>")?replace(r"<[^>]*>", "", "r")?replace(r"&[#A-Za-z0-9]+;", "", "r")?replace(r"[^\\p{L}\\p{N}]+", "", "r")>
                      <#local s = summary?replace(r"[^\\p{L}\\p{N}]+", "", "r")>
                      <#return s?has_content && first?starts_with(s)>
                    </#function>${summaryRepeatsBody(summary, content)?c}""",
                    new Configuration(Configuration.VERSION_2_3_34));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean reference(String summary, String html) throws Exception {
        StringWriter out = new StringWriter();
        REFERENCE.process(Map.of("summary", summary, "content", html), out);
        return Boolean.parseBoolean(out.toString().trim());
    }

    @Property(tries = 2000, seed = PropertySeed.VALUE)
    void decidesAsTheTemplateDid(@ForAll("summaries") String summary, @ForAll("bodies") String html) throws Exception {
        assertThat(LeadParagraph.repeats(summary, html)).isEqualTo(reference(summary, html));
    }

    /** Bodies that begin with the summary, so "true" is as common as "false". */
    @Property(tries = 1000, seed = PropertySeed.VALUE)
    void decidesAsTheTemplateDid_whenTheBodyStartsWithTheSummary(@ForAll("summaries") String summary,
                                                                  @ForAll("bodies") String rest) throws Exception {
        String html = "\n <p>" + summary.replace("<", "") + rest;
        assertThat(LeadParagraph.repeats(summary, html)).isEqualTo(reference(summary, html));
    }

    /** A body kept from the last build keeps only its opening on the heap: the answer must not change. */
    @Property(tries = 1000, seed = PropertySeed.VALUE)
    void theOpeningAloneGivesTheSameAnswer(@ForAll("summaries") String summary, @ForAll("bodies") String rest) {
        for (String html : new String[] {rest, "\n <p>" + summary.replace("<", "") + rest}) {
            String opening = LeadParagraph.opening(html);
            assertThat(html).startsWith(opening);
            assertThat(LeadParagraph.repeats(summary, opening)).as(html).isEqualTo(LeadParagraph.repeats(summary, html));
        }
    }

    @Example
    void typicalBriefing() throws Exception {
        String html = "<p>Talks between Germany and &ldquo;China&rdquo; <em>resumed</em> this week.</p>\n<p>More.</p>\n";
        assertThat(LeadParagraph.repeats("Talks between Germany and “China” resumed", html)).isTrue();
        assertThat(LeadParagraph.repeats("Talks between Germany and Japan", html)).isFalse();
        assertThat(LeadParagraph.repeats("", html)).isFalse();
        assertThat(LeadParagraph.repeats("Talks", "<h2 id=\"a\">Talks</h2>\n<p>Talks</p>")).isFalse();
    }

    /** Halves of a surrogate pair either side of an entity or a tag make one character, as the template's replacements made it. */
    @Example
    void aSurrogatePairAcrossAnEntity_isOneLetter() throws Exception {
        String letter = new String(Character.toChars(0x1D400)); // MATHEMATICAL BOLD CAPITAL A
        for (String html : new String[] {"<p>\uD835&amp;\uDC00 x</p>", "<p>\uD835<b>\uDC00</b> x</p>",
                "<p>\uD835&amp;<i>&#1;</i>\uDC00 x</p>", "<p>\uD835&amp; x</p>"}) {
            assertThat(LeadParagraph.repeats(letter + " x", html)).as(html).isEqualTo(reference(letter + " x", html));
        }
        assertThat(LeadParagraph.repeats(letter, "<p>\uD835&amp;\uDC00</p>")).isTrue();
    }

    @Provide
    Arbitrary<String> summaries() {
        return Arbitraries.of("Talks", "talks", " Talks,", "“Talks” a", "a1", "é", "", " ", "amp", "p", "1;", "b")
                .list().ofMaxSize(4).map(parts -> String.join("", parts));
    }

    @Provide
    Arbitrary<String> bodies() {
        return Arbitraries.of("<p>", "</p>", "<p class=\"x\">", "<pre>", "<em>", "</em>", "<", ">", " ", "\n", "\t",
                "&amp;", "&#8220;", "&ldquo;", "&", ";", "#", "amp", "Talks", "talks", "a", "1", "é", "“", "p", "b",
                "<h2>", "\u2028").list().ofMaxSize(14).map(parts -> String.join("", parts));
    }
}
