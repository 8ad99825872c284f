package io.github.payhawk4j.model.masterdata;

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
import java.util.Map;
import java.util.Objects;

/**
 * An account code of the list {@code PUT /account-codes} replaces the chart of accounts with
 * ({@code INewAccountCode}).
 *
 * <p>Immutable. {@link Builder#build()} refuses a missing {@code name} or {@code code}, as the API requires them, before
 * anything is sent.
 */
@JsonDeserialize(builder = NewAccountCode.Builder.class)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class NewAccountCode {

    private final String name;
    private final String code;
    private final String defaultTaxCode;
    @JsonIgnore
    private final Map<String, JsonNode> additionalProperties;

    private NewAccountCode(Builder builder) {
        this.name = Objects.requireNonNull(builder.name, "name");
        this.code = Objects.requireNonNull(builder.code, "code");
        this.defaultTaxCode = builder.defaultTaxCode;
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

    /** {@return name of the account code} */
    public String name() {
        return name;
    }

    /** {@return unique identifier of the account code} */
    public String code() {
        return code;
    }

    /** {@return default tax rate code for expenses with this account code} */
    public String defaultTaxCode() {
        return defaultTaxCode;
    }

    /** Fields of the JSON object this SDK version has no accessor for, by name; empty if none. Immutable. */
    @JsonAnyGetter
    public Map<String, JsonNode> additionalProperties() {
        return additionalProperties;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof NewAccountCode that
                && Objects.equals(name, that.name) && Objects.equals(code, that.code) && Objects.equals(defaultTaxCode, that.defaultTaxCode)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, code, defaultTaxCode, additionalProperties);
    }

    @Override
    public String toString() {
        return "NewAccountCode{name=" + name + ", code=" + code + ", defaultTaxCode=" + defaultTaxCode
                + ", additionalProperties=" + additionalProperties + '}';
    }

    /** Builds {@link NewAccountCode} objects; not thread-safe. Unset fields stay null. */
    // Jackson reads JSON into the builder's fields: a reflective setter call per property would cost more.
    @JsonPOJOBuilder(withPrefix = "")
    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, setterVisibility = JsonAutoDetect.Visibility.NONE)
    public static final class Builder {
        private String name;
        private String code;
        private String defaultTaxCode;
        /** Null until the first additional property: most objects have none. */
        @JsonIgnore
        private Map<String, JsonNode> additionalProperties;

        private Builder() {
        }

        private Builder(NewAccountCode source) {
            this.name = source.name;
            this.code = source.code;
            this.defaultTaxCode = source.defaultTaxCode;
            this.additionalProperties = source.additionalProperties.isEmpty() ? null
                    : new LinkedHashMap<>(source.additionalProperties);
        }

        /** Sets {@link NewAccountCode#name()}: name of the account code. */
        public Builder name(String value) {
            this.name = value;
            return this;
        }

        /** Sets {@link NewAccountCode#code()}: unique identifier of the account code. */
        public Builder code(String value) {
            this.code = value;
            return this;
        }

        /** Sets {@link NewAccountCode#defaultTaxCode()}: default tax rate code for expenses with this account code. */
        public Builder defaultTaxCode(String value) {
            this.defaultTaxCode = value;
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

        /**
         * The {@link NewAccountCode}.
         *
         * @throws NullPointerException if {@code name} or {@code code} was not set
         */
        public NewAccountCode build() {
            return new NewAccountCode(this);
        }
    }
}
