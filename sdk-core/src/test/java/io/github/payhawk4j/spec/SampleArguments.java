package io.github.payhawk4j.spec;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.payhawk4j.model.OpenEnum;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Arguments to call any SDK method with, made from the method's parameter types and names, and for request
 * bodies from the operation's request schema: a string is an id named after its parameter ({@code supplierId}
 * becomes {@code "supplierId-42"}), or a URL, e-mail, currency, file name or content type where its name says
 * so; an enum or open enum is a known value; a request type is built with its builder, first with only what the
 * spec marks required, then, if its {@code build()} refuses that, with every property the spec has for it.
 * {@link #withEveryProperty()} makes arguments with every property set at every level, for a method that refuses
 * (before sending) a body the spec's required list allows, such as a new team without a name.
 * Nothing is listed per type, so request types added later get arguments too.
 */
final class SampleArguments {

    private final OpenApiDocument spec;
    private final boolean everyProperty;

    SampleArguments(OpenApiDocument spec) {
        this(spec, false);
    }

    private SampleArguments(OpenApiDocument spec, boolean everyProperty) {
        this.spec = spec;
        this.everyProperty = everyProperty;
    }

    /** Samples whose request objects, nested ones included, have every setter of their builder called. */
    SampleArguments withEveryProperty() {
        return new SampleArguments(spec, true);
    }

    /** Whether these samples set every property ({@link #withEveryProperty()}), not only the required ones. */
    boolean setsEveryProperty() {
        return everyProperty;
    }

    /** Arguments for {@code method}, whose request body (if any) has {@code requestSchema}. */
    Object[] forMethod(Method method, JsonNode requestSchema) {
        Parameter[] parameters = method.getParameters();
        Object[] arguments = new Object[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            Parameter parameter = parameters[i];
            if (!parameter.isNamePresent()) {
                throw new IllegalStateException("compile with -parameters: " + method);
            }
            arguments[i] = value(parameter.getParameterizedType(), parameter.getName(), requestSchema, true);
        }
        return arguments;
    }

    /** The value a String parameter or property named {@code name} gets. */
    static String string(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith("url") || lower.endsWith("uri")) {
            return "https://erp.example/payhawk/" + name;
        }
        if (lower.contains("email")) {
            return "ada@example.com";
        }
        if (lower.contains("currency")) {
            return "EUR";
        }
        if (lower.contains("contenttype") || lower.contains("mediatype") || lower.contains("mimetype")) {
            return "application/pdf";
        }
        if (lower.contains("filename")) {
            return "receipt.pdf";
        }
        if (lower.contains("country")) {
            return "BG";
        }
        return name + "-42";
    }

    /**
     * A value of {@code type} for a parameter or property named {@code name}. {@code schema} is what the spec says
     * about it (a property schema, or for a top-level parameter the whole request schema), or null.
     */
    private Object value(Type type, String name, JsonNode schema, boolean topLevel) {
        Class<?> raw = raw(type);
        JsonNode property = topLevel || schema == null ? null : spec.resolve(schema);
        if (raw == String.class) {
            if (property != null && property.has("enum") && !property.get("enum").isEmpty()) {
                return property.get("enum").get(0).asText();
            }
            if (property != null && property.has("oneOf") && property.get("oneOf").get(0).has("enum")) {
                return property.get("oneOf").get(0).get("enum").get(0).asText();
            }
            return string(name);
        }
        if (raw == int.class || raw == Integer.class) {
            return 1;
        }
        if (raw == long.class || raw == Long.class) {
            return 1L;
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return Boolean.TRUE;
        }
        if (raw == double.class || raw == Double.class) {
            return 1.5d;
        }
        if (raw == BigDecimal.class) {
            return new BigDecimal("10.50");
        }
        if (raw == BigInteger.class) {
            return BigInteger.TEN;
        }
        if (raw == Instant.class) {
            return Instant.parse("2026-03-02T10:15:30Z");
        }
        if (raw == OffsetDateTime.class) {
            return OffsetDateTime.of(2026, 3, 2, 10, 15, 30, 0, ZoneOffset.UTC);
        }
        if (raw == LocalDate.class) {
            return LocalDate.of(2026, 3, 2);
        }
        if (raw == byte[].class) {
            return new byte[]{'%', 'P', 'D', 'F'};
        }
        if (raw == Path.class) {
            return sampleFile();
        }
        if (raw == InputStream.class) {
            return new ByteArrayInputStream(new byte[]{'%', 'P', 'D', 'F'});
        }
        if (raw == Optional.class) {
            return Optional.of(value(typeArgument(type, 0), name, schema, topLevel));
        }
        if (raw == Consumer.class) {
            return (Consumer<Object>) ignored -> { };
        }
        if (List.class.isAssignableFrom(raw) || raw == Collection.class || raw == Iterable.class || raw == Set.class) {
            JsonNode items = itemsSchema(schema, topLevel);
            Object item = value(typeArgument(type, 0), singular(name), items, items == null);
            return raw == Set.class ? Set.of(item) : List.of(item);
        }
        if (Map.class.isAssignableFrom(raw)) {
            return Map.of();
        }
        if (OpenEnum.class.isAssignableFrom(raw)) {
            return openEnum(raw, property);
        }
        if (raw.isEnum()) {
            return Arrays.stream(raw.getEnumConstants()).filter(c -> !((Enum<?>) c).name().equals("UNKNOWN"))
                    .findFirst().orElseThrow(() -> new IllegalStateException("enum without constants: " + raw));
        }
        if (raw.isRecord()) {
            return record(raw);
        }
        Method builder = staticMethod(raw, "builder");
        if (builder != null) {
            return built(raw, builder, topLevel ? bestObjectSchema(schema, raw, builder) : property);
        }
        Method factory = factory(raw);
        if (factory != null) {
            return invoke(factory, null, arguments(factory));
        }
        throw new IllegalStateException("no sample value for " + type.getTypeName() + " " + name
                + ": teach SampleArguments this kind of type");
    }

    private static Path sampleFile() {
        try {
            Path file = Files.createTempFile("payhawk4j-sample-", ".pdf");
            file.toFile().deleteOnExit();
            return Files.write(file, new byte[]{'%', 'P', 'D', 'F'});
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Object openEnum(Class<?> raw, JsonNode property) {
        Method of = staticMethod(raw, "of", String.class);
        if (of != null && property != null && property.has("enum")) {
            return invoke(of, null, property.get("enum").get(0).asText());
        }
        for (Field field : raw.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == raw) {
                try {
                    return field.get(null);
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        throw new IllegalStateException("open enum without constants: " + raw);
    }

    private Object record(Class<?> raw) {
        RecordComponent[] components = raw.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            values[i] = value(components[i].getGenericType(), components[i].getName(), null, false);
            types[i] = components[i].getType();
        }
        try {
            Constructor<?> constructor = raw.getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return constructor.newInstance(values);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(raw.getSimpleName() + " refused sample components", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * {@code raw} from its builder: the setters of the properties {@code schema} requires first; if {@code build()}
     * refuses that (or if these samples set every property), every setter the builder has (named as in the schema or not).
     */
    private Object built(Class<?> raw, Method builderFactory, JsonNode schema) {
        Map<String, JsonNode> properties = schema == null ? Map.of() : spec.properties(schema);
        Set<String> required = schema == null ? Set.of() : spec.required(schema);
        RuntimeException refusal = null;
        if (!everyProperty) {
            try {
                return fill(builderFactory, properties, required::contains);
            } catch (RuntimeException e) {
                refusal = e;
            }
        }
        try {
            return fill(builderFactory, properties, setter -> true);
        } catch (RuntimeException e) {
            if (refusal != null) {
                e.addSuppressed(refusal);
            }
            throw new IllegalStateException("could not build a sample " + raw.getSimpleName()
                    + " with the properties the spec requires, nor with all of them", e);
        }
    }

    private Object fill(Method builderFactory, Map<String, JsonNode> properties,
                        java.util.function.Predicate<String> wanted) {
        Object builder = invoke(builderFactory, null);
        for (Method setter : setters(builder.getClass())) {
            if (!wanted.test(setter.getName())) {
                continue;
            }
            Object argument;
            try {
                argument = value(setter.getGenericParameterTypes()[0], setter.getName(),
                        properties.get(setter.getName()), false);
            } catch (RuntimeException e) {
                if (properties.containsKey(setter.getName())) {
                    throw e;
                }
                continue;
            }
            try {
                invoke(setter, builder, argument);
            } catch (RuntimeException e) {
                // A setter that validates (a URL, a range) and refuses the sample: build() says if it was needed.
            }
        }
        Method build = method(builder.getClass(), "build");
        if (build == null) {
            throw new IllegalStateException(builder.getClass().getName() + " has no build()");
        }
        return invoke(build, builder);
    }

    /** One setter per property (the first overload), in name order so samples are the same on every run. */
    private static List<Method> setters(Class<?> builderType) {
        Map<String, Method> byName = new LinkedHashMap<>();
        Arrays.stream(builderType.getMethods())
                .filter(m -> !Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 1
                        && m.getReturnType() == builderType && !m.getName().startsWith("putAdditional")
                        && !m.getName().startsWith("additional"))
                .sorted(Comparator.comparing(Method::getName).thenComparing(m -> m.getParameterTypes()[0] == String.class))
                .forEach(m -> byName.putIfAbsent(m.getName(), m));
        return List.copyOf(byName.values());
    }

    /** The object schema under {@code schema} whose properties best match the builder's setters, or null. */
    private JsonNode bestObjectSchema(JsonNode schema, Class<?> raw, Method builderFactory) {
        if (schema == null) {
            return null;
        }
        Set<String> setterNames = new LinkedHashSet<>();
        setters(builderFactory.getReturnType()).forEach(m -> setterNames.add(m.getName()));
        JsonNode best = null;
        long bestOverlap = 0;
        for (JsonNode candidate : objectSchemas(schema, new ArrayList<>(), 0)) {
            long overlap = spec.properties(candidate).keySet().stream().filter(setterNames::contains).count();
            if (overlap > bestOverlap) {
                best = candidate;
                bestOverlap = overlap;
            }
        }
        return best;
    }

    private List<JsonNode> objectSchemas(JsonNode schema, List<JsonNode> found, int depth) {
        JsonNode resolved = spec.resolve(schema);
        if (depth > 6) {
            return found;
        }
        if (!spec.properties(resolved).isEmpty()) {
            found.add(resolved);
            spec.properties(resolved).values().forEach(p -> objectSchemas(p, found, depth + 1));
        }
        if (resolved.has("items")) {
            objectSchemas(resolved.get("items"), found, depth + 1);
        }
        return found;
    }

    private JsonNode itemsSchema(JsonNode schema, boolean topLevel) {
        if (schema == null) {
            return null;
        }
        JsonNode resolved = spec.resolve(schema);
        if (resolved.has("items")) {
            return resolved.get("items");
        }
        // A top-level list parameter of a body like {"items": [...]}: the envelope's items.
        JsonNode items = spec.properties(resolved).get("items");
        return topLevel && items != null ? spec.resolve(items).get("items") : null;
    }

    private Object[] arguments(Method method) {
        Parameter[] parameters = method.getParameters();
        Object[] arguments = new Object[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            arguments[i] = value(parameters[i].getParameterizedType(), parameters[i].getName(), null, false);
        }
        return arguments;
    }

    /** A public static method returning {@code raw}, with the fewest parameters. */
    private static Method factory(Class<?> raw) {
        return Arrays.stream(raw.getMethods())
                .filter(m -> Modifier.isStatic(m.getModifiers()) && m.getReturnType() == raw)
                .min(Comparator.comparingInt(Method::getParameterCount).thenComparing(Method::getName))
                .orElse(null);
    }

    private static Method staticMethod(Class<?> type, String name, Class<?>... parameters) {
        Method method = method(type, name, parameters);
        return method != null && Modifier.isStatic(method.getModifiers()) ? method : null;
    }

    private static Method method(Class<?> type, String name, Class<?>... parameters) {
        try {
            return type.getMethod(name, parameters);
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    private static Object invoke(Method method, Object target, Object... arguments) {
        try {
            method.setAccessible(true);
            return method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String singular(String name) {
        return name.endsWith("ies") ? name.substring(0, name.length() - 3) + "y"
                : name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
    }

    static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        if (type instanceof WildcardType w) {
            return raw(w.getUpperBounds()[0]);
        }
        return Object.class;
    }

    static Type typeArgument(Type type, int index) {
        if (type instanceof ParameterizedType p) {
            Type argument = p.getActualTypeArguments()[index];
            return argument instanceof WildcardType w ? w.getUpperBounds()[0] : argument;
        }
        return Object.class;
    }
}
