package org.sitegen.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import java.util.Set;
import org.sitegen.html.Html;
import org.sitegen.markdown.fast.DirectHtmlRenderer;

/**
 * Renders headings like Flexmark's core renderer, plus a trailing "#" link to the heading
 * itself, so readers can copy a link to a section. Done here rather than in templates because
 * templates only see the body as finished HTML. The link follows GitHub's pattern: hidden from
 * assistive technology and out of the tab order (the heading itself is announced; the table of
 * contents offers the same links to everyone).
 */
final class HeadingAnchorRenderer implements NodeRenderer {
    private final int shift;

    /** @param shift levels added to every heading (headingShift), capped at h6 */
    HeadingAnchorRenderer(int shift) {
        this.shift = shift;
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(Heading.class, this::render));
    }

    private void render(Heading node, NodeRendererContext context, HtmlWriter html) {
        String id = context.getHtmlOptions().renderHeaderId ? context.getNodeId(node) : null;
        if (id != null) {
            html.attr("id", id);
        }
        html.srcPos(node.getText()).withAttr().tagLine("h" + FlexmarkSetup.renderedLevel(node.getLevel(), shift), () -> {
            context.renderChildren(node);
            if (id != null && !id.isEmpty()) {
                html.raw(anchor(id));
            }
        });
    }

    /** How headings are written, for the fast direct renderer to write them the same. */
    static DirectHtmlRenderer.Headings headings(int shift) {
        return new DirectHtmlRenderer.Headings() {
            @Override
            public int renderedLevel(int level) {
                return FlexmarkSetup.renderedLevel(level, shift);
            }

            @Override
            public String anchor(String id) {
                return HeadingAnchorRenderer.anchor(id);
            }
        };
    }

    /** The "#" link to the heading with {@code id}, written after the heading's text. */
    static String anchor(String id) {
        // ids are slugs, but a heading's id may still carry any letter: keep the attribute well-formed
        return " <a class=\"heading-anchor\" href=\"#" + Html.escape(id) + "\" aria-hidden=\"true\" tabindex=\"-1\">#</a>";
    }
}
