package org.sitegen.render;

import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.util.List;
import org.sitegen.render.view.FeedLink;

/**
 * The variables one page's template sees: those every template gets (docs/templates.md,
 * "Variables in every template"), then the components of the page's
 * {@link org.sitegen.render.view.PageModel} by name.
 * Read in place, never copied into a map: a cold build renders tens of thousands of pages.
 * A name that is neither is missing, as in a map.
 */
record PageVariables(ReadingContext reading, PageSpec page, Object site, String canonical, TemplateModel rel,
                     TemplateModel cached, TemplateModel msg, List<FeedLink> feeds, String jsonLd)
        implements TemplateHashModel {
    /** The names every template gets; no page model may have a component of the same name. */
    static final List<String> COMMON = List.of("site", "kind", "title", "description", "url", "canonical", "rel",
            "cached", "msg", "feeds", "jsonLd", "languages", "alternates");

    @Override
    public TemplateModel get(String key) throws TemplateModelException {
        return switch (key) {
            case "site" -> reading.wrap(site);
            case "kind" -> reading.wrap(page.kind());
            case "title" -> reading.wrap(page.title());
            case "description" -> reading.wrap(page.description() == null ? "" : page.description());
            case "url" -> reading.wrap(page.url());
            case "canonical" -> reading.wrap(canonical);
            case "rel" -> rel;
            case "cached" -> cached;
            case "msg" -> msg;
            case "feeds" -> reading.wrap(feeds);
            case "jsonLd" -> reading.wrap(jsonLd);
            // a multilingual site's; missing in a site of one language
            case "languages" -> page.translations() == null ? null : reading.wrap(page.translations().switcher());
            case "alternates" -> page.translations() == null ? null : reading.wrap(page.translations().alternates());
            default -> {
                Record model = (Record) page.model();
                Object value = reading.wrapper().accessors(model.getClass()).read(model, key, reading.bit());
                yield value == RecordAccessors.NOT_A_COMPONENT ? null : reading.wrap(value);
            }
        };
    }

    @Override
    public boolean isEmpty() {
        return false;
    }
}
