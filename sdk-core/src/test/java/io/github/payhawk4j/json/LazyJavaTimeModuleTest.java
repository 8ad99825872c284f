package io.github.payhawk4j.json;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.datatype.jsr310.deser.JavaTimeDeserializerModifier;
import com.fasterxml.jackson.datatype.jsr310.ser.JavaTimeSerializerModifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjuster;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The SDK's mapper sets JavaTimeModule up only when it meets a java.time type, and then writes and reads every such
 * type exactly as the same mapper with JavaTimeModule registered up front: compared here value by value, in
 * containers, as map keys, and for input both refuse.
 */
class LazyJavaTimeModuleTest {

    static Stream<Object> values() {
        ZonedDateTime zoned = ZonedDateTime.of(2024, 6, 9, 6, 48, 23, 193_000_000, ZoneId.of("Europe/Sofia"));
        return Stream.of(
                zoned.toInstant(), zoned, zoned.toOffsetDateTime(), zoned.toLocalDateTime(), zoned.toLocalDate(),
                zoned.toLocalTime(), zoned.toOffsetDateTime().toOffsetTime(), Duration.ofMillis(90_061_001),
                Period.of(1, 2, 3), Year.of(2024), YearMonth.of(2024, 6), MonthDay.of(2, 29), ZoneId.of("Europe/Sofia"),
                ZoneOffset.ofHours(3), Month.JUNE, DayOfWeek.SUNDAY);
    }

    private static ObjectMapper eagerMapper() {
        // The SDK's configuration with JavaTimeModule itself registered where the deferred one is.
        return PayhawkJson.newObjectMapper(true, new JavaTimeModule(), true);
    }

