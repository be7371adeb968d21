package org.sitegen.entities;

import java.util.List;
import org.sitegen.content.Term;
import org.sitegen.diag.SourcePosition;

/**
 * One entity as its data file describes it (content/entities/people.yaml and the like).
 *
 * @param kind        its kind's key, e.g. "people"
 * @param name        the name pages show
 * @param slug        the URL slug as written, or null to derive it from the name
 * @param aliases     other names briefings may use for it ("Blinken", "Secretary Blinken"), with where
 * @param description one paragraph of plain text, may be ""
 * @param wikidata    a Wikidata item id ("Q123"), may be ""
 * @param image       a site path ("/entities/img/x.jpg") or an http(s) URL, may be ""
 * @param credit      who made the image, may be ""
 * @param at          where its name is written
 */
public record EntityRecord(String kind, String name, String slug, List<Term> aliases, String description,
                           String wikidata, String image, String credit, SourcePosition at) {
    /** Where a Wikidata item id ({@code wikidata}) is read: this, then the id. */
    public static final String WIKIDATA_ITEM = "https://www.wikidata.org/wiki/";
}
