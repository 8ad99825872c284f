package io.github.payhawk4j.model.card;

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
 * A postal address, e.g. where a physical card is delivered ({@code IAddress}).
 *
 * <p>Immutable. Fields Payhawk sends that this SDK version does not know are kept in
 * {@link #additionalProperties()}; build one for a test with {@link #builder()}.
 */
@JsonDeserialize(builder = Address.Builder.class)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class Address {

    private final String address;
    private final String address2;
    private final String country;
    private final String city;
    private final String state;
    private final String postalCode;
    @JsonIgnore
    private final Map<String, JsonNode> additionalProperties;

    private Address(Builder builder) {
        this.address = builder.address;
        this.address2 = builder.address2;
        this.country = builder.country;
        this.city = builder.city;
        this.state = builder.state;
        this.postalCode = builder.postalCode;
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

    /** {@return the first address line} */
    public String address() {
        return address;
    }

    /** {@return the second address line} */
    public String address2() {
        return address2;
    }

    /** {@return the country code (ISO 3166-1 alpha-2, e.g. {@code BG})} */
    public String country() {
        return country;
    }

    /** {@return the city} */
    public String city() {
        return city;
    }

    /** {@return the state} */
    public String state() {
        return state;
    }

    /** {@return the postal code} */
    public String postalCode() {
        return postalCode;
    }

    /** Fields of the JSON object this SDK version has no accessor for, by name; empty if none. Immutable. */
    @JsonAnyGetter
    public Map<String, JsonNode> additionalProperties() {
        return additionalProperties;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Address that
                && Objects.equals(address, that.address)
                && Objects.equals(address2, that.address2)
                && Objects.equals(country, that.country)
                && Objects.equals(city, that.city)
                && Objects.equals(state, that.state)
                && Objects.equals(postalCode, that.postalCode)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(address, address2, country, city, state, postalCode, additionalProperties);
    }

    @Override
    public String toString() {
        return "Address{address=" + address
                + ", address2=" + address2
                + ", country=" + country
                + ", city=" + city
                + ", state=" + state
                + ", postalCode=" + postalCode
                + ", additionalProperties=" + additionalProperties + '}';
    }

    /** Builds {@link Address} objects; not thread-safe. Unset fields stay null (lists empty). */
    // Jackson reads JSON into the builder's fields: a reflective setter call per property would cost more.
    @JsonPOJOBuilder(withPrefix = "")
    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, setterVisibility = JsonAutoDetect.Visibility.NONE)
    public static final class Builder {
        private String address;
        private String address2;
        private String country;
        private String city;
        private String state;
        private String postalCode;
        /** Null until the first additional property: most objects have none. */
        @JsonIgnore
        private Map<String, JsonNode> additionalProperties;

        private Builder() {
        }

        private Builder(Address source) {
            this.address = source.address;
            this.address2 = source.address2;
            this.country = source.country;
            this.city = source.city;
            this.state = source.state;
            this.postalCode = source.postalCode;
            this.additionalProperties = source.additionalProperties.isEmpty() ? null
                    : new LinkedHashMap<>(source.additionalProperties);
        }

        /** Sets {@link Address#address()}: the first address line. */
        public Builder address(String value) {
            this.address = value;
            return this;
        }

        /** Sets {@link Address#address2()}: the second address line. */
        public Builder address2(String value) {
            this.address2 = value;
            return this;
        }

        /** Sets {@link Address#country()}: the country code (ISO 3166-1 alpha-2, e.g. {@code BG}). */
        public Builder country(String value) {
            this.country = value;
            return this;
        }

        /** Sets {@link Address#city()}: the city. */
        public Builder city(String value) {
            this.city = value;
            return this;
        }

        /** Sets {@link Address#state()}: the state. */
        public Builder state(String value) {
            this.state = value;
            return this;
        }

        /** Sets {@link Address#postalCode()}: the postal code. */
        public Builder postalCode(String value) {
            this.postalCode = value;
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

        /** The {@link Address}. */
        public Address build() {
            return new Address(this);
        }
    }
}
