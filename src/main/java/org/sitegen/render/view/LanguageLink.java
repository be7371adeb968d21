package org.sitegen.render.view;

/**
 * One language in a multilingual site's language switcher, or one {@code hreflang} alternate.
 *
 * @param lang        the language tag ("fr"), for {@code lang} and {@code hreflang}
 * @param name        the language's name in itself ("Français")
 * @param href        the link from the page being rendered (relative; absolute for alternates with a site URL)
 * @param current     this page's own language
 * @param translation the link goes to this page in that language (else to that language's home page)
 */
public record LanguageLink(String lang, String name, String href, boolean current, boolean translation) {
}
