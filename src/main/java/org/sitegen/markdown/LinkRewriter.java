package org.sitegen.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.DelimitedLinkNode;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.VisitHandler;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import org.sitegen.diag.Diagnostics;
import org.sitegen.diag.SourcePosition;
import org.sitegen.markdown.fast.FastMarkdown;
import org.sitegen.url.RelativeUrls;
import org.sitegen.url.UrlSchemes;

/**
 * Rewrites relative links and images in one body: {@code ../2022/2022-06-10-x.md#part}
 * becomes the relative URL of that briefing's page, {@code map.png} the relative URL of the
 * copied file. A relative link to nothing is an error at the link's line and column. Every
 * node that makes a URL (links, images, reference definitions, angle-bracket and bare
 * autolinks, wherever they stand: tables, footnotes) passes {@link UrlSchemes#isScript}.
 */
final class LinkRewriter {
    /** The warning for a link, image or raw HTML attribute whose URL {@link UrlSchemes#isScript}. */
    static final String UNSAFE_LINK = "unsafe link removed (script or data URL): ";

    private final BodySource document;
    private final LinkTargets targets;
    private final RelativeUrls urls;
    private final Diagnostics diagnostics;
    private final boolean blockScriptUrls;
    private final BodyPositions positions;
    private final java.util.List<FragmentLink> fragmentLinks = new java.util.ArrayList<>();

    LinkRewriter(BodySource document, BodyPositions positions, LinkTargets targets, RelativeUrls urls,
                 Diagnostics diagnostics, boolean blockScriptUrls) {
        this.document = document;
        this.positions = positions;
        this.targets = targets;
        this.urls = urls;
        this.diagnostics = diagnostics;
        this.blockScriptUrls = blockScriptUrls;
    }

    void rewrite(Node ast) {
        NodeVisitor[] visitor = new NodeVisitor[1];
        visitor[0] = new NodeVisitor(
                new VisitHandler<>(Link.class, this::visit),
                new VisitHandler<>(Image.class, this::visit),
                new VisitHandler<>(Reference.class, this::visit),
                new VisitHandler<>(AutoLink.class, this::visitAutolink),
                new VisitHandler<>(MailLink.class, this::visitAutolink),
                new VisitHandler<>(EmbedBlock.class, embed -> {
                    visitEmbed(embed);
                    visitor[0].visitChildren(embed);
                })
        );
        visitor[0].visit(ast);
    }

    /** A figure's picture is linked like a Markdown image: a content file's published URL, no script URL. */
    private void visitEmbed(EmbedBlock embed) {
        EmbedBlock.Attribute src = embed.name().equals("figure") ? embed.attributes().get("src") : null;
        if (src == null || src.value().isBlank()) {
            return;
        }
        String url = src.value().strip();
        SourcePosition at = positions.at(src.offset());
        if (blockScriptUrls && UrlSchemes.isScript(url)) {
            diagnostics.warning(at, UNSAFE_LINK + url);
            embed.attributes().put("src", new EmbedBlock.Attribute("#", src.offset()));
            return;
        }
        rewrite(url, url, embed, at).ifPresent(rewritten ->
                embed.attributes().put("src", new EmbedBlock.Attribute(rewritten, src.offset())));
    }

    /** A link, image or reference definition (which link references and image references take their URL from). */
    private void visit(LinkNodeBase node) {
        String decoded = FastMarkdown.unescaped(node.getUrl());
        if (isBlockedScript(node.getUrl(), decoded, node)) {
            node.setUrl(BasedSequence.of("#"));
            return;
        }
        rewrite(node.getUrl().toString(), decoded, node, null).ifPresent(url -> node.setUrl(BasedSequence.of(url)));
    }

    /**
     * {@code <JavaScript:alert(1)>}, or a bare link the autolinker found: left as the text it
     * is, with no link, as Flexmark itself shows the few script autolinks it catches. An
     * autolink is never relative, so there is nothing to rewrite.
     */
    private void visitAutolink(DelimitedLinkNode node) {
        if (isBlockedScript(node.getUrl(), FastMarkdown.unescaped(node.getUrl()), node)) {
            node.insertBefore(new Text(node.getText()));
            node.unlink();
        }
    }

    /** A script or data URL is reported (quoted as written) and its link removed, unless raw HTML is trusted. */
    private boolean isBlockedScript(BasedSequence url, String decoded, Node node) {
        if (!blockScriptUrls || !UrlSchemes.isScript(decoded)) {
            return false;
        }
        diagnostics.warning(position(node), UNSAFE_LINK + url);
        return true;
    }

