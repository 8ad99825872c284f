package io.github.payhawk4j.client;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The SDK's version, as built, for the {@code User-Agent}. */
final class SdkVersion {

    static final String VALUE = read();

    private SdkVersion() {
    }

    private static String read() {
        try (InputStream in = SdkVersion.class.getResourceAsStream("payhawk4j.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
