package org.sitegen.markdown;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.VisitHandler;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.regex.Pattern;
import org.sitegen.diag.Diagnostics;
import org.sitegen.diag.SourcePosition;
import org.sitegen.url.RelativeUrls;

/**
 * Rewrites relative links and images in one body: {@code ../2022/2022-06-10-x.md#part}
 * becomes the relative URL of that briefing's page, {@code map.png} the relative URL of the
 * copied file. A relative link to nothing is an error at the link's line and column.
 */
final class LinkRewriter {
    /** A URL's scheme: matched with lookingAt, not over the whole URL. */
    private static final Pattern SCHEME = Pattern.compile("[a-zA-Z][a-zA-Z0-9+.-]*:");

    private final BodySource document;
    private final LinkTargets targets;
    private final RelativeUrls urls;
    private final Diagnostics diagnostics;
    private final boolean blockScriptUrls;
    private int[] lineStarts;

    LinkRewriter(BodySource document, LinkTargets targets, RelativeUrls urls, Diagnostics diagnostics,
                 boolean blockScriptUrls) {
        this.document = document;
        this.targets = targets;
        this.urls = urls;
        this.diagnostics = diagnostics;
        this.blockScriptUrls = blockScriptUrls;
    }

    void rewrite(Node ast) {
        new NodeVisitor(
                new VisitHandler<>(Link.class, this::visit),
                new VisitHandler<>(Image.class, this::visit),
                new VisitHandler<>(Reference.class, this::visitReference)
        ).visit(ast);
    }

    private void visit(LinkNodeBase node) {
        if (isBlockedScript(node.getUrl(), node)) {
            node.setUrl(BasedSequence.of("#"));
            return;
        }
        rewrite(node.getUrl().toString(), node).ifPresent(url -> node.setUrl(BasedSequence.of(url)));
    }

    private void visitReference(Reference node) {
        if (isBlockedScript(node.getUrl(), node)) {
            node.setUrl(BasedSequence.of("#"));
            return;
        }
        rewrite(node.getUrl().toString(), node).ifPresent(url -> node.setUrl(BasedSequence.of(url)));
    }

    /** A javascript:, vbscript: or data: URL is replaced by "#" and reported, unless raw HTML is trusted. */
    private boolean isBlockedScript(BasedSequence url, Node node) {
        if (!blockScriptUrls || !ScriptUrls.isScript(HtmlLines.unescaped(url))) {
            return false;
        }
        diagnostics.warning(position(node), "unsafe link removed (script or data URL): " + url);
        return true;
    }

    private Optional<String> rewrite(String url, Node node) {
        if (url.isEmpty() || url.startsWith("#") || url.startsWith("/") || SCHEME.matcher(url).lookingAt()) {
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
            String why = resolved.isEmpty() ? "link points outside the content folder: "
                    : targets.unpublished().contains(resolved.get())
                    ? "link to a draft or scheduled briefing, which this build does not publish: "
                    : "link target not found: ";
            diagnostics.error(position(node), why + url);
            return Optional.empty();
        }
        return Optional.of(urls.relative(document.sitePath(), encode(target.get())) + suffix);
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
        int offset = node.getStartOffset();
        int[] starts = lineStarts(node.getDocument().getChars());
        int line = 0;
        while (line + 1 < starts.length && starts[line + 1] <= offset) {
            line++;
        }
        return SourcePosition.of(document.displayPath(), document.bodyFirstLine() + line, offset - starts[line] + 1);
    }

    private int[] lineStarts(CharSequence text) {
        if (lineStarts == null) {
            lineStarts = java.util.stream.IntStream.concat(java.util.stream.IntStream.of(0),
                    java.util.stream.IntStream.range(0, text.length()).filter(i -> text.charAt(i) == '\n')
                            .map(i -> i + 1)).toArray();
        }
        return lineStarts;
    }
}
