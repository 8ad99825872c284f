package io.github.payhawk4j.webhooks.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PrintableTextTest {

    @Test
    void controlCharactersBecomeQuestionMarksSoNoLineCanBeSplitOrForged() {
        assertThat(PrintableText.of("/payhawk\n[main] INFO forged\r\u0000\u007f\u0085"))
                .isEqualTo("/payhawk?[main] INFO forged????");
    }

    @Test
    void otherTextIsKeptWholeIncludingCharactersBeyondTheBasicPlane() {
        assertThat(PrintableText.of("café – 😀 ok")).isEqualTo("café – 😀 ok");
        assertThat(PrintableText.of(null)).isNull();
    }

    @Test
    void longTextIsShortenedToTheGivenLengthAndMarked() {
        assertThat(PrintableText.of("x".repeat(41), 40)).isEqualTo("x".repeat(40) + "...");
        assertThat(PrintableText.of("x".repeat(40), 40)).isEqualTo("x".repeat(40));
        assertThat(PrintableText.of("ab\ncd", 3)).isEqualTo("ab?...");
        assertThat(PrintableText.of(null, 3)).isNull();
    }
}
