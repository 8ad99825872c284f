package io.github.payhawk4j.spec;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.payhawk4j.model.OpenEnum;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static io.github.payhawk4j.spec.SampleArguments.raw;

/**
 * Whether the Java type an SDK method returns can carry every property of the operation's response schema: walks
 * the schema ({@code $ref}, {@code allOf}/{@code oneOf}/{@code anyOf}, arrays, nested objects) and the model classes
 * side by side, and reports each property the model has no accessor for, or holds in a type that cannot carry it
 * (a {@code double} for a number, a closed Java enum for an enum the API extends, a non-list for an array...).
 */
final class ModelCoverage {

    /**
     * Properties whose accessor is deliberately named otherwise, by {@code ModelSimpleName.property}, each with its
     * reason. Keep it short: an accessor is named as its JSON property unless the property's name is wrong.
     */
    static final Map<String, Alias> ALIASES = Map.of(
            "ExpenseMileageRate.accumulatedMilage", new Alias("accumulatedMileage",
                    "the spec misspells mileage; the field keeps the wire name with @JsonProperty(\"accumulatedMilage\")"));

    /** A deliberate rename: {@code accessor} carries the property, because {@code reason}. */
    record Alias(String accessor, String reason) {
    }

    private final OpenApiDocument spec;
    private int checked;
    private int unrepresentable;

    ModelCoverage(OpenApiDocument spec) {
        this.spec = spec;
    }

    /** What {@code returned}, the generic return type of the method bound to {@code operation}, cannot carry. */
    List<String> unrepresentable(OpenApiDocument.SpecOperation operation, Type returned) {
        List<String> findings = find(operation, returned);
        unrepresentable += findings.size();
        return findings;
    }

    private List<String> find(OpenApiDocument.SpecOperation operation, Type returned) {
        List<String> findings = new ArrayList<>();
        JsonNode schema = operation.responseSchema();
        Class<?> raw = raw(returned);
        String root = Optional.ofNullable(OpenApiDocument.refName(schema)).orElse("response");
        if (schema == null) {
            return findings;
        }
        if (raw == void.class || raw == Void.class) {
            spec.properties(schema).keySet().forEach(p -> findings.add(root + "." + p + ": the method returns void"));
            if (findings.isEmpty() && spec.type(schema) != null) {
                findings.add(root + ": a " + spec.type(schema) + ", and the method returns void");
            }
            return findings;
        }
        if (Iterable.class.isAssignableFrom(raw) && !isModel(raw)) {
            JsonNode resolved = spec.resolve(schema);
            Type element = SampleArguments.typeArgument(returned, 0);
            if ("array".equals(spec.type(resolved))) {
                check(root + "[]", resolved.get("items"), element, Map.of(), findings, new HashSet<>());
                return findings;
            }
            Map<String, JsonNode> envelope = spec.properties(resolved);
            JsonNode items = envelope.get("items");
            if (items == null || !"array".equals(spec.type(items))) {
                findings.add(root + ": the method returns a " + raw.getSimpleName() + " but the response is not a list");
                return findings;
            }
            check(root + ".items[]", spec.resolve(items).get("items"), element, Map.of(), findings, new HashSet<>());
            // total is read by the SDK's list reader, which refuses a list it could not return whole.
            envelope.keySet().stream().filter(p -> !p.equals("items") && !p.equals("total"))
                    .forEach(p -> findings.add(root + "." + p + ": dropped when the list envelope is unwrapped"));
            return findings;
        }
        check(root, schema, returned, Map.of(), findings, new HashSet<>());
        return findings;
    }

    private void check(String where, JsonNode declared, Type type, Map<String, Type> variables, List<String> findings,
                       Set<String> seen) {
        if (type instanceof TypeVariable<?> variable) {
            type = variables.getOrDefault(variable.getName(), Object.class);
        }
        Class<?> raw = raw(type);
        if (raw == Optional.class) {
            check(where, declared, SampleArguments.typeArgument(type, 0), variables, findings, seen);
            return;
        }
        if (raw == Object.class || raw == JsonNode.class) {
            return;
        }
        JsonNode schema = spec.resolve(declared);
        String jsonType = spec.type(schema);
        if (jsonType == null) {
            return;
        }
        String carried = type.getTypeName().replaceAll("[a-z0-9_]+\\.", "");
        switch (jsonType) {
            case "object" -> object(where, declared, type, raw, findings, seen);
            case "array" -> {
                if (!Collection.class.isAssignableFrom(raw)) {
                    findings.add(where + ": an array, held in a " + carried);
                } else {
                    check(where + "[]", schema.get("items"), SampleArguments.typeArgument(type, 0), variables, findings, seen);
                }
            }
            case "string" -> {
                String format = schema.path("format").asText("");
                boolean enumerated = schema.has("enum") || schema.path("oneOf").path(0).has("enum");
                boolean fits = raw == String.class || OpenEnum.class.isAssignableFrom(raw)
                        || format.equals("date-time") && (raw == Instant.class || raw == OffsetDateTime.class || raw == ZonedDateTime.class)
                        || format.equals("date") && raw == LocalDate.class;
                if (raw.isEnum()) {
                    findings.add(where + ": an enum Payhawk extends over time, held in the closed Java enum " + carried);
                } else if (!fits) {
                    findings.add(where + ": a string" + (format.isEmpty() ? "" : " (" + format + ")")
                            + (enumerated ? " enum" : "") + ", held in a " + carried);
                }
            }
            case "number" -> {
                if (raw != BigDecimal.class) {
                    findings.add(where + ": a number, held in a " + carried + " (BigDecimal keeps every digit and the scale)");
                }
            }
            case "integer" -> {
                if (!List.of(int.class, Integer.class, long.class, Long.class, BigInteger.class, BigDecimal.class).contains(raw)) {
                    findings.add(where + ": an integer, held in a " + carried);
                }
            }
            case "boolean" -> {
                if (raw != boolean.class && raw != Boolean.class) {
                    findings.add(where + ": a boolean, held in a " + carried);
                }
            }
            default -> findings.add(where + ": unknown schema type " + jsonType);
        }
    }

