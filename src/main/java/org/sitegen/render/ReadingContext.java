package org.sitegen.render;

import freemarker.core.Environment;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.RichObjectWrapper;

/**
 * One render's context for what its templates read of the view records: the page kind the
 * reads count for ({@link RenderMemo} fingerprints a page of what pages of its kind read). Made
 * for each render and handed down instead of kept per thread: the page's variables wrap their
 * values through it, and so do the records, lists and maps they lead to, so each
 * {@link ViewRecordModel} notes its reads here with no lookup. Used by one thread at a time.
 */
final class ReadingContext implements RichObjectWrapper {
    /** Where a render's context is found from its Freemarker environment ({@link #of}). */
    private static final String ATTRIBUTE = ReadingContext.class.getName();

    private final ViewObjectWrapper wrapper;
    /** The page kind's bit ({@link RecordAccessors#bit}); 0: reads are not noted. */
    private long bit;

    /** @param kind the page kind being rendered ({@link RecordAccessors#kind}), or {@link RecordAccessors#NO_KIND} */
    ReadingContext(ViewObjectWrapper wrapper, int kind) {
        this.wrapper = wrapper;
        this.bit = RecordAccessors.bit(kind);
    }

    /** The render's context, or null when it has none (a template rendered from a plain map). */
    static ReadingContext of(Environment environment) {
        return environment.getCustomAttribute(ATTRIBUTE) instanceof ReadingContext reading ? reading : null;
    }

    /** Makes this the context of the render in {@code environment}. */
    void attach(Environment environment) {
        environment.setCustomAttribute(ATTRIBUTE, this);
    }

    /**
     * How the classes this render met are wrapped, found by identity among a few: a page wraps
     * values of a dozen classes, hundreds of times each, and comparing a few classes costs less
     * than a look-up in the wrapper's shared map (docs/performance.md, seventeenth session).
     */
    private final Class<?>[] types = new Class<?>[16];
    private final ViewObjectWrapper.Wrapping[] wrappings = new ViewObjectWrapper.Wrapping[16];
    private int known;

    /** How values of {@code type} are wrapped, if this render {@link #remember}ed it; else null. */
    ViewObjectWrapper.Wrapping wrapping(Class<?> type) {
        Class<?>[] types = this.types;
        for (int i = 0, n = known; i < n; i++) {
            if (types[i] == type) {
                return wrappings[i];
            }
        }
        return null;
    }

    void remember(Class<?> type, ViewObjectWrapper.Wrapping wrapping) {
        if (known < types.length) {
            types[known] = type;
            wrappings[known++] = wrapping;
        }
    }

    /** The page this render writes ({@link #writingTo}), or null. */
    private Utf8PageWriter page;

    /** Makes {@code page} the page this render writes. */
    void writingTo(Utf8PageWriter page) {
        this.page = page;
    }

    Utf8PageWriter page() {
        return page;
    }

    long bit() {
        return bit;
    }

    ViewObjectWrapper wrapper() {
        return wrapper;
    }

    /** Until closed, what the templates read counts for page kind {@code kind} ({@link RecordAccessors#kind}). */
    Switch readingFor(int kind) {
        long outer = bit;
        bit = RecordAccessors.bit(kind);
        return () -> bit = outer;
    }

    /** Ends {@link #readingFor}. */
    interface Switch extends AutoCloseable {
        @Override
        void close();
    }

    @Override
    public TemplateModel wrap(Object value) throws TemplateModelException {
        return wrapper.wrap(value, this);
    }

    @Override
    public TemplateHashModel wrapAsAPI(Object value) throws TemplateModelException {
        return wrapper.wrapAsAPI(value);
    }

    @Override
    public Object unwrap(TemplateModel model) throws TemplateModelException {
        return wrapper.unwrap(model);
    }

    @Override
    public Object tryUnwrapTo(TemplateModel model, Class<?> targetClass) throws TemplateModelException {
        return wrapper.tryUnwrapTo(model, targetClass);
    }
}
