package org.sitegen.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sitegen.archive.Archive;
import org.sitegen.archive.TaxonomyIndex;
import org.sitegen.render.view.TaxonomyView;
import org.sitegen.render.view.YearView;

/**
 * The search page (/search/, kind "search"): the filters it offers. The documents the search
 * index is built from are the archive's ({@link org.sitegen.search.SearchDocs}).
 */
final class SearchPage {
    static final String URL = "/search/";

    private SearchPage() {
    }

    /**
     * The page: the filter choices (the terms of every taxonomy, in the configured order, and the
     * date archive's {@code years}, {@link TimeViews#years}) are rendered into the HTML.
     */
    static PageSpec spec(Archive archive, ViewFactory views, List<String> taxonomies, List<YearView> years,
                         List<org.sitegen.render.view.EntityKindView> entityKinds) {
        List<TaxonomyView> filters = new ArrayList<>();
        for (String name : taxonomies) {
            TaxonomyIndex index = archive.taxonomies().get(name);
            var ref = views.taxonomyRef(name);
            filters.add(new TaxonomyView(ref.name(), ref.title(), ref.url(),
                    index.alphabetical().stream().map(views::termRef).toList(),
                    index.byCount().stream().map(views::termRef).toList()));
        }
        var model = new org.sitegen.render.view.PageModel.Search(filters, years, entityKinds,
                scriptMessages(views.messages()));
        return new PageSpec(URL, model, PageSubject.WHOLE_ARCHIVE, views.messages().format("search.title"), "", URL);
    }

    /**
     * The words assets/search.js shows, as JSON for the form's {@code data-messages}: the plain
     * ones as they are ({0} for their argument), the count of results as its plural forms, each
     * with # for the number, which the script picks with the browser's Intl.PluralRules (CLDR's
     * rules, as ICU's here).
     */
    static String scriptMessages(org.sitegen.i18n.Messages messages) {
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        out.put("found", messages.pluralForms("search.found"));
        for (String key : List.of("notFound", "for", "filedUnderTerm", "namingEntity", "inYear", "loading",
                "unavailable")) {
            out.put(key, messages.pattern("search." + key));
        }
        out.put("tags", messages.format("chips.label"));
        return org.sitegen.json.JsonText.of(out);
    }
}
