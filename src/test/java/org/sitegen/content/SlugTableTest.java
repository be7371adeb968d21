package org.sitegen.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * SlugTable against ICU: the checked-in table is what ICU gives today (regenerate it with
 * {@code -Dsite-gen.writeSlugTable=true} after an ICU upgrade), and every slug spelled with the
 * table is the slug ICU spells, for each table character alone and among letters, digits,
 * spaces, apostrophes and other table characters. SlugTableProperties tries random texts;
 * SlugsRealTextsTest the real archives' titles, tags and file names.
 */
class SlugTableTest {
    private static final Path SOURCE = Path.of("src/main/resources/org/sitegen/content", SlugTable.RESOURCE);
    /** Neighbours a character is tried between when the table is made: ICU must spell it the same in all. */
    private static final String[][] MAKING_CONTEXTS = {
        {"", ""}, {"a", "b"}, {"A", "B"}, {"a", ""}, {"", "b"}, {"A", ""}, {"", "B"}, {"1", "2"}, {" ", " "},
        {"'", "'"}, {"x'", "'y"}, {"-", "-"}, {".", "."}, {"\u00e9", "\u00e9"}, {"\u00c9", "\u00c9"},
        {"\u2013", "\u2013"}, {"\u00df", "\u00df"}, {"\u00c6", "\u00e6"}, {"\u2019", "\u2019"}, {"\u00a0", "\u00a0"},
    };

    static final Transliterator ICU = Transliterator.getInstance("Any-Latin; Latin-ASCII");

    static synchronized String icu(String text) {
        return ICU.transliterate(text);
    }

