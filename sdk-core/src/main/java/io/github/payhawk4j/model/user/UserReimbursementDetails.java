package io.github.payhawk4j.model.user;

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
 * Where a user's expenses are reimbursed to ({@code IAccountUserReimbursementDetails}).
 *
 * <p>Immutable. Fields Payhawk sends that this SDK version does not know are kept in
 * {@link #additionalProperties()}; build one for a test with {@link #builder()}.
 */
@JsonDeserialize(builder = UserReimbursementDetails.Builder.class)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class UserReimbursementDetails {

    private final String accountHolder;
    private final String currency;
    @JsonIgnore
    private final Map<String, JsonNode> additionalProperties;

    private UserReimbursementDetails(Builder builder) {
        this.accountHolder = builder.accountHolder;
        this.currency = builder.currency;
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

    /** {@return the account holder name} */
    public String accountHolder() {
        return accountHolder;
    }

    /** {@return the reimbursement currency} */
    public String currency() {
        return currency;
    }

    /** Fields of the JSON object this SDK version has no accessor for, by name; empty if none. Immutable. */
    @JsonAnyGetter
    public Map<String, JsonNode> additionalProperties() {
        return additionalProperties;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof UserReimbursementDetails that
                && Objects.equals(accountHolder, that.accountHolder)
                && Objects.equals(currency, that.currency)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(accountHolder, currency, additionalProperties);
    }

    @Override
    public String toString() {
        return "UserReimbursementDetails{accountHolder=" + accountHolder
                + ", currency=" + currency
                + ", additionalProperties=" + additionalProperties + '}';
    }

    /** Builds {@link UserReimbursementDetails} objects; not thread-safe. Unset fields stay null (lists empty). */
    // Jackson reads JSON into the builder's fields: a reflective setter call per property would cost more.
    @JsonPOJOBuilder(withPrefix = "")
    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, setterVisibility = JsonAutoDetect.Visibility.NONE)
    public static final class Builder {
        private String accountHolder;
        private String currency;
        /** Null until the first additional property: most objects have none. */
        @JsonIgnore
        private Map<String, JsonNode> additionalProperties;

        private Builder() {
        }

        private Builder(UserReimbursementDetails source) {
            this.accountHolder = source.accountHolder;
            this.currency = source.currency;
            this.additionalProperties = source.additionalProperties.isEmpty() ? null
                    : new LinkedHashMap<>(source.additionalProperties);
        }

        /** Sets {@link UserReimbursementDetails#accountHolder()}: the account holder name. */
        public Builder accountHolder(String value) {
            this.accountHolder = value;
            return this;
        }

        /** Sets {@link UserReimbursementDetails#currency()}: the reimbursement currency. */
        public Builder currency(String value) {
            this.currency = value;
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

        /** The {@link UserReimbursementDetails}. */
        public UserReimbursementDetails build() {
            return new UserReimbursementDetails(this);
        }
    }
}
