package org.sitegen.render;

import freemarker.ext.beans.GenericObjectModel;
import freemarker.ext.util.WrapperTemplateModel;
import freemarker.template.AdapterTemplateModel;
import freemarker.template.MethodCallAwareTemplateHashModel;
import freemarker.template.TemplateCollectionModel;
import freemarker.template.TemplateHashModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;

/**
 * A view record (org.sitegen.render.view) as templates see it: its components by name, read
 * through {@link RecordAccessors}. Everything else a template can do with a record (call
 * {@code title()} as a method, print it, list its keys) is left to Freemarker's own bean model
 * of the record, made only when asked, so it behaves exactly as it would without this shortcut,
 * sandbox included.
 */
record ViewRecordModel(Record record, RecordAccessors accessors, ReadingContext reading)
        implements TemplateHashModelEx, MethodCallAwareTemplateHashModel, TemplateScalarModel, AdapterTemplateModel,
        WrapperTemplateModel {

    @Override
    public TemplateModel get(String key) throws TemplateModelException {
        Object value = accessors.read(record, key, reading.bit());
        return value == RecordAccessors.NOT_A_COMPONENT ? bean().get(key) : reading.wrap(value);
    }

    @Override
    public TemplateModel getBeforeMethodCall(String key) throws TemplateModelException, ShouldNotBeGetAsMethodException {
        return bean().getBeforeMethodCall(key);
    }

    /** Never empty, like a bean model of an object. */
    @Override
    public boolean isEmpty() {
        return false;
    }

    @Override
    public int size() throws TemplateModelException {
        return bean().size();
    }

    @Override
    public TemplateCollectionModel keys() throws TemplateModelException {
        return bean().keys();
    }

    @Override
    public TemplateCollectionModel values() throws TemplateModelException {
        return bean().values();
    }

    @Override
    public String getAsString() throws TemplateModelException {
        return bean().getAsString();
    }

    @Override
    public Object getAdaptedObject(Class<?> hint) {
        reading.wrapper().passedOn(); // Java code may read any of it, and of what it holds
        return record;
    }

    @Override
    public Object getWrappedObject() {
        reading.wrapper().passedOn();
        return record;
    }

    /** Freemarker's own model of the record: whatever it reads is not seen, so the whole record counts as read. */
    private GenericObjectModel bean() throws TemplateModelException {
        accessors.readAll(reading.bit());
        return reading.wrapper().beanOf(record);
    }
}
