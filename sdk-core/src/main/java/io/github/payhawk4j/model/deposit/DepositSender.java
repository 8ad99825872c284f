package io.github.payhawk4j.model.deposit;

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
 * Who sent a fund account deposit ({@code IDepositSender}).
 *
 * <p>Immutable. Fields Payhawk sends that this SDK version does not know are kept in
 * {@link #additionalProperties()}; build one for a test with {@link #builder()}.
 */
@JsonDeserialize(builder = DepositSender.Builder.class)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class DepositSender {

    private final String name;
    private final String iban;
    private final String accountNumber;
    private final String swiftCode;
    private final String sortCode;
    @JsonIgnore
    private final Map<String, JsonNode> additionalProperties;

    private DepositSender(Builder builder) {
        this.name = builder.name;
        this.iban = builder.iban;
        this.accountNumber = builder.accountNumber;
        this.swiftCode = builder.swiftCode;
        this.sortCode = builder.sortCode;
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

    /** {@return name of the sender} */
    public String name() {
        return name;
    }

    /** {@return IBAN of the sender} */
    public String iban() {
        return iban;
    }

    /** {@return account identifier of the sender} */
    public String accountNumber() {
        return accountNumber;
    }

    /** {@return swift code of sender's bank} */
    public String swiftCode() {
        return swiftCode;
    }

    /** {@return sort code of sender's bank} */
    public String sortCode() {
        return sortCode;
    }

    /** Fields of the JSON object this SDK version has no accessor for, by name; empty if none. Immutable. */
    @JsonAnyGetter
    public Map<String, JsonNode> additionalProperties() {
        return additionalProperties;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof DepositSender that && Objects.equals(name, that.name)
                && Objects.equals(iban, that.iban) && Objects.equals(accountNumber, that.accountNumber)
                && Objects.equals(swiftCode, that.swiftCode) && Objects.equals(sortCode, that.sortCode)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, iban, accountNumber, swiftCode, sortCode, additionalProperties);
    }

    @Override
    public String toString() {
        return "DepositSender{name=" + name + ", iban=" + iban + ", accountNumber=" + accountNumber
                + ", swiftCode=" + swiftCode + ", sortCode=" + sortCode
                + ", additionalProperties=" + additionalProperties + '}';
    }

    /** Builds {@link DepositSender} objects; not thread-safe. Unset fields stay null (lists empty). */
    // Jackson reads JSON into the builder's fields: a reflective setter call per property would cost more.
    @JsonPOJOBuilder(withPrefix = "")
    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, setterVisibility = JsonAutoDetect.Visibility.NONE)
    public static final class Builder {
        private String name;
        private String iban;
        private String accountNumber;
        private String swiftCode;
        private String sortCode;
        /** Null until the first additional property: most objects have none. */
        @JsonIgnore
        private Map<String, JsonNode> additionalProperties;

        private Builder() {
        }

        private Builder(DepositSender source) {
            this.name = source.name;
            this.iban = source.iban;
            this.accountNumber = source.accountNumber;
            this.swiftCode = source.swiftCode;
            this.sortCode = source.sortCode;
            this.additionalProperties = source.additionalProperties.isEmpty() ? null
                    : new LinkedHashMap<>(source.additionalProperties);
        }

        /** Sets {@link DepositSender#name()}: name of the sender. */
        public Builder name(String value) {
            this.name = value;
            return this;
        }

        /** Sets {@link DepositSender#iban()}: IBAN of the sender. */
        public Builder iban(String value) {
            this.iban = value;
            return this;
        }

        /** Sets {@link DepositSender#accountNumber()}: account identifier of the sender. */
        public Builder accountNumber(String value) {
            this.accountNumber = value;
            return this;
        }

        /** Sets {@link DepositSender#swiftCode()}: swift code of sender's bank. */
        public Builder swiftCode(String value) {
            this.swiftCode = value;
            return this;
        }

        /** Sets {@link DepositSender#sortCode()}: sort code of sender's bank. */
        public Builder sortCode(String value) {
            this.sortCode = value;
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

        /** The {@link DepositSender}. */
        public DepositSender build() {
            return new DepositSender(this);
        }
    }
}
