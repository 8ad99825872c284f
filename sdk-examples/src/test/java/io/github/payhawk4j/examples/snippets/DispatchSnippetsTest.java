package io.github.payhawk4j.examples.snippets;

import io.github.payhawk4j.webhooks.WebhookResponse;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DispatchSnippetsTest {

    @Test
    void theTestingSnippetDeliversASignedEventToItsHandler() {
        List<String> booked = new ArrayList<>();

        WebhookResponse response = DispatchSnippets.testingHandlers(booked);

        assertThat(response.status()).isEqualTo(200);
        assertThat(booked).containsExactly("43");
    }
}
