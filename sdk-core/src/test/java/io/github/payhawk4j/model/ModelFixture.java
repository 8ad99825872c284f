package io.github.payhawk4j.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** A realistic API response body from {@code src/test/resources/model/}, read as the SDK reads it. */
public final class ModelFixture {

    private ModelFixture() {
    }

    /** The text of fixture {@code name}, e.g. {@code "expense-full.json"}. */
    public static String text(String name) {
        try (InputStream in = ModelFixture.class.getResourceAsStream("/model/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture /model/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code json} as a tree in which {@code 1234.10} and {@code 1234.1} differ, so comparing trees also
     * compares the scale of every number.
     */
    public static JsonNode exactTree(ObjectMapper mapper, String json) {
        try {
            return mapper.reader().without(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES).readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
