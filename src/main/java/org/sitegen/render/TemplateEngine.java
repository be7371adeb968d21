package org.sitegen.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.Environment;
import freemarker.core.TemplateClassResolver;
import freemarker.ext.beans.ClassMemberAccessPolicy;
import freemarker.ext.beans.DefaultMemberAccessPolicy;
import freemarker.ext.beans.MemberAccessPolicy;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.sitegen.config.SiteConfig;
import org.sitegen.exec.Scratch;

/**
 * The one Freemarker configuration; the data model reaches templates through {@link ViewObjectWrapper}.
 * Sandboxed: {@code ?new} cannot instantiate classes, {@code ?api} is off, and the object
 * wrapper hides getClass() and every other way to reach Class, ClassLoader or reflection
 * objects ({@link #NO_REFLECTION}); runaway recursion is reported, not a crash.
 * Templates come from the archive's templates/ first, then the built-in theme.
 */
final class TemplateEngine {
    private final Configuration freemarker;
    private final SiteConfig config;
    /**
     * Each build-scope thread's page buffer, kept from page to page: it soon has room for any
     * page (a render on another thread gets a buffer of its own).
     */
    private final Scratch<Utf8PageWriter> pageBuffers = Scratch.of(() -> new Utf8PageWriter(16 * 1024));

    TemplateEngine(SiteConfig config) throws IOException {
        this.config = config;
        Configuration fm = new Configuration(Configuration.VERSION_2_3_34);
        fm.setTemplateLoader(loader(config.templatesDir()));
        fm.setDefaultEncoding("UTF-8");
        fm.setOutputEncoding("UTF-8");
        fm.setLocale(config.locale());
        fm.setTimeZone(TimeZone.getTimeZone(config.zone()));
        fm.setNumberFormat("computer"); // never "2,023" for a year
        fm.setBooleanFormat("c");
        fm.setObjectWrapper(new ViewObjectWrapper(NO_REFLECTION));
        fm.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        fm.setAPIBuiltinEnabled(false);
        fm.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        fm.setLogTemplateExceptions(false);
        fm.setWrapUncheckedExceptions(true);
        fm.setFallbackOnNullLoopVariable(false);
        fm.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        fm.setRegisteredCustomOutputFormats(List.of(HtmlEscapingFormat.INSTANCE)); // replaces "HTML" (.ftlh)
        this.freemarker = fm;
    }

    /**
     * Freemarker's default policy still lets {@code ${briefing.class.protectionDomain}} (via
     * {@code getClass()}) reach Class objects; the view model never needs them, so no method that
     * returns or is declared by a reflection type is visible.
     */
    static final MemberAccessPolicy NO_REFLECTION = new MemberAccessPolicy() {
        private final MemberAccessPolicy base = DefaultMemberAccessPolicy.getInstance(Configuration.VERSION_2_3_34);

        @Override
        public ClassMemberAccessPolicy forClass(Class<?> type) {
            ClassMemberAccessPolicy forType = base.forClass(type);
            return new ClassMemberAccessPolicy() {
                @Override
                public boolean isMethodExposed(Method method) {
                    return forType.isMethodExposed(method) && !isReflective(method.getDeclaringClass())
                            && !isReflective(method.getReturnType()) && !method.getName().equals("getDeclaringClass");
                }

                @Override
                public boolean isConstructorExposed(Constructor<?> constructor) {
                    return false;
                }

                @Override
                public boolean isFieldExposed(Field field) {
                    return forType.isFieldExposed(field) && !isReflective(field.getType());
                }
            };
        }

        @Override
        public boolean isToStringAlwaysExposed() {
            return base.isToStringAlwaysExposed();
        }
    };

    private static boolean isReflective(Class<?> type) {
        String name = type.getName();
        return type == Class.class || ClassLoader.class.isAssignableFrom(type) || type == Module.class
                || type == java.security.ProtectionDomain.class || name.startsWith("java.lang.reflect.")
                || name.startsWith("java.lang.invoke.") || type == Thread.class || type == Runtime.class
                || type == System.class;
    }

