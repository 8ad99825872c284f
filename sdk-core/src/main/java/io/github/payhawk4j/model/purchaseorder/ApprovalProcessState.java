package io.github.payhawk4j.model.purchaseorder;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.databind.node.NullNode;
import io.github.payhawk4j.model.BasicActor;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The last approval decision on a purchase order: depending on the order's status, who approved it or who
 * rejected or returned it ({@code IPurchaseOrder.approvalProcessState}).
 *
 * <p>Immutable. Fields Payhawk sends that this SDK version does not know are kept in
 * {@link #additionalProperties()}; build one for a test with {@link #builder()}.
 */
@JsonDeserialize(builder = ApprovalProcessState.Builder.class)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class ApprovalProcessState {

    private final BasicActor modifiedBy;
    private final Instant date;
    private final String reason;
    @JsonIgnore
    private final Map<String, JsonNode> additionalProperties;

    private ApprovalProcessState(Builder builder) {
        this.modifiedBy = builder.modifiedBy;
        this.date = builder.date;
        this.reason = builder.reason;
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

    /** {@return who approved, rejected or returned the purchase order} */
    public BasicActor modifiedBy() {
        return modifiedBy;
    }

    /** {@return when the purchase order was approved, rejected or returned} */
    public Instant date() {
        return date;
    }

    /** {@return why the purchase order was rejected or returned} */
    public String reason() {
        return reason;
    }

    /** Fields of the JSON object this SDK version has no accessor for, by name; empty if none. Immutable. */
    @JsonAnyGetter
    public Map<String, JsonNode> additionalProperties() {
        return additionalProperties;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof ApprovalProcessState that
                && Objects.equals(modifiedBy, that.modifiedBy) && Objects.equals(date, that.date)
                && Objects.equals(reason, that.reason) && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(modifiedBy, date, reason, additionalProperties);
    }

    @Override
    public String toString() {
        return "ApprovalProcessState{modifiedBy=" + modifiedBy + ", date=" + date + ", reason=" + reason
                + ", additionalProperties=" + additionalProperties + '}';
    }

    /** Builds {@link ApprovalProcessState} objects; not thread-safe. Unset fields stay null (lists empty). */
    // Jackson reads JSON into the builder's fields: a reflective setter call per property would cost more.
    @JsonPOJOBuilder(withPrefix = "")
    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, setterVisibility = JsonAutoDetect.Visibility.NONE)
    public static final class Builder {
        private BasicActor modifiedBy;
        private Instant date;
        private String reason;
        /** Null until the first additional property: most objects have none. */
        @JsonIgnore
        private Map<String, JsonNode> additionalProperties;

        private Builder() {
        }

        private Builder(ApprovalProcessState source) {
            this.modifiedBy = source.modifiedBy;
            this.date = source.date;
            this.reason = source.reason;
            this.additionalProperties = source.additionalProperties.isEmpty() ? null
                    : new LinkedHashMap<>(source.additionalProperties);
        }

        /** Sets {@link ApprovalProcessState#modifiedBy()}: who approved, rejected or returned the purchase order. */
        public Builder modifiedBy(BasicActor value) {
            this.modifiedBy = value;
            return this;
        }

        /** Sets {@link ApprovalProcessState#date()}: when the purchase order was approved, rejected or returned. */
        public Builder date(Instant value) {
            this.date = value;
            return this;
        }

        /** Sets {@link ApprovalProcessState#reason()}: why the purchase order was rejected or returned. */
        public Builder reason(String value) {
            this.reason = value;
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

        /** The {@link ApprovalProcessState}. */
        public ApprovalProcessState build() {
            return new ApprovalProcessState(this);
        }
    }
}
