package io.github.payhawk4j.model.webhook;

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
 * A webhook subscription to create, the body of {@code POST /webhooks} ({@code INewWebhookSubscription}).
 *
 * <p>Immutable; both fields are required, as the API requires them.
 */
@JsonDeserialize(builder = NewWebhookSubscription.Builder.class)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class NewWebhookSubscription {

    private final EventType eventType;
    private final String callbackUrl;
    @JsonIgnore
    private final Map<String, JsonNode> additionalProperties;

    private NewWebhookSubscription(Builder builder) {
        this.eventType = Objects.requireNonNull(builder.eventType, "eventType");
        this.callbackUrl = Objects.requireNonNull(builder.callbackUrl, "callbackUrl");
        this.additionalProperties = builder.additionalProperties == null ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(builder.additionalProperties));
    }

    /** A subscription delivering {@code eventType} events to {@code callbackUrl}. */
    public static NewWebhookSubscription of(EventType eventType, String callbackUrl) {
        return builder().eventType(eventType).callbackUrl(callbackUrl).build();
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this object's values, to build a changed copy. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** {@return type of event to subscribe to} */
    public EventType eventType() {
        return eventType;
    }

    /** {@return where Payhawk delivers the events; Payhawk requires an HTTPS URL} */
    public String callbackUrl() {
        return callbackUrl;
    }

    /** Fields of the JSON object this SDK version has no accessor for, by name; empty if none. Immutable. */
    @JsonAnyGetter
    public Map<String, JsonNode> additionalProperties() {
        return additionalProperties;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof NewWebhookSubscription that
                && Objects.equals(eventType, that.eventType) && Objects.equals(callbackUrl, that.callbackUrl)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(eventType, callbackUrl, additionalProperties);
    }

    @Override
    public String toString() {
        return "NewWebhookSubscription{eventType=" + eventType + ", callbackUrl=" + callbackUrl
                + ", additionalProperties=" + additionalProperties + '}';
    }

    /** Builds {@link NewWebhookSubscription} objects; not thread-safe. Unset fields stay null (lists empty). */
    // Jackson reads JSON into the builder's fields: a reflective setter call per property would cost more.
    @JsonPOJOBuilder(withPrefix = "")
    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, setterVisibility = JsonAutoDetect.Visibility.NONE)
    public static final class Builder {
        private EventType eventType;
        private String callbackUrl;
        /** Null until the first additional property: most objects have none. */
        @JsonIgnore
        private Map<String, JsonNode> additionalProperties;

        private Builder() {
        }

        private Builder(NewWebhookSubscription source) {
            this.eventType = source.eventType;
            this.callbackUrl = source.callbackUrl;
            this.additionalProperties = source.additionalProperties.isEmpty() ? null
                    : new LinkedHashMap<>(source.additionalProperties);
        }

        /** Sets {@link NewWebhookSubscription#eventType()}: type of event to subscribe to. */
        public Builder eventType(EventType value) {
            this.eventType = value;
            return this;
        }

        /**
         * Sets {@link NewWebhookSubscription#callbackUrl()}: where Payhawk delivers the events; Payhawk requires an
         * HTTPS URL.
         */
        public Builder callbackUrl(String value) {
            this.callbackUrl = value;
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
         * The {@link NewWebhookSubscription}.
         *
         * @throws NullPointerException if the event type or the callback URL was not set
         */
        public NewWebhookSubscription build() {
            return new NewWebhookSubscription(this);
        }
    }
}
