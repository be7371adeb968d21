package org.sitegen.render;

import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import java.util.List;
import org.sitegen.url.RelativeUrls;

/**
 * {@code rel()} for 404.html: a host serves that one file for any missing URL, at any depth, so
 * relative links would resolve against the wrong folder. With a known site URL they are absolute.
 */
final class AbsoluteLinkFunction implements TemplateMethodModelEx {
    private final String siteUrl;
    private final boolean prettyLinks;

    private final SiteRenderer.Mount mount;

    AbsoluteLinkFunction(String siteUrl, boolean prettyLinks) {
        this(siteUrl, prettyLinks, SiteRenderer.Mount.ROOT);
    }

    /** @param siteUrl the site's root URL; {@code mount} puts a language's links in its folder */
    AbsoluteLinkFunction(String siteUrl, boolean prettyLinks, SiteRenderer.Mount mount) {
        this.siteUrl = siteUrl;
        this.prettyLinks = prettyLinks;
        this.mount = mount;
    }

    @Override
    public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
        if (arguments.size() != 1 || !(arguments.get(0) instanceof TemplateScalarModel path)
                || !path.getAsString().startsWith("/")) {
            throw new TemplateModelException("rel() takes one site path starting with '/', e.g. rel('/tags/')");
        }
        String target = mount.real(path.getAsString());
        int cut = RelativeUrls.suffixStart(target);
        String file = cut < 0 ? target : target.substring(0, cut);
        String suffix = cut < 0 ? "" : target.substring(cut);
        return siteUrl + file + (file.endsWith("/") && !prettyLinks ? "index.html" : "") + suffix;
    }
}