    /** What {@code Slugs.clean} sees of {@code spelt}: a-z 0-9, ' for apostrophes, one - for each run of the rest. */
    static String canonical(String spelt) {
        StringBuilder out = new StringBuilder(spelt.length());
        for (int i = 0; i < spelt.length(); i++) {
            char c = spelt.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                out.append(c);
            } else if (c >= 'A' && c <= 'Z') {
                out.append((char) (c + ('a' - 'A')));
            } else if (c == '\'' || c == '\u2019') {
                out.append('\'');
            } else if (out.isEmpty() || out.charAt(out.length() - 1) != '-') {
                out.append('-');
            }
        }
        return out.toString();
    }

    private static String collapse(String canonical) {
        return canonical.replaceAll("-+", "-");
    }

    /** The table, made from ICU: Latin and Common characters of the BMP that ICU spells the same among any neighbours tried. */
    static String make() {
        StringBuilder table = new StringBuilder()
                .append("# Made by SlugTableTest from ICU ").append(com.ibm.icu.util.VersionInfo.ICU_VERSION)
                .append(" (\"Any-Latin; Latin-ASCII\"); do not edit: run it with -Dsite-gen.writeSlugTable=true.\n")
                .append("# UTF-16 unit, then what Slugs.clean sees of ICU's spelling: a-z 0-9, ' (apostrophe), - (a break).\n");
        for (int c = 0x80; c <= 0xffff; c++) {
            if (!candidate(c)) {
                continue;
            }
            String alone = canonical(icu(String.valueOf((char) c)));
            boolean same = true;
            for (String[] around : MAKING_CONTEXTS) {
                String expected = collapse(canonical(icu(around[0])) + alone + canonical(icu(around[1])));
                String actual = collapse(canonical(icu(around[0] + (char) c + around[1])));
                String twice = collapse(canonical(icu(around[0] + (char) c + (char) c + around[1])));
                if (!actual.equals(expected) || !twice.equals(collapse(canonical(icu(around[0])) + alone + alone
                        + canonical(icu(around[1]))))) {
                    same = false;
                    break;
                }
            }
            if (same) {
                table.append(String.format("%04x", c)).append(alone.isEmpty() ? "" : " " + alone).append('\n');
            }
        }
        return table.toString();
    }

    /** Assigned, not a surrogate, not a combining mark (those join the letter before), of the Latin or Common script. */
    private static boolean candidate(int c) {
        int type = UCharacter.getType(c);
        if (type == UCharacterCategory.UNASSIGNED || type == UCharacterCategory.SURROGATE
                || type == UCharacterCategory.PRIVATE_USE || type == UCharacterCategory.NON_SPACING_MARK
                || type == UCharacterCategory.ENCLOSING_MARK || type == UCharacterCategory.COMBINING_SPACING_MARK) {
            return false;
        }
        int script = UScript.getScript(c);
        return script == UScript.LATIN || script == UScript.COMMON;
    }

    static List<Character> tableChars() {
        List<Character> chars = new ArrayList<>();
        for (int c = 0x80; c <= 0xffff; c++) {
            if (SlugTable.has((char) c)) {
                chars.add((char) c);
            }
        }
        return chars;
    }

    @Test
    void table_isWhatIcuGivesToday() throws IOException {
        String made = make();
        if (Boolean.getBoolean("site-gen.writeSlugTable")) {
            Files.writeString(SOURCE, made, StandardCharsets.US_ASCII);
        }
        String shipped;
        try (InputStream in = SlugTable.class.getResourceAsStream(SlugTable.RESOURCE)) {
            shipped = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
        assertThat(shipped).as("slug-table.txt is what ICU gives (-Dsite-gen.writeSlugTable=true rewrites it)")
                .isEqualTo(made);
    }

    @Test
    void table_holdsWhatEnglishAndEuropeanTitlesUse() {
        for (char c : "\u2013\u2014\u2018\u2019\u201c\u201d\u2026\u00a0\u00e9\u00e8\u00ea\u00eb\u00e0\u00e7\u00f1\u00f6\u00fc\u00df\u00e6\u00f8\u0142\u0131\u00c5\u0160\u017e\u00bf\u00a1\u00ab\u00bb\u2022\u00b7\u2009\u00ad"
                .toCharArray()) {
            assertThat(SlugTable.has(c)).as("U+%04X in the table", (int) c).isTrue();
        }
        for (char c : "\u0416\u03b1\u4e2d\u3042\u05d0\u0627\u0301".toCharArray()) {
            assertThat(SlugTable.has(c)).as("U+%04X left to ICU", (int) c).isFalse();
        }
        assertThat(SlugTable.spell("Ukraine \u2013 Fran\u00e7ois\u2019s \u00e6on")).isEqualTo("Ukraine - Francois's aeon");
        assertThat(SlugTable.spell("\u041a\u0438\u0435\u0432 \u2013 Kyiv")).isNull();
    }

    @Test
    void everyTableChar_aloneAndAmongNeighbours_slugsAsIcuDoes() {
        List<Character> table = tableChars();
        assertThat(table).hasSizeGreaterThan(500);
        Random random = new Random(20261208);
        String[][] around = {
            {"", ""}, {"a", "b"}, {"A", "b"}, {"Z", "Z"}, {"9", "0"}, {" ", " "}, {"'", "'"}, {"\u2019", "\u2019"},
            {"x '", "' y"}, {"don", "t"}, {"e", ""}, {"", "E"}, {"a-", "-b"}, {"Co", "te"}, {"1", ""}, {"(", ")"},
        };
        int tried = 0;
        for (char c : table) {
            List<String> texts = new ArrayList<>();
            for (String[] pair : around) {
                texts.add(pair[0] + c + pair[1]);
            }
            for (int i = 0; i < 6; i++) {
                char other = table.get(random.nextInt(table.size()));
                texts.add("" + other + c);
                texts.add("" + c + other);
                texts.add("a" + other + c + other + "B");
                texts.add("" + other + c + "z" + c + other);
            }
            for (String text : texts) {
                assertThat(Slugs.viaTable(text)).as("slug of %s (U+%04X)", text, (int) c).isEqualTo(Slugs.viaIcu(text));
                tried++;
            }
        }
        System.out.println("SlugTable: " + table.size() + " characters, " + tried + " texts slugged as ICU slugs them");
    }

    @Test
    void longTextsAndDeviceNames_slugAsIcuDoes() {
        Slugs slugs = new Slugs();
        String longTitle = ("Caf\u00e9 \u2013 na\u00efve r\u00e9sum\u00e9 \u201cquoted\u201d stra\u00dfe ").repeat(8);
        assertThat(Slugs.viaTable(longTitle)).isEqualTo(Slugs.viaIcu(longTitle)).hasSizeLessThanOrEqualTo(Slugs.MAX_LENGTH);
        String longWord = "\u00e9".repeat(120);
        assertThat(Slugs.viaTable(longWord)).isEqualTo(Slugs.viaIcu(longWord)).hasSize(Slugs.MAX_LENGTH);
        for (String device : List.of("C\u00f6n", "\u00c7ON", "N\u00fcl", "\u0141pt1", "\u201cPRN\u201d", "\u00c0ux")) {
            assertThat(Slugs.viaTable(device)).isEqualTo(Slugs.viaIcu(device));
            assertThat(slugs.slugify(device)).endsWith(Slugs.DEVICE_SUFFIX);
        }
    }
}
