package io.github.payhawk4j.client;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.cfg.PackageVersion;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The supported Jackson range: 2.17 or newer 2.x. The build runs these tests (and all others of sdk-core and
 * sdk-webhooks) twice, with the build's Jackson and with 2.17.0 replacing it on the classpath.
 */
class JacksonRequirementTest {

    @Test
    void theTestsRunAgainstTheJacksonTheBuildMeantToTest() {
        String expected = System.getProperty("payhawk4j.test.jackson-version");

        assertThat(expected).as("set by the surefire execution").isNotBlank();
        assertThat(PackageVersion.VERSION.toString()).isEqualTo(expected);
        assertThat(com.fasterxml.jackson.core.json.PackageVersion.VERSION.toString()).isEqualTo(expected);
    }

    @Test
    void aClientBuildsWithTheJacksonOnTheClasspath() {
        assertThatCode(() -> PayhawkClient.builder().apiKey("k").build()).doesNotThrowAnyException();
    }

    @Test
    void theMinimumAndNewerAreAccepted() {
        assertThatCode(() -> JacksonRequirement.check(version(2, 17, 0))).doesNotThrowAnyException();
        assertThatCode(() -> JacksonRequirement.check(version(2, 19, 2))).doesNotThrowAnyException();
        assertThatCode(() -> JacksonRequirement.check(version(2, 23, 0))).doesNotThrowAnyException();
    }

    @Test
    void anOlderJacksonFailsWithAMessageThatSaysWhatToDo() {
        assertThatThrownBy(() -> JacksonRequirement.check(version(2, 16, 2)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("payhawk4j needs Jackson 2.17 or newer 2.x, but found jackson-databind 2.16.2 on the "
                        + "classpath; upgrade Jackson (e.g. import com.fasterxml.jackson:jackson-bom)");
        assertThatThrownBy(() -> JacksonRequirement.check(version(1, 99, 0))).isInstanceOf(IllegalStateException.class);
    }

    private static Version version(int major, int minor, int patch) {
        return new Version(major, minor, patch, null, "com.fasterxml.jackson.core", "jackson-databind");
    }
}
