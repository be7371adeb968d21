package org.sitegen.render;

import freemarker.ext.beans.MemberAccessPolicy;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The components of one view record class, by name, each read through a method handle made once
 * per class: Freemarker's bean wrapping looks each one up and calls it reflectively on every
 * access. Only components whose accessor the member access policy exposes are listed, so this
 * shortcut shows templates nothing the bean wrapping would not.
 */
final class RecordAccessors {
    private static final MethodType OBJECT_TO_OBJECT = MethodType.methodType(Object.class, Object.class);

    /** What {@link #read} returns for a name that is no (exposed) component. */
    static final Object NOT_A_COMPONENT = new Object();

    /** A component's accessor and its place among the record's components. */
    private record Accessor(MethodHandle handle, int index) {
    }

    private final Class<? extends Record> type;
    private final Map<String, Accessor> byName;
    /**
     * Which components templates have read (by their order in the record), and whether they
     * have had the whole record ({@link #readAll}): a page fingerprint need cover only those
     * (see {@link RenderMemo}). Set from many threads, looked at once pages are rendered.
     */
    private final java.util.concurrent.atomic.AtomicLongArray readBy;
    private final java.util.concurrent.atomic.AtomicLong wholeBy = new java.util.concurrent.atomic.AtomicLong();

    /** The number of no page kind: what is read is not noted (a page outside the record of rendered pages). */
    static final int NO_KIND = -1;
    /** Kinds by number; the last number stands for every kind (more kinds than bits). */
    private static final List<String> KINDS = new java.util.concurrent.CopyOnWriteArrayList<>();
    private static final int MAX_KINDS = 63;
    /** The number that stands for every kind (what is read outside any page's context counts for all). */
    static final int EVERY_KIND = MAX_KINDS;

    private RecordAccessors(Class<? extends Record> type, Map<String, Accessor> byName, int components) {
        this.type = type;
        this.byName = byName;
        this.readBy = new java.util.concurrent.atomic.AtomicLongArray(components);
    }

    /** The number of a page kind (or {@link RenderMemo#CACHED}), for a {@link ReadingContext}. */
    static synchronized int kind(String kind) {
        int known = KINDS.indexOf(kind);
        if (known >= 0) {
            return known;
        }
        if (KINDS.size() == MAX_KINDS) {
            return MAX_KINDS; // read for every kind
        }
        KINDS.add(kind);
        return KINDS.size() - 1;
    }

    /** The bit of kind number {@code kind} ({@link #kind}) in what is noted of reads; 0 for {@link #NO_KIND}. */
    static long bit(int kind) {
        return kind < 0 ? 0 : 1L << kind;
    }

    static RecordAccessors of(Class<? extends Record> type, MemberAccessPolicy policy) {
        var exposure = policy.forClass(type);
        Map<String, Accessor> byName = new HashMap<>();
        RecordComponent[] components = type.getRecordComponents();
        for (int i = 0; i < components.length; i++) {
            RecordComponent component = components[i];
            if (exposure.isMethodExposed(component.getAccessor())) {
                try {
                    byName.put(component.getName(), new Accessor(
                            MethodHandles.publicLookup().unreflect(component.getAccessor()).asType(OBJECT_TO_OBJECT), i));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException("view records must be public: " + type.getName(), e);
                }
            }
        }
        return new RecordAccessors(type, Map.copyOf(byName), components.length);
    }

    /**
     * The value of component {@code name} of {@code record}, or {@link #NOT_A_COMPONENT}; read for
     * the page kind of {@code bit} ({@link ReadingContext#bit}).
     */
    Object read(Record record, String name, long bit) {
        Accessor accessor = byName.get(name);
        if (accessor == null) {
            return NOT_A_COMPONENT;
        }
        if ((readBy.get(accessor.index()) & bit) != bit) { // written once per kind: mostly a plain read
            readBy.getAndAccumulate(accessor.index(), bit, (a, b) -> a | b);
        }
        try {
            return accessor.handle().invokeExact((Object) record);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e); // record accessors declare no checked exceptions
        }
    }

    /** A template had the record as a whole (printed it, listed its keys, called a method, passed it on). */
    void readAll(long bit) {
        if ((wholeBy.get() & bit) != bit) {
            wholeBy.getAndAccumulate(bit, (a, b) -> a | b);
        }
    }

    /**
     * Adds to {@code reads} what templates read of this record so far: under "KIND CLASS", the
     * names of the components read for pages of that kind, or {@link RenderMemo#WHOLE} alone
     * when the whole record was.
     */
    void addReads(Map<String, java.util.Set<String>> reads) {
        RecordComponent[] components = type.getRecordComponents();
        for (int kind = 0; kind <= MAX_KINDS; kind++) {
            long bit = 1L << kind;
            String name = (kind == MAX_KINDS ? RenderMemo.WHOLE : kind < KINDS.size() ? KINDS.get(kind) : null);
            if (name == null) {
                continue;
            }
            java.util.Set<String> names = new java.util.TreeSet<>();
            if ((wholeBy.get() & bit) != 0) {
                names.add(RenderMemo.WHOLE);
            } else {
                for (int i = 0; i < components.length; i++) {
                    if ((readBy.get(i) & bit) != 0) {
                        names.add(components[i].getName());
                    }
                }
            }
            if (!names.isEmpty()) {
                reads.put(name + " " + type.getName(), names);
            }
        }
    }

    Class<? extends Record> type() {
        return type;
    }
}
