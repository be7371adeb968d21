package org.sitegen.render;

import freemarker.core.DirectiveCallPlace;
import freemarker.core.Environment;
import freemarker.template.TemplateBooleanModel;
import freemarker.template.TemplateDirectiveBody;
import freemarker.template.TemplateDirectiveModel;
import freemarker.template.TemplateException;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNumberModel;
import freemarker.template.TemplateScalarModel;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The templates' {@code <@cached key=b.url>…</@cached>}: renders its content once per key (and
 * place in the templates) in a build, and prints the same markup wherever else it is asked for,
 * like Hugo's {@code partialCached}. A briefing's card shows on its home page, its day page and
 * on a page of each of its tags; rendering it once instead of every time is most of the
 * listing pages' cost.
 * <p>
 * The content may differ from page to page only through {@code rel()}: while a block is
 * recorded, {@code rel()} answers a marker and remembers its target, and every page that prints
 * the block gets each marker replaced by its own relative link. So the output is exactly what
 * rendering the block on each page would give, provided the block's content depends on nothing
 * but the key (and {@code site}) and prints what {@code rel()} returns as it is. A block whose
 * markers do not come back as they were handed out (a {@code rel()} result measured, cut,
 * URL-encoded or not printed) or whose links hold characters that escaping would change is not
 * cached: it is rendered on every page, as if the directive were not there.
 */
final class CachedDirective implements TemplateDirectiveModel {
    /** Marks rel()'s answer number N while recording: MARK N END (private-use characters). */
    static final char MARK = '\uE000';
    static final char END = '\uE001';
    private static final Fragment UNCACHEABLE = new Fragment(new String[0], new byte[0][], new String[0]);

    private static final int CACHED_READS = RecordAccessors.kind(RenderMemo.CACHED);
    /**
     * The blocks recorded at each place in the templates (a handful of places), by key. Two
     * levels rather than one map keyed by (place, key): the key is mostly the very String a view
     * record holds (b.url), so the look-up in a place's map ends at a reference comparison, where
     * a pair key costs an object per look-up and, in a table of every card, the extra memory
     * misses of reaching its fields (docs/performance.md, twenty-second session, shell helper).
     */
    private volatile Place[] places = new Place[0];
    private final AtomicLong budget;

    /** @param maxChars the most text the cache holds; beyond it, blocks are rendered each time */
    CachedDirective(long maxChars) {
        this.budget = new AtomicLong(maxChars);
    }

    /** A cache of at most a thirty-second of the heap's limit, in chars (a sixteenth in bytes at worst). */
    static CachedDirective sizedForHeap() {
        return new CachedDirective(Runtime.getRuntime().maxMemory() / 32);
    }

    /**
     * A block's markup between its links (also UTF-8 encoded, for pages, unless a text starts or
     * ends with half a surrogate pair), and the site path each link points to.
     */
    private record Fragment(String[] texts, byte[][] utf8, String[] targets) {
    }

    /** One place in the templates (by identity) and the blocks recorded there, by key. */
    private record Place(DirectiveCallPlace place, Map<String, Fragment> fragments) {
    }

    /** The blocks recorded at {@code place}: found by identity among the few places seen so far. */
    private Map<String, Fragment> fragmentsAt(DirectiveCallPlace place) {
        for (Place known : places) {
            if (known.place() == place) {
                return known.fragments();
            }
        }
        synchronized (this) {
            Place[] now = places;
            for (Place known : now) {
                if (known.place() == place) {
                    return known.fragments();
                }
            }
            Place added = new Place(place, new ConcurrentHashMap<>());
            Place[] more = java.util.Arrays.copyOf(now, now.length + 1);
            more[now.length] = added;
            places = more;
            return added.fragments();
        }
    }

    @Override
    public void execute(Environment env, @SuppressWarnings("rawtypes") Map params, TemplateModel[] loopVars,
                        TemplateDirectiveBody body) throws TemplateException, IOException {
        String key = key(params);
        if (body == null) {
            return;
        }
        if (!(env.getVariable("rel") instanceof RelativeLinkFunction rel)) {
            body.render(env.getOut()); // absolute links (404.html) or a rel of the template's own
            return;
        }
        Map<String, Fragment> fragments = fragmentsAt(env.getCurrentDirectiveCallPlace());
        Fragment fragment = fragments.get(key);
        if (fragment == null) {
            fragment = record(env, body, rel);
            long size = size(fragment);
            if (fragment == UNCACHEABLE || budget.addAndGet(-size) >= 0) {
                fragments.putIfAbsent(key, fragment);
            }
        }
        if (fragment == UNCACHEABLE) {
            body.render(env.getOut());
        } else {
            print(fragment, rel, env.getOut());
        }
    }

