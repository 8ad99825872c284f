package io.github.payhawk4j.webhooks;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Exactly one header text is accepted for each signature: the padded standard base64 the JDK's encoder writes. */
class CanonicalBase64Test {

    @Test
    void decodesPaddedStandardBase64() {
        assertThat(CanonicalBase64.decode("Zg==")).isEqualTo("f".getBytes(StandardCharsets.US_ASCII));
        assertThat(CanonicalBase64.decode("Zm8=")).isEqualTo("fo".getBytes(StandardCharsets.US_ASCII));
        assertThat(CanonicalBase64.decode("Zm9v")).isEqualTo("foo".getBytes(StandardCharsets.US_ASCII));
        assertThat(CanonicalBase64.decode("+/+/")).containsExactly(0xfb, 0xff, 0xbf);
    }

    @Test
    void refusesMissingOrPartialPadding() {
        for (String unpadded : List.of("Zg", "Zm8", "Zg=", "Zm9vYg", "Zm9vYmE")) {
            assertThatThrownBy(() -> CanonicalBase64.decode(unpadded)).as(unpadded)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void refusesSpareBitsExtraPaddingAndOtherAlphabets() {
        for (String other : List.of("ZR==", "Zm9=", "Zg===", "Zm9v=", "Zm9v====", "Zm9_", "Zm9-", "Zm 9v", "Zm9v\n")) {
            assertThatThrownBy(() -> CanonicalBase64.decode(other)).as(other)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
