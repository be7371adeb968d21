package org.sitegen.render;

import freemarker.template.TemplateBooleanModel;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNumberModel;
import freemarker.template.TemplateScalarModel;
import freemarker.core.TemplateHTMLOutputModel;
import java.util.List;
import org.sitegen.diag.OneLine;
import org.sitegen.i18n.Messages;

/**
 * The templates' {@code msg('home.title')}, {@code msg('count.briefings', n)}: a message of the
 * site's language ({@link Messages}), as text the page escapes. When an argument is markup (a
 * link captured with {@code <#assign link><a ...>...</a></#assign>}), the message's own text is
 * escaped and the markup put in as it is, so a translation can move the link within the sentence.
 * Stateless: one for every page.
 */
final class MessageFunction implements TemplateMethodModelEx {
    /** Private-use characters stand for markup arguments while the message is formatted. */
    private static final char SLOT = '\uF8F0'; // not CachedDirective's markers (U+E000, U+E001)
    private final Messages messages;

    MessageFunction(Messages messages) {
        this.messages = messages;
    }

    @Override
    public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
        if (arguments.isEmpty() || !(arguments.get(0) instanceof TemplateScalarModel keyModel)) {
            throw new TemplateModelException("msg() takes a message key and its arguments, e.g. msg('count.briefings', 3)");
        }
        String key = keyModel.getAsString();
        if (!messages.has(key)) {
            throw new TemplateModelException("msg(): no message '" + OneLine.of(key)
                    + "' (the keys are in the theme's messages_en.properties, listed in docs/languages.md)");
        }
        Object[] args = new Object[arguments.size() - 1];
        String[] markup = new String[args.length];
        boolean anyMarkup = false;
        for (int i = 1; i < arguments.size(); i++) {
            Object arg = arguments.get(i);
            if (arg instanceof TemplateNumberModel number) {
                args[i - 1] = number.getAsNumber();
            } else if (arg instanceof TemplateHTMLOutputModel html) {
                markup[i - 1] = HtmlEscapingFormat.INSTANCE.getMarkupString(html);
                args[i - 1] = String.valueOf((char) (SLOT + i - 1));
                anyMarkup = true;
            } else if (arg instanceof TemplateScalarModel text) {
                args[i - 1] = text.getAsString();
            } else if (arg instanceof TemplateBooleanModel bool) {
                args[i - 1] = bool.getAsBoolean() ? "true" : "false";
            } else {
                throw new TemplateModelException("msg('" + key + "'): argument " + i
                        + " is neither a number, a text nor markup");
            }
        }
        String text = messages.format(key, args);
        if (!anyMarkup) {
            return text;
        }
        String escaped = HtmlEscapingFormat.INSTANCE.escapePlainText(text);
        StringBuilder out = new StringBuilder(escaped.length() + 64);
        for (int i = 0; i < escaped.length(); i++) {
            char c = escaped.charAt(i);
            int slot = c - SLOT;
            if (slot >= 0 && slot < markup.length && markup[slot] != null) {
                out.append(markup[slot]);
            } else {
                out.append(c);
            }
        }
        return HtmlEscapingFormat.INSTANCE.fromMarkup(out.toString());
    }
}