    private static String key(@SuppressWarnings("rawtypes") Map params) throws TemplateModelException {
        Object key = params.get("key");
        if (params.size() != 1 || key == null) {
            throw new TemplateModelException("cached takes one parameter, key, e.g. <@cached key=b.url>…</@cached>");
        }
        if (key instanceof TemplateScalarModel scalar) {
            return scalar.getAsString();
        }
        if (key instanceof TemplateNumberModel number) {
            return number.getAsNumber().toString();
        }
        if (key instanceof TemplateBooleanModel bool) {
            return String.valueOf(bool.getAsBoolean());
        }
        throw new TemplateModelException("cached: key must be a string, number or boolean, e.g. key=b.url + level");
    }

    /** Renders the block with rel() handing out markers, and splits it at them. */
    private static Fragment record(Environment env, TemplateDirectiveBody body, RelativeLinkFunction rel)
            throws TemplateException, IOException {
        List<String> targets = new ArrayList<>();
        List<String> outer = rel.record(targets);
        StringWriter markup = new StringWriter(1024);
        // what the block reads is read for every page that prints it, whatever kind renders it first
        ReadingContext reading = ReadingContext.of(env);
        try (ReadingContext.Switch cachedReads = reading == null ? null : reading.readingFor(CACHED_READS)) {
            body.render(markup);
        } finally {
            rel.record(outer);
        }
        return split(markup.toString(), targets);
    }

    /** The markup cut at its markers, or UNCACHEABLE unless they are exactly 0, 1, 2… in order. */
    static Fragment split(String markup, List<String> targets) {
        for (String target : targets) {
            if (!isSafeLink(target)) {
                return UNCACHEABLE;
            }
        }
        String[] texts = new String[targets.size() + 1];
        int from = 0;
        for (int n = 0; n < targets.size(); n++) {
            int mark = markup.indexOf(MARK, from);
            if (mark < 0 || markup.lastIndexOf(END, mark) >= from) {
                return UNCACHEABLE;
            }
            String number = Integer.toString(n);
            int end = mark + 1 + number.length();
            if (!markup.startsWith(number, mark + 1) || end >= markup.length() || markup.charAt(end) != END) {
                return UNCACHEABLE;
            }
            texts[n] = markup.substring(from, mark);
            from = end + 1;
        }
        if (markup.indexOf(MARK, from) >= 0 || markup.indexOf(END, from) >= 0) {
            return UNCACHEABLE;
        }
        texts[targets.size()] = markup.substring(from);
        byte[][] utf8 = new byte[texts.length][];
        for (int i = 0; i < texts.length; i++) {
            utf8[i] = Utf8PageWriter.hasHalfPairAtAnEnd(texts[i]) ? null : texts[i].getBytes(StandardCharsets.UTF_8);
        }
        return new Fragment(texts, utf8, targets.toArray(String[]::new));
    }

    /**
     * Whether a link to {@code target} reads the same escaped or not: relative links are made
     * of the target's characters, '.' and '/', so a target without {@code < > & " ' \} and
     * markers gives links that HTML, XML and JavaScript-string escaping leave as they are.
     */
    private static boolean isSafeLink(String target) {
        for (int i = 0; i < target.length(); i++) {
            char c = target.charAt(i);
            if (c < ' ' || c == '<' || c == '>' || c == '&' || c == '"' || c == '\'' || c == '\\' || c == MARK
                    || c == END) {
                return false;
            }
        }
        return true;
    }

    /** Prints the fragment with this page's links (or, inside an outer block being recorded, its markers). */
    private static void print(Fragment fragment, RelativeLinkFunction rel, Writer out) throws IOException {
        String[] targets = fragment.targets();
        for (int i = 0; i < targets.length; i++) {
            printText(fragment, i, out);
            out.write(rel.link(targets[i]));
        }
        printText(fragment, targets.length, out);
    }

    /** Text {@code i} of the fragment: into a page as the bytes encoded once, elsewhere as characters. */
    private static void printText(Fragment fragment, int i, Writer out) throws IOException {
        byte[] utf8 = fragment.utf8()[i];
        if (utf8 != null && out instanceof Utf8PageWriter page) {
            page.writeUtf8(utf8);
        } else {
            out.write(fragment.texts()[i]);
        }
    }

    private static long size(Fragment fragment) {
        long size = 0;
        for (String text : fragment.texts()) {
            size += text.length();
        }
        for (String target : fragment.targets()) {
            size += target.length();
        }
        return size;
    }
}
