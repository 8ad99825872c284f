package io.github.payhawk4j.model.account;

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
 * A Payhawk account: usually one company ({@code IAccount}).
 *
 * <p>Immutable. Fields Payhawk sends that this SDK version does not know are kept in
 * {@link #additionalProperties()}; build one for a test with {@link #builder()}.
 */
@JsonDeserialize(builder = Account.Builder.class)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class Account {

    private final String id;
    private final String name;
    private final String uic;
    private final String vat;
    private final String baseCurrency;
    @JsonIgnore
    private final Map<String, JsonNode> additionalProperties;

    private Account(Builder builder) {
        this.id = builder.id;
        this.name = builder.name;
        this.uic = builder.uic;
        this.vat = builder.vat;
        this.baseCurrency = builder.baseCurrency;
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

    /** {@return unique identifier of the account} */
    public String id() {
        return id;
    }

    /** {@return name of the account, usually that of the company owning it} */
    public String name() {
        return name;
    }

    /** {@return unified identification code of the company} */
    public String uic() {
        return uic;
    }

    /** {@return company identifier for VAT purposes} */
    public String vat() {
        return vat;
    }

    /** {@return base currency of the account (ISO 4217 code)} */
    public String baseCurrency() {
        return baseCurrency;
    }

    /** Fields of the JSON object this SDK version has no accessor for, by name; empty if none. Immutable. */
    @JsonAnyGetter
    public Map<String, JsonNode> additionalProperties() {
        return additionalProperties;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Account that
                && Objects.equals(id, that.id)
                && Objects.equals(name, that.name)
                && Objects.equals(uic, that.uic)
                && Objects.equals(vat, that.vat)
                && Objects.equals(baseCurrency, that.baseCurrency)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, name, uic, vat, baseCurrency, additionalProperties);
    }

    @Override
    public String toString() {
        return "Account{id=" + id
                + ", name=" + name
                + ", uic=" + uic
                + ", vat=" + vat
                + ", baseCurrency=" + baseCurrency
                + ", additionalProperties=" + additionalProperties + '}';
    }

    /** Builds {@link Account} objects; not thread-safe. Unset fields stay null (lists empty). */
    // Jackson reads JSON into the builder's fields: a reflective setter call per property would cost more.
    @JsonPOJOBuilder(withPrefix = "")
    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, setterVisibility = JsonAutoDetect.Visibility.NONE)
    public static final class Builder {
        private String id;
        private String name;
        private String uic;
        private String vat;
        private String baseCurrency;
        /** Null until the first additional property: most objects have none. */
        @JsonIgnore
        private Map<String, JsonNode> additionalProperties;

        private Builder() {
        }

        private Builder(Account source) {
            this.id = source.id;
            this.name = source.name;
            this.uic = source.uic;
            this.vat = source.vat;
            this.baseCurrency = source.baseCurrency;
            this.additionalProperties = source.additionalProperties.isEmpty() ? null
                    : new LinkedHashMap<>(source.additionalProperties);
        }

        /** Sets {@link Account#id()}: unique identifier of the account. */
        public Builder id(String value) {
            this.id = value;
            return this;
        }

        /** Sets {@link Account#name()}: name of the account, usually that of the company owning it. */
        public Builder name(String value) {
            this.name = value;
            return this;
        }

        /** Sets {@link Account#uic()}: unified identification code of the company. */
        public Builder uic(String value) {
            this.uic = value;
            return this;
        }

        /** Sets {@link Account#vat()}: company identifier for VAT purposes. */
        public Builder vat(String value) {
            this.vat = value;
            return this;
        }

        /** Sets {@link Account#baseCurrency()}: base currency of the account (ISO 4217 code). */
        public Builder baseCurrency(String value) {
            this.baseCurrency = value;
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

        /** The {@link Account}. */
        public Account build() {
            return new Account(this);
        }
    }
}
