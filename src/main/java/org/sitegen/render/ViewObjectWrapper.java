package org.sitegen.render;

import freemarker.ext.beans.GenericObjectModel;
import freemarker.ext.beans.MemberAccessPolicy;
import freemarker.template.Configuration;
import freemarker.template.DefaultListAdapter;
import freemarker.template.DefaultMapAdapter;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.SimpleNumber;
import freemarker.template.SimpleScalar;
import freemarker.template.TemplateBooleanModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.sitegen.render.view.SiteView;
import org.sitegen.render.view.Markup;
import org.sitegen.store.StoredText;

/**
 * Freemarker's default object wrapper, faster for what pages are made of: the view records
 * become {@link ViewRecordModel}s instead of reflective bean models, and the type of every
 * wrapped value is worked out once per class rather than by a chain of instanceof tests on
 * every wrap (most of them interface tests, slow when they fail). Every value wraps to the same
 * kind of model as with {@link DefaultObjectWrapper}.
 */
final class ViewObjectWrapper extends DefaultObjectWrapper {
    private static final String VIEW_PACKAGE = SiteView.class.getPackageName();

    /** How values of a class are wrapped, in the order {@link DefaultObjectWrapper#wrap} tests them. */
    private enum Kind { MODEL, NUMBER, LIST, MAP, BOOLEAN, MARKUP, VIEW_RECORD, OTHER }

    /** How to wrap values of one class; {@code accessors} only for view records. */
    record Wrapping(Kind kind, RecordAccessors accessors) {
    }

    /**
     * class → how to wrap it, filled as classes turn up. A map rather than a {@link ClassValue}:
     * with a few dozen classes each asked millions of times, ClassValue kept falling into its
     * slow path (docs/performance.md, finding 14).
     */
    private final Map<Class<?>, Wrapping> wrappings = new ConcurrentHashMap<>();

    private Wrapping wrapping(Class<?> type) {
        Wrapping wrapping = wrappings.get(type);
        return wrapping != null ? wrapping : wrappings.computeIfAbsent(type, this::wrappingOf);
    }

    private Wrapping wrappingOf(Class<?> type) {
        Kind kind = kindOf(type);
        return new Wrapping(kind, kind == Kind.VIEW_RECORD
                ? RecordAccessors.of(type.asSubclass(Record.class), getMemberAccessPolicy()) : null);
    }

    private static Kind kindOf(Class<?> type) {
        if (TemplateModel.class.isAssignableFrom(type)) {
            return Kind.MODEL;
        } else if (Number.class.isAssignableFrom(type)) {
            return Kind.NUMBER;
        } else if (Date.class.isAssignableFrom(type) || type.isArray()) {
            return Kind.OTHER;
        } else if (Collection.class.isAssignableFrom(type)) {
            return List.class.isAssignableFrom(type) ? Kind.LIST : Kind.OTHER;
        } else if (Map.class.isAssignableFrom(type)) {
            return Kind.MAP;
        } else if (type == Boolean.class) {
            return Kind.BOOLEAN;
        } else if (Markup.class.isAssignableFrom(type)) {
            return Kind.MARKUP;
        } else if (type.isRecord() && type.getPackageName().equals(VIEW_PACKAGE)) {
            return Kind.VIEW_RECORD;
        }
        return Kind.OTHER;
    }

    ViewObjectWrapper(MemberAccessPolicy policy) {
        super(settings(policy), true);
    }

    private static DefaultObjectWrapperBuilder settings(MemberAccessPolicy policy) {
        DefaultObjectWrapperBuilder settings = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
        settings.setMemberAccessPolicy(policy);
        return settings;
    }

    /**
     * What Freemarker wraps itself, or a bean model of a record wraps, has no render's context:
     * the records among it count as read for every page kind (the safe side).
     */
    private final ReadingContext anyKind = new ReadingContext(this, RecordAccessors.EVERY_KIND);

    @Override
    public TemplateModel wrap(Object value) throws TemplateModelException {
        return wrap(value, anyKind);
    }

    /** A render's context for what templates read ({@link ReadingContext}), for a page's variables. */
    ReadingContext reading(int kind) {
        return new ReadingContext(this, kind);
    }

    /** {@code value} wrapped for the render of {@code reading}, to which its records note what is read of them. */
    TemplateModel wrap(Object value, ReadingContext reading) throws TemplateModelException {
        if (value == null) {
            return super.wrap(null);
        }
        if (value.getClass() == String.class) {
            return new SimpleScalar((String) value); // the most frequent by far: no lookup
        }
        Class<?> type = value.getClass();
        Wrapping wrapping = reading == anyKind ? wrapping(type) : reading.wrapping(type);
        if (wrapping == null) {
            wrapping = wrapping(type);
            reading.remember(type, wrapping);
        }
        return switch (wrapping.kind()) {
            case MODEL -> (TemplateModel) value;
            case NUMBER -> new SimpleNumber((Number) value);
            case LIST -> DefaultListAdapter.adapt((List<?>) value, reading == anyKind ? this : reading);
            case MAP -> DefaultMapAdapter.adapt((Map<?, ?>) value, reading == anyKind ? this : reading);
            case BOOLEAN -> (Boolean) value ? TemplateBooleanModel.TRUE : TemplateBooleanModel.FALSE;
            case MARKUP -> new SimpleScalar(html((Markup) value, reading)); // a body: a string, wherever it is kept
            case VIEW_RECORD -> new ViewRecordModel((Record) value, wrapping.accessors(), reading);
            case OTHER -> super.wrap(value);
        };
    }

    /**
     * A body's HTML; one kept as UTF-8 is decoded here and its bytes handed to the page being
     * written, which prints them for that very string instead of encoding it again.
     */
    private static String html(Markup markup, ReadingContext reading) {
        if (markup instanceof StoredMarkup stored && stored.text() instanceof StoredText.InMemoryUtf8 kept
                && reading.page() != null) {
            byte[] utf8 = kept.utf8();
            String html = new String(utf8, StandardCharsets.UTF_8);
            reading.page().encoded(html, utf8);
            return html;
        }
        return markup.html();
    }

    /** The components of a view record class ({@link org.sitegen.render.view.PageModel}s included), by name. */
    RecordAccessors accessors(Class<?> viewRecord) {
        RecordAccessors accessors = wrapping(viewRecord).accessors();
        if (accessors == null) {
            throw new IllegalArgumentException("not a view record: " + viewRecord.getName());
        }
        return accessors;
    }

    /** A view record was handed to Java code as an object (which may read anything in it). */
    private volatile boolean passedOn;

    void passedOn() {
        passedOn = true;
    }

    /**
     * What templates have read of the view records so far: per page kind and record class, the
     * names of the components read, {@link RenderMemo#WHOLE} for a record had as a whole
     * ({@link RecordAccessors#addReads}); null when a record
     * was handed to Java code as an object (anything may have been read).
     */
    java.util.Map<String, java.util.Set<String>> reads() {
        if (passedOn) {
            return null;
        }
        java.util.Map<String, java.util.Set<String>> reads = new java.util.TreeMap<>();
        wrappings.values().forEach(w -> {
            if (w.accessors() != null) {
                w.accessors().addReads(reads);
            }
        });
        return reads;
    }

    /** The record as Freemarker's bean wrapping sees it, for what {@link ViewRecordModel} leaves to it. */
    GenericObjectModel beanOf(Record record) throws TemplateModelException {
        return (GenericObjectModel) handleUnknownType(record);
    }
}
