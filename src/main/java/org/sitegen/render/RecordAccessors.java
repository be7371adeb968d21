package org.sitegen.render;

import freemarker.ext.beans.MemberAccessPolicy;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
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

    private final Map<String, MethodHandle> byName;

    private RecordAccessors(Map<String, MethodHandle> byName) {
        this.byName = byName;
    }

    static RecordAccessors of(Class<? extends Record> type, MemberAccessPolicy policy) {
        var exposure = policy.forClass(type);
        Map<String, MethodHandle> byName = new HashMap<>();
        for (RecordComponent component : type.getRecordComponents()) {
            if (exposure.isMethodExposed(component.getAccessor())) {
                try {
                    byName.put(component.getName(),
                            MethodHandles.publicLookup().unreflect(component.getAccessor()).asType(OBJECT_TO_OBJECT));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException("view records must be public: " + type.getName(), e);
                }
            }
        }
        return new RecordAccessors(Map.copyOf(byName));
    }

    /** The value of component {@code name} of {@code record}, or {@link #NOT_A_COMPONENT}. */
    Object read(Record record, String name) {
        MethodHandle accessor = byName.get(name);
        if (accessor == null) {
            return NOT_A_COMPONENT;
        }
        try {
            return accessor.invokeExact((Object) record);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e); // record accessors declare no checked exceptions
        }
    }
}
