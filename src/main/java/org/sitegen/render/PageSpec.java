package org.sitegen.render;

import java.util.List;
import java.util.function.Supplier;
import org.sitegen.render.view.LanguageLink;
import org.sitegen.render.view.PageModel;

/**
 * One page to render: where it goes, with which template, and what the template sees.
 *
 * <p>What the template sees (its model, title and description) may be made only when asked for
 * ({@link #lazy}): a rebuild keeps most pages as published without looking at it, when what
 * the page was made from is recorded unchanged ({@link #sources}).
 *
 * <ul>
 * <li>{@code url}: site path, a folder ending in '/' (the file is url + "index.html") or, for the
 *     few pages hosts look for by name, a file ("/404.html")</li>
 * <li>{@code model}: the variables of the page's kind (the common ones are added when rendering);
 *     its kind is the template's name</li>
 * <li>{@code subject}: what the page presents in the archive's terms, for what is made of it besides its HTML</li>
 * <li>{@code title}: the page's own title; {@code description}: meta description, may be ""</li>
 * <li>{@code origin}: what the page is made from, for error messages (a content file or a listing)</li>
 * <li>{@code copies}: other folders the same bytes are written to: the page's aliases that differ
 *     from {@code url} only in letter case ({@link org.sitegen.content.Alias#differsOnlyInCase})</li>
 * <li>{@code translations}: in a multilingual site, the page's links to the other languages; null
 *     in a site of one language</li>
 * </ul>
 */
public final class PageSpec {
    private final String url;
    private final String kind;
    private final PageSubject subject;
    private final String origin;
    private final List<String> copies;
    private final Translations translations;
    /** A fingerprint of everything the page's model, title and description are made from, or null (see {@link #sources}): told when first asked for. */
    private final Supplier<String> sources;
    private volatile String told;
    /** The model, title and description: made, or to make. */
    private volatile Content content;
    private final Supplier<Content> make;
    /** A description given in place of the one made ({@link #withDescription}), or null. */
    private final String describedAs;

    /** What a page's template sees of its own: its model, title and description. */
    public record Content(PageModel model, String title, String description) {
    }

    /**
     * A page's links to the same page in a multilingual site's languages.
     *
     * @param switcher   the language switcher, every language (templates' {@code languages})
     * @param alternates its {@code hreflang} alternates, absolute (templates' {@code alternates})
     */
    public record Translations(List<LanguageLink> switcher, List<LanguageLink> alternates) {
    }

    public PageSpec(String url, PageModel model, PageSubject subject, String title, String description,
                    String origin, List<String> copies, Translations translations) {
        this(url, model.kind(), subject, origin, copies, translations, null,
                new Content(model, title, description), null, null);
    }

    public PageSpec(String url, PageModel model, PageSubject subject, String title, String description,
                    String origin) {
        this(url, model, subject, title, description, origin, List.of(), null);
    }

    public PageSpec(String url, PageModel model, PageSubject subject, String title, String description,
                    String origin, List<String> copies) {
        this(url, model, subject, title, description, origin, copies, null);
    }

    private PageSpec(String url, String kind, PageSubject subject, String origin, List<String> copies,
                     Translations translations, Supplier<String> sources, Content content, Supplier<Content> make,
                     String describedAs) {
        this.url = url;
        this.kind = kind;
        this.subject = subject;
        this.origin = origin;
        this.copies = copies;
        this.translations = translations;
        this.sources = sources;
        this.content = content;
        this.make = make;
        this.describedAs = describedAs;
    }

    /**
     * A page whose model, title and description {@code make} makes when first asked for.
     *
     * @param kind    the kind of the model {@code make} makes
     * @param sources tells a fingerprint of everything {@code make} makes them from (see {@link #sources}),
     *                or null; asked once, when the page is about to be rendered or kept
     */
    static PageSpec lazy(String url, String kind, PageSubject subject, String origin, List<String> copies,
                         Supplier<String> sources, Supplier<Content> make) {
        return new PageSpec(url, kind, subject, origin, copies, null, sources, null, make, null);
    }

    public String url() {
        return url;
    }

    public PageModel model() {
        return content().model();
    }

    public PageSubject subject() {
        return subject;
    }

    public String title() {
        return content().title();
    }

    public String description() {
        return describedAs != null ? describedAs : content().description();
    }

    public String origin() {
        return origin;
    }

    public List<String> copies() {
        return copies;
    }

    public Translations translations() {
        return translations;
    }

    /**
     * A fingerprint of everything this page's model, title and description are made from (the
     * archive's records they show, in the order shown, and what the planner derives from them),
     * or null when the planner does not tell it. Equal fingerprints in two builds of the same
     * settings, engine and templates mean an equal model, title and description: a rebuild keeps
     * such a page without making them ({@link RenderMemo}).
     */
    public String sources() {
        if (sources == null) {
            return null;
        }
        String known = told;
        if (known == null) {
            known = sources.get();
            told = known == null ? "" : known;
        }
        return known == null || known.isEmpty() ? null : known;
    }

    /** Whether the model is made already (an eager page, or one asked for). */
    boolean made() {
        return content != null;
    }

    private Content content() {
        Content made = content;
        if (made == null) {
            synchronized (this) {
                made = content;
                if (made == null) {
                    made = make.get();
                    if (!made.model().kind().equals(kind)) {
                        throw new IllegalStateException("planned as a " + kind + " page, made as a "
                                + made.model().kind() + " page: " + url);
                    }
                    content = made;
                }
            }
        }
        return made;
    }

    /** The same page with another meta description. */
    public PageSpec withDescription(String text) {
        return new PageSpec(url, kind, subject, origin, copies, translations, sources, content, make,
                text == null ? "" : text);
    }

    /** The same page with its links to the other languages. */
    public PageSpec withTranslations(Translations links) {
        // shares what it made with this page: a language's switcher is added to the planned pages
        PageSpec self = this;
        return new PageSpec(url, kind, subject, origin, copies, links, sources == null ? null : self::sources, content,
                content != null ? null : self::content, describedAs);
    }

    /** The page kind, which is also the template name without ".ftlh". */
    public String kind() {
        return kind;
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

    @Override
    public String toString() {
        return "PageSpec[" + kind + " " + url + "]";
    }
}
