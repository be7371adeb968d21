package org.sitegen.stories;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitegen.archive.Entry;
import org.sitegen.content.SourceFile;
import org.sitegen.content.StoryLink;
import org.sitegen.diag.Diagnostics;

/**
 * The developing stories of the archive. {@code follows:} names earlier briefings by source path,
 * relative to the file (like a body link) or, when nothing is there, to the content folder; the
 * briefings it links, directly or through others, are one story. A reference to a missing,
 * unpublished or later briefing, or one that closes a circle, is an error at its line (and is
 * not followed).
 */
public final class Stories {
    /** Where story pages are: /stories/ and /stories/SLUG/. */
    public static final String FOLDER = "stories";

    private final List<Story> stories;
    private final Map<Entry, Story> ofBriefing;

    private Stories(List<Story> stories, Map<Entry, Story> ofBriefing) {
        this.stories = stories;
        this.ofBriefing = ofBriefing;
    }

    /**
     * @param briefings   the published briefings, newest first
     * @param unpublished content paths of the briefings this build leaves out (drafts, scheduled)
     * @param failed      content paths of the Markdown files that could not be read (their errors are reported)
     */
    public static Stories build(List<Entry> briefings, Set<String> unpublished, Set<String> failed,
                                Diagnostics diagnostics) {
        Map<String, Entry> byPath = new HashMap<>();
        briefings.forEach(b -> byPath.put(b.contentPath(), b));
        // follower → the briefings it follows, in path order of the followers (messages in a fixed order)
        Map<Entry, List<Edge>> edges = new LinkedHashMap<>();
        List<Entry> inPathOrder = briefings.stream().filter(b -> !b.follows().isEmpty())
                .sorted(Comparator.comparing(Entry::contentPath)).toList();
        for (Entry briefing : inPathOrder) {
            for (StoryLink link : briefing.follows()) {
                Entry target = target(briefing, link, byPath, unpublished, failed, diagnostics);
                if (target != null) {
                    edges.computeIfAbsent(briefing, b -> new ArrayList<>()).add(new Edge(link, target));
                }
            }
        }
        removeCircles(edges, diagnostics);
        // one story per group of briefings linked to each other
        Map<Entry, Entry> parent = new IdentityHashMap<>();
        edges.forEach((from, to) -> to.forEach(edge -> union(parent, from, edge.target())));
        Map<Entry, List<Entry>> groups = new IdentityHashMap<>();
        for (Entry briefing : briefings) {
            if (parent.containsKey(briefing)) {
                groups.computeIfAbsent(root(parent, briefing), r -> new ArrayList<>()).add(briefing);
            }
        }
        List<List<Entry>> ordered = groups.values().stream().map(Stories::oldestFirst)
                .sorted(Comparator.comparing((List<Entry> parts) -> parts.get(0).date().at().toInstant())
                        .thenComparing(parts -> parts.get(0).url()))
                .toList();
        List<Story> stories = new ArrayList<>();
        Map<String, Integer> slugs = new HashMap<>();
        Map<Entry, Story> ofBriefing = new IdentityHashMap<>();
        for (List<Entry> parts : ordered) {
            String slug = lastSegment(parts.get(0).url());
            int seen = slugs.merge(slug, 1, Integer::sum);
            Story story = new Story(seen == 1 ? slug : slug + "-" + seen, List.copyOf(parts));
            stories.add(story);
            parts.forEach(p -> ofBriefing.put(p, story));
        }
        // newest development first
        stories.sort(Comparator.comparing((Story s) -> s.latest().date().at().toInstant()).reversed()
                .thenComparing(Story::url));
        return new Stories(List.copyOf(stories), ofBriefing);
    }

    private record Edge(StoryLink link, Entry target) {
    }

