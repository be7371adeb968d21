package org.sitegen.render;

import java.util.List;
import org.sitegen.render.view.LanguageLink;
import org.sitegen.render.view.PageModel;

/**
 * One page to render: where it goes, with which template, and what the template sees.
 *
 * @param url      site path: a folder ending in '/' (the file is url + "index.html") or, for the
 *                 few pages hosts look for by name, a file ("/404.html")
 * @param model    the variables of the page's kind (the common ones are added when rendering); its
 *                 kind is the template's name
 * @param subject  what the page presents in the archive's terms, for what is made of it besides its HTML
 * @param title    the page's own title
 * @param description meta description, may be ""
 * @param origin   what the page is made from, for error messages (a content file or a listing)
 * @param copies   other folders the same bytes are written to: the page's aliases that differ from
 *                 {@code url} only in letter case ({@link org.sitegen.content.Alias#differsOnlyInCase})
 * @param translations in a multilingual site, the page's links to the other languages; null in a site
 *                 of one language
 */
public record PageSpec(String url, PageModel model, PageSubject subject, String title, String description,
                       String origin, List<String> copies, Translations translations) {

    public PageSpec(String url, PageModel model, PageSubject subject, String title, String description,
                    String origin) {
        this(url, model, subject, title, description, origin, List.of(), null);
    }

    public PageSpec(String url, PageModel model, PageSubject subject, String title, String description,
                    String origin, List<String> copies) {
        this(url, model, subject, title, description, origin, copies, null);
    }

    /**
     * A page's links to the same page in a multilingual site's languages.
     *
     * @param switcher   the language switcher, every language (templates' {@code languages})
     * @param alternates its {@code hreflang} alternates, absolute (templates' {@code alternates})
     */
    public record Translations(List<LanguageLink> switcher, List<LanguageLink> alternates) {
    }

    /** The same page with another meta description. */
    public PageSpec withDescription(String text) {
        return new PageSpec(url, model, subject, title, text, origin, copies, translations);
    }

    /** The same page with its links to the other languages. */
    public PageSpec withTranslations(Translations links) {
        return new PageSpec(url, model, subject, title, description, origin, copies, links);
    }

    /** The page kind, which is also the template name without ".ftlh". */
    public String kind() {
        return model.kind();
    }

    public String template() {
        return kind() + ".ftlh";
    }

    public String outputPath() {
        return isFolder() ? url.substring(1) + "index.html" : url.substring(1);
    }

    /** Every file this page is written to: {@link #outputPath} and its copies'. */
    public List<String> outputPaths() {
        if (copies.isEmpty()) {
            return List.of(outputPath());
        }
        List<String> paths = new java.util.ArrayList<>(List.of(outputPath()));
        copies.forEach(copy -> paths.add(copy.substring(1) + "index.html"));
        return paths;
    }

    /** Whether this is a normal page (a folder with an index.html), as opposed to e.g. 404.html. */
    public boolean isFolder() {
        return url.endsWith("/");
    }
}
