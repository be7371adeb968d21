package org.sitegen.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.util.sequence.BasedSequence;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.sitegen.PropertySeed;

/** What the importer writes as an embed's attribute value ({@link EmbedSyntax#quoted}) reads back as it was. */
class EmbedSyntaxQuotedProperties {

    private static String readBack(String value) {
        EmbedBlock block = EmbedSyntax.opening(BasedSequence.of("::: figure alt=" + EmbedSyntax.quoted(value) + "\n"), 0);
        assertThat(block).isNotNull();
        assertThat(block.problems()).isEmpty();
        return block.attributes().get("alt").value();
    }

    @Property(tries = 2000, seed = PropertySeed.VALUE)
    void anyValue_readsBackAsWritten_lineBreaksAsSpaces(@ForAll String value) {
        // (a NUL is read as U+FFFD, as Flexmark reads every body: CommonMark's rule, not the quoting's)
        assertThat(readBack(value)).isEqualTo(value.replace('\n', ' ').replace('\r', ' ').replace('\0', '\uFFFD'));
    }

    /** The syntax has no entities: an HTML-escaped quote would be read as the six characters of "&quot;". */
    @Test
    void quotesAmpersandsAndBackslashes_areTheirOwnCharacters() {
        assertThat(EmbedSyntax.quoted("A \"c\" & d\\e")).isEqualTo("\"A \\\"c\\\" & d\\\\e\"");
        assertThat(readBack("A \"c\" & d\\e <b>")).isEqualTo("A \"c\" & d\\e <b>");
    }
}
