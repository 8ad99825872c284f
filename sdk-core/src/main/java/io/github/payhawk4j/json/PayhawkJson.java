package io.github.payhawk4j.json;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.AnnotationIntrospector;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The one Jackson configuration the SDK reads and writes Payhawk JSON with.
 *
 * <p>Unknown fields are ignored (the API grows), numbers with a fraction become {@code BigDecimal}
 * (money never passes through {@code double}), date-times are RFC 3339 strings, nulls are not sent,
 * and reads are bounded by {@link StreamReadConstraints} so a hostile or broken body cannot exhaust
 * memory or stack. Values that pass JSON but that no money or date can be are refused as they are read:
 * decimals beyond {@link #MAX_DECIMAL_SCALE} places or {@link #MAX_DECIMAL_PRECISION} digits, date-times
 * written as numbers or with years beyond four digits.
 */
public final class PayhawkJson {

    /** Deepest JSON nesting accepted; Payhawk's documents are a few levels deep. */
    public static final int MAX_NESTING_DEPTH = 64;
    /** Longest number accepted, in characters. */
    public static final int MAX_NUMBER_LENGTH = 64;
    /** Longest string value accepted, in characters (10 MiB; file contents are never inlined). */
    public static final int MAX_STRING_LENGTH = 10 * 1024 * 1024;
    /** Most decimal places (and largest power of ten, {@code 1e30}) a decimal may have; money has 0 to 4. */
    public static final int MAX_DECIMAL_SCALE = 30;
    /** Most significant digits a decimal may have. */
    public static final int MAX_DECIMAL_PRECISION = 40;

    private PayhawkJson() {
    }

    /** A new, fully configured mapper; build it once and share it, it is thread-safe. */
    public static ObjectMapper newObjectMapper() {
        return newObjectMapper(true);
    }

    /**
     * {@code reader}, except that when its type is a model the SDK reads with a reader of its own, it takes that
     * reader as the root deserializer without asking Jackson, which would answer the same reader only after
     * introspecting the model's class and annotations (on a new client's first read, more than the read itself).
     * A reader whose mapper is not from {@link #newObjectMapper()} is returned as it is.
     *
     * @param reader a reader from the SDK's mapper, configured and given its type
     * @return the reader to read with, thread-safe
     */
    public static ObjectReader withModelRoots(ObjectReader reader) {
        for (AnnotationIntrospector introspector : reader.getConfig().getAnnotationIntrospector().allIntrospectors()) {
            if (introspector instanceof ModelReaders) {
                return new ModelRootReader(reader);
            }
        }
        return reader;
    }

    /**
     * A mapper configured as above; with {@code modelReaders} the models of an expense are read by their own
     * readers ({@link ModelReaders}), otherwise by Jackson's builder path, which the readers must match.
     */
    static ObjectMapper newObjectMapper(boolean modelReaders) {
        return newObjectMapper(modelReaders, new LazyJavaTimeModule(), true);
    }

    /**
     * Instants and decimals read the SDK's way, and the open enums' Jackson deserializers built when first used
     * ({@link OpenEnumDeserializers}).
     */
    private static SimpleModule payhawkValues(boolean deferredOpenEnums) {
        SimpleModule values = new SimpleModule("PayhawkValues") {
            private static final long serialVersionUID = 1L;

            @Override
            public void setupModule(SetupContext context) {
                super.setupModule(context);
                if (deferredOpenEnums) {
                    context.addDeserializers(new OpenEnumDeserializers());
                }
            }
        };
        return values.addDeserializer(Instant.class, new IsoInstantDeserializer())
                .addDeserializer(BigDecimal.class, new BoundedDecimalDeserializer());
    }

    /**
     * As above, with {@code javaTime} for {@code java.time} types (the deferred JavaTimeModule, or in tests the module
     * itself) and, unless {@code deferredOpenEnums} is false (in tests), the open enums' deserializers built when first used.
     */
    static ObjectMapper newObjectMapper(boolean modelReaders, Module javaTime, boolean deferredOpenEnums) {
        JsonMapper.Builder builder = JsonMapper.builder();
        if (modelReaders) {
            // Asked first; for any other model or annotation it answers nothing and Jackson's own introspector decides.
            builder.annotationIntrospector(AnnotationIntrospector.pair(new ModelReaders(), new JacksonAnnotationIntrospector()));
        }
        JsonMapper mapper = builder
                // Jackson's JavaTimeModule, set up when a java.time type is first met (reading an expense meets none
                // but Instant, which PayhawkValues reads): it behaves as JavaTimeModule registered here would.
                .addModule(javaTime)
                // Registered after JavaTimeModule, so it is asked first; it hands other forms back to it.
                .addModule(payhawkValues(deferredOpenEnums))
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                // Trees keep an amount's scale too: 1234.10 read into a JsonNode stays 1234.10.
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.USE_DEFAULTS))
                .build();
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .maxStringLength(MAX_STRING_LENGTH)
                .build());
        return mapper;
    }
}
