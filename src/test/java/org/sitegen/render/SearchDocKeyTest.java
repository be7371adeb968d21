package org.sitegen.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.sitegen.search.SearchDoc;
import org.sitegen.search.SearchDoc.Tag;
import org.sitegen.store.Fingerprint;
import org.sitegen.store.StoredText;

/**
 * A search document's key (RenderMemo.searchDocKey) is written out component by component rather
 * than walked as a record: it must still tell apart any two documents that differ anywhere, or a
 * changed document (a setting that changes every link, a term's new name) would keep the last
 * build's index.
 */
class SearchDocKeyTest {
    private static SearchDoc doc() {
        return new SearchDoc("Title", "../2023/02/19/a/", "2023-02-19", "19 February 2023",
                List.of(new Tag("Taiwan", "tags/taiwan", "../tags/taiwan/"), new Tag("LNG", "tags/lng", "../tags/lng/")),
                List.of("Ann", "Bo"), "A summary.", StoredText.of("The body, as plain text."),
                List.of(new Tag("Wang Yi", "people/wang-yi", "../people/wang-yi/")));
    }

    private static String key(SearchDoc doc) {
        return RenderMemo.searchDocKey(doc, new ConcurrentHashMap<>()).hex();
    }

    private static SearchDoc with(SearchDoc d, String title, String link, String day, String display, List<Tag> tags,
                                  List<String> authors, String summary, StoredText text, List<Tag> entities) {
        return new SearchDoc(title, link, day, display, tags, authors, summary, text, entities);
    }

    @Test
    void searchDocKey_coversEveryComponent() {
        // a component added to SearchDoc must be added to the key (and here)
        assertThat(Arrays.stream(SearchDoc.class.getRecordComponents()).map(c -> c.getName()))
                .containsExactly("title", "link", "day", "display", "tags", "authors", "summary", "text", "entities");
        assertThat(Arrays.stream(Tag.class.getRecordComponents()).map(c -> c.getName()))
                .containsExactly("name", "slug", "link");
        SearchDoc d = doc();
        Tag t = d.tags().get(0);
        List<UnaryOperator<SearchDoc>> changes = List.of(
                x -> with(x, "Title!", x.link(), x.day(), x.display(), x.tags(), x.authors(), x.summary(), x.text(), x.entities()),
                x -> with(x, x.title(), "../2023/02/19/b/", x.day(), x.display(), x.tags(), x.authors(), x.summary(), x.text(), x.entities()),
                x -> with(x, x.title(), x.link(), "2023-02-20", x.display(), x.tags(), x.authors(), x.summary(), x.text(), x.entities()),
                x -> with(x, x.title(), x.link(), x.day(), "19 févr. 2023", x.tags(), x.authors(), x.summary(), x.text(), x.entities()),
                x -> with(x, x.title(), x.link(), x.day(), x.display(), List.of(new Tag("taiwan", t.slug(), t.link()), x.tags().get(1)),
                        x.authors(), x.summary(), x.text(), x.entities()),
                x -> with(x, x.title(), x.link(), x.day(), x.display(), List.of(new Tag(t.name(), "topics/taiwan", t.link()), x.tags().get(1)),
                        x.authors(), x.summary(), x.text(), x.entities()),
                x -> with(x, x.title(), x.link(), x.day(), x.display(), List.of(new Tag(t.name(), t.slug(), "../../tags/taiwan/"), x.tags().get(1)),
                        x.authors(), x.summary(), x.text(), x.entities()),
                x -> with(x, x.title(), x.link(), x.day(), x.display(), List.of(x.tags().get(1), t), x.authors(), x.summary(), x.text(), x.entities()),
                x -> with(x, x.title(), x.link(), x.day(), x.display(), List.of(t), x.authors(), x.summary(), x.text(), x.entities()),
                x -> with(x, x.title(), x.link(), x.day(), x.display(), x.tags(), List.of("Ann"), x.summary(), x.text(), x.entities()),
                x -> with(x, x.title(), x.link(), x.day(), x.display(), x.tags(), List.of("AnnBo"), x.summary(), x.text(), x.entities()),
                x -> with(x, x.title(), x.link(), x.day(), x.display(), x.tags(), x.authors(), "Another.", x.text(), x.entities()),
                x -> with(x, x.title(), x.link(), x.day(), x.display(), x.tags(), x.authors(), null, x.text(), x.entities()),
                x -> with(x, x.title(), x.link(), x.day(), x.display(), x.tags(), x.authors(), x.summary(), StoredText.of("The body, edited."), x.entities()),
                x -> with(x, x.title(), x.link(), x.day(), x.display(), x.tags(), x.authors(), x.summary(), x.text(), List.of()),
                x -> with(x, x.title(), x.link(), x.day(), x.display(), x.tags(), x.authors(), x.summary(), x.text(),
                        List.of(new Tag("Wang Yi", "people/wang-yi", "../../people/wang-yi/"))),
                // the same tag as a term or as an entity
                x -> with(x, x.title(), x.link(), x.day(), x.display(), List.of(), x.authors(), x.summary(), x.text(), x.tags()),
                x -> with(x, x.title(), x.link(), x.day(), x.display(), x.entities(), x.authors(), x.summary(), x.text(), x.entities()),
                // a text moved from one component to its neighbour
                x -> with(x, "Title../2023/02/19/a/", "", x.day(), x.display(), x.tags(), x.authors(), x.summary(), x.text(), x.entities()));
        Set<String> keys = new HashSet<>();
        keys.add(key(d));
        for (UnaryOperator<SearchDoc> change : changes) {
            assertThat(keys.add(key(change.apply(d)))).as("changed by change %d", keys.size()).isTrue();
        }
        assertThat(key(doc())).as("equal documents, other objects").isEqualTo(key(d));
    }

    @Test
    void searchDocKey_takesAKeptBodysTextFingerprintAsRecorded() {
        SearchDoc d = doc();
        Map<Fingerprint.Identity, String> texts = new ConcurrentHashMap<>();
        String made = RenderMemo.searchDocKey(d, texts).hex();
        assertThat(texts).containsKey(new Fingerprint.Identity(d.text())); // made once, then known
        texts.put(new Fingerprint.Identity(d.text()), "recorded with a changed body");
        assertThat(RenderMemo.searchDocKey(d, texts).hex()).isNotEqualTo(made);
    }

    @Test
    void theIndexKey_changesWithAnyDocument_andNotWithTheirObjects() {
        RenderMemo memo = RenderMemo.fingerprinted(new ConcurrentHashMap<>(), Map.of(), null, List.of(), Map.of(), null);
        List<SearchDoc> docs = new ArrayList<>(List.of(doc(), doc(), doc()));
        Object key = memo.searchKey(docs);
        RenderMemo next = RenderMemo.fingerprinted(new ConcurrentHashMap<>(), Map.of(), null, List.of(), Map.of(), null);
        assertThat(next.searchKey(List.of(doc(), doc(), doc()))).isEqualTo(key);
        SearchDoc d = doc();
        docs.set(1, with(d, d.title(), d.link(), d.day(), d.display(), d.tags(), d.authors(), d.summary(), d.text(),
                List.of(new Tag("Wang Yi", "people/wang-yi", "../people/wang-yi/index.html"))));
        RenderMemo third = RenderMemo.fingerprinted(new ConcurrentHashMap<>(), Map.of(), null, List.of(), Map.of(), null);
        assertThat(third.searchKey(docs)).isNotEqualTo(key);
        assertThat(third.searchKey(docs.subList(0, 2))).isNotEqualTo(third.searchKey(docs));
    }
}
