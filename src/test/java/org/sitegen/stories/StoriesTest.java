package org.sitegen.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitegen.archive.Entry;
import org.sitegen.content.PublishedDate;
import org.sitegen.content.StoryLink;
import org.sitegen.diag.Diagnostics;
import org.sitegen.diag.SourcePosition;
import org.sitegen.store.StoredText;

class StoriesTest {

    private static Entry briefing(String path, int day, String... follows) {
        PublishedDate date = new PublishedDate(ZonedDateTime.of(2023, 2, day, 0, 0, 0, 0, ZoneId.of("UTC")), false);
        String slug = path.substring(path.lastIndexOf('/') + 1, path.length() - 3);
        return new Entry(path, "content/" + path, "/2023/02/" + day + "/" + slug + "/", slug, date, null, Map.of(), "",
                List.of(), List.of(), Map.of(), StoredText.of(""), 0, List.of(), List.of(), false, StoredText.of(""),
                false, Map.of(), Arrays.stream(follows).map(f -> new StoryLink(f, SourcePosition.of("content/" + path, 3, 10)))
                .toList());
    }

    @Test
    void followsLinksBriefingsIntoOneStory_inDateOrder_whateverTheyFollow() {
        Entry start = briefing("2023/start.md", 10);
        Entry second = briefing("2023/second.md", 12, "start.md");
        Entry branch = briefing("2023/branch.md", 13, "/2023/start.md"); // content-relative
        Entry latest = briefing("2023/latest.md", 20, "second.md", "../2023/branch.md");
        Entry alone = briefing("2023/alone.md", 21);
        Diagnostics diagnostics = new Diagnostics();
        Stories stories = Stories.build(List.of(alone, latest, branch, second, start), Set.of(), Set.of(), diagnostics);

        assertThat(diagnostics.sorted()).isEmpty();
        assertThat(stories.all()).hasSize(1);
        Story story = stories.all().get(0);
        assertThat(story.parts()).containsExactly(start, second, branch, latest);
        assertThat(story.url()).isEqualTo("/stories/start/");
        assertThat(story.latest()).isSameAs(latest);
        assertThat(stories.of(second)).isSameAs(story);
        assertThat(stories.of(alone)).isNull();
    }

    @Test
    void aCircleIsReportedOnce_atTheReferenceThatClosesIt_andTheRestStillMakesAStory() {
        Entry a = briefing("2023/a.md", 10, "c.md");
        Entry b = briefing("2023/b.md", 10, "a.md");
        Entry c = briefing("2023/c.md", 10, "b.md");
        Diagnostics diagnostics = new Diagnostics();
        Stories stories = Stories.build(List.of(c, b, a), Set.of(), Set.of(), diagnostics);

        assertThat(diagnostics.sorted()).extracting(Object::toString).containsExactly(
                "content/2023/b.md:3:10: error: 'follows' goes round in a circle: content/2023/a.md → content/2023/c.md"
                        + " → content/2023/b.md → content/2023/a.md");
        assertThat(stories.all()).hasSize(1);
        assertThat(stories.all().get(0).parts()).hasSize(3);
    }
}
