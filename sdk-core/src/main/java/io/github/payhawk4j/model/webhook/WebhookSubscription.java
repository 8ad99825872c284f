package io.github.payhawk4j.model.webhook;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.databind.node.NullNode;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A webhook subscription: which event type is delivered to which callback URL ({@code IWebhookSubscription}).
 *
 * <p>Immutable. Fields Payhawk sends that this SDK version does not know are kept in
 * {@link #additionalProperties()}; build one for a test with {@link #builder()}.
 */
@JsonDeserialize(builder = WebhookSubscription.Builder.class)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class WebhookSubscription {

    private final EventType eventType;
    private final String callbackUrl;
    private final String id;
    private final Instant createdAt;
    private final WebhookSubscriptionStatus status;
    @JsonIgnore
    private final Map<String, JsonNode> additionalProperties;

    private WebhookSubscription(Builder builder) {
        this.eventType = builder.eventType;
        this.callbackUrl = builder.callbackUrl;
        this.id = builder.id;
        this.createdAt = builder.createdAt;
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

    /** {@return type of the events delivered} */
    public EventType eventType() {
        return eventType;
    }

    /** {@return where Payhawk delivers the events (an HTTPS URL)} */
    public String callbackUrl() {
        return callbackUrl;
    }

    /** {@return unique identifier of the webhook subscription} */
    public String id() {
        return id;
    }

    /** {@return creation date of the webhook subscription} */
    public Instant createdAt() {
        return createdAt;
    }

    /** {@return status of the webhook subscription} */
    public WebhookSubscriptionStatus status() {
        return status;
    }

    /** Fields of the JSON object this SDK version has no accessor for, by name; empty if none. Immutable. */
    @JsonAnyGetter
    public Map<String, JsonNode> additionalProperties() {
        return additionalProperties;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof WebhookSubscription that && Objects.equals(eventType, that.eventType)
                && Objects.equals(callbackUrl, that.callbackUrl) && Objects.equals(id, that.id)
                && Objects.equals(createdAt, that.createdAt) && Objects.equals(status, that.status)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(eventType, callbackUrl, id, createdAt, status, additionalProperties);
    }

    @Override
    public String toString() {
        return "WebhookSubscription{eventType=" + eventType + ", callbackUrl=" + callbackUrl + ", id=" + id
                + ", createdAt=" + createdAt + ", status=" + status
                + ", additionalProperties=" + additionalProperties + '}';
    }

    /** Builds {@link WebhookSubscription} objects; not thread-safe. Unset fields stay null (lists empty). */
    // Jackson reads JSON into the builder's fields: a reflective setter call per property would cost more.
    @JsonPOJOBuilder(withPrefix = "")
    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, setterVisibility = JsonAutoDetect.Visibility.NONE)
    public static final class Builder {
        private EventType eventType;
        private String callbackUrl;
        private String id;
        private Instant createdAt;
        private WebhookSubscriptionStatus status;
        /** Null until the first additional property: most objects have none. */
        @JsonIgnore
        private Map<String, JsonNode> additionalProperties;

        private Builder() {
        }

        private Builder(WebhookSubscription source) {
            this.eventType = source.eventType;
            this.callbackUrl = source.callbackUrl;
            this.id = source.id;
            this.createdAt = source.createdAt;
            this.status = source.status;
            this.additionalProperties = source.additionalProperties.isEmpty() ? null
                    : new LinkedHashMap<>(source.additionalProperties);
        }

        /** Sets {@link WebhookSubscription#eventType()}: type of the events delivered. */
        public Builder eventType(EventType value) {
            this.eventType = value;
            return this;
        }

        /** Sets {@link WebhookSubscription#callbackUrl()}: where Payhawk delivers the events (an HTTPS URL). */
        public Builder callbackUrl(String value) {
            this.callbackUrl = value;
            return this;
        }

        /** Sets {@link WebhookSubscription#id()}: unique identifier of the webhook subscription. */
        public Builder id(String value) {
            this.id = value;
            return this;
        }

        /** Sets {@link WebhookSubscription#createdAt()}: creation date of the webhook subscription. */
        public Builder createdAt(Instant value) {
            this.createdAt = value;
            return this;
        }

        /** Sets {@link WebhookSubscription#status()}: status of the webhook subscription. */
        public Builder status(WebhookSubscriptionStatus value) {
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

        /** The {@link WebhookSubscription}. */
        public WebhookSubscription build() {
            return new WebhookSubscription(this);
        }
    }
}
