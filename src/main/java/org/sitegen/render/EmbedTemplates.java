package org.sitegen.render;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.sitegen.config.SiteConfig;
import org.sitegen.diag.SourcePosition;
import org.sitegen.markdown.EmbedRenderer;
import org.sitegen.render.view.EmbedView;
import org.sitegen.url.RelativeUrls;

/**
 * Renders each embed of a body through the theme's {@code embeds/NAME.ftlh}, overridable in the
 * archive's templates/ like every template, and sandboxed and escaped like them. Freemarker is
 * set up at the first embed: an archive without embeds never pays for it.
 */
public final class EmbedTemplates implements EmbedRenderer {
    /** The folder of the embed templates in the theme. */
    static final String FOLDER = "embeds/";

    private final SiteConfig config;
    private final RelativeUrls urls;
    private volatile TemplateEngine engine;
    private volatile MessageFunction msg;

    public EmbedTemplates(SiteConfig config) {
        this.config = config;
        this.urls = new RelativeUrls(config.prettyLinks());
    }

    @Override
    public String render(Embed embed) throws Failure {
        EmbedRenderer.Video video = embed.video();
        EmbedView view = new EmbedView(embed.name(), embed.attributes(), embed.content(),
                assetsFolder(embed.pageUrl()),
                video == null ? "" : video.provider(), video == null ? "" : video.embedUrl(),
                video == null ? "" : video.watchUrl());
        String[] html = new String[1];
        try {
            engine().render(FOLDER + embed.name() + ".ftlh", Map.of("embed", view, "msg", msg),
                    (bytes, length) -> html[0] = new String(bytes, 0, length, StandardCharsets.UTF_8));
        } catch (TemplateEngine.TemplateProblem problem) {
            throw new Failure(SourcePosition.of(problem.template, problem.line, problem.column), problem.getMessage());
        } catch (java.io.IOException e) {
            throw new Failure(embed.at(), "cannot read the template " + FOLDER + embed.name() + ".ftlh: " + e.getMessage());
        }
        return html[0].strip();
    }

    /** The assets folder from the page, ending in '/' (a link to a folder would end in index.html without pretty links). */
    private String assetsFolder(String pageUrl) {
        String file = urls.relative(pageUrl, "/" + Theme.ASSETS + "/x");
        return file.substring(0, file.length() - 1);
    }

    private TemplateEngine engine() throws java.io.IOException {
        TemplateEngine made = engine;
        if (made == null) {
            synchronized (this) {
                made = engine;
                if (made == null) {
                    made = new TemplateEngine(config);
                    // problems with the bundles are reported once, by the site's renderer
                    msg = new MessageFunction(org.sitegen.i18n.Messages.load(config.language(), config.templatesDir(),
                            config::displayPath, config.displayPath(config.projectDir().resolve("pom.xml"))));
                    engine = made;
                }
            }
        }
        return made;
    }
}
