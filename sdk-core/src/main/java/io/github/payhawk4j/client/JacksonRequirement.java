package io.github.payhawk4j.client;

import com.fasterxml.jackson.core.Version;

/**
 * The oldest Jackson the SDK works with. Checked when a client is built, so that an application whose framework
 * pins an older Jackson fails at start-up with a message saying so, not with a {@code NoSuchMethodError} on its
 * first call. The code needs 2.15; 2.17 is the oldest release the build tests it against and passes.
 */
final class JacksonRequirement {

    static final Version MINIMUM = new Version(2, 17, 0, null, "com.fasterxml.jackson.core", "jackson-databind");

    private JacksonRequirement() {
    }

    /** Throws if jackson-core or jackson-databind on the classpath is older than {@link #MINIMUM}. */
    static void check() {
        check(com.fasterxml.jackson.core.json.PackageVersion.VERSION);
        check(com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION);
    }

    static void check(Version found) {
        if (found.getMajorVersion() != MINIMUM.getMajorVersion() || found.getMinorVersion() < MINIMUM.getMinorVersion()) {
            throw new IllegalStateException("payhawk4j needs Jackson " + MINIMUM.getMajorVersion() + "."
                    + MINIMUM.getMinorVersion() + " or newer 2.x, but found " + found.getArtifactId() + " " + found
                    + " on the classpath; upgrade Jackson (e.g. import com.fasterxml.jackson:jackson-bom)");
        }
    }
}
