package io.github.payhawk4j.model.fundaccount;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.databind.node.NullNode;
import io.github.payhawk4j.model.FundAccountType;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A Payhawk fund account, from which cards and payments spend ({@code IFundAccount}).
 *
 * <p>Immutable. Fields Payhawk sends that this SDK version does not know are kept in
 * {@link #additionalProperties()}; build one for a test with {@link #builder()}.
 */
@JsonDeserialize(builder = FundAccount.Builder.class)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class FundAccount {

    private final String id;
    private final String currency;
    private final FundAccountType type;
    private final FundAccountStatus status;
    @JsonIgnore
    private final Map<String, JsonNode> additionalProperties;

    private FundAccount(Builder builder) {
        this.id = builder.id;
        this.currency = builder.currency;
        this.type = builder.type;
        this.status = builder.status;
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

    /** {@return unique identifier of the fund account} */
    public String id() {
        return id;
    }

    /** {@return currency of the fund account (ISO 4217 code)} */
    public String currency() {
        return currency;
    }

    /** {@return type of the fund account, for example debit or credit} */
    public FundAccountType type() {
        return type;
    }

    /** {@return status of the fund account} */
    public FundAccountStatus status() {
        return status;
    }

    /** Fields of the JSON object this SDK version has no accessor for, by name; empty if none. Immutable. */
    @JsonAnyGetter
    public Map<String, JsonNode> additionalProperties() {
        return additionalProperties;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof FundAccount that
                && Objects.equals(id, that.id)
                && Objects.equals(currency, that.currency)
                && Objects.equals(type, that.type)
                && Objects.equals(status, that.status)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, currency, type, status, additionalProperties);
    }

    @Override
    public String toString() {
        return "FundAccount{id=" + id
                + ", currency=" + currency
                + ", type=" + type
                + ", status=" + status
                + ", additionalProperties=" + additionalProperties + '}';
    }

    /** Builds {@link FundAccount} objects; not thread-safe. Unset fields stay null (lists empty). */
    // Jackson reads JSON into the builder's fields: a reflective setter call per property would cost more.
    @JsonPOJOBuilder(withPrefix = "")
    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, setterVisibility = JsonAutoDetect.Visibility.NONE)
    public static final class Builder {
        private String id;
        private String currency;
        private FundAccountType type;
        private FundAccountStatus status;
        /** Null until the first additional property: most objects have none. */
        @JsonIgnore
        private Map<String, JsonNode> additionalProperties;

        private Builder() {
        }

        private Builder(FundAccount source) {
            this.id = source.id;
            this.currency = source.currency;
            this.type = source.type;
            this.status = source.status;
            this.additionalProperties = source.additionalProperties.isEmpty() ? null
                    : new LinkedHashMap<>(source.additionalProperties);
        }

        /** Sets {@link FundAccount#id()}: unique identifier of the fund account. */
        public Builder id(String value) {
            this.id = value;
            return this;
        }

        /** Sets {@link FundAccount#currency()}: currency of the fund account (ISO 4217 code). */
        public Builder currency(String value) {
            this.currency = value;
            return this;
        }

        /** Sets {@link FundAccount#type()}: type of the fund account, for example debit or credit. */
        public Builder type(FundAccountType value) {
            this.type = value;
            return this;
        }

        /** Sets {@link FundAccount#status()}: status of the fund account. */
        public Builder status(FundAccountStatus value) {
            this.status = value;
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

        /** The {@link FundAccount}. */
        public FundAccount build() {
            return new FundAccount(this);
        }
    }
}
