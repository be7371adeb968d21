package org.sitegen.markdown;

import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitegen.diag.Diagnostics;
import org.sitegen.diag.OneLine;
import org.sitegen.url.UrlSchemes;

/**
 * The embeds a body may use, what each takes, and the one check of an embed against them:
 * every problem is reported at its line and column, and an embed with an error is not rendered
 * (the build fails on it).
 */
final class Embeds {
    /**
     * One kind of embed.
     *
     * @param required   attributes it must have
     * @param optional   attributes it may have
     * @param hasContent whether it needs Markdown between its lines (a quote's text)
     */
    record Kind(String name, List<String> required, List<String> optional, boolean hasContent) {
        boolean takes(String attribute) {
            return required.contains(attribute) || optional.contains(attribute);
        }

        String attributesText() {
            List<String> all = new ArrayList<>(required);
            all.addAll(optional);
            return all.isEmpty() ? "no attributes" : String.join(", ", all);
        }
    }

    static final Map<String, Kind> KINDS;

    static {
        Map<String, Kind> kinds = new LinkedHashMap<>();
        kinds.put("figure", new Kind("figure", List.of("src", "alt"), List.of("credit"), false));
        kinds.put("note", new Kind("note", List.of(), List.of("title"), true));
        kinds.put("quote", new Kind("quote", List.of(), List.of("cite"), true));
        kinds.put("video", new Kind("video", List.of("title"), List.of("youtube", "vimeo"), false));
        kinds.put("post", new Kind("post", List.of("url", "author"), List.of("date"), true));
        KINDS = java.util.Collections.unmodifiableMap(kinds);
    }

    /** YouTube's video ids: 11 characters of the URL-safe base64 alphabet. */
    private static final Pattern YOUTUBE_ID = Pattern.compile("[A-Za-z0-9_-]{11}");
    /** Vimeo's video ids: a number. */
    private static final Pattern VIMEO_ID = Pattern.compile("[1-9][0-9]{0,11}");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private Embeds() {
    }

    /** Every embed of {@code document}, outermost first, in document order. */
    static List<EmbedBlock> all(Node document) {
        List<EmbedBlock> embeds = new ArrayList<>();
        collect(document, embeds);
        return embeds;
    }

    private static void collect(Node parent, List<EmbedBlock> into) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof EmbedBlock embed) {
                into.add(embed);
            }
            if (node instanceof com.vladsch.flexmark.util.ast.Block
                    && !(node instanceof com.vladsch.flexmark.ast.Paragraph)) {
                collect(node, into);
            }
        }
    }

    /** Checks one embed; returns whether it can be rendered. */
    static boolean check(EmbedBlock embed, BodyPositions positions, Diagnostics diagnostics) {
        boolean ok = true;
        for (EmbedBlock.Problem problem : embed.problems()) {
            diagnostics.error(positions.at(problem.offset()), problem.message());
            ok = false;
        }
        Kind kind = KINDS.get(embed.name());
        if (kind == null) {
            diagnostics.error(positions.at(embed.nameOffset()), "unknown embed '" + OneLine.of(embed.name())
                    + "'; the embeds are " + String.join(", ", KINDS.keySet()) + " (see docs/embeds.md)");
            return false;
        }
        if (!embed.closed()) {
            diagnostics.error(positions.at(embed.nameOffset()), "the '" + kind.name()
                    + "' embed is never closed; end it with a line ':::'");
            ok = false;
        }
        for (String required : kind.required()) {
            EmbedBlock.Attribute attribute = embed.attributes().get(required);
            if (attribute == null || attribute.value().isBlank()) {
                diagnostics.error(positions.at(attribute == null ? embed.nameOffset() : attribute.offset()),
                        "the '" + kind.name() + "' embed needs " + required + "=\"...\""
                                + (attribute == null ? "" : ", not an empty value"));
                ok = false;
            }
        }
        embed.attributes().forEach((name, attribute) -> {
            if (!kind.takes(name)) {
                diagnostics.warning(positions.at(attribute.offset()), "the '" + kind.name() + "' embed has no attribute '"
                        + OneLine.of(name) + "' (it takes " + kind.attributesText() + "); ignored");
            }
        });
        if (kind.hasContent() && !hasContent(embed)) {
            diagnostics.error(positions.at(embed.nameOffset()), "the '" + kind.name()
                    + "' embed is empty; write its text between its ':::' lines");
            ok = false;
        }
        return switch (kind.name()) {
            case "video" -> checkVideo(embed, positions, diagnostics) && ok;
            case "post" -> checkPost(embed, positions, diagnostics) && ok;
            default -> ok;
        };
    }

    private static boolean hasContent(EmbedBlock embed) {
        return embed.getFirstChild() != null;
    }

    private static boolean checkVideo(EmbedBlock embed, BodyPositions positions, Diagnostics diagnostics) {
        EmbedBlock.Attribute youtube = embed.attributes().get("youtube");
        EmbedBlock.Attribute vimeo = embed.attributes().get("vimeo");
        if ((youtube == null) == (vimeo == null)) {
            diagnostics.error(positions.at(embed.nameOffset()), "the 'video' embed needs one of youtube=\"ID\" or "
                    + "vimeo=\"ID\"" + (youtube == null ? "" : ", not both"));
            return false;
        }
        EmbedBlock.Attribute id = youtube != null ? youtube : vimeo;
        Pattern pattern = youtube != null ? YOUTUBE_ID : VIMEO_ID;
        if (!pattern.matcher(id.value()).matches()) {
            diagnostics.error(positions.at(id.offset()), (youtube != null
                    ? "a YouTube video id is 11 letters, digits, '-' or '_' (the v= of its URL)"
                    : "a Vimeo video id is a number (the last part of its URL)") + ", not \""
                    + OneLine.of(id.value()) + "\"");
            return false;
        }
        return true;
    }

    private static boolean checkPost(EmbedBlock embed, BodyPositions positions, Diagnostics diagnostics) {
        boolean ok = true;
        EmbedBlock.Attribute url = embed.attributes().get("url");
        if (url != null && !url.value().isBlank()) {
            if (!UrlSchemes.isWeb(url.value().strip())) {
                diagnostics.error(positions.at(url.offset()), "a post's url must be an http(s) link to it, not \""
                        + OneLine.of(url.value()) + "\"");
                ok = false;
            }
        }
        EmbedBlock.Attribute date = embed.attributes().get("date");
        if (date != null && !isDay(date.value())) {
            diagnostics.error(positions.at(date.offset()), "a post's date is written YYYY-MM-DD, not \""
                    + OneLine.of(date.value()) + "\"");
            ok = false;
        }
        return ok;
    }

    private static boolean isDay(String text) {
        if (!DAY.matcher(text).matches()) {
            return false;
        }
        try {
            java.time.LocalDate.parse(text);
            return true;
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }

    /** A video's addresses from its checked attributes. */
    static EmbedRenderer.Video video(Map<String, String> attributes) {
        String youtube = attributes.get("youtube");
        if (youtube != null) {
            return new EmbedRenderer.Video("YouTube", youtube, "https://www.youtube-nocookie.com/embed/" + youtube,
                    "https://www.youtube.com/watch?v=" + youtube);
        }
        String vimeo = attributes.get("vimeo");
        return new EmbedRenderer.Video("Vimeo", vimeo, "https://player.vimeo.com/video/" + vimeo + "?dnt=1",
                "https://vimeo.com/" + vimeo);
    }
}
