package org.sitegen.render;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.sitegen.html.Html;

/**
 * Freemarker's HTML output format (what {@code .ftlh} templates use), escaping exactly the same
 * five characters ({@code < > & " '}, with {@link Html}'s entities), but over a char array with
 * unescaped runs written whole.
 * Freemarker's own escaper reads the text one {@code String.charAt} at a time, which is slow with
 * the JIT settings large archives use (summaries and titles with curly quotes are UTF-16
 * strings, where every charAt is a bounds-checking call: docs/performance.md, finding 12). Registered under the
 * name "HTML", so it replaces the standard format for every template.
 */
final class HtmlEscapingFormat extends HTMLOutputFormat {
    static final HtmlEscapingFormat INSTANCE = new HtmlEscapingFormat();

    private HtmlEscapingFormat() {
    }

    @Override
    public void output(String text, Writer out) throws IOException {
        if (out instanceof Utf8PageWriter page) {
            page.writeEscaped(text); // a page: escaped while encoded
            return;
        }
        char[] chars = text.toCharArray();
        int first = 0;
        while (first < chars.length && Html.entity(chars[first]) == null) {
            first++;
        }
        if (first == chars.length) {
            out.write(text); // nothing to escape (nearly always): the writer's whole-string path
            return;
        }
        escape(chars, first, out);
    }

    /** Writes {@code chars} escaped. */
    static void escape(char[] chars, Writer out) throws IOException {
        escape(chars, 0, out);
    }

    /** Writes {@code chars} escaped; nothing before {@code first} needs it. */
    private static void escape(char[] chars, int first, Writer out) throws IOException {
        int run = 0;
        for (int i = first; i < chars.length; i++) {
            String entity = Html.entity(chars[i]);
            if (entity != null) {
                out.write(chars, run, i - run);
                out.write(entity);
                run = i + 1;
            }
        }
        out.write(chars, run, chars.length - run);
    }

    @Override
    public String escapePlainText(String text) {
        StringWriter out = new StringWriter(text.length() + 16);
        try {
            output(text, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not throw
        }
        return out.toString();
    }

    /** Markup made in this format says so, so values move between templates without a format mismatch. */
    @Override
    protected TemplateHTMLOutputModel newTemplateMarkupOutputModel(String plainText, String markup) {
        return new Model(plainText, markup);
    }

    private static final class Model extends TemplateHTMLOutputModel {
        Model(String plainText, String markup) {
            super(plainText, markup);
        }

        @Override
        public HTMLOutputFormat getOutputFormat() {
            return INSTANCE;
        }
    }
}
