package org.sitegen.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A fingerprint's hex form is what the build cache stores and compares: it must not change
 * with how it is written (these are the values of the seventeenth session's end, 517757c).
 */
class FingerprintHexTest {
    @Test
    void hex_isTheRecordedForm() {
        assertThat(new Fingerprint().hex()).isEqualTo("4334d534d4134f50ff7a3a2930af89e4");
        assertThat(new Fingerprint().add("briefing").add(42).hex()).isEqualTo("b25d98b42a857f4de33035347894f461");
        assertThat(Fingerprint.of(List.of("a", 1L, "\u00fc"))).isEqualTo("f187fbe55ac8886b5bef46580b0fe709");
    }

    @Test
    void hex_isThirtyTwoLowerCaseDigits() {
        for (int i = 0; i < 1000; i++) {
            assertThat(new Fingerprint().add(i).hex()).matches("[0-9a-f]{32}");
        }
    }
}
