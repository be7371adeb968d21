package org.sitegen.render;

import static org.assertj.core.api.Assertions.assertThat;

import freemarker.core.HTMLOutputFormat;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitegen.config.SiteConfig;

class HtmlEscapingFormatTest {
    /**
     * Every kind of character: the escaped five and the ASCII just outside their range ('!', '?'),
     * ASCII, Latin-1, BMP, a pair and its halves (which a page's encoder makes '?'), controls.
     */
    private static final String ALPHABET = "<>&\"'ab =;#!?\n\u00e9\u201c\u2019\u2028\ud83d\ude00\u0000\u007f";

    /** The same escaping as Freemarker's own HTML format, on text made of every kind of character. */
    @Test
    void escapesExactlyAsFreemarkersHtmlFormat() throws Exception {
        Random random = new Random(7);
        for (int n = 0; n < 3000; n++) {
            String s = RandomText.of(random, ALPHABET, 40);
            StringWriter ours = new StringWriter();
            HtmlEscapingFormat.INSTANCE.output(s, ours);
            StringWriter theirs = new StringWriter();
            HTMLOutputFormat.INSTANCE.output(s, theirs);
            assertThat(ours.toString()).isEqualTo(theirs.toString());
            assertThat(HtmlEscapingFormat.INSTANCE.escapePlainText(s))
                    .isEqualTo(HTMLOutputFormat.INSTANCE.escapePlainText(s));
        }
    }

    /**
     * Into a page (escaped while encoded), in two writes split anywhere, surrogate pairs too: the
     * UTF-8 of Freemarker's escaping of the whole.
     */
    @Test
    void intoAPage_sameBytesAsFreemarkersEscapingEncoded() throws Exception {
        Random random = new Random(11);
        for (int n = 0; n < 3000; n++) {
            String s = RandomText.of(random, ALPHABET, 40);
            int cut = random.nextInt(s.length() + 1);
            Utf8PageWriter page = new Utf8PageWriter(8);
            HtmlEscapingFormat.INSTANCE.output(s.substring(0, cut), page);
            HtmlEscapingFormat.INSTANCE.output(s.substring(cut), page);
            int length = page.finish();
            assertThat(java.util.Arrays.copyOf(page.buffer(), length)).as(s).isEqualTo(HTMLOutputFormat.INSTANCE.escapePlainText(s)
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    /** Through the engine's configuration: escaping, ?no_esc, captured markup and ?esc still work together. */
    @Test
    void templatesEscapeAndMixMarkupAsBefore(@TempDir Path project) throws Exception {
        Path templates = Files.createDirectories(project.resolve("templates"));
        Files.writeString(templates.resolve("t.ftlh"), "${v}|${m?no_esc}|<#assign x><b>${v}</b></#assign>${x}"
                + "|${v?esc}|<#outputformat \"HTML\">${v}</#outputformat>|${.output_format}|${x?markup_string?no_esc}");
        TemplateEngine engine = new TemplateEngine(SiteConfig.defaults(project));

        StringBuilder page = new StringBuilder();
        engine.render("t.ftlh", Map.of("v", "\u201cA\u201d & <b>'s", "m", "<i>m</i>"),
                (bytes, length) -> page.append(new String(bytes, 0, length, java.nio.charset.StandardCharsets.UTF_8)));
        String out = page.toString();

        String escaped = "\u201cA\u201d &amp; &lt;b&gt;&#39;s";
        assertThat(out).isEqualTo(escaped + "|<i>m</i>|<b>" + escaped + "</b>|" + escaped + "|" + escaped
                + "|HTML|<b>" + escaped + "</b>");
    }
}
