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
import java.util.Map;
import java.util.Objects;

/**
 * A link from a Payhawk object to the matching record in an external system, e.g. the document an ERP
 * booked an expense as ({@code IExternalLink}).
 *
 * <p>Immutable. Fields Payhawk sends that this SDK version does not know are kept in
 * {@link #additionalProperties()}; build one for a test with {@link #builder()}.
 */
@JsonDeserialize(builder = ExternalLink.Builder.class)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class ExternalLink {

    private final String title;
    private final String url;
    @JsonIgnore
    private final Map<String, JsonNode> additionalProperties;

    private ExternalLink(Builder builder) {
        this.title = builder.title;
        this.url = builder.url;
        this.additionalProperties = builder.additionalProperties == null ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(builder.additionalProperties));
    }

    /** A link titled {@code title} to {@code url}; both are required by the API. */
    public static ExternalLink of(String title, String url) {
        return builder().title(Objects.requireNonNull(title, "title")).url(Objects.requireNonNull(url, "url")).build();
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this object's values, to build a changed copy. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** {@return title of the external link, shown in Payhawk} */
    public String title() {
        return title;
    }

    /** {@return URL of the external link} */
    public String url() {
        return url;
    }

    /** Fields of the JSON object this SDK version has no accessor for, by name; empty if none. Immutable. */
    @JsonAnyGetter
    public Map<String, JsonNode> additionalProperties() {
        return additionalProperties;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof ExternalLink that && Objects.equals(title, that.title)
                && Objects.equals(url, that.url) && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(title, url, additionalProperties);
    }

    @Override
    public String toString() {
        return "ExternalLink{title=" + title + ", url=" + url + ", additionalProperties=" + additionalProperties + '}';
    }

    /** Builds {@link ExternalLink} objects; not thread-safe. Unset fields stay null (lists empty). */
    // Jackson reads JSON into the builder's fields: a reflective setter call per property would cost more.
    @JsonPOJOBuilder(withPrefix = "")
    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, setterVisibility = JsonAutoDetect.Visibility.NONE)
    public static final class Builder {
        private String title;
        private String url;
        /** Null until the first additional property: most objects have none. */
        @JsonIgnore
        private Map<String, JsonNode> additionalProperties;

        private Builder() {
        }

        private Builder(ExternalLink source) {
            this.title = source.title;
            this.url = source.url;
            this.additionalProperties = source.additionalProperties.isEmpty() ? null
                    : new LinkedHashMap<>(source.additionalProperties);
        }

        /** Sets {@link ExternalLink#title()}: title of the external link, shown in Payhawk. */
        public Builder title(String value) {
            this.title = value;
            return this;
        }

        /** Sets {@link ExternalLink#url()}: URL of the external link. */
        public Builder url(String value) {
            this.url = value;
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

        /** The {@link ExternalLink}. */
        public ExternalLink build() {
            return new ExternalLink(this);
        }
    }
}
