package io.github.payhawk4j.model.expense;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.databind.node.NullNode;
import io.github.payhawk4j.model.Actor;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Where an expense stands in its approval workflow ({@code IExpenseWorkflowStatus}).
 *
 * <p>Immutable. Fields Payhawk sends that this SDK version does not know are kept in
 * {@link #additionalProperties()}; build one for a test with {@link #builder()}.
 */
@JsonDeserialize(builder = ExpenseWorkflowStatus.Builder.class)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class ExpenseWorkflowStatus {

    private final ApprovalStatus approvalStatus;
    private final Instant approvedAt;
    private final Actor approvedBy;
    private final Instant reviewedAt;
    private final Actor reviewedBy;
    @JsonIgnore
    private final Map<String, JsonNode> additionalProperties;

    private ExpenseWorkflowStatus(Builder builder) {
        this.approvalStatus = builder.approvalStatus;
        this.approvedAt = builder.approvedAt;
        this.approvedBy = builder.approvedBy;
        this.reviewedAt = builder.reviewedAt;
        this.reviewedBy = builder.reviewedBy;
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

    /** {@return approval status of the expense} */
    public ApprovalStatus approvalStatus() {
        return approvalStatus;
    }

    /** {@return date the expense was last approved} */
    public Instant approvedAt() {
        return approvedAt;
    }

    /** {@return who last approved the expense, if anyone} */
    public Actor approvedBy() {
        return approvedBy;
    }

    /** {@return date the expense was last reviewed} */
    public Instant reviewedAt() {
        return reviewedAt;
    }

    /** {@return who last reviewed the expense, if anyone} */
    public Actor reviewedBy() {
        return reviewedBy;
    }

    /** Fields of the JSON object this SDK version has no accessor for, by name; empty if none. Immutable. */
    @JsonAnyGetter
    public Map<String, JsonNode> additionalProperties() {
        return additionalProperties;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof ExpenseWorkflowStatus that
                && Objects.equals(approvalStatus, that.approvalStatus)
                && Objects.equals(approvedAt, that.approvedAt) && Objects.equals(approvedBy, that.approvedBy)
                && Objects.equals(reviewedAt, that.reviewedAt) && Objects.equals(reviewedBy, that.reviewedBy)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(approvalStatus, approvedAt, approvedBy, reviewedAt, reviewedBy, additionalProperties);
    }

    @Override
    public String toString() {
        return "ExpenseWorkflowStatus{approvalStatus=" + approvalStatus + ", approvedAt=" + approvedAt
                + ", approvedBy=" + approvedBy + ", reviewedAt=" + reviewedAt + ", reviewedBy=" + reviewedBy
                + ", additionalProperties=" + additionalProperties + '}';
    }

    /** Builds {@link ExpenseWorkflowStatus} objects; not thread-safe. Unset fields stay null (lists empty). */
    // Jackson reads JSON into the builder's fields: a reflective setter call per property would cost more.
    @JsonPOJOBuilder(withPrefix = "")
    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, setterVisibility = JsonAutoDetect.Visibility.NONE)
    public static final class Builder {
        private ApprovalStatus approvalStatus;
        private Instant approvedAt;
        private Actor approvedBy;
        private Instant reviewedAt;
        private Actor reviewedBy;
        /** Null until the first additional property: most objects have none. */
        @JsonIgnore
        private Map<String, JsonNode> additionalProperties;

        private Builder() {
        }

        private Builder(ExpenseWorkflowStatus source) {
            this.approvalStatus = source.approvalStatus;
            this.approvedAt = source.approvedAt;
            this.approvedBy = source.approvedBy;
            this.reviewedAt = source.reviewedAt;
            this.reviewedBy = source.reviewedBy;
            this.additionalProperties = source.additionalProperties.isEmpty() ? null
                    : new LinkedHashMap<>(source.additionalProperties);
        }

        /** Sets {@link ExpenseWorkflowStatus#approvalStatus()}: approval status of the expense. */
        public Builder approvalStatus(ApprovalStatus value) {
            this.approvalStatus = value;
            return this;
        }

        /** Sets {@link ExpenseWorkflowStatus#approvedAt()}: date the expense was last approved. */
        public Builder approvedAt(Instant value) {
            this.approvedAt = value;
            return this;
        }

        /** Sets {@link ExpenseWorkflowStatus#approvedBy()}: who last approved the expense, if anyone. */
        public Builder approvedBy(Actor value) {
            this.approvedBy = value;
            return this;
        }

        /** Sets {@link ExpenseWorkflowStatus#reviewedAt()}: date the expense was last reviewed. */
        public Builder reviewedAt(Instant value) {
            this.reviewedAt = value;
            return this;
        }

        /** Sets {@link ExpenseWorkflowStatus#reviewedBy()}: who last reviewed the expense, if anyone. */
        public Builder reviewedBy(Actor value) {
            this.reviewedBy = value;
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

        /** The {@link ExpenseWorkflowStatus}. */
        public ExpenseWorkflowStatus build() {
            return new ExpenseWorkflowStatus(this);
        }
    }
}