    private static Entry target(Entry briefing, StoryLink link, Map<String, Entry> byPath, Set<String> unpublished,
                                Set<String> failed, Diagnostics diagnostics) {
        String written = link.target();
        String withoutFragment = written.contains("#") ? written.substring(0, written.indexOf('#')) : written;
        String folder = briefing.contentPath().contains("/")
                ? briefing.contentPath().substring(0, briefing.contentPath().lastIndexOf('/') + 1) : "";
        String relative = withoutFragment.startsWith("/") ? null : SourceFile.normalise(folder + withoutFragment);
        String fromRoot = SourceFile.normalise(withoutFragment);
        for (String path : new String[] {relative, fromRoot}) {
            if (path != null && byPath.containsKey(path)) {
                Entry target = byPath.get(path);
                if (target.date().at().toInstant().isAfter(briefing.date().at().toInstant())) {
                    diagnostics.error(link.at(), "'follows' names a later briefing (" + target.date().at().toLocalDate()
                            + "): " + written + "; the later one should follow this one");
                    return null;
                }
                return target;
            }
        }
        for (String path : new String[] {relative, fromRoot}) {
            if (path != null && unpublished.contains(path)) {
                diagnostics.error(link.at(), "'follows' names a draft or scheduled briefing, which this build does "
                        + "not publish: " + written);
                return null;
            }
            if (path != null && failed.contains(path)) {
                diagnostics.error(link.at(), "'follows' names a briefing with errors (reported at it): " + written);
                return null;
            }
        }
        diagnostics.error(link.at(), relative == null && fromRoot == null
                ? "'follows' leaves the content folder: " + written
                : "'follows' names no briefing: " + written + " (a path relative to this file or to content/)");
        return null;
    }

    /**
     * Drops every reference that closes a circle, with an error at it naming the circle: a walk
     * in depth from each briefing (in path order), where a reference back to a briefing still on
     * the walk's path closes one.
     */
    private static void removeCircles(Map<Entry, List<Edge>> edges, Diagnostics diagnostics) {
        Map<Entry, Boolean> done = new IdentityHashMap<>(); // false: on the current path
        for (Entry start : List.copyOf(edges.keySet())) {
            walk(start, edges, done, new ArrayList<>(), diagnostics);
        }
    }

    private static void walk(Entry at, Map<Entry, List<Edge>> edges, Map<Entry, Boolean> done, List<Entry> path,
                             Diagnostics diagnostics) {
        if (done.containsKey(at)) {
            return;
        }
        done.put(at, Boolean.FALSE);
        path.add(at);
        List<Edge> out = edges.getOrDefault(at, new ArrayList<>());
        for (Edge edge : List.copyOf(out)) {
            if (Boolean.FALSE.equals(done.get(edge.target()))) {
                StringBuilder circle = new StringBuilder();
                for (Entry e : path.subList(path.indexOf(edge.target()), path.size())) {
                    circle.append(e.displayPath()).append(" → ");
                }
                diagnostics.error(edge.link().at(), "'follows' goes round in a circle: " + circle
                        + edge.target().displayPath());
                out.remove(edge);
            } else {
                walk(edge.target(), edges, done, path, diagnostics);
            }
        }
        path.remove(path.size() - 1);
        done.put(at, Boolean.TRUE);
    }

    private static List<Entry> oldestFirst(List<Entry> parts) {
        return parts.stream().sorted(Comparator.comparing((Entry e) -> e.date().at().toInstant())
                .thenComparing(Entry::url)).toList();
    }

    private static void union(Map<Entry, Entry> parent, Entry a, Entry b) {
        parent.putIfAbsent(a, a);
        parent.putIfAbsent(b, b);
        Entry ra = root(parent, a);
        Entry rb = root(parent, b);
        if (ra != rb) {
            parent.put(ra, rb);
        }
    }

    private static Entry root(Map<Entry, Entry> parent, Entry e) {
        Entry r = e;
        while (parent.get(r) != r) {
            r = parent.get(r);
        }
        return r;
    }

    private static String lastSegment(String url) {
        String trimmed = url.substring(0, url.length() - 1);
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }

    /** Every story, the newest development first. */
    public List<Story> all() {
        return stories;
    }

    /** The story a briefing is part of, or null. */
    public Story of(Entry briefing) {
        return ofBriefing.get(briefing);
    }
}
