package org.sitegen.render;

import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.util.List;
import org.sitegen.render.view.FeedLink;
import org.sitegen.render.view.PageModel;

/**
 * The variables one page's template sees: those every template gets (docs/templates.md,
 * "Variables in every template"), then the components of the page's {@link PageModel} by name.
 * Read in place, never copied into a map: a cold build renders tens of thousands of pages.
 * A name that is neither is missing, as in a map.
 */
final class PageVariables implements TemplateHashModel {
    /** The names every template gets; no page model may have a component of the same name. */
    static final List<String> COMMON = List.of("site", "kind", "title", "description", "url", "canonical", "rel",
            "cached", "msg", "feeds", "jsonLd");

    private final ViewObjectWrapper wrapper;
    private final PageModel model;
    private final Record record; // the same, as its components are read
    private final RecordAccessors components;
    private final Object site;
    private final String title;
    private final String description;
    private final String url;
    private final String canonical;
    private final TemplateModel rel;
    private final TemplateModel cached;
    private final TemplateModel msg;
    private final List<FeedLink> feeds;
    private final String jsonLd;

    PageVariables(ViewObjectWrapper wrapper, PageSpec page, Object site, String canonical, TemplateModel rel,
                  TemplateModel cached, TemplateModel msg, List<FeedLink> feeds, String jsonLd) {
        this.wrapper = wrapper;
        this.model = page.model();
        this.record = (Record) model;
        this.components = wrapper.accessors(model.getClass());
        this.site = site;
        this.title = page.title();
        this.description = page.description() == null ? "" : page.description();
        this.url = page.url();
        this.canonical = canonical;
        this.rel = rel;
        this.cached = cached;
        this.msg = msg;
        this.feeds = feeds;
        this.jsonLd = jsonLd;
    }

    @Override
    public TemplateModel get(String key) throws TemplateModelException {
        return switch (key) {
            case "site" -> wrapper.wrap(site);
            case "kind" -> wrapper.wrap(model.kind());
            case "title" -> wrapper.wrap(title);
            case "description" -> wrapper.wrap(description);
            case "url" -> wrapper.wrap(url);
            case "canonical" -> wrapper.wrap(canonical);
            case "rel" -> rel;
            case "cached" -> cached;
            case "msg" -> msg;
            case "feeds" -> wrapper.wrap(feeds);
            case "jsonLd" -> wrapper.wrap(jsonLd);
            default -> {
                Object value = components.read(record, key);
                yield value == RecordAccessors.NOT_A_COMPONENT ? null : wrapper.wrap(value);
            }
        };
    }

    @Override
    public boolean isEmpty() {
        return false;
    }
}
