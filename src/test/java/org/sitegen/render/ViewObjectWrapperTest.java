package org.sitegen.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import freemarker.cache.StringTemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.ObjectWrapper;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitegen.render.view.BriefingView;
import org.sitegen.render.view.CorrectionView;
import org.sitegen.render.view.DateView;
import org.sitegen.render.view.SourceView;
import org.sitegen.render.view.TermRef;

class ViewObjectWrapperTest {
    private static final DateView DATE = new DateView("2023-02-19T09:30:00Z", "2023-02-19", "19 February 2023",
            "09:30", 2023, 2, "February", 19, "19 February", "/2023/", "/2023/02/", "/2023/02/19/");
    private static final TermRef CHINA = new TermRef("tags", "China", "china", "/tags/china/", 2023);
    private static final BriefingView BRIEFING = new BriefingView("Aid & <arms>", "/2023/02/19/aid/", DATE, null,
            List.of("Ann", "Bo"), List.of(CHINA), Map.of("tags", List.of(CHINA)), "", new StoredMarkup(org.sitegen.store.StoredText.of("<p>x</p>")), 1234, 6,
            List.of(new SourceView("Reuters", "https://example.org")), Map.of("draft", false, "n", 3), "a.md",
            List.of(new CorrectionView(DATE, "fixed")), "published", false);

    private static final ObjectWrapper FAST = new ViewObjectWrapper(TemplateEngine.NO_REFLECTION);
    private static final ObjectWrapper BEANS = beansWrapper();

    private static ObjectWrapper beansWrapper() {
        DefaultObjectWrapperBuilder builder = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
        builder.setMemberAccessPolicy(TemplateEngine.NO_REFLECTION);
        return builder.build();
    }

    /** Renders {@code source} as TemplateEngine's configuration would, with {@code briefing} in the model. */
    private static String render(ObjectWrapper wrapper, String source) throws Exception {
        Configuration fm = new Configuration(Configuration.VERSION_2_3_34);
        StringTemplateLoader loader = new StringTemplateLoader();
        loader.putTemplate("t.ftlh", source);
        fm.setTemplateLoader(loader);
        fm.setNumberFormat("computer");
        fm.setBooleanFormat("c");
        fm.setObjectWrapper(wrapper);
        fm.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        fm.setAPIBuiltinEnabled(false);
        fm.setLogTemplateExceptions(false);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("briefing", BRIEFING);
        model.put("briefings", List.of(BRIEFING, BRIEFING));
        Template template = fm.getTemplate("t.ftlh");
        StringWriter out = new StringWriter();
        template.process(model, out);
        return out.toString();
    }

