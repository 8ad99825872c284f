package io.github.payhawk4j.model.expense;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.databind.node.NullNode;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The category an expense is booked under ({@code IExpenseCategory}).
 *
 * <p>Immutable. Fields Payhawk sends that this SDK version does not know are kept in
 * {@link #additionalProperties()}; build one for a test with {@link #builder()}.
 */
@JsonDeserialize(builder = ExpenseCategory.Builder.class)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class ExpenseCategory {

    private final String id;
    private final String name;
    private final String fullName;
    private final String parentId;
    private final Instant createdAt;
    @JsonIgnore
    private final Map<String, JsonNode> additionalProperties;

    private ExpenseCategory(Builder builder) {
        this.id = builder.id;
        this.name = builder.name;
        this.fullName = builder.fullName;
        this.parentId = builder.parentId;
        this.createdAt = builder.createdAt;
        this.additionalProperties = builder.additionalProperties == null ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(builder.additionalProperties));
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this object's values, to build a changed copy. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** {@return unique identifier of the category} */
    public String id() {
        return id;
    }

    /** {@return name of the category} */
    public String name() {
        return name;
    }

    /** {@return the full name of the category including its parent, e.g. {@code Travel / Taxis}} */
    public String fullName() {
        return fullName;
    }

    /** {@return identifier of the parent category} */
    public String parentId() {
        return parentId;
    }

    /** {@return date the category was created} */
    public Instant createdAt() {
        return createdAt;
    }

    /** Fields of the JSON object this SDK version has no accessor for, by name; empty if none. Immutable. */
    @JsonAnyGetter
    public Map<String, JsonNode> additionalProperties() {
        return additionalProperties;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof ExpenseCategory that && Objects.equals(id, that.id)
                && Objects.equals(name, that.name) && Objects.equals(fullName, that.fullName)
                && Objects.equals(parentId, that.parentId) && Objects.equals(createdAt, that.createdAt)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, name, fullName, parentId, createdAt, additionalProperties);
    }

    @Override
    public String toString() {
        return "ExpenseCategory{id=" + id + ", name=" + name + ", fullName=" + fullName + ", parentId=" + parentId
                + ", createdAt=" + createdAt + ", additionalProperties=" + additionalProperties + '}';
    }

    /** Builds {@link ExpenseCategory} objects; not thread-safe. Unset fields stay null (lists empty). */
    // Jackson reads JSON into the builder's fields: a reflective setter call per property would cost more.
    @JsonPOJOBuilder(withPrefix = "")
    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, setterVisibility = JsonAutoDetect.Visibility.NONE)
    public static final class Builder {
        private String id;
        private String name;
        private String fullName;
        private String parentId;
        private Instant createdAt;
        /** Null until the first additional property: most objects have none. */
        @JsonIgnore
        private Map<String, JsonNode> additionalProperties;

        private Builder() {
        }

        private Builder(ExpenseCategory source) {
            this.id = source.id;
            this.name = source.name;
            this.fullName = source.fullName;
            this.parentId = source.parentId;
            this.createdAt = source.createdAt;
            this.additionalProperties = source.additionalProperties.isEmpty() ? null
                    : new LinkedHashMap<>(source.additionalProperties);
        }

        /** Sets {@link ExpenseCategory#id()}: unique identifier of the category. */
        public Builder id(String value) {
            this.id = value;
            return this;
        }

        /** Sets {@link ExpenseCategory#name()}: name of the category. */
        public Builder name(String value) {
            this.name = value;
            return this;
        }

        /**
         * Sets {@link ExpenseCategory#fullName()}: the full name of the category including its parent, e.g. {@code
         * Travel / Taxis}.
         */
        public Builder fullName(String value) {
            this.fullName = value;
            return this;
        }

        /** Sets {@link ExpenseCategory#parentId()}: identifier of the parent category. */
        public Builder parentId(String value) {
            this.parentId = value;
            return this;
        }

        /** Sets {@link ExpenseCategory#createdAt()}: date the category was created. */
        public Builder createdAt(Instant value) {
            this.createdAt = value;
            return this;
        }

        /** Adds a field this SDK version has no setter for, as the JSON would carry it; null means JSON null. */
        @JsonAnySetter
        public Builder putAdditionalProperty(String name, JsonNode value) {
            if (additionalProperties == null) {
                additionalProperties = new LinkedHashMap<>();
            }
            additionalProperties.put(Objects.requireNonNull(name, "name"), value == null ? NullNode.getInstance() : value);
            return this;
        }

        /** The {@link ExpenseCategory}. */
        public ExpenseCategory build() {
            return new ExpenseCategory(this);
        }
    }
}