    private void object(String where, JsonNode declared, Type type, Class<?> raw, List<String> findings, Set<String> seen) {
        Map<String, JsonNode> properties = spec.properties(declared);
        if (properties.isEmpty()) {
            if (!Map.class.isAssignableFrom(raw) && !isModel(raw)) {
                findings.add(where + ": a free-form object, held in a " + raw.getSimpleName());
            }
            return;
        }
        if (!isModel(raw)) {
            findings.add(where + ": an object with properties " + properties.keySet() + ", held in a "
                    + raw.getSimpleName() + " that has no additionalProperties() to keep fields added later");
            return;
        }
        String visit = Optional.ofNullable(OpenApiDocument.refName(declared)).orElse(where) + " as " + type.getTypeName();
        if (!seen.add(visit)) {
            return;
        }
        Map<String, Type> variables = variables(type, raw);
        for (Map.Entry<String, JsonNode> property : properties.entrySet()) {
            String name = property.getKey();
            String path = where + "." + name;
            checked++;
            Method accessor = accessor(raw, name);
            if (accessor == null) {
                findings.add(path + ": " + raw.getSimpleName() + " has no accessor " + name + "()"
                        + (ALIASES.containsKey(raw.getSimpleName() + "." + name) ? " (nor its alias)" : ""));
            } else if (spec.isObjectCount(name, property.getValue())) {
                // A list's total is a count of objects (see OpenApiDocument#isObjectCount), not an amount.
                Class<?> count = raw(accessor.getGenericReturnType());
                if (!List.of(int.class, Integer.class, long.class, Long.class, BigInteger.class).contains(count)) {
                    findings.add(path + ": a count of objects, held in a " + count.getSimpleName());
                }
            } else {
                check(path, property.getValue(), accessor.getGenericReturnType(), variables, findings, seen);
            }
        }
    }

    /** How many properties the checks so far found a model cannot carry. */
    int unrepresentableProperties() {
        return unrepresentable;
    }

    /** How many properties the checks so far have looked at, nested ones included. */
    int checkedProperties() {
        return checked;
    }

    /** The public no-argument method carrying {@code property}: named as it, or as its alias. */
    static Method accessor(Class<?> model, String property) {
        Alias alias = ALIASES.get(model.getSimpleName() + "." + property);
        String name = alias != null ? alias.accessor() : property;
        try {
            Method method = model.getMethod(name);
            return Modifier.isStatic(method.getModifiers()) ? null : method;
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    /** The JSON property the accessor {@code accessor} of {@code model} carries: its name, unless it is an alias. */
    static String property(Class<?> model, String accessor) {
        String prefix = model.getSimpleName() + ".";
        return ALIASES.entrySet().stream()
                .filter(alias -> alias.getKey().startsWith(prefix) && alias.getValue().accessor().equals(accessor))
                .map(alias -> alias.getKey().substring(prefix.length()))
                .findFirst().orElse(accessor);
    }

    /** A model class: it keeps the fields this SDK version does not know. */
    static boolean isModel(Class<?> type) {
        try {
            return Map.class.isAssignableFrom(type.getMethod("additionalProperties").getReturnType());
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    private static Map<String, Type> variables(Type type, Class<?> raw) {
        if (!(type instanceof ParameterizedType parameterized)) {
            return Map.of();
        }
        Map<String, Type> variables = new java.util.HashMap<>();
        TypeVariable<?>[] declared = raw.getTypeParameters();
        for (int i = 0; i < declared.length; i++) {
            variables.put(declared[i].getName(), parameterized.getActualTypeArguments()[i]);
        }
        return variables;
    }
}
