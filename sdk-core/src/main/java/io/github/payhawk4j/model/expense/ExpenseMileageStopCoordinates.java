package io.github.payhawk4j.model.expense;

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
 * The coordinates of a mileage route stop ({@code IExpenseMileageStopCoordinates}). The API sends them as
 * strings; they are kept as sent.
 *
 * <p>Immutable. Fields Payhawk sends that this SDK version does not know are kept in
 * {@link #additionalProperties()}; build one for a test with {@link #builder()}.
 */
@JsonDeserialize(builder = ExpenseMileageStopCoordinates.Builder.class)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class ExpenseMileageStopCoordinates {

    private final String latitude;
    private final String longitude;
    @JsonIgnore
    private final Map<String, JsonNode> additionalProperties;

    private ExpenseMileageStopCoordinates(Builder builder) {
        this.latitude = builder.latitude;
        this.longitude = builder.longitude;
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

    /** {@return the latitude of the given route stop} */
    public String latitude() {
        return latitude;
    }

    /** {@return the longitude of the given route stop} */
    public String longitude() {
        return longitude;
    }

    /** Fields of the JSON object this SDK version has no accessor for, by name; empty if none. Immutable. */
    @JsonAnyGetter
    public Map<String, JsonNode> additionalProperties() {
        return additionalProperties;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof ExpenseMileageStopCoordinates that
                && Objects.equals(latitude, that.latitude) && Objects.equals(longitude, that.longitude)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(latitude, longitude, additionalProperties);
    }

    @Override
    public String toString() {
        return "ExpenseMileageStopCoordinates{latitude=" + latitude + ", longitude=" + longitude
                + ", additionalProperties=" + additionalProperties + '}';
    }

    /** Builds {@link ExpenseMileageStopCoordinates} objects; not thread-safe. Unset fields stay null (lists empty). */
    // Jackson reads JSON into the builder's fields: a reflective setter call per property would cost more.
    @JsonPOJOBuilder(withPrefix = "")
    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, setterVisibility = JsonAutoDetect.Visibility.NONE)
    public static final class Builder {
        private String latitude;
        private String longitude;
        /** Null until the first additional property: most objects have none. */
        @JsonIgnore
        private Map<String, JsonNode> additionalProperties;

        private Builder() {
        }

        private Builder(ExpenseMileageStopCoordinates source) {
            this.latitude = source.latitude;
            this.longitude = source.longitude;
            this.additionalProperties = source.additionalProperties.isEmpty() ? null
                    : new LinkedHashMap<>(source.additionalProperties);
        }

        /** Sets {@link ExpenseMileageStopCoordinates#latitude()}: the latitude of the given route stop. */
        public Builder latitude(String value) {
            this.latitude = value;
            return this;
        }

        /** Sets {@link ExpenseMileageStopCoordinates#longitude()}: the longitude of the given route stop. */
        public Builder longitude(String value) {
            this.longitude = value;
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

        /** The {@link ExpenseMileageStopCoordinates}. */
        public ExpenseMileageStopCoordinates build() {
            return new ExpenseMileageStopCoordinates(this);
        }
    }
}