    private static TemplateLoader loader(Path templatesDir) throws IOException {
        List<TemplateLoader> loaders = new ArrayList<>();
        if (templatesDir != null && Files.isDirectory(templatesDir)) {
            loaders.add(ownTemplates(new FileTemplateLoader(templatesDir.toFile())));
        }
        loaders.add(new ClassTemplateLoader(TemplateEngine.class, Theme.BUILT_IN));
        return new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new));
    }

    /**
     * The archive's templates. Freemarker's file loader refuses a file whose real path leaves the
     * folder (a symbolic link) by throwing SecurityException; {@link Theme#checkLinks} reports
     * those links with their paths, so here such a file is simply not one of the archive's.
     */
    private static TemplateLoader ownTemplates(FileTemplateLoader files) {
        return new TemplateLoader() {
            @Override
            public Object findTemplateSource(String name) throws IOException {
                try {
                    return files.findTemplateSource(name);
                } catch (SecurityException outside) {
                    return null;
                }
            }

            @Override
            public long getLastModified(Object source) {
                return files.getLastModified(source);
            }

            @Override
            public java.io.Reader getReader(Object source, String encoding) throws IOException {
                return files.getReader(source, encoding);
            }

            @Override
            public void closeTemplateSource(Object source) throws IOException {
                files.closeTemplateSource(source);
            }
        };
    }

    /** The wrapper that makes the data model's values into what templates see. */
    ViewObjectWrapper wrapper() {
        return (ViewObjectWrapper) freemarker.getObjectWrapper();
    }

    /**
     * Parses the named templates into Freemarker's cache now. Pages would parse each on first use,
     * with the other threads that need it waiting; this runs on a thread of its own while pages
     * are planned. A template that does not parse is dropped from the cache again, so that the
     * page that uses it gets the parse error itself (a cached failure only says "an earlier
     * attempt failed") and reports it at its line.
     */
    void parseAhead(List<String> names) throws IOException {
        for (String name : names) {
            try {
                freemarker.getTemplate(name);
            } catch (IOException broken) {
                freemarker.removeTemplateFromCache(name);
            }
        }
    }

    /** Receives a rendered page: the first {@code length} bytes of {@code bytes}, valid during the call only. */
    @FunctionalInterface
    interface PageSink {
        void accept(byte[] bytes, int length) throws IOException;
    }

    /** What templates have read of the view records so far ({@link ViewObjectWrapper#reads}). */
    Map<String, java.util.Set<String>> reads() {
        return ((ViewObjectWrapper) freemarker.getObjectWrapper()).reads();
    }

    /**
     * Renders {@code templateName} with {@code model} (a map, or {@link PageVariables}) and hands the UTF-8 page to {@code sink}
     * straight from this thread's buffer, a Scratch (a copy of every page would be garbage for the
     * collector: docs/performance.md, finding 39); a
     * failure names the template file and line.
     */
    void render(String templateName, Object model, PageSink sink) throws TemplateProblem, IOException {
        Utf8PageWriter out = pageBuffers.get().reset();
        process(templateName, model, out);
        int length = out.finish();
        sink.accept(out.buffer(), length);
    }

    private void process(String templateName, Object model, Utf8PageWriter out) throws TemplateProblem {
        Environment environment = null;
        try {
            Template template = freemarker.getTemplate(templateName);
            environment = template.createProcessingEnvironment(model, out);
            if (model instanceof PageVariables page) {
                page.reading().attach(environment); // for <@cached>, which counts its reads apart
                page.reading().writingTo(out);
            }
            environment.process();
        } catch (StackOverflowError e) {
            // A macro or function that calls itself without end; report where it recursed.
            TemplateElementAt at = deepestInstruction(environment);
            throw new TemplateProblem(templatePath(at == null ? null : at.template, templateName),
                    at == null ? 0 : at.line, at == null ? 0 : at.column,
                    "template recursion too deep: a macro or function calls itself without end");
        } catch (TemplateException e) {
            throw new TemplateProblem(templatePath(e.getTemplateSourceName(), templateName),
                    e.getLineNumber() == null ? 0 : e.getLineNumber(),
                    e.getColumnNumber() == null ? 0 : e.getColumnNumber(), firstLine(e.getMessageWithoutStackTop()));
        } catch (freemarker.core.ParseException e) {
            throw new TemplateProblem(templatePath(e.getTemplateName(), templateName), e.getLineNumber(),
                    e.getColumnNumber(), firstLine(e.getEditorMessage()));
        } catch (freemarker.template.TemplateNotFoundException e) {
            throw new TemplateProblem(templatePath(templateName, templateName), 0, 0,
                    "template not found (neither in the templates folder nor in the built-in theme)");
        } catch (IOException e) {
            throw new TemplateProblem(templatePath(templateName, templateName), 0, 0, e.getMessage());
        }
    }

    private record TemplateElementAt(String template, int line, int column) {
    }

    /**
     * After a stack overflow Freemarker has popped its instruction stack, but the array still
     * holds the deepest instructions; the last one is where the recursion was. Best effort:
     * null when Freemarker's internals differ.
     */
    @SuppressWarnings("deprecation") // TemplateObject is Freemarker's internal class, deprecated as "not public API"
    private static TemplateElementAt deepestInstruction(Environment environment) {
        if (environment == null) {
            return null;
        }
        try {
            Field field = Environment.class.getDeclaredField("instructionStack");
            field.setAccessible(true);
            Object[] stack = (Object[]) field.get(environment);
            for (int i = stack.length - 1; i >= 0; i--) {
                if (stack[i] instanceof freemarker.core.TemplateObject element && element.getTemplate() != null) {
                    return new TemplateElementAt(element.getTemplate().getSourceName(), element.getBeginLine(),
                            element.getBeginColumn());
                }
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
        return null;
    }

    /** The template as the writer knows it: templates/x.ftlh, or the built-in theme's. */
    private String templatePath(String sourceName, String fallback) {
        String name = sourceName == null ? fallback : sourceName;
        Path own = config.templatesDir() == null ? null : config.templatesDir().resolve(name);
        return own != null && Files.isRegularFile(own) ? config.displayPath(own) : "[built-in theme]/" + name;
    }

    /**
     * Freemarker's messages span many lines ("The following has evaluated to null or missing:",
     * "==> briefing.x  [in template ...]", tips); keep the statement and the expression.
     */
    private static String firstLine(String message) {
        if (message == null) {
            return "template error";
        }
        List<String> lines = message.strip().lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("----") && !l.startsWith("Tip:")).toList();
        if (lines.isEmpty()) {
            return "template error";
        }
        String first = lines.get(0);
        if (first.endsWith(":") && lines.size() > 1) {
            String expression = lines.get(1).replaceFirst("^==>\\s*", "").replaceFirst("\\s*\\[in template.*$", "");
            return first + " " + expression;
        }
        return first;
    }

    /** A template that failed: where and why. */
    static final class TemplateProblem extends Exception {
        final String template;
        final int line;
        final int column;

        TemplateProblem(String template, int line, int column, String message) {
            super(message);
            this.template = template;
            this.line = line;
            this.column = column;
        }
    }
}
