package io.github.payhawk4j.model.expense;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.databind.node.NullNode;
import io.github.payhawk4j.model.ExternalLink;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A partial update of an expense, the body of {@code PATCH /expenses/{id}} ({@code IExpensePatch}).
 *
 * <p>A null field is not sent and leaves that part of the expense unchanged; an empty list is sent
 * as {@code []}. Immutable. Fields this SDK version has no setter for yet can be sent with
 * {@link Builder#putAdditionalProperty}.
 */
@JsonDeserialize(builder = ExpensePatch.Builder.class)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class ExpensePatch {

    private final List<ExternalLink> externalLinks;
    @JsonIgnore
    private final Map<String, JsonNode> additionalProperties;

    private ExpensePatch(Builder builder) {
        // Unlike response lists, null stays null: it means "leave unchanged" and is not sent.
        this.externalLinks = builder.externalLinks == null ? null : List.copyOf(builder.externalLinks);
        this.additionalProperties = builder.additionalProperties == null ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(builder.additionalProperties));
    }

    /** A patch that sets the expense's external links to {@code externalLinks}. */
    public static ExpensePatch externalLinks(List<ExternalLink> externalLinks) {
        return builder().externalLinks(List.copyOf(externalLinks)).build();
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this object's values, to build a changed copy. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** {@return links to external system records, replacing the expense's current ones; null leaves them unchanged} */
    public List<ExternalLink> externalLinks() {
        return externalLinks;
    }

    /** Fields of the JSON object this SDK version has no accessor for, by name; empty if none. Immutable. */
    @JsonAnyGetter
    public Map<String, JsonNode> additionalProperties() {
        return additionalProperties;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof ExpensePatch that && Objects.equals(externalLinks, that.externalLinks)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(externalLinks, additionalProperties);
    }

    @Override
    public String toString() {
        return "ExpensePatch{externalLinks=" + externalLinks + ", additionalProperties=" + additionalProperties + '}';
    }

    /** Builds {@link ExpensePatch} objects; not thread-safe. Unset fields stay null (lists empty). */
    // Jackson reads JSON into the builder's fields: a reflective setter call per property would cost more.
    @JsonPOJOBuilder(withPrefix = "")
    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, setterVisibility = JsonAutoDetect.Visibility.NONE)
    public static final class Builder {
        private List<ExternalLink> externalLinks;
        /** Null until the first additional property: most objects have none. */
        @JsonIgnore
        private Map<String, JsonNode> additionalProperties;

        private Builder() {
        }

        private Builder(ExpensePatch source) {
            this.externalLinks = source.externalLinks;
            this.additionalProperties = source.additionalProperties.isEmpty() ? null
                    : new LinkedHashMap<>(source.additionalProperties);
        }

        /**
         * Sets {@link ExpensePatch#externalLinks()}: links to external system records, replacing the expense's current
         * ones; null to leave them.
         */
        public Builder externalLinks(List<ExternalLink> value) {
            this.externalLinks = value;
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

        /** The {@link ExpensePatch}. */
        public ExpensePatch build() {
            return new ExpensePatch(this);
        }
    }
}
