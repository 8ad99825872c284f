package io.github.payhawk4j.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.databind.node.NullNode;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One page of a list response: {@code {"items": [...], "total": N}}.
 *
 * <p>Immutable. Fields Payhawk sends that this SDK version does not know are kept in
 * {@link #additionalProperties()}; build one for a test with {@link #of} or {@link #builder()}.
 *
 * @param <T> the type of the listed objects
 */
@JsonDeserialize(builder = Page.Builder.class)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class Page<T> {

    private final List<T> items;
    private final long total;
    @JsonIgnore
    private final Map<String, JsonNode> additionalProperties;

    private Page(Builder<T> builder) {
        this.items = builder.items == null ? List.of() : List.copyOf(builder.items);
        this.total = builder.total;
        this.additionalProperties = builder.additionalProperties == null ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(builder.additionalProperties));
    }

    /** A page holding {@code items} out of {@code total} matching objects. */
    public static <T> Page<T> of(List<T> items, long total) {
        return Page.<T>builder().items(items).total(total).build();
    }

    /** A builder with nothing set. */
    public static <T> Builder<T> builder() {
        return new Builder<>();
    }

    /** A builder holding this page's values, to build a changed copy. */
    public Builder<T> toBuilder() {
        return new Builder<>(this);
    }

    /** {@return the objects on this page; never null} */
    public List<T> items() {
        return items;
    }

    /** {@return how many objects match in all pages together, not just on this one} */
    public long total() {
        return total;
    }

    /** Fields of the JSON object this SDK version has no accessor for, by name; empty if none. Immutable. */
    @JsonAnyGetter
    public Map<String, JsonNode> additionalProperties() {
        return additionalProperties;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Page<?> that && items.equals(that.items) && total == that.total
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(items, total, additionalProperties);
    }

    @Override
    public String toString() {
        return "Page{items=" + items + ", total=" + total + ", additionalProperties=" + additionalProperties + '}';
    }

    /**
     * Builds {@link Page} objects; not thread-safe.
     *
     * @param <T> the type of the listed objects
     */
    // Jackson reads JSON into the builder's fields: a reflective setter call per property would cost more.
    @JsonPOJOBuilder(withPrefix = "")
    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, setterVisibility = JsonAutoDetect.Visibility.NONE)
    public static final class Builder<T> {
        private List<T> items;
        private long total;
        /** Null until the first additional property: most objects have none. */
        @JsonIgnore
        private Map<String, JsonNode> additionalProperties;

        private Builder() {
        }

        private Builder(Page<T> source) {
            this.items = source.items;
            this.total = source.total;
            this.additionalProperties = source.additionalProperties.isEmpty() ? null
                    : new LinkedHashMap<>(source.additionalProperties);
        }

        /** Sets {@link Page#items()}: the objects on this page. */
        public Builder<T> items(List<T> value) {
            this.items = value;
            return this;
        }

        /** Sets {@link Page#total()}: how many objects match in all pages together. */
        public Builder<T> total(long value) {
            this.total = value;
            return this;
        }

        /** Adds a field this SDK version has no setter for, as the JSON would carry it; null means JSON null. */
        @JsonAnySetter
        public Builder<T> putAdditionalProperty(String name, JsonNode value) {
            if (additionalProperties == null) {
                additionalProperties = new LinkedHashMap<>();
            }
            additionalProperties.put(Objects.requireNonNull(name, "name"), value == null ? NullNode.getInstance() : value);
            return this;
        }

        /** The {@link Page}. */
        public Page<T> build() {
            return new Page<>(this);
        }
    }
}
