package org.sitegen.archive;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.sitegen.content.PublishedDate;
import org.sitegen.content.Term;
import org.sitegen.diag.SourcePosition;

/** Small builders for archive tests. */
final class Entries {
    static final ZoneId UTC = ZoneId.of("UTC");

    private Entries() {
    }

    static PublishedDate date(int y, int m, int d) {
        return new PublishedDate(ZonedDateTime.of(y, m, d, 0, 0, 0, 0, UTC), false);
    }

    static PublishedDate dateTime(int y, int m, int d, int h, int min) {
        return new PublishedDate(ZonedDateTime.of(y, m, d, h, min, 0, 0, UTC), true);
    }

    /** A briefing "content/NAME.md" at "/yyyy/mm/dd/NAME/" with the given tags (each written on line 4). */
    static Entry briefing(String name, PublishedDate date, String... tags) {
        String display = "content/" + name + ".md";
        List<Term> terms = Arrays.stream(tags).map(t -> new Term(t, SourcePosition.of(display, 4, 8))).toList();
        String url = String.format("/%04d/%02d/%02d/%s/", date.at().getYear(), date.at().getMonthValue(),
                date.at().getDayOfMonth(), name);
        return new Entry(name + ".md", display, url, name, date, null, Map.of("tags", terms), "", List.of(),
                List.of(), Map.of(), "", 0);
    }

    static List<String> urls(List<Entry> entries) {
        return entries.stream().map(Entry::url).toList();
    }
}