    /** The links to parts of pages seen so far (this page's own, or another Markdown file's). */
    java.util.List<FragmentLink> fragmentLinks() {
        return fragmentLinks;
    }

    private void linksToPart(String target, String suffix, Node node, java.util.function.Supplier<SourcePosition> at) {
        int hash = suffix.indexOf('#');
        if (hash >= 0 && hash + 1 < suffix.length() && !(node instanceof Image) && !(node instanceof EmbedBlock)) {
            fragmentLinks.add(new FragmentLink(target, decode(suffix.substring(hash + 1)), at.get()));
        }
    }

    /**
     * @param decoded the URL after Markdown's entity and backslash decoding, as the browser gets it
     * @param at      where the URL is written; null: at the node
     */
    private Optional<String> rewrite(String url, String decoded, Node node, SourcePosition written) {
        // the position is worked out only when needed: a body without diagnostics pays nothing for it
        java.util.function.Supplier<SourcePosition> at = () -> written != null ? written : position(node);
        if (url.startsWith("#")) {
            linksToPart(document.contentPath(), url, node, at);
            return Optional.empty();
        }
        if (url.isEmpty() || url.startsWith("/") || UrlSchemes.schemeOf(decoded) != null) {
            return Optional.empty();
        }
        int cut = RelativeUrls.suffixStart(url);
        String path = cut < 0 ? url : url.substring(0, cut);
        String suffix = cut < 0 ? "" : url.substring(cut);
        if (path.isEmpty()) {
            return Optional.empty();
        }
        // A folder link means the folder's index.md (a page bundle); anything else would ship a broken link.
        Optional<String> resolved = resolve(decode(path.endsWith("/") ? path + "index.md" : path));
        Optional<String> target = resolved.flatMap(targets::sitePath);
        if (target.isEmpty()) {
            if (resolved.isPresent() && targets.erroneous().contains(resolved.get())) {
                return Optional.empty(); // the target's own errors are reported; the build fails on them
            }
            String why = resolved.isEmpty() ? "link points outside the content folder: "
                    : targets.unpublished().contains(resolved.get())
                    ? "link to a draft or scheduled briefing, which this build does not publish: "
                    : "link target not found: ";
            String hint = resolved.isEmpty() || targets.unpublished().contains(resolved.get()) ? ""
                    : targets.closestTo(resolved.get()).map(close -> " (did you mean "
                            + asWritten(document.folder(), close) + "?)").orElse("");
            diagnostics.error(at.get(), why + url + hint);
            return Optional.empty();
        }
        if (resolved.get().toLowerCase(java.util.Locale.ROOT).endsWith(".md")) {
            linksToPart(resolved.get(), suffix, node, at);
        }
        return Optional.of(urls.relative(document.sitePath(), encode(target.get())) + suffix);
    }

    /** {@code contentPath} as a link from a file in {@code folder} ("2023/") would write it. */
    static String asWritten(String folder, String contentPath) {
        String[] from = folder.isEmpty() ? new String[0] : folder.split("/");
        String[] to = contentPath.split("/");
        int common = 0;
        while (common < from.length && common < to.length - 1 && from[common].equals(to[common])) {
            common++;
        }
        StringBuilder out = new StringBuilder("../".repeat(from.length - common));
        out.append(String.join("/", java.util.Arrays.asList(to).subList(common, to.length)));
        return out.toString();
    }

    /** The path was decoded to find the file; characters that would break the URL are escaped again. */
    private static String encode(String sitePath) {
        StringBuilder out = new StringBuilder(sitePath.length());
        for (int i = 0; i < sitePath.length(); i++) {
            char c = sitePath.charAt(i);
            switch (c) {
                case '%' -> out.append("%25");
                case ' ' -> out.append("%20");
                case '#' -> out.append("%23");
                case '?' -> out.append("%3F");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** The content-relative path a link leads to, or empty when it climbs out of the content folder. */
    private Optional<String> resolve(String path) {
        Deque<String> parts = new ArrayDeque<>();
        for (String part : (document.folder() + path).split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return Optional.empty();
                }
                parts.removeLast();
            } else {
                parts.addLast(part);
            }
        }
        return Optional.of(String.join("/", parts));
    }

    private static String decode(String path) {
        try {
            return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return path;
        }
    }

    private SourcePosition position(Node node) {
        return positions.at(node.getStartOffset());
    }
}
