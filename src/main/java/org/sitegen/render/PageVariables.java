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
record PageVariables(ViewObjectWrapper wrapper, PageSpec page, Object site, String canonical, TemplateModel rel,
                     TemplateModel cached, TemplateModel msg, List<FeedLink> feeds, String jsonLd)
        implements TemplateHashModel {
    /** The names every template gets; no page model may have a component of the same name. */
    static final List<String> COMMON = List.of("site", "kind", "title", "description", "url", "canonical", "rel",
            "cached", "msg", "feeds", "jsonLd", "languages", "alternates");

    @Override
    public TemplateModel get(String key) throws TemplateModelException {
        return switch (key) {
            case "site" -> wrapper.wrap(site);
            case "kind" -> wrapper.wrap(page.kind());
            case "title" -> wrapper.wrap(page.title());
            case "description" -> wrapper.wrap(page.description() == null ? "" : page.description());
            case "url" -> wrapper.wrap(page.url());
            case "canonical" -> wrapper.wrap(canonical);
            case "rel" -> rel;
            case "cached" -> cached;
            case "msg" -> msg;
            case "feeds" -> wrapper.wrap(feeds);
            case "jsonLd" -> wrapper.wrap(jsonLd);
            // a multilingual site's; missing in a site of one language
            case "languages" -> page.translations() == null ? null : wrapper.wrap(page.translations().switcher());
            case "alternates" -> page.translations() == null ? null : wrapper.wrap(page.translations().alternates());
            default -> {
                Record model = (Record) page.model();
                Object value = wrapper.accessors(model.getClass()).read(model, key);
                yield value == RecordAccessors.NOT_A_COMPONENT ? null : wrapper.wrap(value);
            }
        };
    }

    @Override
    public boolean isEmpty() {
        return false;
    }
}
