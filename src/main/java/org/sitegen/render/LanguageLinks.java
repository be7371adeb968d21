package org.sitegen.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.sitegen.render.view.LanguageLink;
import org.sitegen.url.RelativeUrls;

/**
 * The links between the languages of a multilingual site: for each page, the same page in every
 * other language. A briefing or standalone page's counterpart is its translation (as
 * org.sitegen.languages resolved them); a generated page's is the page at the same place in the
 * other language's folder (its home, archive, search, a month or a tag both have). A page with no
 * counterpart in a language links that language's home in the switcher, and names no
 * {@code hreflang} alternate there: it has none.
 */
public final class LanguageLinks {
    /**
     * One language's part of the site.
     *
     * @param lang      its tag
     * @param prefix    its folder ("/fr"), or "" at the root
     * @param name      its name in itself, for the switcher
     * @param contents  its briefings' and pages' URLs (in its folder) by content path
     * @param pages     the URLs (in its folder) of its folder pages
     */
    public record Site(String lang, String prefix, String name, Map<String, String> contents, Set<String> pages) {
    }

    /** A page in another language: where it is (a site path) and whether it is this page there. */
    private record Target(Site site, String path, boolean translation) {
    }

    private final List<Site> sites; // the site's language first
    private final Map<String, Map<String, String>> contentAt = new HashMap<>(); // lang → URL in its folder → content path
    private final Function<String, List<String>> translationsOf;
    private final Function<String, String> langOf;
    private final String siteUrl;
    private final RelativeUrls urls;

    /**
     * @param sites          every language's part, the site's language first
     * @param translationsOf a content path's translations (content paths)
     * @param langOf         a content path's language
     * @param siteUrl        the site's URL (its root), or ""
     */
    public LanguageLinks(List<Site> sites, Function<String, List<String>> translationsOf,
                         Function<String, String> langOf, String siteUrl, boolean prettyLinks) {
        this.sites = List.copyOf(sites);
        this.translationsOf = translationsOf;
        this.langOf = langOf;
        this.siteUrl = siteUrl;
        this.urls = new RelativeUrls(prettyLinks);
        for (Site site : sites) {
            Map<String, String> at = new HashMap<>();
            site.contents().forEach((path, url) -> at.put(url, path));
            contentAt.put(site.lang(), at);
        }
    }

    private Site site(String lang) {
        return sites.stream().filter(s -> s.lang().equals(lang)).findFirst().orElseThrow();
    }

    /** Where the page at {@code url} of {@code lang}'s folder is in each language, the site's first. */
    private List<Target> targets(String lang, String url) {
        String content = contentAt.get(lang).get(url);
        List<Target> targets = new ArrayList<>();
        for (Site other : sites) {
            if (other.lang().equals(lang)) {
                targets.add(new Target(other, other.prefix() + url, true));
                continue;
            }
            String there = null;
            if (content != null) {
                for (String translation : translationsOf.apply(content)) {
                    if (langOf.apply(translation).equalsIgnoreCase(other.lang())
                            && other.contents().containsKey(translation)) {
                        there = other.contents().get(translation);
                    }
                }
            } else if (other.pages().contains(url) && !contentAt.get(other.lang()).containsKey(url)) {
                there = url;
            }
            targets.add(there != null ? new Target(other, other.prefix() + there, true)
                    : new Target(other, other.prefix() + "/", false));
        }
        return targets;
    }

    /** The language switcher of {@code page} in {@code lang}'s folder: every language, this one marked current. */
    List<LanguageLink> switcher(String lang, PageSpec page) {
        return switcher(lang, page, page.isFolder() ? site(lang).prefix() + page.url() : site(lang).prefix() + "/");
    }

    /**
     * The switcher of {@code page} shown at {@code from} (a folder): 404.html, which hosts serve at
     * any depth, links absolutely with a site URL, else from its folder (the root, for its copy there).
     */
    List<LanguageLink> switcher(String lang, PageSpec page, String from) {
        List<LanguageLink> links = new ArrayList<>();
        for (Target target : targets(lang, page.url())) {
            String href = page.isFolder() || siteUrl.isEmpty() ? urls.relative(from, target.path()) : absolute(target.path());
            links.add(new LanguageLink(target.site().lang(), target.site().name(), href,
                    target.site().lang().equals(lang), target.translation()));
        }
        return links;
    }

    /**
     * The {@code hreflang} alternates of {@code page}: itself and its translations, absolute, and
     * x-default, the site's language's version, when it has one; none without a site URL.
     */
    List<LanguageLink> alternates(String lang, PageSpec page) {
        if (!page.isFolder() || siteUrl.isEmpty()) {
            return List.of(); // search engines read only absolute alternates (as feeds and the sitemap need a site URL)
        }
        List<LanguageLink> links = new ArrayList<>();
        for (Target target : targets(lang, page.url())) {
            if (target.translation()) {
                links.add(new LanguageLink(target.site().lang(), target.site().name(), absolute(target.path()),
                        target.site().lang().equals(lang), true));
            }
        }
        if (links.size() < 2) {
            return List.of(); // a page in one language only has no alternates
        }
        if (links.get(0).lang().equals(sites.get(0).lang())) {
            LanguageLink first = links.get(0);
            links.add(new LanguageLink("x-default", first.name(), first.href(), false, true));
        }
        return links;
    }

    /**
     * The sitemap's alternates of {@code page} in {@code lang}'s folder: the absolute URL of it and
     * of each translation, by language (hreflang); none for a page in one language or without a site URL.
     */
    public Map<String, String> sitemapAlternates(String lang, PageSpec page) {
        if (siteUrl.isEmpty()) {
            return Map.of();
        }
        Map<String, String> alternates = new java.util.LinkedHashMap<>();
        for (Target target : targets(lang, page.url())) {
            if (target.translation()) {
                alternates.put(target.site().lang(), absolute(target.path()));
            }
        }
        return alternates.size() < 2 ? Map.of() : alternates;
    }

    private String absolute(String path) {
        return siteUrl + path;
    }
}