    /** What {@code call} gives: its value, or the class and message of what it threw. */
    private static Object outcome(Callable<?> call) {
        try {
            Object value = call.call();
            return value instanceof Object[] array ? Arrays.asList(array) : value;
        } catch (Exception e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }

    @ParameterizedTest
    @MethodSource("values")
    void writesAndReadsEachTypeAsJavaTimeModuleDoes(Object value) throws Exception {
        ObjectMapper reference = eagerMapper();
        String json = reference.writeValueAsString(value);

        assertThat(PayhawkJson.newObjectMapper().writeValueAsString(value)).isEqualTo(json);
        for (Class<?> type : List.of(value.getClass(), value instanceof ZoneId ? ZoneId.class : value.getClass(), Object.class)) {
            assertThat(outcome(() -> PayhawkJson.newObjectMapper().readValue(json, type)))
                    .isEqualTo(outcome(() -> reference.readValue(json, type)));
        }
    }

    @ParameterizedTest
    @MethodSource("values")
    void writesAndReadsContainersAndKeysAsJavaTimeModuleDoes(Object value) {
        ObjectMapper reference = eagerMapper();
        ObjectMapper mapper = PayhawkJson.newObjectMapper();
        Class<?> type = value instanceof ZoneId ? ZoneId.class : value.getClass();
        Map<Object, Object> map = new LinkedHashMap<>();
        map.put(value, List.of(value));
        Object[] array = (Object[]) java.lang.reflect.Array.newInstance(type, 1);
        array[0] = value;
        for (Object container : List.of(map, List.of(value), new AtomicReference<>(value), array)) {
            assertThat(outcome(() -> mapper.writeValueAsString(container)))
                    .isEqualTo(outcome(() -> reference.writeValueAsString(container)));
        }
        JavaType mapType = mapper.getTypeFactory().constructMapType(LinkedHashMap.class, mapper.constructType(type),
                mapper.getTypeFactory().constructCollectionType(List.class, type));
        JavaType referenceType = mapper.getTypeFactory().constructReferenceType(AtomicReference.class, mapper.constructType(type));
        for (Object container : List.of(map, array, new AtomicReference<>(value))) {
            Object json = outcome(() -> reference.writeValueAsString(container));
            assertThat(json).isInstanceOf(String.class);
            for (JavaType target : List.of(mapType, mapper.constructType(array.getClass()), referenceType)) {
                Object read = outcome(() -> mapper.readValue((String) json, target));
                Object expected = outcome(() -> reference.readValue((String) json, target));
                if (read instanceof AtomicReference<?> r && expected instanceof AtomicReference<?> e) {
                    assertThat(r.get()).isEqualTo(e.get());
                } else {
                    assertThat(read).isEqualTo(expected);
                }
            }
        }
    }

    @Test
    void honoursTheMapperFeaturesJavaTimeModuleReads() throws Exception {
        ZonedDateTime value = ZonedDateTime.of(2024, 6, 9, 6, 48, 23, 193_000_000, ZoneId.of("Europe/Sofia"));
        for (SerializationFeature feature : List.of(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS,
                SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS, SerializationFeature.WRITE_DATES_WITH_ZONE_ID,
                SerializationFeature.WRITE_DATE_TIMESTAMPS_AS_NANOSECONDS)) {
            for (Object v : List.of(value, value.toInstant(), value.toLocalDate(), Duration.ofSeconds(61), value.toOffsetDateTime())) {
                assertThat(PayhawkJson.newObjectMapper().writer().with(feature).writeValueAsString(v))
                        .isEqualTo(eagerMapper().writer().with(feature).writeValueAsString(v));
            }
        }
        String offset = "\"2024-06-09T06:48:23.193+03:00\"";
        for (boolean adjust : new boolean[] {true, false}) {
            var sdkReader = PayhawkJson.newObjectMapper().readerFor(OffsetDateTime.class)
                    .with(adjust ? DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE : DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY);
            var referenceReader = eagerMapper().readerFor(OffsetDateTime.class)
                    .with(adjust ? DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE : DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY);
            assertThat((Object) sdkReader.readValue(offset)).isEqualTo(referenceReader.readValue(offset));
        }
    }

    @Test
    void refusesWhatJavaTimeModuleRefuses() {
        ObjectMapper reference = eagerMapper();
        ObjectMapper mapper = PayhawkJson.newObjectMapper();
        for (Class<?> type : List.of(LocalDate.class, LocalDateTime.class, LocalTime.class, OffsetDateTime.class,
                ZonedDateTime.class, Duration.class, ZoneId.class, YearMonth.class)) {
            Throwable expected = org.assertj.core.api.Assertions.catchThrowable(() -> reference.readValue("\"no date\"", type));
            assertThat(expected).as(type.getSimpleName()).isNotNull();
            assertThatThrownBy(() -> mapper.readValue("\"no date\"", type)).isInstanceOf(expected.getClass())
                    .hasMessage(expected.getMessage());
        }
    }

    @Test
    void writesATemporalAdjusterLambdaAsJavaTimeModuleDoes() throws Exception {
        TemporalAdjuster adjuster = t -> t;
        TemporalAdjuster jdks = TemporalAdjusters.firstDayOfMonth();

        assertThat(PayhawkJson.newObjectMapper().writeValueAsString(adjuster)).isEqualTo(eagerMapper().writeValueAsString(adjuster));
        assertThat(PayhawkJson.newObjectMapper().writeValueAsString(jdks)).isEqualTo(eagerMapper().writeValueAsString(jdks));
    }

    @Test
    void keepsTheSdksInstantAndDecimalReadingAndOtherTypesUntouched() throws Exception {
        ObjectMapper mapper = PayhawkJson.newObjectMapper();

        assertThat(mapper.readValue("\"2024-06-09T04:48:23.1234567891Z\"", Instant.class))
                .isEqualTo(Instant.parse("2024-06-09T04:48:23.123456789Z"));
        assertThat(mapper.readValue("1234.10", BigDecimal.class)).isEqualTo(new BigDecimal("1234.10"));
        assertThat(mapper.readValue("{\"a\":[1,\"b\"]}", new TypeReference<Map<String, List<Object>>>() { }))
                .isEqualTo(Map.of("a", List.of(1, "b")));
    }

    @Test
    void hasJavaTimeModulesIdSoRegisteringItAgainChangesNothing() throws Exception {
        ObjectMapper mapper = PayhawkJson.newObjectMapper();

        assertThat(mapper.getRegisteredModuleIds()).contains(new JavaTimeModule().getTypeId());
        mapper.registerModule(new JavaTimeModule());
        // Still the SDK's Instant reading, which JavaTimeModule registered in front of it would replace.
        assertThat(mapper.readValue("\"2024-06-09T04:48:23.1234567891Z\"", Instant.class))
                .isEqualTo(Instant.parse("2024-06-09T04:48:23.123456789Z"));
    }

    /** The module forwards only the modifications JavaTimeModule's modifiers make; a Jackson upgrade adding one fails here. */
    @Test
    void javaTimeModulesModifiersOverrideOnlyTheEnumMethodsThatAreForwarded() {
        assertThat(overridden(JavaTimeDeserializerModifier.class, BeanDeserializerModifier.class)).containsExactly("modifyEnumDeserializer");
        assertThat(overridden(JavaTimeSerializerModifier.class, BeanSerializerModifier.class)).containsExactly("modifyEnumSerializer");
    }

    private static List<String> overridden(Class<?> type, Class<?> base) {
        return Arrays.stream(type.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !m.isSynthetic() && declares(base, m))
                .map(Method::getName).sorted().toList();
    }

    private static boolean declares(Class<?> base, Method method) {
        try {
            base.getMethod(method.getName(), method.getParameterTypes());
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }
}
