package io.github.payhawk4j.service;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RequestOptionsTest {

    @Test
    void noneOverridesNothing() {
        assertThat(RequestOptions.none().timeout()).isEmpty();
        assertThat(RequestOptions.none().maxRetries()).isEmpty();
        assertThat(RequestOptions.builder().build()).isEqualTo(RequestOptions.none()).hasSameHashCodeAs(RequestOptions.none());
    }

    @Test
    void aCopyKeepsWhatIsNotChangedAndNullGivesTheTimeoutBackToTheClient() {
        RequestOptions both = RequestOptions.builder().timeout(Duration.ofSeconds(5)).maxRetries(0).build();
        RequestOptions changed = both.toBuilder().maxRetries(2).build();

        assertThat(changed.timeout()).contains(Duration.ofSeconds(5));
        assertThat(changed.maxRetries()).contains(2);
        assertThat(changed).isNotEqualTo(both);
        assertThat(changed.toString()).contains("PT5S", "maxRetries=2");
        assertThat(both.toBuilder().timeout(null).build().timeout()).isEmpty();
    }

    @Test
    void refusesSettingsNoCallCanHave() {
        assertThatIllegalArgumentException().isThrownBy(() -> RequestOptions.builder().timeout(Duration.ZERO))
                .withMessageContaining("timeout must be positive");
        assertThatIllegalArgumentException().isThrownBy(() -> RequestOptions.builder().timeout(Duration.ofSeconds(-1)));
        assertThatIllegalArgumentException().isThrownBy(() -> RequestOptions.builder().maxRetries(-1))
                .withMessageContaining("maxRetries must be 0 or more");
    }
}
