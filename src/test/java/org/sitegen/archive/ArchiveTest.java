package org.sitegen.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitegen.archive.Entries.briefing;
import static org.sitegen.archive.Entries.date;
import static org.sitegen.archive.Entries.dateTime;
import static org.sitegen.archive.Entries.urls;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.sitegen.content.PublishedDate;
import org.sitegen.content.Slugs;
import org.sitegen.diag.Diagnostics;

class ArchiveTest {

    @Test
    void newestFirst_differentDates_newestFirst() {
        Entry old = briefing("z-old", date(2022, 1, 1));
        Entry recent = briefing("a-new", date(2023, 1, 1));
        assertThat(Archive.newestFirst(List.of(old, recent))).containsExactly(recent, old);
    }

    @Test
    void newestFirst_sameDate_orderedByUrl() {
        Entry b = briefing("beta", date(2023, 2, 19));
        Entry a = briefing("alpha", date(2023, 2, 19));
        Entry c = briefing("gamma", date(2023, 2, 19));
        assertThat(urls(Archive.newestFirst(List.of(b, c, a)))).containsExactly(
                "/2023/02/19/alpha/", "/2023/02/19/beta/", "/2023/02/19/gamma/");
    }

    @Test
    void newestFirst_sameDayDifferentTimes_laterFirst() {
        Entry morning = briefing("a", dateTime(2023, 2, 19, 9, 0));
        Entry evening = briefing("b", dateTime(2023, 2, 19, 18, 0));
        assertThat(Archive.newestFirst(List.of(morning, evening)))
                .containsExactly(evening, morning);
    }

    @Test
    void newestFirst_sameInstantInOtherZone_tieBrokenByUrl() {
        Entry utc = briefing("b", new PublishedDate(ZonedDateTime.of(2023, 2, 19, 9, 0, 0, 0, ZoneId.of("UTC")), true));
        Entry berlin = briefing("a", new PublishedDate(
                ZonedDateTime.of(2023, 2, 19, 10, 0, 0, 0, ZoneId.of("Europe/Berlin")), true));
        assertThat(Archive.newestFirst(List.of(utc, berlin))).containsExactly(berlin, utc);
    }

    @Test
    void build_inputOrder_doesNotChangeResult() {
        List<Entry> entries = new ArrayList<>(List.of(briefing("c", date(2023, 2, 19), "Iran"),
                briefing("a", date(2023, 2, 19), "Iran"), briefing("x", date(2023, 3, 1), "China"),
                briefing("m", date(2022, 5, 5))));
        Archive forward = Archive.build(entries, List.of(), List.of("tags"), Locale.ENGLISH, new Slugs(), new Diagnostics());
        java.util.Collections.reverse(entries);
        Archive backward = Archive.build(entries, List.of(), List.of("tags"), Locale.ENGLISH, new Slugs(), new Diagnostics());
        assertThat(urls(forward.briefings())).containsExactly(
                "/2023/03/01/x/", "/2023/02/19/a/", "/2023/02/19/c/", "/2022/05/05/m/");
        assertThat(urls(backward.briefings())).isEqualTo(urls(forward.briefings()));
        assertThat(urls(forward.taxonomies().get("tags").term("iran").briefings()))
                .containsExactly("/2023/02/19/a/", "/2023/02/19/c/");
        assertThat(forward.dates().years().keySet()).containsExactly(2023, 2022);
    }
}
