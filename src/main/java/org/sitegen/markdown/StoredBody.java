package org.sitegen.markdown;

import java.util.List;
import org.sitegen.store.StoredText;
import org.sitegen.store.TextStore;

/**
 * A rendered body as a build holds it until its pages, feeds and search index are written: its
 * HTML and text stored (in the build's {@link TextStore}, or, for a body kept from the last
 * build, still in the build cache's file: read only if a page or the search index needs them),
 * the rest on the heap.
 *
 * @param lead the HTML's {@link LeadParagraph#opening}: all that deciding whether a summary repeats the body reads
 * @see RenderedBody for the other components
 */
public record StoredBody(StoredText html, String lead, String firstParagraph, int wordCount, List<Heading> headings,
                         StoredText text, List<FragmentLink> fragmentLinks, ReadingLength reading) {

    public StoredBody {
        headings = List.copyOf(headings);
        fragmentLinks = List.copyOf(fragmentLinks);
    }

    /** {@code body} with its HTML and text put in {@code store}. */
    public static StoredBody of(RenderedBody body, TextStore store) {
        return new StoredBody(store.put(body.markup()), body.lead(), body.firstParagraph(),
                body.wordCount(), body.headings(), store.put(body.plainText()), body.fragmentLinks(), body.reading());
    }
}
