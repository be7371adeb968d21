package org.sitegen.render;

import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import java.util.List;
import org.sitegen.url.RelativeUrls;

/**
 * The templates' {@code rel('/tags/china/')}: a relative link from the page being rendered.
 * One per page, so one thread at a time.
 */
final class RelativeLinkFunction implements TemplateMethodModelEx {
    private final RelativeUrls.FromPage fromPage;
    private List<String> recording; // the targets asked for while a <@cached> block records, else null

    private final SiteRenderer.Mount mount;

    RelativeLinkFunction(RelativeUrls urls, String fromPage) {
        this(urls, fromPage, SiteRenderer.Mount.ROOT);
    }

    /** @param fromPage the page's URL in its language's folder ({@code mount}), which links are made as if from */
    RelativeLinkFunction(RelativeUrls urls, String fromPage, SiteRenderer.Mount mount) {
        this(urls.from(mount.real(fromPage)), mount);
    }

    private RelativeLinkFunction(RelativeUrls.FromPage fromPage, SiteRenderer.Mount mount) {
        this.fromPage = fromPage;
        this.mount = mount;
    }

    /** Links from the site's root page to {@code mount}'s pages (a language's 404.html copied to the root). */
    static RelativeLinkFunction fromRoot(RelativeUrls urls, SiteRenderer.Mount mount) {
        return new RelativeLinkFunction(urls.from("/"), mount);
    }

    @Override
    public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
        if (arguments.size() != 1 || !(arguments.get(0) instanceof TemplateScalarModel path)) {
            throw new TemplateModelException("rel() takes one site path, e.g. rel('/tags/')");
        }
        String target = path.getAsString();
        if (!target.startsWith("/")) {
            throw new TemplateModelException("rel() takes a site path starting with '/', not \"" + target + "\"");
        }
        return link(target);
    }

    /** The link to {@code target}; while recording, a numbered marker for {@link CachedDirective}. */
    String link(String target) {
        if (recording != null) {
            recording.add(target);
            return CachedDirective.MARK + Integer.toString(recording.size() - 1) + CachedDirective.END;
        }
        return fromPage.to(mount.real(target));
    }

    /** Records targets into {@code targets} from now on (null: links again); returns the list recorded into until now. */
    List<String> record(List<String> targets) {
        List<String> outer = recording;
        recording = targets;
        return outer;
    }
}
