package org.sitegen.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.WireFeedInput;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class AtomFeedWriterTest {

    /**
     * Half of a surrogate pair, U+FFFE and U+FFFF cannot be XML: JDOM refused them and the whole
     * build failed with an exception (a title's YAML escape wrote them; front matter now refuses
     * such escapes with file:line:column, but the writer does not rely on it). They are written as
     * '?', as the pages' UTF-8 shows them; a whole pair stays one character.
     */
    @Test
    void textXmlCannotCarry_isWrittenAsQuestionMarks_andTheFeedParses() throws Exception {
        FeedEntry entry = new FeedEntry("https://example.org/a/", "\ud800 lone", "\udfff s", "<p>x\uFFFEy \ud83d\ude00</p>",
                Instant.parse("2020-01-02T00:00:00Z"), Instant.parse("2020-01-02T00:00:00Z"), List.of("An\uFFFFna"),
                List.of(new FeedEntry.Category("t\ud800", "T\udc00", "https://example.org/tags/")));
        byte[] xml = new AtomFeedWriter().write(new FeedSpec("https://example.org/feed.xml", "https://example.org/",
                "Site \udbff", "", "Desk", "en", List.of(entry)));

        Feed feed = (Feed) new WireFeedInput(true, Locale.ROOT)
                .build(new StringReader(new String(xml, StandardCharsets.UTF_8)));
        assertThat(feed.getTitle()).isEqualTo("Site ?");
        var parsed = feed.getEntries().get(0);
        assertThat(parsed.getTitle()).isEqualTo("? lone");
        assertThat(parsed.getSummary().getValue()).isEqualTo("? s");
        assertThat(parsed.getContents().get(0).getValue()).isEqualTo("<p>x?y \ud83d\ude00</p>");
        assertThat(parsed.getAuthors().get(0).getName()).isEqualTo("An?na");
        assertThat(parsed.getCategories().get(0).getTerm()).isEqualTo("t?");
        assertThat(parsed.getCategories().get(0).getLabel()).isEqualTo("T?");
    }

    @Test
    void xml_leavesTextXmlCarries_asItIs() {
        String text = "Tab\tline\nreturn\r é \u4e2d \ud83d\ude00 \uFFFD";
        assertThat(AtomFeedWriter.xml(text)).isEqualTo(text);
        assertThat(AtomFeedWriter.xml("\ud83d")).isEqualTo("?");
        assertThat(AtomFeedWriter.xml("a\ud83d\ud83d\ude00")).isEqualTo("a?\ud83d\ude00");
        assertThat(AtomFeedWriter.xml("\u0001")).isEqualTo("?");
    }
}