    /** More classes than the wrapper's first table holds, asked from several threads at once. */
    @Test
    void manyClasses_fromManyThreads_wrapAsTheDefaultWrapperWrapsThem() throws Exception {
        List<Object> values = new java.util.ArrayList<>(List.of(1, 2L, (short) 3, (byte) 4, 5.0, 6f,
                java.math.BigInteger.TEN, java.math.BigDecimal.ONE, true, 'c', "s", new int[] {1}, new String[] {"a"},
                new java.util.Date(0), DATE, CHINA, BRIEFING));
        for (String name : List.of("ArrayList", "LinkedList", "HashMap", "TreeMap", "LinkedHashMap", "HashSet",
                "TreeSet", "LinkedHashSet", "ArrayDeque", "PriorityQueue", "Vector", "Stack", "Hashtable",
                "WeakHashMap", "IdentityHashMap", "concurrent.ConcurrentHashMap", "concurrent.ConcurrentSkipListMap",
                "concurrent.CopyOnWriteArrayList", "concurrent.CopyOnWriteArraySet", "concurrent.ConcurrentLinkedQueue",
                "concurrent.LinkedBlockingQueue", "BitSet", "concurrent.atomic.AtomicInteger",
                "concurrent.atomic.AtomicLong", "concurrent.atomic.AtomicBoolean", "Properties", "Random")) {
            values.add(Class.forName("java.util." + name).getDeclaredConstructor().newInstance());
        }
        values.add(new StringBuilder());
        values.add(new Object());
        assertThat(values.stream().map(Object::getClass).distinct().count()).isGreaterThan(40);
        ObjectWrapper fresh = new ViewObjectWrapper(TemplateEngine.NO_REFLECTION);
        List<java.util.concurrent.Callable<List<Class<?>>>> threads = new java.util.ArrayList<>();
        for (int t = 0; t < 4; t++) {
            List<Object> order = new java.util.ArrayList<>(values);
            java.util.Collections.shuffle(order, new java.util.Random(t));
            threads.add(() -> {
                List<Class<?>> wrapped = new java.util.ArrayList<>();
                for (Object value : values) {
                    fresh.wrap(order.get(values.indexOf(value))); // a different order of first sight per thread
                    wrapped.add(fresh.wrap(value).getClass());
                }
                return wrapped;
            });
        }
        List<Class<?>> expected = new java.util.ArrayList<>();
        for (Object value : values) {
            expected.add(BEANS.wrap(value).getClass());
        }
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            for (var result : pool.invokeAll(threads)) {
                List<Class<?>> wrapped = result.get();
                for (int i = 0; i < values.size(); i++) {
                    Object value = values.get(i);
                    Class<?> want = value instanceof Record ? ViewRecordModel.class : expected.get(i);
                    assertThat(wrapped.get(i)).as(value.getClass().getName()).isEqualTo(want);
                }
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void components_readByName_asTheThemeUsesThem() throws Exception {
        String out = render(FAST, "${briefing.title}|${briefing.date.display}|${briefing.date.year?c}"
                + "|${briefing.wordCount}|${briefing.authors?join(', ')}|${briefing.tags?size}"
                + "|<#list briefing.taxonomies as name, terms>${name}=${terms[0].name}</#list>"
                + "|${briefing.params.n}|${briefing.updated???c}|${briefing.summary?has_content?c}");
        assertThat(out).isEqualTo("Aid &amp; &lt;arms&gt;|19 February 2023|2023|1234|Ann, Bo|1|tags=China|3|false|false");
    }

    /** A body is a plain string to templates (spooled bodies too: DeterminismTest). */
    @Test
    void content_isAPlainString() throws Exception {
        String template = "${briefing.content?is_string?c}|${briefing.content?no_esc}|${briefing.content?length}";
        assertThat(render(FAST, template)).isEqualTo("true|<p>x</p>|8");
    }

    /** What templates could do with a record through Freemarker's bean wrapping, they still can, to the byte. */
    @ParameterizedTest
    @ValueSource(strings = {
        "${briefing.title()}|${briefing.date.iso()}|${briefing.readingMinutes()}",
        "${briefing}|${briefing.date}",
        "${briefing?is_hash?c}|${briefing?is_string?c}|${briefing?is_method?c}|${briefing?has_content?c}",
        "${briefing.date?keys?sort?join(',')}|${briefing.date?size}",
        "<#list briefings as b>${b?index}:${b.sources[0].title},${b.corrections[0].date.day};</#list>",
        "${briefing.date.equals(briefing.date)?c}|${briefing.params.draft?c}",
        "${briefing.date.year + 1}|${briefing.date.year?string('0000')}|${(briefing.wordCount / 7)?string('0.00')}",
    })
    void sameOutputAsBeansWrapper(String template) throws Exception {
        assertThat(render(FAST, template)).isEqualTo(render(BEANS, template));
    }

    /** The hostile-template cases, reaching for reflection through a view record. */
    @ParameterizedTest
    @ValueSource(strings = {
        "${briefing.class.protectionDomain}",
        "${briefing.getClass().forName('java.lang.Runtime')}",
        "${briefing.date.getClass()}",
        "${briefing.date.class.classLoader}",
        "${briefing.tags[0].getClass().getClassLoader()}",
        "${briefing.getRecordComponents()}",
    })
    void reflection_unreachableThroughRecords(String template) {
        assertThatThrownBy(() -> render(FAST, template)).isInstanceOf(TemplateException.class)
                .hasMessageContaining("evaluated to null or missing");
    }

    @Test
    void keys_listNoWayToReflection() throws Exception {
        String keys = render(FAST, "<#list briefing?keys as k>${k} </#list><#list briefing.date?keys as k>${k} </#list>");
        assertThat(keys).contains("title", "date", "iso").doesNotContain("class", "Class", "getDeclaringClass");
    }

    @Test
    void api_builtinStaysOff() {
        assertThatThrownBy(() -> render(FAST, "${briefing?api.getClass()}")).isInstanceOf(TemplateException.class)
                .hasMessageContaining("api_builtin_enabled");
    }
}
