package org.sitegen.render.view;

/**
 * HTML the engine made (a body), which templates print as it is: {@code ${briefing.content?no_esc}}.
 * Templates see it as a string. It is read when printed, not when the view is made: a large
 * archive keeps its bodies out of the heap until their pages are rendered.
 */
public interface Markup {
    /** The HTML. */
    String html();
}
