package org.sitegen.render;

import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import java.util.List;
import org.sitegen.url.RelativeUrls;

/** The templates' {@code rel('/tags/china/')}: a relative link from the page being rendered. */
final class RelativeLinkFunction implements TemplateMethodModelEx {
    private final RelativeUrls urls;
    private final String fromPage;

    RelativeLinkFunction(RelativeUrls urls, String fromPage) {
        this.urls = urls;
        this.fromPage = fromPage;
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
        return urls.relative(fromPage, target);
    }
}
