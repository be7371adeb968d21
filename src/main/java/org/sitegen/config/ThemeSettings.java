package org.sitegen.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.sitegen.diag.OneLine;

/**
 * The built-in theme's settings, for changing its look without writing CSS or templates: the
 * accent colour (light and dark), a logo, the header's text, the fonts and the display names of
 * taxonomies. Every value is optional ("" or absent: the theme's own). Values are checked
 * here, so that none can break out of the stylesheet written from them ({@link #css()}).
 *
 * @param accentColor     the accent (header rule, current page in the menu, buttons), any CSS colour
 * @param darkAccentColor the accent in dark mode; "" derives it from {@code accentColor} (mixed with white)
 * @param logo            a file of the site shown before the header's text, e.g. "assets/logo.svg"
 *                        (from templates/assets/); kept site-absolute ("/assets/logo.svg")
 * @param headerText      the text of the header's link to the home page; "" shows the site title
 * @param textFont        the font of headings and text (a CSS font-family list)
 * @param uiFont          the font of menus, dates and labels (a CSS font-family list)
 * @param taxonomyNames   display names by taxonomy key ("tags" → "Topics"); others are the key capitalised
 */
public record ThemeSettings(String accentColor, String darkAccentColor, String logo, String headerText,
                            String textFont, String uiFont, Map<String, String> taxonomyNames) {

    /** The stylesheet written from the settings, under /assets/, between style.css and custom.css. */
    public static final String STYLESHEET = "theme-settings.css";

    /** Hex, a colour name, or a colour function of numbers, units, commas and slashes: nothing that ends a rule. */
    private static final Pattern COLOR = Pattern.compile(
            "#(?:\\p{XDigit}{3,4}|\\p{XDigit}{6}|\\p{XDigit}{8})|[a-zA-Z]{3,30}"
                    + "|(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch)\\([0-9a-zA-Z.%+\\-\\s,/]{1,80}\\)");
    /** Family names, quoted or not, separated by commas. */
    private static final Pattern FONT = Pattern.compile("[\\p{L}\\p{N} ,\"'._-]{1,300}");
    /** A path of the site: letters, digits and . _ - / only. */
    private static final Pattern SITE_PATH = Pattern.compile("/?[A-Za-z0-9._-]+(?:/[A-Za-z0-9._-]+)*");

    public ThemeSettings {
        List<String> problems = new ArrayList<>();
        accentColor = checked("accentColor", accentColor, COLOR, "a CSS colour (e.g. #0a5c36, teal, rgb(10 92 54))",
                problems);
        darkAccentColor = checked("darkAccentColor", darkAccentColor, COLOR,
                "a CSS colour (e.g. #7fd1a8, teal, rgb(127 209 168))", problems);
        textFont = balancedQuotes("textFont", checked("textFont", textFont, FONT,
                "a list of font names (e.g. Georgia, \"Times New Roman\", serif)", problems), problems);
        uiFont = balancedQuotes("uiFont", checked("uiFont", uiFont, FONT,
                "a list of font names (e.g. \"Helvetica Neue\", Arial, sans-serif)", problems), problems);
        logo = checked("logo", logo, SITE_PATH, "the path of a file of the site (e.g. assets/logo.svg for "
                + "templates/assets/logo.svg)", problems);
        if (!logo.isEmpty()) {
            if (("/" + logo + "/").contains("/../") || ("/" + logo + "/").contains("/./")) {
                problems.add("logo '" + OneLine.of(logo) + "' must not contain . or .. folders");
            }
            logo = logo.startsWith("/") ? logo : "/" + logo;
        }
        headerText = headerText == null ? "" : headerText.strip();
        if (headerText.chars().anyMatch(Character::isISOControl)) {
            problems.add("headerText must be one line of text");
        }
        Map<String, String> names = new LinkedHashMap<>();
        (taxonomyNames == null ? Map.<String, String>of() : taxonomyNames).forEach((key, name) -> {
            String display = name == null ? "" : name.strip();
            if (display.isEmpty() || display.chars().anyMatch(Character::isISOControl)) {
                problems.add("taxonomyNames: the display name of '" + OneLine.of(key) + "' must be one line of text");
            }
            names.put(key, display);
        });
        taxonomyNames = java.util.Collections.unmodifiableMap(names);
        if (!problems.isEmpty()) {
            throw new InvalidSettings(problems);
        }
    }

    /** The theme as it comes. */
    public static ThemeSettings defaults() {
        return new ThemeSettings("", "", "", "", "", "", Map.of());
    }

    /**
     * Reads {@code taxonomyNames} as the pom and the command line give it: {@code key=Name} items,
     * comma-separated (e.g. {@code countries=Countries,tags=Topics}).
     */
    public static Map<String, String> parseTaxonomyNames(Iterable<String> items) {
        Map<String, String> names = new LinkedHashMap<>();
        for (String item : items) {
            for (String pair : item.split(",")) {
                if (pair.isBlank()) {
                    continue;
                }
                int equals = pair.indexOf('=');
                if (equals <= 0 || pair.substring(0, equals).isBlank()) {
                    throw new IllegalArgumentException("taxonomyNames: '" + OneLine.of(pair.strip())
                            + "' is not key=Name (e.g. tags=Topics,countries=Countries)");
                }
                names.put(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
            }
        }
        return names;
    }

    /** The display name of the taxonomy {@code key}: as set, else the key capitalised ("tags" → "Tags"). */
    public String taxonomyName(String key) {
        String name = taxonomyNames.get(key);
        if (name != null) {
            return name;
        }
        return key.isEmpty() ? key : key.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + key.substring(1);
    }

    /** Whether any setting needs a stylesheet of its own ({@link #css()}). */
    public boolean hasStyles() {
        return !accentColor.isEmpty() || !darkAccentColor.isEmpty() || !textFont.isEmpty() || !uiFont.isEmpty();
    }

    /**
     * The settings as CSS custom properties over the theme's (style.css names them): loaded after
     * style.css, so they win, and before custom.css, which may still change them. The accent is
     * for screens only: print keeps the theme's black.
     */
    public String css() {
        StringBuilder css = new StringBuilder("/* Written by site-gen from the theme settings (pom.xml); "
                + "change them there. */\n");
        if (!textFont.isEmpty() || !uiFont.isEmpty()) {
            css.append(":root {\n");
            if (!textFont.isEmpty()) {
                css.append("  --font-text: ").append(textFont).append(";\n");
            }
            if (!uiFont.isEmpty()) {
                css.append("  --font-ui: ").append(uiFont).append(";\n");
            }
            css.append("}\n");
        }
        if (!accentColor.isEmpty()) {
            css.append("@media screen {\n  :root { --accent: ").append(accentColor).append("; }\n}\n");
        }
        String dark = !darkAccentColor.isEmpty() ? darkAccentColor
                : accentColor.isEmpty() ? "" : "color-mix(in srgb, " + accentColor + " 55%, white)";
        if (!dark.isEmpty()) {
            css.append("@media screen and (prefers-color-scheme: dark) {\n  :root { --accent: ").append(dark)
                    .append("; }\n}\n");
        }
        return css.toString();
    }

    /**
     * Written out by hand: the build's fingerprint of its settings reads this on every run, and a
     * record's own toString links a method handle chain on its first call.
     */
    @Override
    public String toString() {
        return "ThemeSettings[accentColor=" + accentColor + ", darkAccentColor=" + darkAccentColor + ", logo=" + logo
                + ", headerText=" + headerText + ", textFont=" + textFont + ", uiFont=" + uiFont + ", taxonomyNames="
                + taxonomyNames + "]";
    }

    /** The value stripped; "" (the theme's own) after adding to {@code problems} when it is not of {@code form}. */
    private static String checked(String name, String value, Pattern form, String expected, List<String> problems) {
        String text = value == null ? "" : value.strip();
        if (!text.isEmpty() && !form.matcher(text).matches()) {
            problems.add(name + " '" + OneLine.of(text) + "' is not " + expected);
            return "";
        }
        return text;
    }

    private static String balancedQuotes(String name, String font, List<String> problems) {
        if (font.chars().filter(c -> c == '"').count() % 2 != 0
                || font.chars().filter(c -> c == '\'').count() % 2 != 0) {
            problems.add(name + " '" + OneLine.of(font) + "' has a quote without its closing quote");
            return "";
        }
        return font;
    }
}
